"""EL301 missing-gratitude: a thank-you, offer reply or rejection reply that thanks nobody."""

from __future__ import annotations

from ..analysis import credited
from ..rule import Context, Rule
from ..text import Span
from ._judged import first_body_line

_THANKS_BY_KIND = {
    "thank_you": "Thank you for taking the time to meet with me.",
    "rejection_reply": "Thank you for letting me know, and for the time you spent with me.",
    "offer_reply": "Thank you very much for the offer.",
}
_WHAT = {
    "thank_you": "this thank-you note never actually thanks the interviewer",
    "rejection_reply": "this reply to a rejection does not thank them",
    "offer_reply": "this reply to an offer does not thank them for it",
}


class MissingGratitude(Rule):
    code = "EL301"
    name = "missing-gratitude"
    category = "gratitude"
    kinds = ("thank_you", "rejection_reply", "offer_reply")
    kind_sensitive = True
    guidance = ("G4", "G12", "G13")
    summary = ("Reports a thank-you note, a reply to a rejection or a reply to an offer in which no sentence "
               "thanks the reader, in any words (\"Appreciate you making the time\", \"Grateful for the "
               "heads-up\", a \"Many thanks,\" sign-off all count), as the sentence model reads them.")
    why = ("Every guidance article puts gratitude first: thank them for their time and the opportunity (G4); "
           "on an offer, respond with appreciation (G12); on a rejection, thank them (G13).")
    instead = "One sincere sentence: \"Thank you for taking the time to meet with me on Tuesday.\""

    def check(self, ctx: Context) -> None:
        if not ctx.draft.paragraphs or credited(ctx.analysis, "thanks"):
            return
        line = _THANKS_BY_KIND.get(ctx.kind, "Thank you for your time.")
        first = ctx.draft.paragraphs[0]
        fix = ctx.replace_fix(Span(first.start, first.start), line + " ", safe=False, description=f"add {line!r}")
        what = _WHAT.get(ctx.kind, "this message does not thank them")
        ctx.report(first_body_line(ctx), f"{what}: add a line of thanks (e.g. \"{line}\")", fix=fix)


RULES = [MissingGratitude]
