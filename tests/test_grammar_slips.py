"""Targeted grammar checks for the slips non-native writers make (issue 13).

Every family has sentences that must be flagged, with the correction offered, and
near-misses that must not be. The sentences are written for these tests, not taken
from data/grammar/dev.jsonl (which measures the checks; see docs/proofreading.md).
"""

from __future__ import annotations

import pytest

from etiquette_lint.proofread import BackendUnavailable, Vocabulary, get_backend
from etiquette_lint.proofread.offline import OfflineBackend


@pytest.fixture(scope="module")
def backend():
    return OfflineBackend(strict=True)


def grammar(backend, text):
    return [(text[f.start:f.end], f.suggestions[0] if f.suggestions else None, f.rule)
            for f in backend.check(text, [(0, len(text))], Vocabulary()) if f.category == "grammar"]


FLAGGED = [
    # verb forms after "looking forward to"
    ("We are looking forward to receive the signed contract.", "receive", "receiving"),
    ("I look forward to discuss the next steps with Ngozi.", "discuss", "discussing"),
    ("I'm looking forward to be part of the Accra team.", "be", "being"),
    ("Looking forward for your reply.", "for", "to"),
    # "be used to" + base verb, "used to" + -ing
    ("I am used to prepare the monthly payroll.", "prepare", "preparing"),
    ("We're used to handle night deliveries.", "handle", "handling"),
    ("I used to managing a team of six.", "managing", "manage"),
    # modals
    ("I can starts on the third of March.", "starts", "start"),
    ("She will sent you the portfolio.", "sent", "send"),
    ("You should to call the front desk first.", "to call", "call"),
    ("I could joined after my notice period.", "joined", "join"),
    ("I can able to travel to Kano.", "able to ", ""),
    ("We will like to know the outcome.", "will", "would"),
    # did / does + inflected verb
    ("I didn't got the calendar invitation.", "got", "get"),
    ("Did the panel received my references?", None, None),  # a noun phrase between: left alone
    ("Does she knows about the change?", "knows", "know"),
    # to + inflected verb
    ("I am happy to helped with the handover.", "helped", "help"),
    ("I would like to thanks Mr Boateng.", "thanks", "thank"),
    ("I really enjoyed to learn about the kiln.", "to learn", "learning"),
    ("Thank you for inform me about the result.", "inform", "informing"),
    ("I am writing for confirm my start date.", "for confirm", "to confirm"),
    ("I hope to have chance to meet the team.", "chance", "a chance"),
    ("We finished to install the racking on Friday.", "to install", "installing"),
    # perfect with a simple past
    ("I have spoke with the store manager.", "spoke", "spoken"),
    ("She has came to the site twice.", "came", "come"),
    ("We have already began the audit.", "began", "begun"),
    ("I have attend all the training sessions.", "attend", "attended"),
    ("I have submit the form online.", "submit", "submitted"),
    # present perfect with a finished time
    ("I have sent the invoice yesterday.", "have sent", "sent"),
    ("We have moved to Lagos in 2019.", "have moved", "moved"),
    # since + tense
    ("I am working at the clinic since 2020.", "am", "have been"),
    ("I live in Doha since March.", "live", "have lived"),
    # subject-verb agreement
    ("He have two years of experience in retail.", "have", "has"),
    ("She go to the warehouse every Monday.", "go", "goes"),
    ("It don't matter which shift I get.", "don't", "doesn't"),
    ("They was very kind to me.", "was", "were"),
    ("We is ready to start on Monday.", "is", "are"),
    ("My documents was sent last week.", "was", "were"),
    ("The interviewer were very friendly.", "were", "was"),
    ("There is many reasons to join.", "is", "are"),
    ("Please find the informations attached.", "informations", "information"),
    # interesting / interested
    ("I am very interesting in the night-shift role.", "interesting", "interested"),
    ("We were really exciting about the launch.", "exciting", "excited"),
    # discuss about, revert back, since + duration
    ("We discussed about the rota on Friday.", "discussed about", "discussed"),
    ("Kindly revert back with the offer letter.", "revert back", "reply"),
    ("The team reverted back to the old release.", "reverted back", "reverted"),
    ("I have been a pharmacist since six years.", "since six years", "for six years"),
    ("I have waited since a long time.", "since a long time", "for a long time"),
    # articles
    ("I am qualified nurse with ICU experience.", "qualified", "a qualified"),
    ("It was great pleasure to meet you.", "great", "a great"),
    ("Thank you for interview on Monday.", "interview", "the interview"),
    ("I have meeting with the director tomorrow.", "meeting", "a meeting"),
    ("I would welcome a feedback on my answers.", "a ", ""),
    ("I moved to the Manila last year.", "the ", ""),
    ("It is pity that the role was filled.", "pity", "a pity"),
    # prepositions in fixed phrases
    ("Thanks for the quick reply from your part.", "from", "on"),
    ("As I said on the interview, I can work weekends.", "on", "in"),
    ("The start date depends of my visa.", "of", "on"),
    ("Could you explain me the rota?", "me", "to me"),
    ("I am waiting your reply.", "your", "for your"),
    # "am agree", lowercase i
    ("I am agree with the proposed salary.", "am agree", "agree"),
    ("Yesterday i spoke with the charge nurse.", "i", "I"),
    ("Let me know if i'm needed on Saturday.", "i", "I"),
]


