"""Accuracy rules (G15, G3): wrong company, person, role, recipient domain, interview day; panels.

Precision first: most cases here are tricky drafts that must NOT be flagged."""

from __future__ import annotations

from pathlib import Path

import pytest

from etiquette_lint import Config, Linter
from etiquette_lint.builtin.wrong_role import same_role
from etiquette_lint.mentions.orgs import domain_label, domain_matches, same_company

CORPUS = Path(__file__).resolve().parent / "corpus" / "drafts"

FACTS = {"company": "Initech", "interviewer": "Jordan Lee", "role": "Support Engineer",
         "interviewer_email": "jordan.lee@initech.example", "interview_at": "2026-11-17T14:00",
         "sent_at": "2026-11-18T09:00", "topics": ["ticket triage", "on-call rotation"]}


@pytest.fixture(scope="module")
def accuracy() -> Linter:
    return Linter(Config(select=("EL9",)))


def draft(sentence: str, greeting: str = "Dear Jordan,", subject: str | None = None) -> str:
    head = f"Subject: {subject}\n\n" if subject else ""
    return (f"{head}{greeting}\n\nThank you for meeting with me yesterday about the Support Engineer role. "
            f"{sentence}\n\nBest regards,\nElena Sorokina\n")


def found(linter, text, facts=FACTS, kind="thank_you", path="<string>"):
    r = linter.lint(text, facts=facts, kind=kind, path=path)
    return [(d.code, text[d.start:d.end]) for d in r.diagnostics if d.severity != "info"]


# --------------------------------------------------------------------------- EL901 wrong-company

def test_globex_for_initech_is_flagged_at_its_span(accuracy):
    text = (CORPUS / "032-thanks-wrong-company.md").read_text()
    r = accuracy.lint_file(CORPUS / "032-thanks-wrong-company.md")
    [d] = r.diagnostics
    assert (d.code, d.name, d.category, d.severity) == ("EL901", "wrong-company", "accuracy", "warning")
    assert text[d.start:d.end] == "Globex"
    assert (d.line, d.column, d.end_column) == (15, 54, 60)
    assert "Initech" in d.message and "G15" in d.message
    assert d.fix is not None and not d.fix.safe and d.fix.edits[0].replacement == "Initech"


@pytest.mark.parametrize("sentence,name", [
    ("I left the interview even more excited about joining Globex.", "Globex"),
    ("I would love to work for Globex Corp.", "Globex Corp."),
    ("The role at Globex is exactly what I want.", "Globex"),
    ("I am confident I could help Globex Industries grow.", "Globex Industries"),
    ("I hope to become part of Stonebridge Insurance soon.", "Stonebridge Insurance"),
    ("I'm excited about a future with Globex.", "Globex"),
    ("Working at Globex would be a dream.", "Globex"),
    ("I can't wait to contribute to the team at Globex.", "Globex"),
    ("I would be proud to join Globex's support team.", "Globex"),
    ("I am confident my skills would be a great asset to Globex.", "Globex"),
    ("Globex's mission resonates with me.", "Globex"),
    ("I am excited to bring my skills to Globex.", "Globex"),
    ("Thank you for the chance to interview with Stonebridge Insurance.", "Stonebridge Insurance"),
])
def test_wrong_company_found(accuracy, sentence, name):
    assert found(accuracy, draft(sentence)) == [("EL901", name)]


@pytest.mark.parametrize("sentence,name,kind", [
    # a withdrawal or an offer reply names the company it is written to
    ("I have accepted another offer, so I would like to withdraw my application to Globex.", "Globex", "withdrawal"),
    ("Please withdraw my candidacy with Globex Industries.", "Globex Industries", "withdrawal"),
    ("I am withdrawing from the recruitment process at Globex.", "Globex", "withdrawal"),
    ("I would like to withdraw from Globex's hiring process.", "Globex", "withdrawal"),
    ("I accept the offer and look forward to my start with Globex.", "Globex", "offer_reply"),
])
def test_wrong_company_in_withdrawals_and_offer_replies(accuracy, sentence, name, kind):
    assert found(accuracy, draft(sentence), kind=kind) == [("EL901", name)]


