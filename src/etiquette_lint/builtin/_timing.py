"""What the timing rules share (GUIDANCE G1, G10, G11, G20): the send time, how to describe
it, and when a check-in is early.

They need interview facts (``interview_at``, ``sent_at``, ``decision_by``,
``previous_followups``); without them they stay silent. ``sent_at`` defaults to
the .eml Date header, else now (:func:`etiquette_lint.facts.now`, which the
``ETIQUETTE_LINT_NOW`` environment variable overrides). Every message states the
facts it used, so the user can check the arithmetic.

Not a rule itself (no ``RULES``): the rules are one module each beside it
(late_thank_you.py, early_check_in.py, too_many_follow_ups.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .. import facts as facts_mod
from ..facts import format_times
from ..rule import Context


def sent_time(ctx: Context) -> tuple[datetime, str]:
    """(send time, how to describe where it came from)."""
    return facts_mod.sent_time(ctx.facts)


def describe_sent(text: str, origin: str) -> str:
    if origin == "now":
        return f"sending now ({text})"
    if origin == ".eml Date header":
        return f"sent {text} (.eml Date header)"
    return f"sent {text}"


def describe_day(dt: datetime) -> str:
    """A date-only ``decision_by`` (end of day) is shown as a date."""
    if dt.time() == facts_mod.END_OF_DAY:
        return dt.strftime("%Y-%m-%d")
    return dt.strftime("%Y-%m-%d %H:%M")


def kind_note(ctx: Context, kind_name: str) -> str:
    if not ctx.kind_detected:
        return ""
    return (f" (the kind was detected as {kind_name}; if that is wrong, set kind in the facts or "
            "pass --kind)")


def early_check_in(ctx: Context, *, business_days: int, grace_days: float) -> str | None:
    """The reason a check-in is early, or None. Shared by EL802 and EL803."""
    facts = ctx.facts
    sent, origin = sent_time(ctx)
    if facts.decision_by is not None:
        due = facts.decision_by + timedelta(days=grace_days)
        if sent >= due:
            return None
        s_text = format_times(sent)[0]
        decision = describe_day(facts.decision_by)
        if sent < facts.decision_by:
            days = (facts.decision_by.date() - sent.astimezone(facts.decision_by.tzinfo).date()).days
            ahead = f"{days} day{'s' if days != 1 else ''} before it" if days >= 1 else "before it, the same day"
        else:
            after = (sent - facts.decision_by) / timedelta(days=1)
            ahead = f"only {after:.1f} days after it (grace_days is {grace_days:g})"
        return (f"decision expected by {decision}, {describe_sent(s_text, origin)}: {ahead} "
                f"(guidance G11: ask for an update only once the decision date has passed)")
    if facts.interview_at is not None:
        if sent < facts.interview_at:
            return None
        elapsed = facts_mod.business_days_between(facts.interview_at, sent)
        if elapsed >= business_days:
            return None
        i_text, s_text = format_times(facts.interview_at, sent)
        return (f"interview {i_text}, {describe_sent(s_text, origin)}: only {elapsed} business "
                f"day{'s' if elapsed != 1 else ''} later, and no decision date was given (guidance G11: "
                f"without a timeline, wait about a week, {business_days} business days, before asking "
                "for an update)")
    return None
