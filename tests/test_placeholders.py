"""EL101 unfilled-placeholder and EL102 leftover-draft-note: what counts as a template
field, what does not, and when the fix fills it from the facts."""

from __future__ import annotations

import pytest

from etiquette_lint import Config, Linter
from etiquette_lint.fixes import apply_edits
from etiquette_lint.mentions.fields import find_placeholders


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(select=("EL101", "EL102")))


def wrap(body: str, greeting: str = "Dear Ms. Lee,") -> str:
    return f"{greeting}\n\n{body}\n\nBest regards,\nSam Rivera"


def found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_placeholders(text)]


@pytest.mark.parametrize("text,expected", [
    ("from you or [name] to see if [company name] is as positive", ["[name]", "[company name]"]),
    ("my candidacy for [job title] is a good fit for my [specific strengths].",
     ["[job title]", "[specific strengths]"]),
    ("Dear [Interviewer Name],", ["[Interviewer Name]"]),
    ("Hi {first_name},", ["{first_name}"]),
    ("the {{ role }} position", ["{{ role }}"]),
    ("Hi ${name},", ["${name}"]),
    ("Dear *|FNAME|*,", ["*|FNAME|*"]),
    ("Dear «FirstName»,", ["«FirstName»"]),
    ("Dear <<First Name>>,", ["<<First Name>>"]),
    ("Dear <Interviewer>,", ["<Interviewer>"]),
    ("Dear %FIRST_NAME%,", ["%FIRST_NAME%"]),
    ("I can start on XXX.", ["XXX"]),
    ("I can start on xx/xx/xxxx.", ["xx/xx/xxxx"]),
    ("a base of $XX,XXX", ["$XX,XXX"]),
    ("call me on XXX-XXX-XXXX", ["XXX-XXX-XXXX"]),
    ("with X years in support", ["X"]),
    ("the ___ role", ["___"]),
    ("thank you for discussing (insert detail here)", ["(insert detail here)"]),
    ("Sincerely, (your name)", ["(your name)"]),
    ("at (company name) today", ["(company name)"]),
    ("[NAME OF SCHOOL]", ["[NAME OF SCHOOL]"]),
    ("[Mention a specific project]", ["[Mention a specific project]"]),
])
def test_template_fields_are_found(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", [
    "as described in [1] and [12]",
    "my [portfolio](https://example.com/sam) and [the case study][2]",
    "see <https://example.com/sam>",
    "write to <jordan@x.example> or <Jordan.Lee@x.example>",
    "the tour (e.g. the new packing line) was great",
    "the XXL packing line",
    "we met at 10:00 and again at 14:30",
    "Engineer III on the Windows XP migration for Generation X",
    "your team's plan (your idea, I think) and (your team) and (your colleague Dr. Chen)",
    "I enjoyed our talk [about triage, in particular]",
    "- [x] sent the references\n- [ ] call back",
    "Re: [EXTERNAL] Your application [PDF] [sic] [at] [image: logo.png]",
    "<b>Thank you</b> <br>",
    "«Bonjour» as my French colleagues say",
    "a `{user_id}` endpoint and f-strings like `{name}`",
    "20% growth, 5 % churn and a 30%-40% range",
    "I like [the team] and [Monday]",
    "I <3 your product",
    "________________",
])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert found(text) == []


# A follow-up template in the style the guidance sources publish (seed 003 carries the same
# fields), written for this test so that it runs everywhere.
TEMPLATE_SAMPLE = """Before you leave the interview, ask: "When should I expect to hear from you or [name]
about whether [company name] would like to take my application further?"

Next morning, by voice mail and email: Hello, I am checking in on my application for [job title],
which I still believe matches my [specific strengths]. Please tell me if you need anything else.
"""


def test_seed_003_templates_are_flagged(linter: Linter) -> None:
    shown = set()
    for line in TEMPLATE_SAMPLE.splitlines():
        shown.update(found(line))
    assert {"[job title]", "[specific strengths]", "[name]", "[company name]"} <= shown
    report = linter.lint(wrap(TEMPLATE_SAMPLE), kind="check_in")
    flagged = {report.text[d.start:d.end] for d in report.diagnostics if d.code == "EL101"}
    assert {"[job title]", "[specific strengths]", "[name]", "[company name]"} <= flagged


