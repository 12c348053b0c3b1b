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


def _console_blocks(markdown: str):
    """(command, shown output lines) for each ```console block; '...' ends what is shown."""
    import re

    for block in re.findall(r"```console\n(.*?)```", markdown, re.S):
        lines = block.rstrip("\n").split("\n")
        if not lines[0].startswith("$ "):
            continue
        shown = []
        for line in lines[1:]:
            if line.strip() == "...":
                break
            shown.append(line)
        yield lines[0][2:], shown


def test_documented_console_output_is_what_the_cli_prints():
    import shlex
    import subprocess
    import sys

    checked = 0
    for doc in ("README.md", "docs/quickstart.md"):
        for command, shown in _console_blocks((ROOT / doc).read_text(encoding="utf-8")):
            argv = shlex.split(command)
            assert argv[0] == "etiquette-lint"
            res = subprocess.run([sys.executable, "-m", "etiquette_lint", *argv[1:], "--color", "never"]
                                 if argv[1:2] != ["rule"] else [sys.executable, "-m", "etiquette_lint", *argv[1:]],
                                 capture_output=True, text=True, cwd=ROOT, timeout=120)
            actual = res.stdout.split("\n")
            assert actual[:len(shown)] == shown, f"{doc}: output of `{command}` changed"
            checked += 1
    assert checked >= 2
