"""Readiness score: 100 means nothing a recruiter would wince at.

Each diagnostic costs points by severity (error 25, warning 10, info 2); a
category costs at most 30 points however many times it is hit, so one noisy
problem cannot hide the rest; the score never drops below 0.
"""

from __future__ import annotations

from typing import Iterable

from .diagnostics import Diagnostic

COST = {"error": 25, "warning": 10, "info": 2}
CATEGORY_CAP = 30


def readiness_score(diagnostics: Iterable[Diagnostic]) -> int:
    per_category: dict[str, int] = {}
    for d in diagnostics:
        per_category[d.category] = per_category.get(d.category, 0) + COST.get(d.severity, 0)
    penalty = sum(min(CATEGORY_CAP, v) for v in per_category.values())
    return max(0, 100 - penalty)
