"""EL801 late-thank-you: a thank-you note sent more than 48 hours after the interview.

The send time and how it is described come from :mod:`._timing`."""

from __future__ import annotations

import re

from .. import facts as facts_mod
from ..facts import format_times
from ..rule import Context, Rule
from ..text import Span
from ._timing import describe_sent, sent_time


_ACKNOWLEDGED_RE = re.compile(
    r"\b(?:sorry|apolog\w*|belated(?:ly)?|delay(?:ed)?|late(?:r than|ness)?|took me (?:a while|so long)"
    r"|(?:only )?now (?:getting|writing)|overdue)\b", re.I)
ACKNOWLEDGEMENT = "I apologize for the delay in sending this note. "


def _hours_text(hours: float) -> str:
    shown = f"{round(hours)} hours"
    if hours >= 72:
        shown += f" ({hours / 24:.1f} days)"
    return shown


class LateThankYou(Rule):
    code = "EL801"
    name = "late-thank-you"
    category = "timing"
    severity = "warning"
    kinds = ("thank_you",)
    kind_sensitive = True
    guidance = ("G1",)
    requires_facts = ("interview_at",)
    options = {"max_hours": 48, "very_late_days": 5}
    summary = ("Reports a thank-you note sent more than 48 hours after the interview (`interview_at` "
               "to `sent_at`; `sent_at` defaults to the .eml Date header, else now). Well past that "
               "(5 days by default) it says so and suggests sending the note anyway, opening with one "
               "short acknowledgement of the delay.")
    why = ("Every source agrees: send the thank-you within 24-48 hours of the interview, while you are "
           "fresh in the interviewer's mind (G1). Later, it signals a lack of enthusiasm -- but a late "
           "note still beats no note, as long as it does not grovel.")
    instead = ("Send the thank-you the same day or the next morning. If you are days late, send it anyway "
               "and acknowledge the delay in one short sentence (\"I apologize for the delay in sending "
               "this note.\").")

    def check(self, ctx: Context) -> None:
        interview = ctx.facts.interview_at
        assert interview is not None
        sent, origin = sent_time(ctx)
        hours = facts_mod.hours_between(interview, sent)
        max_hours = float(ctx.options.get("max_hours", 48))
        if hours <= max_hours:
            return
        i_text, s_text = format_times(interview, sent)
        facts_used = (f"interview {i_text}, {describe_sent(s_text, origin)}: {_hours_text(hours)} later "
                      f"(guidance G1: within 24-48 h)")
        very_late = float(ctx.options.get("very_late_days", 5)) * 24
        fix = None
        if hours > very_late:
            own = "\n".join(ctx.text[s.start:s.end] for s in ctx.draft.paragraphs)
            if _ACKNOWLEDGED_RE.search(own):
                advice = ("well past the window; send it anyway, and keep the apology for the delay to one "
                          "short sentence")
            else:
                advice = ("well past the window, but send it anyway, opening with a short acknowledgement "
                          f"such as \"{ACKNOWLEDGEMENT.strip()}\"")
                if ctx.draft.paragraphs:
                    first = ctx.draft.paragraphs[0]
                    fix = ctx.replace_fix(Span(first.start, first.start), ACKNOWLEDGEMENT, safe=False,
                                          description="acknowledge the delay in one sentence")
            message = f"{facts_used}; {advice}"
        else:
            message = f"{facts_used}; send it without further delay"
        ctx.report(ctx.anchor(), message, fix=fix)


RULES = [LateThankYou]
