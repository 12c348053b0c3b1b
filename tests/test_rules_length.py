"""Length rules (EL401-EL406): counts over the candidate's own words only, limits per kind,
limits as options, and lists that are not one long sentence."""

from __future__ import annotations

import pytest

from etiquette_lint import Config, Linter

SENTENCE = "I enjoyed our talk about ticket triage and the on-call rotation. "  # 11 words


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(select=("length",)))


def note(body: str, *, signature: str = "Sam Rivera", quoted: str = "") -> str:
    text = f"Dear Ms. Lee,\n\n{body}\n\nBest regards,\n{signature}"
    if quoted:
        text += f"\n\nOn Mon, Nov 16, 2026 at 9:00 AM Jordan Lee <jordan@x.example> wrote:\n{quoted}"
    return text


def found(linter: Linter, text: str, kind: str = "thank_you", facts=None) -> list[str]:
    return [d.code for d in linter.lint(text, kind=kind, facts=facts).diagnostics if d.severity != "info"]


def paragraphs(n: int, sentences_each: int = 2) -> str:
    return "\n\n".join(SENTENCE * sentences_each for _ in range(n)).replace("  ", " ")


# -- EL401 too-long ------------------------------------------------------------------------

@pytest.mark.parametrize("kind,words_ok,words_long", [
    # an essay, not a warm 200-word note, is what a recruiter winces at (docs/data.md)
    ("thank_you", 290, 315),
    ("check_in", 240, 265),
    ("rejection_reply", 240, 265),
    ("offer_reply", 340, 365),
])
def test_too_long_per_kind(linter: Linter, kind: str, words_ok: int, words_long: int) -> None:
    def body(n: int) -> str:
        # n words in short sentences spread over paragraphs (so only EL401 can fire)
        words = ["word"] * (n - 5)  # greeting (3) and sign-off (2) count too
        sents = [" ".join(words[i:i + 10]).capitalize() + "." for i in range(0, len(words), 10)]
        return "\n\n".join(" ".join(sents[i:i + 4]) for i in range(0, len(sents), 4))
    assert "EL401" not in found(linter, note(body(words_ok)), kind=kind)
    assert "EL401" in found(linter, note(body(words_long)), kind=kind)


def test_quoted_thread_and_signature_do_not_count(linter: Linter) -> None:
    body = "Thank you for meeting with me yesterday. " + SENTENCE * 6
    signature = ("Sam Rivera\nSenior Support Engineer, Initech Global Services Division\n"
                 "Certified Kubernetes Administrator | ITIL 4 Foundation | AWS Solutions Architect\n"
                 "+1 555 0100 | sam.rivera@example.com\nhttps://www.linkedin.com/in/sam-rivera-support\n"
                 "Pronouns: they/them | Based in Lisbon, working European and US hours")
    quoted = "> " + "A long recruiter message with lots of words in it. " * 60
    assert found(linter, note(body, signature=signature, quoted=quoted)) == []


def test_limit_is_configurable() -> None:
    text = note("Thank you for meeting with me yesterday. " + SENTENCE * 8)
    strict = Linter(Config(select=("EL401",), rule_options={"EL401": {"per_kind": {"thank_you": {"max": 60}}}}))
    assert [d.code for d in strict.lint(text, kind="thank_you").diagnostics] == ["EL401"]


# -- EL402 too-short -----------------------------------------------------------------------

@pytest.mark.parametrize("body,kind,short", [
    ("Thank you for the interview. I am interested.", "thank_you", True),
    ("thx for the chat about the espresso bar relaunch, def still interested", "thank_you", True),
    ("Any news on the data analyst job?", "check_in", True),
    ("Thank you for meeting with me yesterday about the Staff Accountant role. I enjoyed our talk about the "
     "month-end close, and I am even more interested in joining your team.", "thank_you", False),
    ("Thank you for letting me know. I enjoyed meeting the team and hope to be considered for future roles.",
     "rejection_reply", False),
    ("I wanted to ask whether there is any update on the Staff Accountant role. I remain very interested.",
     "check_in", False),
])
def test_too_short(linter: Linter, body: str, kind: str, short: bool) -> None:
    # a suggestion, never a warning: a terse note that says what it needs is fine
    codes = [d.code for d in linter.lint(note(body), kind=kind).diagnostics]
    assert ("EL402" in codes) is short
    assert "EL402" not in found(linter, note(body), kind=kind)


