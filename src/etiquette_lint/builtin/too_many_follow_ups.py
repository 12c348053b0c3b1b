"""EL803 too-many-follow-ups: a follow-up sent while an earlier reminder is still unanswered,
or within a few days of an unanswered message."""

from __future__ import annotations

from .. import facts as facts_mod
from ..facts import FollowUp, format_times
from ..rule import Context, Rule
from ._timing import describe_sent, early_check_in, kind_note, sent_time


def thank_you_note(facts: facts_mod.Facts, window_hours: float) -> FollowUp | None:
    """The earlier message that was the thank-you: the first one sent within ``window_hours``
    of the interview. Unknown without ``interview_at``."""
    if facts.interview_at is None:
        return None
    for f in facts.previous_followups:
        hours = facts_mod.hours_between(facts.interview_at, f.sent_at)
        if -1 <= hours <= window_hours:
            return f
    return None


class TooManyFollowUps(Rule):
    code = "EL803"
    name = "too-many-follow-ups"
    category = "timing"
    severity = "warning"
    kinds = ("check_in", "feedback_request")
    kind_sensitive = True
    guidance = ("G10", "G20")
    requires_facts = ("previous_followups",)
    options = {"thank_you_hours": 72, "min_gap_hours": 72, "business_days": 5}
    summary = ("With the thread history (`previous_followups`), reports a follow-up sent while an earlier "
               "reminder is still unanswered (one polite reminder after the thank-you is the limit); after "
               "two or more unanswered reminders it says to let it go. Also reports a message sent within "
               "a few days (72 hours) of an unanswered one. The first message within 72 hours of the "
               "interview is taken as the thank-you and does not count; a reply resets the count.")
    why = ("Don't bombard: after the thank-you, at most one polite follow-up when no reply came in the "
           "given time (G10). Several unanswered messages read as desperate or pushy; after an unanswered "
           "reminder, know when to let it go (G20).")
    instead = ("Send one polite reminder after the decision date; if it goes unanswered, stop writing and "
               "put the energy into your other applications.")

    def check(self, ctx: Context) -> None:
        facts = ctx.facts
        sent, origin = sent_time(ctx)
        earlier = [f for f in facts.previous_followups if f.sent_at <= sent]
        last_reply = max((i for i, f in enumerate(earlier) if f.replied), default=-1)
        unanswered = earlier[last_reply + 1:]
        if not unanswered:
            return
        thanks = thank_you_note(facts, float(ctx.options.get("thank_you_hours", 72)))
        reminders = [f for f in unanswered if f is not thanks]
        s_text = format_times(sent)[0]
        sending = describe_sent(s_text, origin)
        note = kind_note(ctx, ctx.kind.replace("_", "-"))
        if len(reminders) >= 2:
            dates = ", ".join(format_times(*(f.sent_at for f in reminders)))
            ctx.report(ctx.anchor(),
                       f"{len(reminders)} earlier follow-ups are unanswered ({dates}), "
                       f"{sending}: know when to let it go (guidance G20); don't send another, and "
                       "focus on your other applications" + note)
            return
        if len(reminders) == 1:
            prev = reminders[0]
            ago = facts_mod.hours_between(prev.sent_at, sent)
            p_text = format_times(prev.sent_at, sent)[0]
            ctx.report(ctx.anchor(),
                       f"your follow-up of {p_text} ({_ago(ago)}) is still unanswered, "
                       f"{sending} (guidance G10: after the thank-you, one polite follow-up is the limit)"
                       + note)
            return
        # only the thank-you is unanswered: several messages within a few days?
        last = unanswered[-1]
        gap = facts_mod.hours_between(last.sent_at, sent)
        if gap >= float(ctx.options.get("min_gap_hours", 72)):
            return
        if ctx.kind == "check_in" and early_check_in(
                ctx, business_days=int(ctx.options.get("business_days", 5)), grace_days=0):
            return  # EL802 (early-check-in) already says so
        p_text = format_times(last.sent_at, sent)[0]
        ctx.report(ctx.anchor(),
                   f"your message of {p_text} ({_ago(gap)}) is unanswered, {sending} "
                   "(guidance G10: several messages within a few days is bombarding; give them time to "
                   "reply)" + note)


def _ago(hours: float) -> str:
    if hours < 48:
        return f"{round(hours)} hours earlier"
    days = hours / 24
    return f"{days:.0f} days earlier"


RULES = [TooManyFollowUps]