@pytest.mark.parametrize("sentence,kind", [
    ("I have accepted an offer from Globex, so I would like to withdraw my application to Initech.", "withdrawal"),
    ("I withdrew my application to Globex last month to focus on this role.", "withdrawal"),
    ("I declined my candidacy with Globex Industries, as Initech is my first choice.", "offer_reply"),
    ("My previous application to Globex taught me a lot about support work.", "thank_you"),
    ("I would like to withdraw my application to the Support Engineer role.", "withdrawal"),
])
def test_other_companies_framed_on_purpose_in_withdrawals(accuracy, sentence, kind):
    assert [c for c in found(accuracy, draft(sentence), kind=kind) if c[0] == "EL901"] == []


def test_past_frame_covers_only_its_own_mention(accuracy):
    text = draft("At my previous company, Globex, I built a knowledge base, and I left the interview even "
                 "more excited about joining Globex.")
    r = accuracy.lint(text, facts=FACTS, kind="thank_you")
    [d] = r.diagnostics
    assert d.code == "EL901" and d.start == text.rindex("Globex")


def test_wrong_company_in_greeting_and_subject(accuracy):
    assert found(accuracy, draft("I enjoyed it.", greeting="Dear Globex hiring team,")) == [("EL901", "Globex")]
    assert found(accuracy, draft("I enjoyed it.", subject="Support Engineer interview at Globex")) == \
        [("EL901", "Globex")]


@pytest.mark.parametrize("sentence", [
    # the candidate's own past or present
    "At my previous company, Globex, I built a knowledge base.",
    "When I worked at Globex Corp, I ran the on-call rotation.",
    "I currently work at Globex as a support lead.",
    "In my current role at Globex, I handle escalations.",
    "I spent four years at Globex Industries before moving into support.",
    "I studied at Stanford University and then joined Globex.",
    # another company on purpose, clients, partners, products
    "I have another interview at Globex next week, but Initech is my first choice.",
    "Our customers at Acme Corp rely on fast ticket triage.",
    "Your partnership with Globex Logistics sounds exciting.",
    "Your story about Amazon Web Services outages stuck with me.",
    "I enjoyed talking about how Salesforce Health Cloud integrates with your tools.",
    "I use Zendesk and Jira Service Management every day.",
    # the company itself and its products, teams and places
    "I enjoyed learning about the Initech Cloud rollout and the Initech Mobile app.",
    "I am excited about joining Initech's support team.",
    "I hope to help Initech Support reach its goals.",
    "The team at Initech clearly cares about customers.",
    "Thank you for meeting with me at the Boston office.",
    "Best of luck to the Support Engineering team.",
    "It was great to meet Priya Patel from the Platform Engineering team.",
    # people and days
    "I would love to join Jordan and the rest of the support team.",
    "I am excited to start working with Jordan Lee on Monday.",
    "I read the Harvard Business Review article you mentioned.",
    "I volunteer with the Red Cross on weekends.",
    "Initech's mission resonates with me.",
    "I would bring this to Sarah's attention.",
    "I can bring that experience to the team.",
    "I enjoyed hearing about Kubernetes's growth in your stack.",
])
def test_wrong_company_tricky_passes(accuracy, sentence):
    assert [c for c in found(accuracy, draft(sentence)) if c[0] == "EL901"] == []


def test_signature_and_quoted_text_are_not_checked(accuracy):
    text = ("Dear Jordan,\n\nThank you for meeting with me yesterday about the role at Initech.\n\n"
            "Best regards,\nElena Sorokina\nSupport Lead, Globex Corp.\nglobex.example | +1 555 0100\n\n"
            "On Tue, Nov 17, 2026 at 5:55 PM Jordan Lee wrote:\n> Thanks for applying to join Globex!\n")
    assert found(accuracy, text) == []


def test_company_with_legal_suffix_in_facts(accuracy):
    facts = {**FACTS, "company": "Initech, Inc."}
    assert found(accuracy, draft("I am excited about joining Initech.")) == []
    assert found(accuracy, draft("I am excited about joining Initech LLC."), facts=facts) == []
    assert found(accuracy, draft("I am excited about joining Globex LLC."), facts=facts) == \
        [("EL901", "Globex LLC")]


def test_no_company_fact_no_company_finding(accuracy):
    facts = {k: v for k, v in FACTS.items() if k not in ("company", "interviewer_email")}
    assert found(accuracy, draft("I am excited about joining Globex."), facts=facts) == []


