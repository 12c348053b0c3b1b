"""Every rule's cases run as tests (plugins included): a ``fail`` case is flagged exactly where
its ``at`` says and its fixes give its ``fix`` text; a ``pass`` case is not flagged.

The built-in rules keep their cases in ``src/etiquette_lint/cases/CODE.yml`` (see
:mod:`etiquette_lint.cases`); the rule reference is generated from the same files.
"""

from __future__ import annotations

import pytest

from etiquette_lint import Config, Linter
from etiquette_lint.cases import Case, CaseFileError, case_file_for, case_files, load_case_file, parse_case_file
from etiquette_lint.fixes import apply_edits
from etiquette_lint.registry import load_rules
from etiquette_lint.rule import Rule
from etiquette_lint.ruledoc import builtin_rules

_RULES = load_rules().rules
_BUILTIN = builtin_rules()


def _cases():
    for rule in _RULES:
        for case in rule.cases():
            yield pytest.param(rule, case, id=f"{rule.code}-{case.name}")


_LINTERS: dict[str, Linter] = {}


def lint_case(rule: Rule, case: Case):
    """Lint a case with only its rule selected. The kind is the case's, else the rule's first
    kind when the rule is kind-specific, else detected."""
    if rule.code not in _LINTERS:
        _LINTERS[rule.code] = Linter(Config(select=(rule.code,)))
    kind = case.kind
    if kind is None and len(rule.kinds) < 6:
        kind = rule.kinds[0]
    return _LINTERS[rule.code].lint(case.text, facts=dict(case.facts) or None, kind=kind, path=case.path)


@pytest.mark.parametrize("rule,case", list(_cases()))
def test_rule_case(rule: Rule, case: Case) -> None:
    report = lint_case(rule, case)
    hits = [d for d in report.diagnostics if d.code == rule.code]
    assert not report.notes, report.notes
    if case.expect == "pass":
        assert not hits, f"{rule.code} should not flag this case, got: {[d.message for d in hits]}\n{case.text}"
        return
    assert hits, f"{rule.code} should flag this {report.kind} case:\n{case.text}"
    for d in hits:
        assert 0 <= d.start <= d.end <= len(case.text)
        assert d.category == rule.category
    if case.at is not None:
        found = [((d.line, d.column), (d.end_line, d.end_column)) for d in hits]
        expected = case.positions()
        shown = [f"{s[0]}:{s[1]}-{e[0]}:{e[1]}" for s, e in found]
        assert len(found) == len(expected), f"{rule.code} flagged {shown}, the case says {list(case.at)}"
        for (start, end), (want_start, want_end) in zip(found, expected):
            assert start == want_start and (want_end is None or end == want_end), (
                f"{rule.code} flagged {shown}, the case says {list(case.at)}")
    edits = [e for d in hits if d.fix for e in d.fix.edits]
    if edits or case.fix is not None:
        assert case.fix is not None, f"{rule.code} offers a fix here: give the case its 'fix' text"
        fixed, _ = apply_edits(case.text, edits)
        assert fixed == case.fix, f"{rule.code}'s fixes give:\n{fixed}"


# -- the case files themselves


@pytest.mark.parametrize("rule", _BUILTIN, ids=lambda r: r.code)
def test_every_builtin_rule_has_a_case_file_with_fail_and_pass_cases(rule: Rule) -> None:
    path = case_file_for(rule)
    assert path is not None and path.is_file(), f"{rule.code} needs a case file at src/etiquette_lint/cases/{rule.code}.yml"
    cases = load_case_file(path)
    assert cases.code == rule.code and cases.name == rule.name
    assert any(c.expect == "fail" for c in cases.cases), "needs a fail case"
    assert any(c.expect == "pass" for c in cases.cases), "needs a pass case"
    assert all(c.at for c in cases.cases if c.expect == "fail"), "every fail case says where it is flagged ('at')"
    assert not rule.examples, "a built-in rule's cases live in its case file only, not in 'examples'"


def test_every_case_file_belongs_to_a_builtin_rule() -> None:
    codes = {r.code for r in _BUILTIN}
    files = case_files()
    assert files
    for path in files:
        assert path.stem in codes, f"{path.name}: no built-in rule has this code"
        assert load_case_file(path).code == path.stem


def test_rules_that_fix_have_a_case_with_the_fixed_text() -> None:
    """The rules whose code offers a fix: each has a fail case that states the fixed text."""
    with_fix = {r.code for r in _BUILTIN if any(c.fix is not None for c in r.cases())}
    assert {"EL101", "EL202", "EL203", "EL204", "EL205", "EL206", "EL251", "EL301", "EL521", "EL523", "EL524",
            "EL525", "EL526", "EL528", "EL601", "EL611", "EL704", "EL801", "EL901", "EL902", "EL903"} <= with_fix


@pytest.mark.parametrize("text,problem", [
    ("name: x\n", "rule: CODE"),
    ("rule: EL1\nBad-Name:\n  fail: x\n", "lower-case"),
    ("rule: EL1\nc:\n  fail: x\n  pass: y\n", "exactly one"),
    ("rule: EL1\nc:\n  fail: x\n  at: [1:2]\n", "quoted"),
    ("rule: EL1\nc:\n  pass: x\n  fix: y\n", "fail case"),
    ("rule: EL1\nc:\n  fail: x\n  color: red\n", "unknown key 'color'"),
])
def test_a_malformed_case_file_is_an_error_naming_the_case(text: str, problem: str) -> None:
    with pytest.raises(CaseFileError, match=problem):
        parse_case_file(text, "EL1.yml")


def test_positions_parse() -> None:
    parsed = parse_case_file('rule: EL1\nc:\n  fail: "a b"\n  at: ["1:3-1:4", "2:1"]\n', "EL1.yml")
    assert parsed.cases[0].positions() == [((1, 3), (1, 4)), ((2, 1), None)]
