"""EL202 missing-greeting: a draft that starts straight into the body with no greeting line."""

from __future__ import annotations

from ..rule import Context, Rule
from ..text import Span


class MissingGreeting(Rule):
    code = "EL202"
    name = "missing-greeting"
    category = "greeting"
    severity = "warning"
    guidance = ("G3",)
    summary = "Reports a draft that starts straight into the body with no greeting line."
    why = ("The guidance asks you to address the interviewer personally, with a polite greeting and "
           "their name (G3). A message with no greeting reads like a text message or a form letter.")
    instead = "Open with a greeting and the person's name: \"Dear Ms. Lee,\" or \"Hi Jordan,\"."

    def check(self, ctx: Context) -> None:
        d = ctx.draft
        if d.greeting is None and d.paragraphs:
            first = d.paragraphs[0]
            line_end = ctx.text.find("\n", first.start, first.end)
            end = line_end if line_end >= 0 else first.end
            fix = None
            if ctx.facts.interviewer and len(ctx.facts.interviewer) == 1:
                greeting = f"Dear {ctx.facts.interviewer[0]},\n\n"
                fix = ctx.replace_fix(Span(first.start, first.start), greeting, safe=False,
                                      description=f"insert {greeting.strip()!r}")
            ctx.report(Span(first.start, min(end, first.start + 80)),
                       "no greeting: open with the interviewer's name (e.g. \"Dear Ms. Lee,\")", fix=fix)


RULES = [MissingGreeting]