@pytest.mark.parametrize("text,span,fix", FLAGGED)
def test_slip_is_flagged_with_its_correction(backend, text, span, fix):
    found = grammar(backend, text)
    if span is None:
        assert found == []
        return
    assert [(s, f) for s, f, _ in found] == [(span, fix)], found


PASSES = [
    # looking forward to + noun / -ing
    "I look forward to Monday and to meeting the team.",
    "We are looking forward to the site visit.",
    "I look forward to work on Monday after the holiday.",
    # used to: past habit, passive, noun
    "I used to lead the morning huddle.",
    "This form is used to track leave.",
    "The budget was used to hire two apprentices.",
    "I am used to early starts.",
    "I'm used to working nights.",
    # modals
    "I can start on the third of March.",
    "The will of the members was clear.",
    "We open in May and close in October.",
    "I'll do anything I can to help with the move.",
    "You can also reach me on WhatsApp.",
    "I could not have asked for a better tour.",
    # do / did
    "The least you can do is reply.",
    "What I did was rebuild the roster.",
    "I did receive the link, thank you.",
    # to + verb
    "I am happy to help with the handover.",
    "I need to clients' sites twice a week? No: I go to clients' sites.",
    "I recommend to the panel that we wait.",
    "I missed the bus to work.",
    # perfect
    "I have gone through the case notes.",
    "I have done a similar audit before.",
    "I have work to finish before Friday.",
    "I have access to the shared drive.",
    "I have completed the assessment you shared yesterday.",
    "I have worked here since 2019.",
    "I have attached the report from last week.",
    # since
    "It has been two weeks since the interview.",
    "It is ten years since I qualified.",
    "I am happy to report that we have grown since March.",
    # agreement
    "Does he have the keys to the storeroom?",
    "I recommend that she take the lead on the audit.",
    "If he were free, he would join us.",
    "The team have been brilliant.",
    "My family are moving with me.",
    "One of my documents was missing.",
    "The kit in your vans is all 18-volt.",
    "Three months is a long notice period.",
    "The data show a drop in stockouts.",
    "You guys are the best crew I have met.",
    "Let him go home early.",
    # interesting / interested
    "The role is very interesting to me.",
    "It was interesting to see the new line.",
    "I am interested in the role.",
    # discuss, revert, since
    "We discussed the rota and a discussion about pay followed.",
    "Please revert with your comments.",
    "I have lived here since three years ago.",
    # articles
    "I am an engineer with a background in water treatment.",
    "I joined as team lead in 2021.",
    "She is head of nursing at the clinic.",
    "Thank you for meeting with me on Tuesday.",
    "It was nice meeting you and the team.",
    "I have interview experience from my last role.",
    "I moved to the Manila office last year.",
    "I have great interest in this role.",
    "Thank you for support with the visa.",
    "I had the chance to meet the team.",
    "Please send me a feedback form if you have one.",
    "Life in the city is expensive.",
    # prepositions
    "Thank you for the feedback on the interview.",
    "She sits on the interview panel.",
    "Many thanks for the update on the meeting schedule.",
    "I was waiting for your reply.",
    # am agree / lowercase i
    "I agree with the proposed salary.",
    "The plan has two parts: (i) the audit and (ii) the rollout.",
    "That is, i.e. the second shift.",
    "omg u guys r the best, i cant wait lol",  # texting style: the casual rules report it
    # comma joins are not reported by default
    "Thanks for the tour, it was great to meet everyone.",
]


