"""Plugins are entry points in the group etiquette_lint.rules; broken ones are skipped by name."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

PLUGIN_SRC = Path(__file__).parent / "plugin_example" / "src"


def make_dist(site: Path, name: str, entry: str) -> None:
    """A minimal installed distribution on ``site``: what pip writes for an entry point."""
    dist = site / f"{name}-0.1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1.0\n")
    (dist / "entry_points.txt").write_text(f"[etiquette_lint.rules]\n{entry}\n")


@pytest.fixture
def plugin_site(tmp_path, monkeypatch):
    site = tmp_path / "site"
    make_dist(site, "etiquette_salary", "salary = etiquette_salary:RULES")
    (site / "broken_plugin.py").write_text("raise ImportError('the broken plugin cannot import')\n")
    make_dist(site, "broken_plugin", "broken = broken_plugin:RULES")
    monkeypatch.syspath_prepend(str(PLUGIN_SRC))
    monkeypatch.syspath_prepend(str(site))
    path = os.pathsep.join([str(site), str(PLUGIN_SRC), os.environ.get("PYTHONPATH", "")])
    return {"PYTHONPATH": path}


def test_plugin_rule_runs_and_broken_plugin_is_skipped(plugin_site):
    from etiquette_lint import Linter

    linter = Linter()
    codes = {r.code for r in linter.rules}
    assert "EL990" in codes
    assert any("broken" in p and "skipped" in p for p in linter.problems)
    report = linter.lint("Dear Jordan,\n\nThank you for the interview. What is the salary?\n\nBest,\nSam\n",
                         kind="thank_you")
    hit = [d for d in report.diagnostics if d.code == "EL990"]
    assert len(hit) == 1
    assert report.text[hit[0].start:hit[0].end] == "salary"


def test_plugin_examples_run_like_builtin_ones(plugin_site):
    from etiquette_lint.registry import load_rules

    from test_rule_cases import lint_case

    rule = load_rules().find("salary-in-thank-you")
    assert rule is not None
    for ex in rule.cases():
        hits = [d for d in lint_case(rule, ex).diagnostics if d.code == rule.code]
        assert bool(hits) == (ex.expect == "fail")


def test_cli_with_plugins(plugin_site, run_cli, tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_text("Dear Jordan,\n\nThank you for the interview. What is the salary?\n\nBest,\nSam\n")
    res = run_cli("--kind", "thank_you", str(draft), env=plugin_site)
    assert res.returncode == 1
    assert "EL990 salary-in-thank-you" in res.stdout
    assert "broken" in res.stderr and "skipped" in res.stderr
    assert "Traceback" not in res.stderr
    res = run_cli("rule", "EL990", env=plugin_site)
    assert res.returncode == 0 and "salary-in-thank-you" in res.stdout and "Why it matters" in res.stdout


def test_rule_crashing_at_check_time_is_an_error_never_a_pass():
    """A rule that raises leaves the draft not checked in full: an error naming the rule, with
    what the other rules found on the exception's report (see tests/test_bounds.py)."""
    from etiquette_lint import Context, Linter, Rule
    from etiquette_lint.errors import DraftNotChecked

    class Crashes(Rule):
        code, name, category = "EL991", "always-crashes", "generic"
        guidance = ("G2",)
        summary = why = "A rule that raises, to test isolation."

        def check(self, ctx: Context) -> None:
            raise RuntimeError("boom")

    with pytest.raises(DraftNotChecked) as info:
        Linter(rules=[Crashes]).lint("Dear Sir,\n\nThanks.\n\nBest,\nSam\n")
    assert "EL991" in str(info.value) and "boom" in str(info.value)
    report = info.value.report
    assert not report.complete and not report.ok("never")
    assert any(d.code == "EL201" for d in report.diagnostics)


def test_invalid_plugin_metadata_is_skipped():
    from etiquette_lint import Linter, Rule

    class Bad(Rule):
        code, name, category = "EL992", "Bad Name", "not-a-category"

        def check(self, ctx):  # pragma: no cover
            pass

    linter = Linter(rules=[Bad])
    assert "EL992" not in {r.code for r in linter.rules}
    assert any("EL992" in p for p in linter.problems)
