"""Rule documentation, generated from rule metadata and the rule's cases (the first fail
case, where it is flagged and its fix, and the first pass case: :mod:`etiquette_lint.cases`):
for ``etiquette-lint rule CODE`` and for the committed reference ``docs/rules.md`` (a test
fails when it is stale)."""

from __future__ import annotations

from typing import Iterable

from .facts import KINDS
from .cases import Case, case_file_for
from .rule import Rule

GUIDANCE_TITLES = {
    "G1": "send the thank-you within 24-48 hours", "G2": "tailor the message to the interview",
    "G3": "address the interviewer by name", "G4": "express gratitude",
    "G5": "reaffirm your interest", "G6": "reinforce qualifications",
    "G7": "keep it brief", "G8": "professional tone, no spelling or grammar errors",
    "G9": "neither desperate nor aggressive", "G10": "don't bombard",
    "G11": "respect the decision timeline", "G12": "reply to an offer with grace",
    "G13": "reply to a rejection diplomatically", "G14": "email first; no social stalking",
    "G15": "check recipients, subject and placeholders", "G16": "ask when to follow up",
    "G17": "reflect on what intrigued you", "G18": "seek constructive feedback",
    "G19": "be sincere, avoid templates", "G20": "know when to let it go",
}


def kinds_label(rule: Rule) -> str:
    if tuple(rule.kinds) == tuple(KINDS):
        return "all kinds"
    return ", ".join(k.replace("_", "-") for k in rule.kinds)


def _example_block(ex: Case) -> str:
    lines = []
    if ex.facts:
        facts = ", ".join(f"{k}: {v}" for k, v in ex.facts.items())
        lines.append(f"  facts: {facts}")
    if ex.kind:
        lines.append(f"  kind: {ex.kind}")
    return "\n".join(lines + [_text_block(ex.text)])


def _text_block(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip("\n").split("\n"))


def _flagged(ex: Case) -> str:
    """Where a fail case is flagged, as the words and their line:col."""
    from .text import LineIndex

    index = LineIndex(ex.text)
    shown = []
    for (line, col), end in ex.positions():
        start = index.line_start(line) + col - 1
        stop = index.line_start(end[0]) + end[1] - 1 if end else start
        words = " ".join(ex.text[start:stop].split())
        if len(words) > 60:
            words = words[:57].rstrip() + "..."
        shown.append(f'"{words}" ({line}:{col})' if words else f"{line}:{col}")
    return ", ".join(shown)


def render_rule(rule: Rule, *, markdown: bool = False) -> str:
    """What it does / why it matters / example / use instead, citing the guidance and naming
    the file that defines the rule."""
    from .registry import rule_source

    cases = rule.cases()
    fail = [e for e in cases if e.expect == "fail"]
    passing = [e for e in cases if e.expect == "pass"]
    guidance = ", ".join(f"{g} ({GUIDANCE_TITLES.get(g, '')})" for g in rule.guidance) or "none"
    h = "## " if markdown else ""
    sub = "### " if markdown else ""
    out = [f"{h}{rule.code} {rule.name}", ""]
    sensitive = " (info when the kind was detected with low confidence)" if rule.kind_sensitive else ""
    out.append(f"Category: {rule.category} · default severity: {rule.severity} · applies to: {kinds_label(rule)}{sensitive}"
               + (f" · needs facts: {', '.join(rule.requires_facts)}" if rule.requires_facts else ""))
    out.append(f"Guidance: {guidance}")
    source = rule_source(rule)
    out.append(f"Source: `{source}`" if markdown else f"Source: {source}")
    case_file = case_file_for(rule)
    if case_file is not None and case_file.is_file():
        shown = f"etiquette_lint/cases/{case_file.name}"
        out.append(f"Cases: `{shown}`" if markdown else f"Cases: {shown}")
    out += ["", f"{sub}What it does", "", rule.summary.strip(), "", f"{sub}Why it matters", "", rule.why.strip()]
    if fail:
        out += ["", f"{sub}Example", ""]
        out += ["```text" if markdown else ""] + [_example_block(fail[0])] + (["```"] if markdown else [])
        if fail[0].at:
            out += ["", f"Flagged: {_flagged(fail[0])}"]
        if fail[0].fix is not None:
            out += ["", "With the fix applied:", ""]
            out += ["```text" if markdown else ""] + [_text_block(fail[0].fix)] + (["```"] if markdown else [])
    if rule.instead or passing:
        out += ["", f"{sub}Use instead", ""]
        if rule.instead:
            out.append(rule.instead.strip())
        if passing:
            out += [""] + (["```text"] if markdown else []) + [_example_block(passing[0])] + (["```"] if markdown else [])
    if rule.options:
        out += ["", f"{sub}Options", ""]
        for k, v in rule.options.items():
            out.append(f"- `{k}` = {v!r}" if markdown else f"  {k} = {v!r}")
    return "\n".join(out).rstrip() + "\n"


def render_reference(rules: Iterable[Rule]) -> str:
    rules = sorted(rules, key=lambda r: r.code)
    out = ["# Rule reference", "",
           "<!-- Generated from rule metadata and the rules' cases (src/etiquette_lint/cases/)"
           " by `python -m etiquette_lint.ruledoc > docs/rules.md`;"
           " tests/test_docs.py fails when this file is stale. -->", "",
           "| Code | Name | Category | Severity | Applies to |", "|---|---|---|---|---|"]
    for r in rules:
        anchor = f"{r.code.lower()}-{r.name}"
        out.append(f"| [{r.code}](#{anchor}) | {r.name} | {r.category} | {r.severity} | {kinds_label(r)} |")
    out.append("")
    for r in rules:
        out.append(render_rule(r, markdown=True))
    return "\n".join(out)


def main() -> None:  # pragma: no cover - exercised by the docs test through render_reference
    import sys

    sys.stdout.write(render_reference(builtin_rules()))


def builtin_rules() -> list[Rule]:
    """The rules shipped with etiquette-lint (no third-party plugins)."""
    from .packs import builtin_rules_dir
    from .registry import load_rules

    shipped = str(builtin_rules_dir())
    return [r for r in load_rules().rules if r.origin == "built-in" or r.origin.startswith(shipped)]


if __name__ == "__main__":  # pragma: no cover
    main()
