"""Tone rules (EL501-EL531): what they flag, and -- precision first -- the ordinary
sentences they must leave alone. Sentences are wrapped in a short, otherwise clean e-mail."""

from __future__ import annotations

import pytest

from etiquette_lint import Config, Linter
from etiquette_lint.fixes import apply_edits, safe_edits

TONE = ("tone",)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(select=("tone",)))


def wrap(body: str, greeting: str = "Dear Ms. Lee,", closing: str = "Best regards,") -> str:
    return f"{greeting}\n\n{body}\n\n{closing}\nSam Rivera"


def codes(linter: Linter, text: str, kind: str = "thank_you", facts=None) -> list[str]:
    return [d.code for d in linter.lint(text, kind=kind, facts=facts).diagnostics]


# -- what each rule catches --------------------------------------------------------------

FLAGGED = [
    # tone.desperate -- model-driven (EL501, EL503): a few unmistakable canonical cases only;
    # accuracy on held-out data is measured statistically in tests/test_models.py
    ("I really need this job, please, I'll take any salary.", "EL501"),
    ("I'm begging you to reconsider.", "EL501"),
    ("I'll do anything to get this job.", "EL501"),
    ("Sorry for the delay. I apologize for the late note. Sorry again.", "EL503"),
    # tone.pushy -- model-driven (EL511)
    ("I expect a decision by Friday at the latest.", "EL511"),
    ("I expect an answer by Friday.", "EL511"),
    ("I am entitled to an explanation.", "EL511"),
    # tone.pushy -- exact form (EL515 personal channels)
    ("I found you on Facebook and sent you a friend request.", "EL515"),
    ("I texted your personal cell last night.", "EL515"),
    ("I messaged you on WhatsApp to make sure you saw this.", "EL515"),
    # tone.casual -- exact forms
    ("Thx so much for ur time, can u send the details?", "EL521"),
    ("I'm gonna bring the portfolio next time, btw.", "EL521"),
    ("Yeah, the tour was great haha.", "EL522"),
    ("Thanks for the convo, the team was super nice.", "EL521"),
    ("I'm stoked about the role.", "EL522"),
    ("Thank you sooo much for the tour.", "EL522"),
    ("Thank you for the tour 😊", "EL523"),
    ("Thank you for the tour ❤️", "EL523"),
    ("Thank you for the tour :-)", "EL523"),
    ("Thank you for the tour!!!", "EL526"),
    ("Any update on the role??", "EL526"),
    ("Really?! That is great news.", "EL526"),
    ("Thank you! I loved it! See you soon!", "EL527"),
    ("I am VERY interested and THANK YOU for the tour.", "EL528"),
    # tone.negative -- model-driven (EL531)
    ("Thanks for the 'valuable feedback', I guess. Your loss.", "EL531"),
    ("That's your loss.", "EL531"),
    ("I guess experience doesn't count for much at your company.", "EL531"),
]


@pytest.mark.parametrize("sentence,code", FLAGGED, ids=[f"{c}-{i}" for i, (_, c) in enumerate(FLAGGED)])
def test_flags(linter: Linter, sentence: str, code: str) -> None:
    assert code in codes(linter, wrap("Thank you for meeting with me on Monday. " + sentence))


def test_casual_greeting_and_sign_off(linter: Linter) -> None:
    text = wrap("Thank you for meeting with me on Monday about the support role.", greeting="Hey Jordan,",
                closing="Later,")
    found = codes(linter, text)
    assert "EL524" in found and "EL525" in found


def test_cheers_is_not_a_casual_sign_off(linter: Linter) -> None:
    text = wrap("Thank you for meeting with me on Monday about the support role.", closing="Cheers,")
    assert "EL525" not in codes(linter, text)


# -- precision: ordinary sentences that must not be flagged -------------------------------

