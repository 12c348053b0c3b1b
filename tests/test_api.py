"""The library API: lint(), lint_file(), Linter, Report."""

from __future__ import annotations

import pytest

import etiquette_lint
from etiquette_lint import Facts, FactsError, Linter, Report, lint, lint_file

DEAR_SIR = "Dear Sir,\n\nThank you for the interview.\n\nBest regards,\nSam\n"


def test_lint_returns_a_report():
    report = lint(DEAR_SIR)
    assert isinstance(report, Report)
    assert report.kind_detected and 0.0 < report.kind_confidence <= 1.0
    assert [d.code for d in report.diagnostics if d.code == "EL201"] == ["EL201"]
    assert not report.ok() and report.ok(fail_on="error")
    d = report.to_dict()
    assert d["kind"] == report.kind and isinstance(d["score"], int) and 0 <= d["score"] < 100
    assert d["diagnostics"][0]["line"] >= 1


def test_facts_as_mapping_or_object_and_kind_override():
    r1 = lint(DEAR_SIR, facts={"interviewer": "Jordan Lee", "company": "Initech"}, kind="check_in")
    assert r1.kind == "check_in" and r1.facts.company == "Initech" and r1.facts.interviewer == ("Jordan Lee",)
    r2 = lint(DEAR_SIR, facts=Facts(company="Initech"))
    assert r2.facts.company == "Initech"
    with pytest.raises(FactsError, match="unknown fact"):
        lint(DEAR_SIR, facts={"colour": "blue"})
    with pytest.raises(FactsError, match="kind"):
        lint(DEAR_SIR, kind="love_letter")


def test_lint_file_and_front_matter(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("---\nkind: check_in\ncompany: Initech\n---\n" + DEAR_SIR)
    report = lint_file(path)
    assert report.kind == "check_in" and report.kind_detected is False
    d = next(d for d in report.diagnostics if d.code == "EL201")
    assert (d.line, d.column) == (5, 1)
    assert report.path == str(path)


def test_lint_file_uses_the_nearest_config(tmp_path):
    (tmp_path / "etiquette-lint.toml").write_text('ignore = ["EL201"]\n')
    path = tmp_path / "d.txt"
    path.write_text(DEAR_SIR)
    assert not any(d.code == "EL201" for d in lint_file(path).diagnostics)


def test_config_as_mapping():
    report = lint(DEAR_SIR, config={"select": ["EL201"]})
    assert {d.code for d in report.diagnostics} == {"EL201"}


def test_linter_loads_once_and_lints_many():
    linter = Linter()
    reports = [linter.lint(DEAR_SIR), linter.lint("Hi Jordan,\n\nThanks for the tour.\n\nBest,\nSam\n")]
    assert any(d.code == "EL201" for d in reports[0].diagnostics)
    assert not any(d.code == "EL201" for d in reports[1].diagnostics)
    assert linter.lint(DEAR_SIR).diagnostics == reports[0].diagnostics


def test_type_errors_are_clear():
    with pytest.raises(TypeError, match="text must be a str"):
        lint(b"bytes")  # type: ignore[arg-type]


def test_public_types_have_docstrings():
    for name in etiquette_lint.__all__:
        obj = getattr(etiquette_lint, name)
        if callable(obj) and not isinstance(obj, type(etiquette_lint.lint)) or isinstance(obj, type):
            assert obj.__doc__, name
    for fn in (lint, lint_file):
        assert fn.__doc__


def test_empty_message_is_an_error():
    from etiquette_lint import EtiquetteLintError
    with pytest.raises(EtiquetteLintError, match="no text of its own"):
        lint("---\nkind: thank_you\n---\n\n> only a quote\n")


def test_lint_file_reuses_the_linter_until_the_config_changes(tmp_path):
    import os
    from etiquette_lint import linter as linter_mod

    cfg = tmp_path / "etiquette-lint.toml"
    cfg.write_text('ignore = ["EL201"]\n')
    path = tmp_path / "d.txt"
    path.write_text(DEAR_SIR)
    lint_file(path)
    first = linter_mod._linter_for_file(cfg)
    lint_file(path)
    assert linter_mod._linter_for_file(cfg) is first
    cfg.write_text('select = ["EL201"]\n')
    os.utime(cfg, ns=(first_ns := cfg.stat().st_mtime_ns + 10**9, first_ns))
    assert {d.code for d in lint_file(path).diagnostics} == {"EL201"}