def test_fix_fills_company_role_and_interviewer_from_facts(linter: Linter) -> None:
    text = wrap("Thank you for the interview for the [job title] role at [Company Name].",
                greeting="Hi {first_name},")
    report = linter.lint(text, facts={"company": "Initech", "role": "Support Engineer",
                                      "interviewer": "Jordan Lee"}, kind="thank_you")
    diags = [d for d in report.diagnostics if d.code == "EL101"]
    assert len(diags) == 3
    assert all(d.fix is not None and d.fix.safe for d in diags)
    fixed, _ = apply_edits(text, [e for d in diags for e in d.fix.edits])
    assert fixed.startswith("Hi Jordan,")
    assert "the Support Engineer role at Initech." in fixed


def test_last_name_and_title_prefix(linter: Linter) -> None:
    text = wrap("Thank you for the interview.", greeting="Dear Dr. [Last Name],")
    report = linter.lint(text, facts={"interviewer": "Dr. Aisha Bello"}, kind="thank_you")
    (d,) = report.diagnostics
    assert d.fix.edits[0].replacement == "Bello"


def test_name_outside_the_greeting_is_not_guessed(linter: Linter) -> None:
    """Seed 003: "from you or [name]" is somebody else, not the interviewer."""
    text = wrap("Could I follow up with you or [name] next week?")
    report = linter.lint(text, facts={"interviewer": "Jordan Lee"}, kind="thank_you")
    (d,) = report.diagnostics
    assert d.fix is None


def test_panel_names_are_not_guessed(linter: Linter) -> None:
    text = wrap("Thank you for the panel interview.", greeting="Dear [Interviewer Name],")
    report = linter.lint(text, facts={"interviewer": ["Rania Haddad", "Luis Ferreira"]}, kind="thank_you")
    (d,) = report.diagnostics
    assert d.fix is None


def test_your_name_is_the_sender_not_the_interviewer(linter: Linter) -> None:
    text = "Dear Ms. Lee,\n\nThank you for the interview.\n\nBest regards,\n[Your Name]"
    report = linter.lint(text, facts={"interviewer": "Jordan Lee"}, kind="thank_you")
    (d,) = report.diagnostics
    assert d.fix is None and "[Your Name]" in d.message


def test_quoted_thread_is_ignored(linter: Linter) -> None:
    text = ("Dear Ms. Lee,\n\nThank you for the interview on Monday.\n\nBest regards,\nSam\n\n"
            "On Mon, Nov 16, 2026 at 9:00 AM Jordan Lee <jordan@x.example> wrote:\n"
            "> Hi [Candidate Name], please confirm {slot_time}.\n")
    assert linter.lint(text, kind="thank_you").diagnostics == []


def test_kisses_in_a_sign_off_are_not_a_blank(linter: Linter) -> None:
    text = "Dear Jordan,\n\nThank you for the interview on Monday.\n\nLove,\nSam xxx"
    assert [d.code for d in linter.lint(text, kind="thank_you").diagnostics] == []


def test_placeholder_in_the_subject_and_signature(linter: Linter) -> None:
    text = ("Subject: Thank you - [Job Title] interview\n\nDear Ms. Lee,\n\nThank you for the interview.\n\n"
            "Best regards,\nSam Rivera\n[Phone Number]")
    report = linter.lint(text, kind="thank_you")
    assert [text[d.start:d.end] for d in report.diagnostics] == ["[Job Title]", "[Phone Number]"]


@pytest.mark.parametrize("body,flagged", [
    ("TODO: mention the triage project.", True),
    ("FIXME the date.", True),
    ("Note to self: check her title.", True),
    ("My todo list for the first week is ready.", False),
    ("Your team tracks TODO comments in the codebase, which I liked.", False),
])
def test_leftover_draft_notes(linter: Linter, body: str, flagged: bool) -> None:
    report = linter.lint(wrap("Thank you for meeting with me yesterday. " + body), kind="thank_you")
    assert any(d.code == "EL102" for d in report.diagnostics) is flagged