def test_org_entities_of_a_statistical_model(monkeypatch):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "ORG", "pattern": "Umbrella"}, {"label": "ORG", "pattern": "Hooli"}])
    monkeypatch.setattr("etiquette_lint.linter.get_nlp", lambda model=None: nlp)
    linter = Linter(Config(select=("EL901",)))
    # "help Umbrella" has no industry word: only the model knows it is a company
    assert found(linter, draft("I would love to help Umbrella grow its support desk.")) == [("EL901", "Umbrella")]
    # an ORG mentioned in passing, with no cue, stays quiet
    assert found(linter, draft("Your story about Hooli stuck with me.")) == []


# --------------------------------------------------------------------------- EL902 wrong-interviewer

@pytest.mark.parametrize("greeting", [
    "Dear Jordan,", "Hi Jordan Lee,", "Dear Mr. Lee,", "Dear Ms. Lee,", "Dear Dr. Lee,", "Hello Jordan,",
    "Jordan,", "Dear Hiring Team,", "Hi team,", "Good morning Jordan,", "Hi there,", "Dear Sir or Madam,",
    "To whom it may concern,", "Dear Search Committee,", "Hi Jordan and team,", "Dear Ms Lee", "Dear Mx. Lee,",
    "Hey Jordan!", "Dear Professor Lee,", "Dear J. Lee,", "Dear Jo,", "Dear Initech Team,",
])
def test_greetings_that_are_right(accuracy, greeting):
    assert found(accuracy, draft("I enjoyed it.", greeting=greeting)) == []


@pytest.mark.parametrize("greeting,name", [
    ("Dear Mr. Fowler,", "Mr. Fowler"), ("Hi Mark,", "Mark"), ("Dear Ms. Leigh,", "Ms. Leigh"),
    ("Dear Jordan and Sam,", "Sam"), ("Dear Dana Whitfield,", "Dana Whitfield"), ("Dear K. Lee,", "K. Lee"),
])
def test_greetings_naming_someone_else(accuracy, greeting, name):
    assert found(accuracy, draft("I enjoyed it.", greeting=greeting)) == [("EL902", name)]


def test_misspelt_interviewer_name(accuracy):
    r = accuracy.lint(draft("I enjoyed it.", greeting="Dear Jordon,"), facts=FACTS, kind="thank_you")
    [d] = r.diagnostics
    assert d.code == "EL902" and "misspelling" in d.message and d.fix.edits[0].replacement == "Jordan"


def test_nicknames_and_panels(accuracy):
    facts = {**FACTS, "interviewer": ["Robert Okafor", "Megan Fraser"]}
    for greeting in ("Hi Bob,", "Dear Meg,", "Dear Mr. Okafor and Ms. Fraser,", "Dear Rob and Megan,"):
        assert found(accuracy, draft("I enjoyed it.", greeting=greeting), facts=facts) == [], greeting
    assert found(accuracy, draft("I enjoyed it.", greeting="Dear Mr. Okafor and Ms. Fowler,"), facts=facts) == \
        [("EL902", "Ms. Fowler")]


def test_vocatives_in_the_body(accuracy):
    assert found(accuracy, draft("It was a pleasure to meet you, Mark.")) == [("EL902", "Mark")]
    assert found(accuracy, draft("Thank you again, Mr. Fowler, for the tour.")) == [("EL902", "Mr. Fowler")]
    for ok in ("It was a pleasure to meet you, Jordan.", "Thank you, Jordan, for your time.",
               "Please pass my thanks to Dr. Chen and Sarah from QA.", "Dr. Chen's tour was a highlight.",
               "It was great to meet you, Ms. Lee!"):
        assert found(accuracy, draft(ok)) == [], ok


def test_only_a_first_name_known(accuracy):
    facts = {**FACTS, "interviewer": "Jordan"}
    assert found(accuracy, draft("I enjoyed it.", greeting="Dear Ms. Lee,"), facts=facts) == []
    assert found(accuracy, draft("I enjoyed it.", greeting="Dear Mark,"), facts=facts) == [("EL902", "Mark")]


def test_eml_to_header_stands_in_for_the_interviewer(accuracy):
    head = ("From: Rohan <rohan@mail.example>\nTo: Dana Whitfield <dana@lumen.example>\nSubject: Thanks\n"
            "Date: Thu, 19 Nov 2026 08:40:00 +0000\n\n")
    text = head + "Dear Mr. Fowler,\n\nThank you for meeting with me yesterday.\n\nBest,\nRohan\n"
    assert found(accuracy, text, facts=None, path="n.eml") == [("EL902", "Mr. Fowler")]
    ok = head + "Dear Ms. Whitfield,\n\nThank you for meeting with me yesterday.\n\nBest,\nRohan\n"
    assert found(accuracy, ok, facts=None, path="n.eml") == []
    team = ok.replace("Dana Whitfield <dana@lumen.example>", "Talent Acquisition <jobs@lumen.example>")
    assert found(accuracy, team.replace("Ms. Whitfield", "Mr. Fowler"), facts=None, path="n.eml") == []