CLEAN = [
    # need / expect / just / sorry / single "!"
    "If you need anything else from me, I am happy to send it.",
    "Your point that idempotency keys need an owner, not just a library, stayed with me.",
    "I expect the team will be busy with the launch, so there is no rush.",
    "I just wanted to thank you again for your time.",
    "I'm sorry to hear that the position went to another candidate.",
    "Apologies for the slow reply; I was travelling last week.",
    "I am sorry not to be able to continue with the process.",
    "Thanks for the tour of the lab yesterday!",
    "I just need the offer letter signed by your HR team to give notice.",
    "I need the role to start after January because of my notice period.",
    "We badly needed a new ticketing system at my last job, so I built one.",
    "Please let me know if there is anything at all I can add.",
    "Let me know if I can do anything to help with the transition.",
    "I'd love the chance to contribute to the migration project.",
    "I am eager to help the team clear the onboarding backlog.",
    "I know I stumbled on the last SQL question, and I have since worked through it.",
    "I was not the most experienced person on my last team, but I led the rollout.",
    "I was terribly impressed by the new cold room.",
    "The candidates you hire clearly learn fast; I would love to be one of them.",
    "I need to send you my references, which I will do today.",
    # pushy-looking but polite
    "I have received another offer that I need to answer by Friday; is there any update on your timeline?",
    "Could you let me know by Friday whether the start date works?",
    "You mentioned that the firm would decide by November 13, and I have not heard anything since.",
    "As I mentioned in my last email, I am available on Tuesday.",
    "I am still waiting to hear from one of my references, and I will forward the letter when it arrives.",
    "I will send the signed forms to your HR team today.",
    "I will report to the operations manager from my first day, as we discussed.",
    "If I do not receive the onboarding packet by Monday, I will contact your HR team to check.",
    "If you are out next week, I will contact your manager, Dr. Chen, about the schedule.",
    "If the role is not the right fit after all, I will still be grateful for the conversation.",
    "If you can confirm the January start date, I will accept the offer and sign this week.",
    "I can't wait much longer to get started on the project!",
    "I enjoyed hearing about your Instagram campaign for the spring launch.",
    "I sent the portfolio to the personal e-mail you gave me, as you suggested.",
    "I have sent you a LinkedIn invitation with a short note.",
    "We won the regional award for the second time last spring.",
    "I was expecting a figure closer to the top of the range; is there flexibility?",
    "The late deliveries on my last project were not acceptable to the client.",
    "I do want to mention that I deserve some of the credit for the audit my team passed.",
    # casual-looking but fine
    "I enjoyed the tour of the U.S. distribution centre and the U-Haul partnership.",
    "The BC office and the NP team were impressive.",
    "I have worked with the IMO conventions and the ATM network at my bank.",
    "I have fewer than <3 years of experience? No: I have <3 years in retail and five in logistics.",
    "The meeting ran from 10:30 to 11:45 (room 3), and the move is planned for Q3 (i.e., July).",
    "My CRM, ROI, SQL, AWS and SaaS experience at a NYC firm fits the Q3 API launch.",
    "I used the STAR method, and I hold the EPA Universal certification for HVAC work.",
    "I appreciated how candid you were about how your team handles a \"NO\" from a client.",
    "I enjoyed hearing how your team supports gig economy workers.",
    "The Software Engineer III title and the www.example.com demo were clear.",
    "Thank you for the tour; the new lab was impressive.",
    # negative-looking but fine
    "Good luck with the launch, and I hope our paths cross again.",
    "Good luck with that launch next month!",
    "I have attached my license; you will need it for the credentialing file.",
    "It must be nice to work with such a collaborative team, and I hope to find out.",
    pytest.param("What a surprise to see my old professor on the panel, and what a pleasure.",
                 marks=pytest.mark.xfail(strict=True, reason="known model false alarm: 'What a surprise' read as "
                                                             "sarcasm (negative p=0.72, threshold 0.70)")),
    "Clearly you have built something special in the night-shift team.",
    "Whatever schedule works best for the branch is fine with me.",
    "I'm very sorry for your loss, and thank you for still making time to write.",
    "I made a mistake on the SQL exercise and have since reworked it.",
    "I made a big mistake early in my career and learned to double-check reconciliations.",
    "You'll never regret giving a new grad a chance on this team.",
    "I don't understand how this works yet, but I am eager to learn.",
    "I enjoyed hearing how you plan to streamline the disorganized intake process.",
    "Your disaster recovery drill and the chaos engineering game days sound like fun.",
    "I enjoyed hearing how the team handles the chaotic holiday rush.",
    "A ridiculous number of tickets came in during launch week at my last job, and we cleared them.",
    "I designed a form letter for patient reminders at my last clinic.",
    "After all that planning, the launch went smoothly.",
    "I cleaned up a complete mess of legacy spreadsheets when I inherited the role.",
    "He told a joke about the coffee machine that broke the ice.",
    "I was not offended by the salary question at all.",
    "The interview was a good use of my time, and not a waste of yours, I hope.",
    "I never bothered to learn macros until this role required them.",
    "Our data was dirty, so I wrote the validation checks.",
    "Your team clearly values people's time; the schedule was clear.",
]


