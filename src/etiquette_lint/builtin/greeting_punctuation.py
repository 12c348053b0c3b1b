"""EL206 greeting-punctuation: a salutation line with no comma or colon after the name.

The greeting line is read in :mod:`etiquette_lint.mentions.people` (:func:`salutation`)."""

from __future__ import annotations

import re

from ..mentions.people import salutation
from ..rule import Context, Rule
from ..text import Span


class GreetingPunctuation(Rule):
    code = "EL206"
    name = "greeting-punctuation"
    category = "greeting"
    severity = "warning"
    guidance = ("G8",)
    summary = ("Flags a salutation line with no comma or colon after the name (\"Dear Ms. Lee\"). Reported "
               "as a warning when the sign-off has its comma (a slip), as info when the sign-off has none "
               "either (open punctuation, a legitimate British business style). The fix adds a comma (safe).")
    why = ("A salutation is followed by a comma (or a colon in formal US letters); leaving it out while the "
           "sign-off has one looks like a slip, and a proofread message is part of a professional tone (G8).")
    instead = "\"Dear Ms. Lee,\" -- or drop the punctuation after the sign-off too, consistently."

    def check(self, ctx: Context) -> None:
        sal = salutation(ctx)
        if sal is None or sal.punct or not sal.addressee:
            return
        end = sal.span.end
        line_end = ctx.text.find("\n", end)
        rest = ctx.text[end:line_end if line_end >= 0 else len(ctx.text)]
        if rest.strip():  # the greeting shares its line with the body
            return
        if not ctx.text[end - 1:end].isalnum():
            return
        closing = ctx.draft.part(ctx.draft.closing)
        open_style = bool(closing) and not re.search(r"[,.!:;—–-]\s*$", closing)
        fix = ctx.replace_fix(Span(end, end), ",", safe=True, description="add a comma after the greeting")
        if open_style:
            ctx.report(sal.span, f"'{sal.text.strip()}' has no comma after the name (fine in open punctuation, "
                                 "as the sign-off has none either)", fix=fix, severity="info")
        else:
            ctx.report(sal.span, f"'{sal.text.strip()}' needs a comma after the name: "
                                 f"'{sal.text.strip()},'", fix=fix)


RULES = [GreetingPunctuation]
