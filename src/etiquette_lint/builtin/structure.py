"""Rules about the e-mail's parts: greeting and sign-off present."""

from __future__ import annotations

import re

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
               "\"Thank you,\") and without the sender's name. A name alone on the last line under the body "
               "(\"...hearing from you.\\nDev\") is a sign-off.")
    why = ("A professional, courteous e-mail closes with a sign-off and your name (G8). Ending abruptly "
           "after the last sentence looks unfinished or careless (G15).")
    instead = "End with a sign-off and your full name, e.g. \"Best regards,\\nSam Rivera\"."
    examples = {
        "fail": ["Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the support role. "
                 "I enjoyed our talk about ticket triage."],
        "pass": ["Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the support role.\n\n"
                 "Best regards,\nSam Rivera",
                 "Dear Ms. Lee,\n\nThank you for meeting with me yesterday.\n\nSincerely,\nSam Rivera\n"
                 "Support Engineer | +1 555 0100",
                 "Dear Ms. Lee,\n\nThank you for meeting with me yesterday. I look forward to hearing from you."
                 "\n\nGrace Mwangi, RN"],
    }

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
_CONTACT_ONLY = re.compile(
    r"^\s*(?:(?:https?://|www\.)\S+|\S+@\S+\.\S+|(?:phone|mobile|cell|tel|email|e-mail)?:?\s*\+?[\d ().-]{7,}"
    r"|linkedin\.com/\S*|github\.com/\S*)\s*$", re.I)


class SignOffWithoutName(Rule):
    code = "EL252"
    name = "sign-off-without-name"
    category = "closing"
    severity = "warning"
    guidance = ("G3", "G15")
    summary = ("Reports a sign-off (\"Best regards,\") with no name after it -- the message ends on the "
               "sign-off, or only a phone number or link follows. Seed 002's sample thank-you ends this way.")
    why = ("The interviewer should not have to guess who wrote, or look for the name in the mail headers; "
           "a sign-off without a name looks unfinished, the kind of slip a final proofread catches (G15).")
    instead = "Put your full name on the line after the sign-off: \"Best regards,\\nSam Rivera\"."
    examples = {
        "fail": [
            "Dear Sir,\n\nThank you so much for taking the time to meet with me yesterday.\n\nBest regards,",
            "Dear Ms. Whitcombe,\n\nThank you for letting me know.\n\nBest regards,\n+1 555 010 7731\n",
        ],
        "pass": [
            "Dear Ms. Lee,\n\nThank you for meeting with me yesterday.\n\nBest regards,\nSam Rivera",
            "Hi Jo,\n\nThanks for today.\n\nBest, Sam",
            "Dear Ms. Lee,\n\nThank you for meeting with me yesterday.\n\nKind regards,\n\n-- \nSam Rivera\n"
            "(555) 010-7731",
        ],
    }

    def check(self, ctx: Context) -> None:
        d = ctx.draft
        if d.closing is None:
            return  # EL251 reports the missing sign-off (and name)
        if d.sign_off_name is not None:
            return
        if d.signature is not None:
            signature = d.part(d.signature)
            if d.footer is not None and d.signature.contains(d.footer):  # "Sent from my iPhone" is not a name
                signature = d.text[d.signature.start:d.footer.start]
            lines = [l for l in signature.splitlines() if l.strip() and not l.strip().startswith("--")]
            if any(not _CONTACT_ONLY.match(l) for l in lines):
                return
        closing = d.part(d.closing)
        ctx.report(d.closing, f"'{closing.strip()}' is not followed by your name: add it on the next line")


RULES = [MissingGreeting, MissingSignOff, SignOffWithoutName]
