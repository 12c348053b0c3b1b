"""Kind detection: the kind-specific rules fire only when the kind is right.

Two measurements: the labelled corpus (floor below), and short drafts written here,
independently of the corpus, so the detector is not tuned to one set of phrasings.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from etiquette_lint.draft import parse
from etiquette_lint.inputs import read_path
from etiquette_lint.kinds import detect_kind, resolve_kind

CORPUS = Path(__file__).resolve().parent / "corpus"
CORPUS_FLOOR = 0.9  # share of corpus drafts whose kind the detector gets right (facts' kind ignored)
HELD_OUT_FLOOR = 0.85


def _own(path: Path) -> str:
    d = parse(read_path(path))
    return "\n".join(filter(None, [d.subject_text or "", d.own_text()]))


def test_corpus_kind_accuracy():
    labels = yaml.safe_load((CORPUS / "labels.yaml").read_text(encoding="utf-8"))
    wrong = []
    for name, label in labels.items():
        got = detect_kind(_own(CORPUS / "drafts" / name)).kind
        if got != label["kind"]:
            wrong.append(f"{name}: {label['kind']} detected as {got}")
    accuracy = 1 - len(wrong) / len(labels)
    assert accuracy >= CORPUS_FLOOR, "\n".join(wrong)


HELD_OUT = {
    "thank_you": [
        "Hi Maria,\n\nThanks for walking me through the warehouse this morning. The pick-path changes were "
        "clever, and I am keen to help roll them out.\n\nBest,\nTom",
        "Dear Mr. Obi,\n\nIt was a pleasure speaking with you about the Payroll Specialist role. Your point "
        "about year-end reconciliations stuck with me.\n\nKind regards,\nAda",
        "Dear Dr. Reyes,\n\nThank you for the interview on Tuesday and for the tour of the lab. I remain very "
        "interested in the postdoc position.\n\nSincerely,\nKim",
        "Hello Ms. Grant,\n\nThank you for taking the time to talk with me today about the nursing role. I "
        "appreciated hearing about the new telemetry unit.\n\nBest regards,\nJo",
        "Dear Aiko,\n\nI wanted to thank you for the conversation yesterday afternoon about the editor job. "
        "I look forward to the next steps.\n\nBest,\nLiam",
        "Dear Mr. Stone,\n\nThank you for having me in for the second interview. Meeting the design team made "
        "me even more excited about the role.\n\nRegards,\nPat",
    ],
    "check_in": [
        "Dear Ms. Patel,\n\nI hope you are well. I interviewed for the Planner role on March 3 and wanted to "
        "ask if there are any updates on your hiring timeline.\n\nBest regards,\nSam",
        "Subject: Following up on the Analyst interview\n\nHi Ken,\n\nI am following up on my interview two "
        "weeks ago. Is there any news on the decision?\n\nThanks,\nRi",
        "Dear Mr. Hall,\n\nI have not heard back since our interview on the 4th and wanted to see where things "
        "stand. I am still very interested.\n\nBest,\nLee",
        "Dear Ms. Cho,\n\nIt has been three weeks since my interview for the Chef de Partie job. Could you let "
        "me know whether a decision has been made?\n\nKind regards,\nVal",
        "Hello Jen,\n\nJust touching base about the Producer position. I remain excited about the role and "
        "would be glad to hear about the status of my application.\n\nBest,\nAl",
    ],
    "offer_reply": [
        "Dear Ms. Ford,\n\nThank you so much for the offer! I am happy to accept the Designer position and "
        "look forward to starting on May 2.\n\nBest regards,\nEva",
        "Dear Mr. Ito,\n\nThank you for the generous offer. After careful thought I must decline, as I have "
        "decided to stay in my current role.\n\nSincerely,\nNed",
        "Hi Rosa,\n\nThanks for sending the offer letter. Before I sign, could we talk about the base salary "
        "and the relocation package?\n\nBest,\nOm",
        "Dear Ms. Kerr,\n\nI am thrilled to accept your offer to join the clinic. Please let me know what you "
        "need for the background check.\n\nKind regards,\nBea",
    ],
    "rejection_reply": [
        "Dear Ms. Lind,\n\nThank you for letting me know. I am disappointed, but I enjoyed meeting the team and "
        "hope you will keep me in mind for future openings.\n\nBest regards,\nUma",
        "Dear Mr. Dale,\n\nI was sorry to hear the role went to another candidate. Thank you for your time, and "
        "best of luck with the new hire.\n\nSincerely,\nIra",
        "Hi Tess,\n\nThanks for the call. I understand the decision and appreciate how open you were through "
        "the process.\n\nBest,\nGus",
        "Dear Dr. Webb,\n\nThank you for your email. While I am sad I was not selected, I learned a lot from "
        "the interviews and hope our paths cross again.\n\nKind regards,\nMo",
    ],
    "feedback_request": [
        "Dear Ms. Ruiz,\n\nThank you again for considering me. Would you be able to share any feedback on my "
        "interview? I want to know where I could improve.\n\nBest regards,\nDev",
        "Subject: Request for feedback\n\nDear Mr. Kay,\n\nI would be grateful for a few minutes of your time "
        "to hear what I could have done differently in the case study.\n\nSincerely,\nFay",
        "Hi Omar,\n\nI know the role is filled. Could you tell me which areas for improvement the panel saw in "
        "my presentation? Any feedback on my answers would help.\n\nThanks,\nZed",
    ],
    "withdrawal": [
        "Dear Ms. Lowe,\n\nThank you for the invitation to a final interview. I have accepted another offer and "
        "would like to withdraw my application.\n\nBest regards,\nKai",
        "Dear Mr. Finch,\n\nPlease remove me from consideration for the Buyer role; my plans have changed and "
        "I am relocating abroad.\n\nSincerely,\nLou",
        "Hi Nora,\n\nI have decided to step back from the process for personal reasons. Thank you for your "
        "kindness throughout.\n\nBest,\nRay",
        "Subject: Withdrawing my candidacy\n\nDear Mr. Ng,\n\nAfter some thought I no longer wish to be "
        "considered for the Teller position. Thank you for your time.\n\nKind regards,\nIsa",
    ],
}


def _held_out():
    for kind, texts in HELD_OUT.items():
        for i, text in enumerate(texts):
            yield kind, i, text


def test_held_out_accuracy():
    cases = list(_held_out())
    wrong = [f"{kind}[{i}] detected as {detect_kind(text).kind}: {text[:60]!r}"
             for kind, i, text in cases if detect_kind(text).kind != kind]
    assert 1 - len(wrong) / len(cases) >= HELD_OUT_FLOOR, "\n".join(wrong)


@pytest.mark.parametrize("kind", sorted(HELD_OUT))
def test_every_kind_is_detected_somewhere(kind):
    assert any(detect_kind(t).kind == kind for t in HELD_OUT[kind])


def test_reason_names_the_evidence():
    r = detect_kind("Dear Ms. Lowe,\n\nI would like to withdraw my application.\n\nBest,\nKai")
    assert r.kind == "withdrawal" and r.detected
    assert "withdraw" in r.reason


def test_no_signal_defaults_to_thank_you():
    r = detect_kind("Dear Ms. Lowe,\n\nHello.\n\nBest,\nKai")
    assert r.kind == "thank_you" and "assumed" in r.reason


def test_thanks_alone_does_not_outvote_an_offer():
    r = detect_kind("Dear Ms. Ford,\n\nThank you for meeting with me yesterday and for the offer. I accept the "
                    "position.\n\nBest,\nEva")
    assert r.kind == "offer_reply"


def test_a_thank_you_mentioning_the_decision_date_stays_a_thank_you():
    r = detect_kind("Dear Ms. Achebe,\n\nThank you for meeting with me this evening. You mentioned a decision in "
                    "about two weeks; could you let me know when I should follow up?\n\nBest,\nJoel")
    assert r.kind == "thank_you"


def test_a_thank_you_mentioning_salary_and_start_date_stays_a_thank_you():
    r = detect_kind("Dear Ms. Ford,\n\nThank you for meeting with me today. I appreciated the clarity on the salary "
                    "range and the start date, and the tour of the studio.\n\nBest,\nEva")
    assert r.kind == "thank_you"


def test_given_kind_wins():
    assert resolve_kind("check_in", "thank_you", "withdraw").kind == "check_in"
    r = resolve_kind(None, "offer_reply", "withdraw")
    assert r.kind == "offer_reply" and not r.detected and "facts" in r.reason
