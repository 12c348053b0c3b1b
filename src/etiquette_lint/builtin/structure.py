"""Rules about the e-mail's parts: greeting and sign-off present."""

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
    examples = {
        "fail": ["Thank you for meeting with me yesterday about the support role. I enjoyed the talk "
                 "about ticket triage.\n\nBest regards,\nSam Rivera"],
        "pass": ["Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the support role.\n\n"
                 "Best regards,\nSam Rivera"],
    }

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


class MissingSignOff(Rule):
    code = "EL251"
    name = "missing-sign-off"
    category = "closing"
    severity = "warning"
    guidance = ("G8", "G15")
    summary = ("Reports a draft that ends without a sign-off line (\"Best regards,\", \"Sincerely,\", "
               "\"Thank you,\") before the sender's name.")
    why = ("A professional, courteous e-mail closes with a sign-off and your name (G8). Ending abruptly "
           "after the last sentence looks unfinished or careless (G15).")
    instead = "End with a sign-off and your full name, e.g. \"Best regards,\\nSam Rivera\"."
    examples = {
        "fail": ["Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the support role. "
                 "I enjoyed our talk about ticket triage."],
        "pass": ["Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the support role.\n\n"
                 "Best regards,\nSam Rivera",
                 "Dear Ms. Lee,\n\nThank you for meeting with me yesterday.\n\nSincerely,\nSam Rivera\n"
                 "Support Engineer | +1 555 0100"],
    }

    def check(self, ctx: Context) -> None:
        d = ctx.draft
        if d.closing is None and d.paragraphs:
            last = d.paragraphs[-1]
            line_start = ctx.text.rfind("\n", last.start, last.end) + 1 or last.start
            line_start = max(line_start, last.start)
            fix = ctx.replace_fix(Span(last.end, last.end), "\n\nBest regards,", safe=False,
                                  description="add a sign-off")
            ctx.report(Span(line_start, last.end),
                       "no sign-off: close with \"Best regards,\" (or similar) and your name", fix=fix)
RULES = [MissingGreeting, MissingSignOff]