@pytest.mark.parametrize("text", PASSES)
def test_correct_or_ambiguous_sentence_is_left_alone(backend, text):
    assert grammar(backend, text) == []


def test_messages_are_one_line_and_teach_the_rule(backend):
    text = ("I am looking forward to meet you. I am used to lead the team. We discussed about pay. "
            "I am interesting in the job. I have went there. I have been here since two years.")
    found = [f for f in backend.check(text, [(0, len(text))], Vocabulary()) if f.category == "grammar"]
    assert len(found) == 6
    for f in found:
        assert "\n" not in f.message and len(f.message) < 160
        assert f.suggestions, f
    messages = " ".join(f.message for f in found)
    assert "-ing form" in messages and "'for' with a length of time" in messages


def test_comma_splices_are_opt_in():
    text = "Thank you for your time, I really enjoyed our conversation."
    assert grammar(OfflineBackend(strict=True), text) == []
    found = grammar(OfflineBackend(strict=True, comma_splices=True), text)
    assert found == [(",", ";", "comma-splice")]
    # a subordinate clause, a short aside, or a list is not a splice
    for fine in ("If you need anything, I am happy to help.", "It was great, I think.",
                 "I met the CFO, the head of risk and two analysts."):
        assert grammar(OfflineBackend(strict=True, comma_splices=True), fine) == []


def test_get_backend_passes_options():
    b = get_backend("offline", dialect="en-GB", **{"comma-splices": True})
    assert b.dialect == "british" and b.comma_splices is True
    assert get_backend("offline").dialect == "any"
    with pytest.raises(BackendUnavailable, match="dialect"):
        get_backend("offline", dialect="klingon")


def test_revert_back_depends_on_the_dialect():
    text = "Please revert back by Friday."
    assert grammar(OfflineBackend(strict=True), text)[0][1] == "reply"
    # in Indian English "revert" is the ordinary word for "reply": only "back" is redundant
    assert grammar(OfflineBackend(strict=True, dialect="indian"), text)[0][1] == "revert"


def test_gerund_suggestion_follows_the_dialect():
    text = "I am looking forward to travel with the team."
    assert grammar(OfflineBackend(strict=True, dialect="british"), text)[0][1] == "travelling"
    assert grammar(OfflineBackend(strict=True, dialect="american"), text)[0][1] == "traveling"


def test_grammar_never_fires_inside_urls_or_code(backend):
    text = "See https://example.com/i/have/went and `he go` for details."
    assert grammar(backend, text) == []


def test_offsets_follow_regions(backend):
    text = "Subject: hello\n\nI am interesting in the role.\n\n-- \nquoted: i have went"
    start = text.index("I am")
    end = text.index("\n\n-- ")
    found = backend.check(text, [(start, end)], Vocabulary())
    assert [(text[f.start:f.end], f.rule) for f in found] == [("interesting", "feeling-word")]


def test_grammar_time_is_bounded(backend):
    import time

    sentence = ("I am looking forward to meet you, he have went to the office since three years and "
                "we discussed about the rota on the interview. ")
    text = sentence * 400  # ~ 9,000 words
    backend.check("warm up", [(0, 7)], Vocabulary())
    t = time.perf_counter()
    found = backend.check(text, [(0, len(text))], Vocabulary())
    assert time.perf_counter() - t < 10.0
    assert len(found) >= 400
