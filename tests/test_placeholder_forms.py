"""EL101 unfilled-placeholder: template fields as a reader sees them, brackets or not.

Table-driven: each fail case gives the draft, the span EL101 must report (its text) and the
fix it must offer (the replacement and whether it is safe, or no fix); each pass case is a
draft EL101 must leave alone. All drafts are written for these tests.
"""

from __future__ import annotations

import pytest

from etiquette_lint import Config, Linter
from etiquette_lint.mentions.fields import find_placeholders

FACTS = {"company": "Initech", "role": "Support Engineer", "interviewer": "Jordan Lee"}
BODY = "Thank you for walking me through the ticket triage queue on Tuesday."


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(select=("EL101",)))


@pytest.fixture(scope="module")
def everything() -> Linter:
    return Linter(Config())


def letter(body: str = BODY, *, greeting: str = "Dear Ms. Lee,", closing: str = "Best regards,",
           signature: str = "Sam Rivera", subject: str | None = None) -> str:
    head = f"Subject: {subject}\n\n" if subject else ""
    return f"{head}{greeting}\n\n{body}\n\n{closing}\n{signature}\n"


def eml(body_text: str, sender: str = "Sam Rivera <sam.rivera@mail.example>") -> str:
    return (f"From: {sender}\nTo: Jordan Lee <jordan.lee@initech.example>\nSubject: Thank you\n"
            f"Date: Wed, 18 Nov 2026 09:30:00 +0000\n\n{body_text}")


def report(linter: Linter, text: str, facts=FACTS, path: str = "<string>"):
    return linter.lint(text, facts=facts, kind="thank_you", path=path)