def test_too_short_minimum_is_configurable() -> None:
    text = note("Thank you for letting me know. I enjoyed meeting the team.")
    lax = Linter(Config(select=("EL402",), rule_options={"EL402": {"min": 5}}))
    assert lax.lint(text, kind="rejection_reply").diagnostics == []
    strict = Linter(Config(select=("EL402",), rule_options={"EL402": {"min": 30}}))
    assert strict.lint(text, kind="rejection_reply").diagnostics


# -- EL403 long-sentence -------------------------------------------------------------------

def test_long_sentence_is_reported_at_the_sentence(linter: Linter) -> None:
    long = ("Thank you for meeting with me on Thursday about the Facilities Coordinator role, and I wanted to add "
            "that after our discussion of the renovation schedule, the summer move-out, the contractor badges "
            "and the budget review in January, I feel even more strongly that my six years of campus projects "
            "would let me step in quickly.")
    text = note(long + " I am very interested in the position.")
    diags = [d for d in linter.lint(text, kind="thank_you").diagnostics if d.code == "EL403"]
    assert len(diags) == 1
    assert text[diags[0].start:diags[0].end] == long


def test_bullet_items_are_not_one_sentence(linter: Linter) -> None:
    body = ("Thank you for meeting with me on Thursday. Three things I would bring:\n"
            "- six years coordinating campus maintenance projects across two colleges and a hospital\n"
            "- two full dormitory renovations delivered on schedule and under budget each summer\n"
            "- a campus-wide lock replacement finished during a single summer break last year\n"
            "1. a safety record with no lost-time incidents across all of those projects\n"
            "2) a working knowledge of the badge system your contractors are moving to")
    assert "EL403" not in found(linter, note(body))


def test_sentence_limit_is_configurable() -> None:
    text = note("Thank you for the interview, and for the tour of the new lab with the whole team yesterday "
                "afternoon before the rain started.")
    strict = Linter(Config(select=("EL403",), rule_options={"EL403": {"max": 15}}))
    assert [d.code for d in strict.lint(text, kind="thank_you").diagnostics] == ["EL403"]


# -- EL404 too-many-paragraphs and EL406 long-paragraph -------------------------------------

def test_paragraph_counts_per_kind(linter: Linter) -> None:
    five = note(paragraphs(5, 1))
    assert "EL404" not in found(linter, five, kind="thank_you")
    assert "EL404" in found(linter, five, kind="check_in")
    assert "EL404" in found(linter, note(paragraphs(6, 1)), kind="thank_you")


def test_long_paragraph(linter: Linter) -> None:
    assert "EL406" in found(linter, note(SENTENCE * 9))       # 99 words in one block
    assert "EL406" not in found(linter, note(paragraphs(3, 3)))  # the same words, three blocks


# -- EL405 hard-to-read (info) ---------------------------------------------------------------

def test_reading_grade_is_an_info_suggestion() -> None:
    dense = ("Notwithstanding the considerable organizational complexity associated with implementing "
             "comprehensive interdepartmental reconciliation methodologies, I remain enthusiastically "
             "committed to contributing substantively to the transformation initiative, particularly "
             "regarding standardization of intercompany documentation procedures and the establishment of "
             "sustainable accountability frameworks. Additionally, comprehensive understanding of "
             "organizational interdependencies facilitates considerably improved operational effectiveness.")
    linter = Linter(Config(select=("EL405",)))
    diags = linter.lint(note(dense), kind="thank_you").diagnostics
    assert [(d.code, d.severity) for d in diags] == [("EL405", "info")]
    plain = "Thank you for the talk. I liked the plan. I can help the team. I hope to hear from you. " * 3
    assert linter.lint(note(plain), kind="thank_you").diagnostics == []


def test_reading_grade_skips_short_notes() -> None:
    linter = Linter(Config(select=("EL405",)))
    text = note("Notwithstanding organizational complexity, I remain enthusiastically committed.")
    assert linter.lint(text, kind="thank_you").diagnostics == []
