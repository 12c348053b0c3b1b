"""EL503 excessive-apology: apologising again and again."""

from __future__ import annotations

from ..rule import Context, Rule
from ._judged import quote


class ExcessiveApology(Rule):
    code = "EL503"
    name = "excessive-apology"
    category = "tone.desperate"
    guidance = ("G9",)
    options = {"max": 1, "threshold": None}
    summary = ("Reports a draft with more than one apologising sentence (in any words, as the sentence model "
               "reads them). One apology (\"Sorry for the slow reply\") is courteous; sympathy (\"sorry to "
               "hear that\") is not an apology.")
    why = ("Apologising again and again reads as anxious and undercuts the message (G9); one short apology "
           "is enough.")
    instead = "Keep one short apology, then get to the point."

    def check(self, ctx: Context) -> None:
        readings = ctx.analysis.readings
        t = ctx.options.get("threshold")
        found = list(readings.with_label("apology", float(t) if t is not None else None))
        limit = int(ctx.options.get("max", 1))
        if len(found) > limit:
            for sent in found[limit:]:
                ctx.report(sent.span, f"'{quote(sent.text)}' is apology number {found.index(sent) + 1}: "
                                      "one apology is enough")


RULES = [ExcessiveApology]