# (id, draft, facts, path, [(span text, replacement or None, safe)])
FAIL = [
    # -- the sender's own name, left as a label
    ("full-name-signature", letter(signature="Full Name"), FACTS, "<string>",
     [("Full Name", None, None)]),
    ("your-name-signature-eml", eml(letter(signature="Your Name")), FACTS, "x.eml",
     [("Your Name", "Sam Rivera", True)]),
    ("full-name-signature-eml", eml(letter(signature="Full Name")), FACTS, "x.eml",
     [("Full Name", "Sam Rivera", True)]),
    ("name-after-sign-off", letter(closing="Thanks,", signature="NAME"), FACTS, "<string>",
     [("NAME", None, None)]),
    ("your-name-in-subject", letter(subject="Thank you from Your Name"), FACTS, "<string>",
     [("Your Name", "Sam Rivera", False)]),
    ("signature-and-date-lines", letter(signature="Sam Rivera\nSignature\nDate"), FACTS, "<string>",
     [("Signature", "Sam Rivera", False), ("Date", None, None)]),
    ("date-line-with-colon", letter(BODY + "\n\nDate:"), FACTS, "<string>", [("Date", None, None)]),
    # -- stock company names
    ("abc-corp", letter("I enjoyed the tour of ABC Corp and its support floor."), FACTS, "<string>",
     [("ABC Corp", "Initech", True)]),
    ("abc-company", letter("I would be glad to bring my triage work to ABC Company."), FACTS, "<string>",
     [("ABC Company", "Initech", True)]),
    ("xyz-ltd", letter("The on-call rotation at XYZ Ltd sounds well organised."), FACTS, "<string>",
     [("XYZ Ltd", "Initech", True)]),
    ("company-x", letter("Joining Company X as a Support Engineer would be a great next step."), FACTS,
     "<string>", [("Company X", "Initech", True)]),
    ("xyz-alone-after-at", letter("I can picture myself on the support desk at XYZ."), FACTS, "<string>",
     [("XYZ", "Initech", True)]),
    # -- fields in capitals: a template, not shouting
    ("firm-name-caps", letter("I would like to begin my career at FIRM NAME."), FACTS, "<string>",
     [("FIRM NAME", "Initech", True)]),
    ("company-name-and-job-title-caps", letter("Thank you for the interview for the JOB TITLE role at "
                                              "COMPANY NAME."), FACTS, "<string>",
     [("JOB TITLE", "Support Engineer", True), ("COMPANY NAME", "Initech", True)]),
    ("caps-label-inside-shouting", letter("I AM SO EXCITED TO JOIN COMPANY NAME."), FACTS, "<string>",
     [("COMPANY NAME", "Initech", True)]),
    ("caps-one-word-after-join", letter("I hope to join COMPANY soon."), FACTS, "<string>",
     [("COMPANY", "Initech", True)]),
    ("job-title-title-case-subject", letter(subject="Thank you - Job Title interview"), FACTS, "<string>",
     [("Job Title", "Support Engineer", True)]),
    # -- instructions in parentheses
    ("recruiters-name-paren", letter("Please pass my thanks to (recruiter's name) as well."), FACTS,
     "<string>", [("(recruiter's name)", "Jordan Lee", False)]),
    ("hiring-manager-name-paren", letter(greeting="Dear (hiring manager name),"), FACTS, "<string>",
     [("(hiring manager name)", "Jordan Lee", True)]),
    # -- names a greeting or a title asks for
    ("so-and-so-greeting", letter(greeting="Dear So-and-so,"), FACTS, "<string>",
     [("So-and-so", "Jordan Lee", True)]),
    ("so-and-so-mid-sentence", letter("Please also thank So-and-so for the tour."), FACTS, "<string>",
     [("So-and-so", None, None)]),
    ("mr-ms-lastname", letter(greeting="Dear Mr./Ms. Lastname,"), FACTS, "<string>",
     [("Mr./Ms. Lastname", "Jordan Lee", False)]),
    ("mr-ms-lastname-titled-fact", letter(greeting="Dear Mr./Ms. Lastname,"),
     {**FACTS, "interviewer": "Dr. Aisha Bello"}, "<string>", [("Mr./Ms. Lastname", "Dr. Bello", True)]),
    ("firstname-greeting", letter(greeting="Hi Firstname,"), FACTS, "<string>", [("Firstname", "Jordan", True)]),
    ("ms-surname", letter(greeting="Dear Ms. Surname,"), FACTS, "<string>", [("Surname", "Lee", True)]),
    ("dear-name", letter(greeting="Dear Name,"), FACTS, "<string>", [("Name", "Jordan Lee", True)]),
    # -- merge syntax
    ("dollar-variable", letter(greeting="Hi $first_name,"), FACTS, "<string>",
     [("$first_name", "Jordan", True)]),
    ("percent-variable", letter(greeting="Dear %FIRSTNAME%,"), FACTS, "<string>",
     [("%FIRSTNAME%", "Jordan", True)]),
    ("mailchimp-variable", letter(greeting="Hello *|FNAME|*,"), FACTS, "<string>",
     [("*|FNAME|*", "Jordan", True)]),
    # -- x-runs
    ("date-of-xs", letter("I could start on XX/XX/XXXX if that suits the team."), FACTS, "<string>",
     [("XX/XX/XXXX", None, None)]),
    ("lowercase-xs", letter("My notice period ends on xxx, so I could start soon after."), FACTS, "<string>",
     [("xxx", None, None)]),
    ("day-and-month-xs", letter("Thank you for meeting with me on XX/XX about the desk role."), FACTS, "<string>",
     [("XX/XX", None, None)]),
    # -- a redacted name in a published sample is still a field
    ("redacted-brackets", letter(greeting="Dear [Name],"), FACTS, "<string>", [("[Name]", "Jordan Lee", True)]),
    ("redacted-blank", letter(greeting="Dear ___,"), FACTS, "<string>", [("___", None, None)]),
    # -- no facts: still found, no fix
    ("no-facts", letter("I would love to join COMPANY NAME.", greeting="Dear So-and-so,"), {}, "<string>",
     [("So-and-so", None, None), ("COMPANY NAME", None, None)]),
]


@pytest.mark.parametrize("text,facts,path,expected", [pytest.param(*c[1:], id=c[0]) for c in FAIL])
def test_placeholder_forms_are_found_with_their_fix(linter, text, facts, path, expected):
    r = report(linter, text, facts=facts or None, path=path)
    got = []
    for d in r.diagnostics:
        assert d.code == "EL101" and d.category == "placeholder"
        shown = r.text[d.start:d.end]
        assert shown in d.message
        got.append((shown, d.fix.edits[0].replacement if d.fix else None, d.fix.safe if d.fix else None))
    assert got == expected


