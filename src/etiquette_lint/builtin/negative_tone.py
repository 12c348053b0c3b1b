"""EL531 negative-tone: a sentence the sentence model reads as bitter, sarcastic or disparaging."""

from __future__ import annotations

from ._judged import SentenceLabelRule


class NegativeTone(SentenceLabelRule):
    code = "EL531"
    name = "negative-tone"
    category = "tone.negative"
    guidance = ("G9", "G13")
    label = "negative"
    reads_as = "reads as bitter or hostile"
    advice = "keep it gracious: thank them, and leave the door open"
    summary = ("Reports sentences that are sarcastic, bitter, resentful or disparaging, that argue the decision "
               "or burn a bridge, in any wording: the sentence model's reading of each sentence, above the "
               "threshold chosen for precision. Honest disappointment (\"I was disappointed, but I "
               "understand\") and sympathy (\"sorry to hear that\") are not reported.")
    why = ("A reply to a rejection should be brief and diplomatic and leave the door open (G13); recruiters "
           "remember a bitter reply, and hiring managers talk to each other.")
    instead = ("\"Thank you for letting me know. I enjoyed meeting the team and would welcome the chance to be "
               "considered for future roles.\"")


RULES = [NegativeTone]
