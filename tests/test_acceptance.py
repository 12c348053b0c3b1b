"""The issues' "done when" statements, each as one test, end to end through the public API."""

from __future__ import annotations

from etiquette_lint import lint
from etiquette_lint.diagnostics import CATEGORIES
from etiquette_lint.registry import load_rules

from test_cli import seed_002_sample

CLEAN_THANK_YOU = """Subject: Thank you for Tuesday's Support Engineer interview

Hi Jordan,

Thank you for walking me through Initech's ticket triage process on Tuesday. I keep thinking about
your idea of tagging recurring issues so they feed straight into the product backlog. It is close to
what I built for our escalation queue last year, and I would enjoy doing it at a larger scale.

Hearing how the on-call rotation is shared across three time zones made me even more excited about
the Support Engineer role.

Best regards,
Sam Rivera
"""


def test_issue3_seed_002_is_flagged_for_salutation_and_lack_of_detail():
    report = lint(seed_002_sample())
    names = {d.name for d in report.diagnostics}
    assert "generic-salutation" in names
    assert any(d.category == "personalization" and d.severity in ("warning", "error") for d in report.diagnostics)


def test_issue3_clean_specific_thank_you_raises_nothing_at_warning_or_above():
    report = lint(CLEAN_THANK_YOU, facts={"interviewer": "Jordan Lee", "company": "Initech",
                                          "role": "Support Engineer"})
    assert report.kind == "thank_you"
    loud = [(d.code, d.message) for d in report.diagnostics if d.severity in ("warning", "error")]
    assert loud == []
    assert report.score >= 90


def test_issue3_every_category_but_four_has_rules_with_examples():
    rules = load_rules().rules
    covered = {r.category for r in rules if r.example_list()}
    assert set(CATEGORIES) - {"spelling", "grammar", "timing", "accuracy"} <= covered
    assert set(CATEGORIES) <= covered  # and, with issues 4 and 5, those four too


def test_issue4_poition_gets_position_first():
    report = lint(seed_002_sample())
    d = next(d for d in report.diagnostics if d.category == "spelling")
    assert report.text[d.start:d.end] == "poition"
    assert d.fix.edits[0].replacement == "position"


def test_issue5_globex_instead_of_initech_is_an_accuracy_finding_at_the_right_span():
    text = ("Dear Jordan,\n\nThank you for the interview for the Support Engineer role. I would love to join "
            "the team at Globex and help with ticket triage.\n\nBest regards,\nSam Rivera\n")
    report = lint(text, facts={"company": "Initech", "interviewer": "Jordan Lee", "role": "Support Engineer"})
    hits = [d for d in report.diagnostics if d.category == "accuracy"]
    assert hits and report.text[hits[0].start:hits[0].end] == "Globex"


def test_issue5_30_hours_is_fine_and_80_hours_is_late():
    text = ("Dear Jordan,\n\nThank you for discussing ticket triage with me. I am excited about the "
            "Support Engineer role.\n\nBest regards,\nSam Rivera\n")
    base = {"interviewer": "Jordan Lee", "interview_at": "2026-11-17T14:00", "kind": "thank_you"}
    on_time = lint(text, facts={**base, "sent_at": "2026-11-18T20:00"})
    late = lint(text, facts={**base, "sent_at": "2026-11-20T22:00"})
    assert not [d for d in on_time.diagnostics if d.category == "timing"]
    timing = [d for d in late.diagnostics if d.category == "timing"]
    assert timing and "80 hours" in timing[0].message
