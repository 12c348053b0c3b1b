"""EL251 missing-sign-off: a draft that ends without a sign-off line or the sender's name."""

from __future__ import annotations

from ..rule import Context, Rule
from ..text import Span


class MissingSignOff(Rule):
    code = "EL251"
    name = "missing-sign-off"
    category = "closing"
    severity = "warning"
    guidance = ("G8", "G15")
    summary = ("Reports a draft that ends without a sign-off line (\"Best regards,\", \"Sincerely,\", "
               "\"Thank you,\") and without the sender's name. A name alone on the last line under the body "
               "(\"...hearing from you.\\nDev\") is a sign-off.")
    why = ("A professional, courteous e-mail closes with a sign-off and your name (G8). Ending abruptly "
           "after the last sentence looks unfinished or careless (G15).")
    instead = "End with a sign-off and your full name, e.g. \"Best regards,\\nSam Rivera\"."

    def check(self, ctx: Context) -> None:
        d = ctx.draft
        if d.closing is None and d.sign_off_name is None and d.paragraphs:
            last = d.paragraphs[-1]
            line_start = ctx.text.rfind("\n", last.start, last.end) + 1 or last.start
            line_start = max(line_start, last.start)
            fix = ctx.replace_fix(Span(last.end, last.end), "\n\nBest regards,", safe=False,
                                  description="add a sign-off")
            ctx.report(Span(line_start, last.end),
                       "no sign-off: close with \"Best regards,\" (or similar) and your name", fix=fix)


RULES = [MissingSignOff]
