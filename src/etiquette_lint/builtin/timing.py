"""Timing rules: when to send, and how often (GUIDANCE G1, G10, G11, G20).

They need interview facts (``interview_at``, ``sent_at``, ``decision_by``,
``previous_followups``); without them they stay silent. ``sent_at`` defaults to
the .eml Date header, else now (:func:`etiquette_lint.facts.now`, which the
``ETIQUETTE_LINT_NOW`` environment variable overrides). Every message states the
facts it used, so the user can check the arithmetic.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from .. import facts as facts_mod
from ..facts import FollowUp, format_times
from ..rule import Context, Rule
from ..text import Span

_ACKNOWLEDGED_RE = re.compile(
    r"\b(?:sorry|apolog\w*|belated(?:ly)?|delay(?:ed)?|late(?:r than|ness)?|took me (?:a while|so long)"
    r"|(?:only )?now (?:getting|writing)|overdue)\b", re.I)
ACKNOWLEDGEMENT = "I apologize for the delay in sending this note. "


def _sent(ctx: Context) -> tuple[datetime, str]:
    """(send time, how to describe where it came from)."""
    sent, origin = facts_mod.sent_time(ctx.facts)
    return sent, origin


def _describe_sent(text: str, origin: str) -> str:
    if origin == "now":
        return f"sending now ({text})"
    if origin == ".eml Date header":
        return f"sent {text} (.eml Date header)"
    return f"sent {text}"


def _describe_day(dt: datetime) -> str:
    """A date-only ``decision_by`` (end of day) is shown as a date."""
    if dt.time() == facts_mod.END_OF_DAY:
        return dt.strftime("%Y-%m-%d")
    return dt.strftime("%Y-%m-%d %H:%M")


def _hours_text(hours: float) -> str:
    shown = f"{round(hours)} hours"
    if hours >= 72:
        shown += f" ({hours / 24:.1f} days)"
    return shown


def _kind_note(ctx: Context, kind_name: str) -> str:
    if not ctx.kind_detected:
        return ""
    return (f" (the kind was detected as {kind_name}; if that is wrong, set kind in the facts or "
            "pass --kind)")


def early_check_in(ctx: Context, *, business_days: int, grace_days: float) -> str | None:
    """The reason a check-in is early, or None. Shared by EL802 and EL803."""
    facts = ctx.facts
    sent, origin = _sent(ctx)
    if facts.decision_by is not None:
        due = facts.decision_by + timedelta(days=grace_days)
        if sent >= due:
            return None
        s_text = format_times(sent)[0]
        decision = _describe_day(facts.decision_by)
        if sent < facts.decision_by:
            days = (facts.decision_by.date() - sent.astimezone(facts.decision_by.tzinfo).date()).days
            ahead = f"{days} day{'s' if days != 1 else ''} before it" if days >= 1 else "before it, the same day"
        else:
            after = (sent - facts.decision_by) / timedelta(days=1)
            ahead = f"only {after:.1f} days after it (grace_days is {grace_days:g})"
        return (f"decision expected by {decision}, {_describe_sent(s_text, origin)}: {ahead} "
                f"(guidance G11: ask for an update only once the decision date has passed)")
    if facts.interview_at is not None:
        if sent < facts.interview_at:
            return None
        elapsed = facts_mod.business_days_between(facts.interview_at, sent)
        if elapsed >= business_days:
            return None
        i_text, s_text = format_times(facts.interview_at, sent)
        return (f"interview {i_text}, {_describe_sent(s_text, origin)}: only {elapsed} business "
                f"day{'s' if elapsed != 1 else ''} later, and no decision date was given (guidance G11: "
                f"without a timeline, wait about a week, {business_days} business days, before asking "
                "for an update)")
    return None


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
    examples = {
        "fail": [
            {"text": "Dear Ms. Lee,\n\nThank you for meeting with me on Tuesday about the Support Engineer "
                     "role. I enjoyed our talk about ticket triage.\n\nBest regards,\nSam Rivera",
             "facts": {"interview_at": "2026-11-17T14:00", "sent_at": "2026-11-20T22:00"},
             "note": "80 hours after the interview"},
            {"text": "Dear Ms. Lee,\n\nThank you for meeting with me about the Support Engineer role. "
                     "I enjoyed our talk about ticket triage.\n\nBest regards,\nSam Rivera",
             "facts": {"interview_at": "2026-11-10T14:00", "sent_at": "2026-11-17T09:00"},
             "note": "a week late: send it anyway, with a short acknowledgement"},
            {"text": "From: Sam Rivera <sam@mail.example>\nTo: Jordan Lee <jordan.lee@initech.example>\n"
                     "Subject: Thank you\nDate: Sat, 21 Nov 2026 09:00:00 +0000\n\nDear Ms. Lee,\n\n"
                     "Thank you for meeting with me about the Support Engineer role.\n\nBest regards,\n"
                     "Sam Rivera\n",
             "path": "late.eml", "facts": {"interview_at": "2026-11-17T14:00+00:00"},
             "note": "sent_at comes from the .eml Date header"},
        ],
        "pass": [
            {"text": "Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the Support Engineer "
                     "role. I enjoyed our talk about ticket triage.\n\nBest regards,\nSam Rivera",
             "facts": {"interview_at": "2026-11-17T14:00", "sent_at": "2026-11-18T20:00"},
             "note": "30 hours after the interview"},
            {"text": "Dear Ms. Lee,\n\nThank you for meeting with me about the Support Engineer role.\n\n"
                     "Best regards,\nSam Rivera",
             "facts": {"sent_at": "2026-11-20T22:00"}, "note": "no interview time: nothing to check"},
        ],
    }

    def check(self, ctx: Context) -> None:
        interview = ctx.facts.interview_at
        assert interview is not None
        sent, origin = _sent(ctx)
        hours = facts_mod.hours_between(interview, sent)
        max_hours = float(ctx.options.get("max_hours", 48))
        if hours <= max_hours:
            return
        i_text, s_text = format_times(interview, sent)
        facts_used = (f"interview {i_text}, {_describe_sent(s_text, origin)}: {_hours_text(hours)} later "
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


class EarlyCheckIn(Rule):
    code = "EL802"
    name = "early-check-in"
    category = "timing"
    severity = "warning"
    kinds = ("check_in",)
    kind_sensitive = True
    guidance = ("G11",)
    options = {"business_days": 5, "grace_days": 0}
    summary = ("Reports a status inquiry sent before the decision date (`decision_by`) has passed, or, "
               "with no decision date, sooner than 5 business days after the interview. A check-in "
               "after the decision date raises nothing. `grace_days` adds days after the decision "
               "date (seed 002 suggests a week, seed 003 a few days).")
    why = ("The guidance asks you to respect the decision timeline you were given and to ask for an update "
           "only once it has lapsed (G11). Asking earlier reads as impatient and pressures the interviewer.")
    instead = ("Wait until the decision date has passed (or about a week with no date), then send one "
               "short, polite check-in.")
    examples = {
        "fail": [
            {"text": "Dear Mr. Oyelowo,\n\nI wanted to check in on the Branch Operations Manager position "
                     "and ask whether there is any update.\n\nBest regards,\nPriya",
             "facts": {"interview_at": "2026-11-16T10:00", "decision_by": "2026-11-30",
                       "sent_at": "2026-11-19T09:00"},
             "note": "11 days before the decision date"},
            {"text": "Dear Mr. Oyelowo,\n\nI wanted to check in on the Branch Operations Manager position "
                     "and ask whether there is any update.\n\nBest regards,\nPriya",
             "facts": {"interview_at": "2026-11-16T10:00", "sent_at": "2026-11-19T09:00"},
             "note": "no decision date, 3 business days after the interview"},
        ],
        "pass": [
            {"text": "Dear Mr. Oyelowo,\n\nYou mentioned a decision by November 30, so I wanted to ask "
                     "whether there is any update.\n\nBest regards,\nPriya",
             "facts": {"interview_at": "2026-11-16T10:00", "decision_by": "2026-11-30",
                       "sent_at": "2026-12-03T09:00"},
             "note": "a few days after the decision date is right"},
            {"text": "Dear Mr. Oyelowo,\n\nI wanted to ask whether there is any update on the Branch "
                     "Operations Manager position.\n\nBest regards,\nPriya",
             "facts": {"interview_at": "2026-11-16T10:00", "sent_at": "2026-11-24T09:00"},
             "note": "no decision date, 6 business days later"},
        ],
    }

    def check(self, ctx: Context) -> None:
        reason = early_check_in(ctx, business_days=int(ctx.options.get("business_days", 5)),
                                grace_days=float(ctx.options.get("grace_days", 0) or 0))
        if reason:
            ctx.report(ctx.anchor(), reason + _kind_note(ctx, "check-in"))


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
    examples = {
        "fail": [
            {"text": "Dear Mr. Mendes,\n\nI wanted to write once more about the QA Analyst position. "
                     "Is there any update?\n\nBest regards,\nChen Liu",
             "facts": {"interview_at": "2026-10-21T11:00", "decision_by": "2026-10-30",
                       "sent_at": "2026-11-12T10:00",
                       "previous_followups": [{"sent_at": "2026-11-06T10:00", "replied": False}]},
             "note": "a second follow-up while the first is unanswered"},
            {"text": "Dear Ms. Dubois,\n\nI am still waiting to hear about the Production Planner role.\n\n"
                     "Regards,\nHenrik",
             "facts": {"interview_at": "2026-10-14T14:00", "sent_at": "2026-11-20T08:30",
                       "previous_followups": [{"sent_at": "2026-11-02T09:00"}, {"sent_at": "2026-11-09T09:00"},
                                              {"sent_at": "2026-11-16T09:00"}]},
             "note": "three unanswered: know when to let it go"},
            {"text": "Dear Ms. Dubois,\n\nCould you share any feedback on my interview?\n\nRegards,\nHenrik",
             "kind": "feedback_request",
             "facts": {"interview_at": "2026-11-16T10:00", "sent_at": "2026-11-18T09:00",
                       "previous_followups": [{"sent_at": "2026-11-16T19:00", "replied": False}]},
             "note": "two days after the unanswered thank-you: several messages within a few days"},
        ],
        "pass": [
            {"text": "Dear Ms. Solberg,\n\nThank you for your reply earlier this month. Now that the date "
                     "has passed, is there any news?\n\nBest regards,\nKenji",
             "facts": {"interview_at": "2026-10-27T10:00", "decision_by": "2026-11-13",
                       "sent_at": "2026-11-23T09:00",
                       "previous_followups": [{"sent_at": "2026-11-06T09:00", "replied": True}]},
             "note": "the earlier follow-up was answered"},
            {"text": "Dear Ms. Solberg,\n\nI wanted to ask whether there is any news on the Fleet "
                     "Maintenance Planner position.\n\nBest regards,\nKenji",
             "facts": {"interview_at": "2026-10-27T10:00", "decision_by": "2026-11-13",
                       "sent_at": "2026-11-23T09:00",
                       "previous_followups": [{"sent_at": "2026-10-27T19:00", "replied": False}]},
             "note": "the only earlier message is the thank-you: one reminder is fine"},
        ],
    }

    def check(self, ctx: Context) -> None:
        facts = ctx.facts
        sent, origin = _sent(ctx)
        earlier = [f for f in facts.previous_followups if f.sent_at <= sent]
        last_reply = max((i for i, f in enumerate(earlier) if f.replied), default=-1)
        unanswered = earlier[last_reply + 1:]
        if not unanswered:
            return
        thanks = thank_you_note(facts, float(ctx.options.get("thank_you_hours", 72)))
        reminders = [f for f in unanswered if f is not thanks]
        s_text = format_times(sent)[0]
        sending = _describe_sent(s_text, origin)
        note = _kind_note(ctx, ctx.kind.replace("_", "-"))
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


RULES = [LateThankYou, EarlyCheckIn, TooManyFollowUps]
