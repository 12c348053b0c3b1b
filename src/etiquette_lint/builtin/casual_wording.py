"""EL529 casual-wording: a sentence the sentence model reads as too informal, beyond the exact
forms the casual packs list (slang words, texting shorthand, emoji)."""

from __future__ import annotations

from ._judged import SentenceLabelRule


class CasualWording(SentenceLabelRule):
    code = "EL529"
    name = "casual-wording"
    category = "tone.casual"
    guidance = ("G8",)
    label = "casual"
    reads_as = "reads as too casual for a hiring contact"
    advice = "write it as you would to a manager you respect"
    summary = ("Reports sentences the sentence model reads as too informal for a message to a hiring contact "
               "(gushing, chatty, texting register) when none of the exact-form casual rules (slang, texting "
               "shorthand, emoji, repeated punctuation) already reports something in them. \"Hi Sam\", "
               "\"Cheers\", contractions and one exclamation mark are fine.")
    why = "A follow-up is professional correspondence: courteous and formal enough for its reader (G8)."
    instead = "Plain, warm sentences: \"I really enjoyed meeting the team on Tuesday.\""


RULES = [CasualWording]
