"""The rule reference in docs/ is generated from rule metadata and must not be stale."""

from __future__ import annotations

from pathlib import Path

from etiquette_lint.ruledoc import builtin_rules, render_reference, render_rule

ROOT = Path(__file__).resolve().parent.parent


def test_committed_rule_reference_is_current():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    expected = render_reference(builtin_rules())
    assert committed == expected, (
        "docs/rules.md is stale: regenerate it with `python -m etiquette_lint.ruledoc > docs/rules.md`")


def test_every_rule_documents_what_why_example_instead():
    for rule in builtin_rules():
        text = render_rule(rule, markdown=True)
        for heading in ("### What it does", "### Why it matters", "### Example", "### Use instead"):
            assert heading in text, (rule.code, heading)
        for g in rule.guidance:
            assert g in text


def test_docs_name_the_readme_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "etiquette-lint docs/examples/thank-you-draft.txt" in readme
    assert "pytest" in readme
    assert (ROOT / "docs" / "examples" / "thank-you-draft.txt").exists()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_cmd = next(line for line in readme.splitlines() if "pytest" in line and line.startswith("python3"))
    assert test_cmd in ci