@pytest.mark.parametrize("sentence", CLEAN)
def test_ordinary_sentences_are_not_flagged(linter: Linter, sentence: str) -> None:
    text = wrap("Thank you for meeting with me on Monday about the coordinator role. " + sentence)
    assert codes(linter, text) == []


@pytest.mark.parametrize("kind", ["thank_you", "check_in", "offer_reply", "rejection_reply",
                                  "feedback_request", "withdrawal"])
def test_clean_notes_of_every_kind(linter: Linter, kind: str) -> None:
    bodies = {
        "thank_you": "Thank you for meeting with me yesterday. I enjoyed our talk about ticket triage, "
                     "and I am even more excited about the role. If you need anything else, just let me know!",
        "check_in": "I hope your week is going well. You mentioned a decision by November 13, so I wanted to "
                    "ask whether there is any update. I remain very interested in the role.",
        "offer_reply": "Thank you so much for the offer! I am delighted to accept, and I will return the signed "
                       "letter today. Could you confirm the start date?",
        "rejection_reply": "Thank you for letting me know. I'm sorry to hear the role went to another candidate, "
                           "but I enjoyed meeting the team. I would welcome any feedback.",
        "feedback_request": "Thank you again for considering me. Would you be willing to share any feedback on "
                            "my case study? I want to focus my next few months on the right skills.",
        "withdrawal": "Thank you for the time you spent with me. I have accepted another offer, so I would like "
                      "to withdraw my application. I am sorry not to continue, and I wish the team well.",
    }
    assert codes(linter, wrap(bodies[kind]), kind=kind) == []


# -- scopes: quoted thread and signature never count ----------------------------------------

def test_quoted_thread_is_ignored(linter: Linter) -> None:
    text = ("Dear Carla,\n\nThank you for the note. My license verification and two references are "
            "attached.\n\nBest regards,\nNadia Rahman\n\n"
            "On Tue, Nov 17, 2026 at 3:02 PM Carla Delgado <carla@x.example> wrote:\n"
            "> Hey Nadia!! can u send ur refs ASAP?? thx lol 😊 Why haven't you replied? I expect an answer "
            "by Friday.\n> Carla\n")
    assert codes(linter, text) == []


def test_signature_is_ignored(linter: Linter) -> None:
    text = ("Dear Ms. Lee,\n\nThank you for meeting with me yesterday.\n\nBest regards,\nSAM RIVERA\n"
            "UX LEAD | Yo-Yo Ma Fan Club :)\n+1 555 0100")
    assert codes(linter, text) == []


# -- fixes ---------------------------------------------------------------------------------

def test_safe_fixes_make_the_note_professional(linter: Linter) -> None:
    text = "Hey Rob,\n\nThx for the tour, I'm gonna send u the form btw!!\n\nLater,\nTy Nguyen"
    report = linter.lint(text, kind="thank_you")
    fixed, _ = apply_edits(text, safe_edits(report.diagnostics))
    assert fixed == ("Hi Rob,\n\nThanks for the tour, I'm going to send you the form by the way!\n\n"
                     "Best regards,\nTy Nguyen")
    again = linter.lint(fixed, kind="thank_you")
    assert [d.code for d in again.diagnostics] == []


