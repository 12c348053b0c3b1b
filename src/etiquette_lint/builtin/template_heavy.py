"""EL331 template-heavy: a message carried by stock lines that could go to any employer."""

from __future__ import annotations

from ..rule import Context, Rule
from ._judged import quote


class TemplateHeavy(Rule):
    code = "EL331"
    name = "template-heavy"
    category = "generic"
    kinds = ("thank_you", "check_in")
    kind_sensitive = True
    guidance = ("G2", "G19")
    options = {"min": 2, "threshold": None}
    summary = ("Reports a thank-you note or check-in carried by stock lines (\"I am confident my skills make me "
               "an ideal fit\", \"a dynamic self-starter with a proven track record\", \"do not hesitate to "
               "contact me\"): at least `min` sentences the sentence model reads as template wording and none "
               "it reads as specific, or three or more of them anywhere. One stock polite line is fine.")
    why = "Be sincere and avoid templates (G19); tailor the message to the interview (G2)."
    instead = "Replace the stock lines with one sentence about something you discussed."

    def check(self, ctx: Context) -> None:
        readings = ctx.analysis.readings
        t = ctx.options.get("threshold")
        stock = list(readings.with_label("template", float(t) if t is not None else None))
        minimum = int(ctx.options.get("min", 2))
        if len(stock) >= 3 or (len(stock) >= minimum and not readings.has_detail()):
            for sent in stock:
                ctx.report(sent.span, f"'{quote(sent.text)}' is stock wording that could go to any employer "
                                      f"({len(stock)} such lines): say something about this interview instead")


RULES = [TemplateHeavy]
