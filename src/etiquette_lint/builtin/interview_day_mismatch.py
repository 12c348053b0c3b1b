"""EL905 interview-day-mismatch: a thank-you note's reference to when you met ("yesterday",
"on Monday") that contradicts the interview and send times in the facts."""

from __future__ import annotations

import re
from datetime import datetime

from .. import facts as facts_mod
from ..mentions.framing import own_parts
from ..rule import Context, Rule
from ..sentences import sentence_text
from ..text import Span

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MEETING = (r"(?:meet(?:ing)?|met|interview(?:ed|ing|s)?|spe(?:ak|aking)|spoke|talk(?:ed|ing)?|chat(?:ted|ting)?|"
            r"conversation|discussion|session|visit|tour|call|panel)")
_WHEN = (r"(?P<when>yesterday(?:[ \t]+(?:morning|afternoon|evening))?|earlier today|today|tonight|last night|"
         r"this (?:morning|afternoon|evening)|on (?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
         r"(?:[ \t]+(?:morning|afternoon|evening))?)")
_DAY_RES = [
    re.compile(rf"\b{_MEETING}\b[^.;!?\n]{{0,60}}?\b{_WHEN}\b", re.I),
    re.compile(rf"\b{_WHEN}['’]?s?[ \t]+{_MEETING}\b", re.I),
]
_DAY_SKIP = re.compile(
    r"\b(?:will|shall|look(?:ing)? forward|next|upcoming|tomorrow|schedul\w*|plan\w*|second|final|"
    r"follow-up|another|other|later|reschedul\w*|moved|start|starting|begin|join(?:ing)? (?:on|the))\b", re.I)


class InterviewDayMismatch(Rule):
    code = "EL905"
    name = "interview-day-mismatch"
    category = "accuracy"
    severity = "warning"
    kinds = ("thank_you",)  # later messages may refer to other calls ("thank you for calling today")
    kind_sensitive = True
    guidance = ("G15", "G1")
    requires_facts = ("interview_at",)
    summary = ("Reports a thank-you note's reference to when you met that contradicts the facts: \"yesterday\", "
               "\"today\", \"this morning\" or \"on Monday\" next to \"meeting\", \"interview\", "
               "\"conversation\", ... when `interview_at` and `sent_at` (default: the .eml Date header, "
               "else now) say otherwise. Sentences about future meetings (\"our call on Monday\" with "
               "\"look forward\", \"next\", \"second\") are not checked.")
    why = ("\"Thank you for meeting with me yesterday\" sent four days later shows the note was written "
           "for another day or another interview and never re-read (G15); it also draws attention to a "
           "late thank-you (G1).")
    instead = "Name the day you met (\"on Tuesday\"), or send the note when \"yesterday\" is still true."

    def check(self, ctx: Context) -> None:
        interview = ctx.facts.interview_at
        assert interview is not None
        sent, _origin = facts_mod.sent_time(ctx.facts)
        if sent < interview:
            return
        local_sent = sent.astimezone(interview.tzinfo)
        delta = (local_sent.date() - interview.date()).days
        early_hours = local_sent.hour < 5
        seen: set[tuple[int, int]] = set()
        for _, span in own_parts(ctx):
            chunk = ctx.text[span.start:span.end]
            for rx in _DAY_RES:
                for m in rx.finditer(chunk):
                    where = Span(span.start + m.start("when"), span.start + m.end("when"))
                    if (where.start, where.end) in seen:
                        continue
                    seen.add((where.start, where.end))
                    if _DAY_SKIP.search(sentence_text(ctx, where)):
                        continue
                    problem = self._problem(m, interview, local_sent, delta, early_hours)
                    if problem:
                        ctx.report(where, problem)

    @staticmethod
    def _problem(m: re.Match[str], interview: datetime, sent: datetime, delta: int, early: bool) -> str | None:
        when = " ".join(m.group("when").lower().split())
        i_text, s_text = facts_mod.format_times(interview, sent)
        facts_used = f"interview {i_text} ({interview:%A}), sent {s_text}"
        if m.group("day"):
            day = m.group("day").lower()
            if _DAY_NAMES[interview.weekday()] == day:
                return None
            return (f"'{m.group('when')}' does not match the interview day: {facts_used}; "
                    f"write 'on {interview:%A}' (guidance G15)")
        if when.startswith("yesterday") or when == "last night":
            if delta == 1 or (delta == 2 and early):
                return None
            right = "today" if delta == 0 else f"on {interview:%A}"
        else:  # today, this morning, earlier today, tonight
            if delta == 0 or (delta == 1 and early):
                return None
            right = "yesterday" if delta == 1 else f"on {interview:%A}"
        return (f"'{m.group('when')}' is not when you met: {facts_used}; write '{right}' (guidance G15)")


RULES = [InterviewDayMismatch]