def test_emoji_and_caps_fixes_are_offered_but_not_safe(linter: Linter) -> None:
    report = linter.lint(wrap("I am SO EXCITED to start 🎉"), kind="offer_reply")
    diags = {d.code: d for d in report.diagnostics}
    assert diags["EL523"].fix is not None and not diags["EL523"].fix.safe
    assert diags["EL528"].fix is not None and not diags["EL528"].fix.safe
    assert diags["EL528"].fix.edits[0].replacement == "so excited"


def test_exclamation_limit_is_an_option() -> None:
    text = wrap("Thank you! I loved the tour! See you soon!")
    strict = Linter(Config(select=("EL527",)))
    assert [d.code for d in strict.lint(text, kind="thank_you").diagnostics] == ["EL527"]
    loose = Linter(Config(select=("EL527",), rule_options={"EL527": {"max": 3}}))
    assert loose.lint(text, kind="thank_you").diagnostics == []


def test_acronyms_option_extends_the_allow_list() -> None:
    text = wrap("Thank you for the tour of the LOOP warehouse and the robot fleet.")
    default = Linter(Config(select=("EL528",)))
    assert [d.code for d in default.lint(text, kind="thank_you").diagnostics] == ["EL528"]
    custom = Linter(Config(select=("EL528",), rule_options={"EL528": {"acronyms": ["LOOP"]}}))
    assert custom.lint(text, kind="thank_you").diagnostics == []


def test_single_apology_and_sympathy_are_fine(linter: Linter) -> None:
    text = wrap("I'm sorry to hear about the reorganisation. Apologies for my slow reply last week; "
                "I am sorry I missed your call.", )
    assert "EL503" not in codes(linter, text, kind="rejection_reply")
    text3 = wrap("Sorry for the delay. I apologize for the confusion. Sorry again for the mix-up.")
    assert "EL503" in codes(linter, text3)


@pytest.mark.parametrize("sentence,code", [
    ("It has been two weeks. I need an answer.", "EL511"),
    ("Your company clearly doesn't value experience.", "EL531"),
    ("Just checking in AGAIN about the role.", "EL528"),
])
def test_more_variants(linter: Linter, sentence: str, code: str) -> None:
    assert code in codes(linter, wrap("Thank you for meeting with me on Monday. " + sentence))


# -- pattern hygiene -----------------------------------------------------------------------

def _tone_rule_files():
    from pathlib import Path

    return sorted((Path(__file__).resolve().parent.parent / "rules" / "tone").glob("*/*.yml"))


def _booleans(value, path=()):
    """YAML 1.1 reads a bare on/off/yes/no as a boolean: [by, on] is [by, True]. Token values must
    be quoted ("on"); only the spaCy flags (IS_PUNCT, IS_SENT_START, LIKE_NUM, ...) are booleans."""
    if isinstance(value, bool):
        yield path
    elif isinstance(value, dict):
        for k, v in value.items():
            if not (isinstance(k, str) and (k.startswith("IS_") or k.startswith("LIKE_"))):
                yield from _booleans(v, path + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _booleans(v, path + (i,))


@pytest.mark.parametrize("path", _tone_rule_files(), ids=lambda p: p.stem)
def test_patterns_are_quoted_and_compile(path) -> None:
    import yaml
    from spacy.matcher import Matcher

    from etiquette_lint.nlp import get_nlp

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    patterns = data.get("patterns") or []
    assert list(_booleans(patterns)) == [], "quote on/off/yes/no in token lists"
    if patterns:
        Matcher(get_nlp().vocab).add("check", patterns)  # raises on an invalid pattern


def test_caps_inside_a_template_field_is_left_to_the_placeholder_rule():
    from etiquette_lint import Config, lint

    text = "Dear Ms. Lee,\n\nThank you for the interview on [DATE] with {NAME}. It was GREAT.\n\nBest,\nSam\n"
    report = lint(text, config=Config(select=("EL528", "EL101")))
    found = sorted((d.code, report.text[d.start:d.end]) for d in report.diagnostics)
    assert found == [("EL101", "[DATE]"), ("EL101", "{NAME}"), ("EL528", "GREAT")]