# --------------------------------------------------------------------------- EL903 wrong-role

def test_wrong_role(accuracy):
    assert found(accuracy, draft("I am thrilled about the Account Manager position.")) == \
        [("EL903", "Account Manager")]
    assert found(accuracy, draft("Thank you for considering me for the role of Account Manager.")) == \
        [("EL903", "Account Manager")]
    assert found(accuracy, draft("I enjoyed it.", subject="Sales Manager interview")) == [("EL903", "Sales Manager")]


@pytest.mark.parametrize("sentence", [
    "I am excited about the Senior Support Engineer position.",
    "I would love to join as a Support Engineering lead.",
    "In my role as Customer Success Manager I triaged tickets daily.",
    "I previously worked as an IT Help Desk Analyst.",
    "Your role as Head of Support sounds demanding.",
    "I would also be interested in the Technical Writer opening you mentioned.",
    "I enjoyed hearing about the Site Reliability Engineer position you plan to open next year.",
    "Please keep me in mind for future Team Lead roles.",
    "The hiring manager role in your process sounds well run.",
    "I look forward to the Initech offer.",
])
def test_role_tricky_passes(accuracy, sentence):
    assert [c for c in found(accuracy, draft(sentence)) if c[0] == "EL903"] == []


def test_same_role_helper():
    assert same_role("Senior Process Engineering", "Process Engineer")
    assert same_role("Support Engineer", "Support Engineer II")
    assert not same_role("Quality Manager", "Process Engineer")
    assert not same_role("Data Analyst", "Data Engineer")


# --------------------------------------------------------------------------- EL904 recipient-domain-mismatch

def test_recipient_domain(accuracy):
    facts = {**FACTS, "interviewer_email": "jordan.lee@globex.example"}
    text = draft("I am excited about the team at Initech.")
    assert found(accuracy, text, facts=facts) == [("EL904", "Initech")]
    # no company named in the draft: nothing to compare
    assert found(accuracy, draft("I enjoyed it."), facts=facts) == []
    for ok in ("jordan@initech.example", "jordan@mail.initech.co.uk", "j.lee@gmail.com",
               "no-reply@greenhouse.io", "jordan@initech-careers.example"):
        assert found(accuracy, text, facts={**FACTS, "interviewer_email": ok}) == [], ok


def test_recipient_domain_from_eml_without_facts(accuracy):
    text = ("From: Elena <elena@mail.example>\nTo: Jordan Lee <jordan.lee@globex.example>\nSubject: Thanks\n"
            "Date: Wed, 18 Nov 2026 09:30:00 +0000\n\nDear Jordan,\n\nThank you for meeting with me about "
            "the Support Engineer role at Initech.\n\nBest regards,\nElena\n")
    r = accuracy.lint(text, path="n.eml")
    [d] = [d for d in r.diagnostics if d.code == "EL904"]
    assert text[d.start:d.end] == "Initech" and "(.eml To header)" in d.message
    assert found(accuracy, text.replace("globex", "initech"), facts=None, path="n.eml") == []


def test_domain_helpers():
    assert domain_label("a@mail.initech.co.uk") == "initech"
    assert domain_label("a@stmarrow-health.example") == "stmarrow-health"
    assert domain_matches("vantagecrm", "Vantage")
    assert domain_matches("northgateprop", "Northgate Property Group")
    assert domain_matches("ibm", "International Business Machines")
    assert domain_matches("redfernandsons", "Redfern & Sons")
    assert not domain_matches("globex", "Initech")
    assert same_company("Initech Cloud", "Initech") and same_company("Green Hollow", "Green Hollow Schools")
    assert same_company("IBM", "International Business Machines") and not same_company("Globex", "Initech")


# --------------------------------------------------------------------------- EL905 interview-day-mismatch

