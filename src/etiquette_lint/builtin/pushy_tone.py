"""EL511 pushy-tone: a sentence the sentence model reads as pushy."""

from __future__ import annotations

from ._judged import SentenceLabelRule


class PushyTone(SentenceLabelRule):
    code = "EL511"
    name = "pushy-tone"
    category = "tone.pushy"
    guidance = ("G9", "G11", "G12")
    label = "pushy"
    reads_as = "reads as pushy"
    advice = "ask, do not demand: a polite question about the timeline gets a better answer"
    summary = ("Reports sentences that demand an answer, set an ultimatum, claim entitlement, guilt-trip, "
               "threaten, or press for reasons or terms, in any wording: the sentence model's reading of each "
               "sentence, above the threshold chosen for precision. Firm but polite requests (\"could you let "
               "me know the timeline?\", an honest mention of another offer's deadline) are not reported.")
    why = ("\"Don't go aggro\": pressure and demands make the reader defensive and can end a candidacy that was "
           "going well (G9); a decision timeline is theirs to keep (G11); on an offer, ask about terms "
           "graciously (G12).")
    instead = ("\"Could you let me know where things stand?\" or \"I have another offer with a Friday deadline; "
               "is there any chance of hearing by then?\"")


RULES = [PushyTone]
