"""EL802 early-check-in: a status inquiry sent before the decision date has passed (or, with
no date, within about a week of the interview).

When a check-in is early is decided in :func:`._timing.early_check_in`, which EL803 reads too."""

from __future__ import annotations

from ..rule import Context, Rule
from ._timing import early_check_in, kind_note


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

    def check(self, ctx: Context) -> None:
        reason = early_check_in(ctx, business_days=int(ctx.options.get("business_days", 5)),
                                grace_days=float(ctx.options.get("grace_days", 0) or 0))
        if reason:
            ctx.report(ctx.anchor(), reason + kind_note(ctx, "check-in"))


RULES = [EarlyCheckIn]