@pytest.mark.parametrize("sentence,sent_at,expected", [
    ("Thank you for meeting with me today.", "2026-11-17T19:00", []),
    ("Thank you for meeting with me today.", "2026-11-18T09:00", [("EL905", "today")]),
    ("Thank you for meeting with me today.", "2026-11-18T00:30", []),  # written last night
    ("I enjoyed our conversation this afternoon.", "2026-11-20T09:00", [("EL905", "this afternoon")]),
    ("Thanks for meeting me on Tuesday afternoon.", "2026-11-20T09:00", []),
    ("I enjoyed our chat on Monday.", "2026-11-20T09:00", [("EL905", "on Monday")]),
    ("I look forward to our follow-up call on Friday.", "2026-11-18T09:00", []),
    ("I will see you at the second interview on Monday.", "2026-11-18T09:00", []),
    ("Yesterday's interview was a pleasure.", "2026-11-18T09:00", []),
    ("Yesterday's interview was a pleasure.", "2026-11-19T09:00", [("EL905", "Yesterday")]),
])
def test_interview_day(accuracy, sentence, sent_at, expected):
    text = f"Dear Jordan,\n\n{sentence} I enjoyed our talk about ticket triage.\n\nBest regards,\nElena\n"
    assert found(accuracy, text, facts={**FACTS, "sent_at": sent_at}) == expected


# --------------------------------------------------------------------------- EL910 panel (info)

def test_panel_suggestions(accuracy):
    facts = {**FACTS, "interviewer": ["Rania Haddad", "Luis Ferreira", "Kwame Osei"]}

    def info(greeting):
        r = accuracy.lint(draft("I enjoyed it.", greeting=greeting), facts=facts, kind="thank_you")
        return [d for d in r.diagnostics if d.code == "EL910"]

    [d] = info("Dear Hiring Team,")
    assert d.severity == "info" and "address one of them by name" in d.message
    [d] = info("Dear Dr. Haddad,")
    assert "Luis Ferreira and Kwame Osei a separate note" in d.message
    [d] = info("Dear Dr. Haddad, Mr. Ferreira, and Mr. Osei,")
    assert "separate, personal note" in d.message
    r = accuracy.lint(draft("I enjoyed it.", greeting="Dear Dr. Haddad,"), facts=FACTS, kind="thank_you")
    assert not [d for d in r.diagnostics if d.code == "EL910"]


# --------------------------------------------------------------------------- the corpus

@pytest.mark.parametrize("name,expected", [
    ("032-thanks-wrong-company.md", [("EL901", "Globex")]),
    ("033-thanks-wrong-interviewer.md", [("EL902", "Mr. Fowler")]),
    ("068-offer-wrong-role.md", [("EL903", "Quality Manager")]),
    ("077-feedback-wrong-company.md", [("EL901", "Stonebridge Insurance")]),
    ("086-checkin-wrong-company.md", [("EL901", "Brightwave Audio")]),
])
def test_corpus_faults(accuracy, name, expected):
    r = accuracy.lint_file(CORPUS / name)
    assert [(d.code, r.text[d.start:d.end]) for d in r.diagnostics] == expected


def test_corpus_has_no_false_alarms(accuracy):
    faulty = {"032-thanks-wrong-company.md", "033-thanks-wrong-interviewer.md", "068-offer-wrong-role.md",
              "077-feedback-wrong-company.md", "086-checkin-wrong-company.md"}
    for path in sorted(CORPUS.iterdir()):
        if path.name in faulty:
            continue
        r = accuracy.lint_file(path)
        assert [d for d in r.diagnostics if d.severity != "info"] == [], path.name


@pytest.mark.parametrize("role,mention,flagged", [
    ("Support Engineer", "the Tier 2 Support role", False),
    ("Registered Nurse", "the RN position", False),
    ("Software Engineer", "the SWE role", False),
    ("Account Executive", "the Sales position", False),          # not a role title
    ("Support Engineer", "the Initech Support Engineer role", False),
    ("Staff Nurse, ICU", "the ICU Staff Nurse position", False),
    ("ICU Staff Nurse (Nights)", "the ICU Staff Nurse position", False),
    ("Marketing Coordinator", "the Marketing Operations position", False),
    ("Product Manager", "the Product Management role", False),
    ("Software Engineer", "the Engineering Manager role", True),
    ("Data Engineer", "the Data Analyst role", True),
    ("Bookkeeper", "the Payroll Clerk position", True),
    ("Process Engineer", "the Quality Manager position", True),
])
def test_role_titles(accuracy, role, mention, flagged):
    text = f"Dear Jordan,\n\nThank you for meeting with me about {mention}.\n\nBest,\nSam\n"
    hits = found(accuracy, text, facts={"role": role})
    assert bool(hits) == flagged, hits