# drafts EL101 must leave alone
PASS = [
    ("abc-acronym", letter("The ABC triage model you described is close to what I use today.")),
    ("abc-network", letter("I first heard of your product in an ABC interview with your founder.")),
    ("date-night", letter("Your story about the support team's date night raised a smile.")),
    ("signature-dish", letter("Lunch at the canteen, with its signature dish, was a lovely break.")),
    ("see-attached", letter("My notes on the triage exercise are below (see attached).")),
    ("salary", letter("The $40k equipment budget you mentioned shows how much you invest in support.")),
    ("company-culture", letter("Company culture came up often, and I liked what I heard.")),
    ("x-ray", letter("My years on the radiology help desk taught me how X-ray systems fail.")),
    ("generation-x", letter("Supporting customers from Generation X to Gen Z needs patience.")),
    ("date-with-value", letter(BODY + "\n\nDate: 18 November 2026")),
    ("form-filled-in", letter(signature="Sam Rivera\nPhone Number: 555 0100")),
    ("my-name-lowercase", letter("My name came up in the panel, I hear, which was kind of Priya.")),
    ("so-and-so-idiom", letter("I would never blame some so-and-so for a missed ticket; I fix the process.")),
    ("shouting-is-not-a-field", letter("I am SO EXCITED about this role and I love this COMPANY.")),
    ("shouted-own-name", letter("MY NAME IS SAM AND PLEASE USE MY FULL NAME ON THE BADGE.")),
    ("cashtag-and-currency", letter("I follow $AAPL and $MSFT support forums and track costs in $USD.")),
    ("xyz-coordinates", letter("I once calibrated the XYZ stage controllers on a lab bench.")),
    ("caps-signature", letter(signature="SAM RIVERA\nSUPPORT LEAD")),
    ("real-name-signature", letter(closing="Thanks,", signature="Sam")),
    ("hiring-manager-generic", letter(greeting="Dear Hiring Manager,")),
    ("kisses", letter(closing="Love,", signature="Sam xxx")),
    ("first-name-in-prose", letter("We were on first-name terms within minutes, which I appreciated.")),
    ("company-a-anonymised", letter("At my last job I supported Company A's migration to a new CRM.")),
]


@pytest.mark.parametrize("text", [pytest.param(c[1], id=c[0]) for c in PASS])
def test_ordinary_words_are_not_placeholders(linter, text):
    r = report(linter, text)
    assert [r.text[d.start:d.end] for d in r.diagnostics] == []


# -- one finding per problem ---------------------------------------------------------------

def test_a_stock_company_is_a_placeholder_not_a_wrong_company(everything):
    text = letter("I would love to join the team at ABC Corp.")
    r = report(everything, text)
    hits = [(d.code, r.text[d.start:d.end]) for d in r.diagnostics if d.start >= text.index("ABC")
            and d.end <= text.index("ABC") + len("ABC Corp")]
    assert hits == [("EL101", "ABC Corp")]


@pytest.mark.parametrize("greeting,field", [("Hi Firstname,", "Firstname"), ("Dear So-and-so,", "So-and-so"),
                                            ("Dear Mr./Ms. Lastname,", "Mr./Ms. Lastname")])
def test_a_name_field_is_a_placeholder_not_a_wrong_interviewer(everything, greeting, field):
    r = report(everything, letter(greeting=greeting))
    greeting_hits = [d.code for d in r.diagnostics if d.start < len(greeting)]
    assert "EL101" in greeting_hits and "EL902" not in greeting_hits


def test_placeholder_spans_cover_capitalised_labels():
    """The spans the shouting rule (EL528) reads to leave template fields to EL101."""
    text = "I AM SO EXCITED TO JOIN COMPANY NAME, the JOB TITLE team."
    assert [text[s:e] for s, e, _ in find_placeholders(text)] == ["COMPANY NAME", "JOB TITLE"]


def test_a_capitalised_field_is_not_shouting(everything):
    r = report(everything, letter("Thank you for the interview for the JOB TITLE role at COMPANY NAME."))
    codes = [(d.code, r.text[d.start:d.end]) for d in r.diagnostics if d.code in ("EL101", "EL528")]
    assert codes == [("EL101", "JOB TITLE"), ("EL101", "COMPANY NAME")]
