"""Readiness score: 100 means nothing a recruiter would wince at. See docs/score.md.

How it is computed, from the diagnostics of one draft:

1. Every finding, of any severity, costs 1 point, 5 points at most in all: suggestions
   (info) cost nothing more, so they barely move the score.
2. Warnings and errors cost 11 and 29 points more, grouped by category and, within a
   category, by rule: each rule's heaviest finding counts in full, its next one half, the
   next a quarter, ... (one problem repeated is still one problem; different problems add
   up), and a category costs at most 40 points.
3. score = 100 - both costs, rounded, never below 0.
4. A draft with any error scores at most 69: it is not ready to send, however clean the
   rest is.

So one warning scores 88, one error 69. The score is monotonic: adding a finding, or
raising a finding's severity, never raises it. Bands: 90-100 ready to send; 70-89 worth
a revision; 0-69 fix before sending.
"""

from __future__ import annotations

from typing import Iterable, Mapping

from .diagnostics import Diagnostic

PER_FINDING = 1.0       # every finding, whatever its severity
PER_FINDING_CAP = 5.0   # most the per-finding points can add up to
WEIGHT: Mapping[str, float] = {"error": 29.0, "warning": 11.0, "info": 0.0}  # on top of PER_FINDING
REPEAT_FACTOR = 0.5     # each further finding of the same rule counts half the one before
CATEGORY_CAP = 40.0     # most a single category (its weighted findings) can cost
ERROR_CEILING = 69      # highest score of a draft with an error

# kept for code that imported the old name: the cost of a first finding by severity
COST = {k: int(v + PER_FINDING) for k, v in WEIGHT.items()}

BANDS: tuple[tuple[int, str], ...] = ((90, "ready to send"), (70, "worth a revision"), (0, "fix before sending"))


def rule_cost(severities: Iterable[str]) -> float:
    """The cost of one rule's findings: the heaviest in full, then halving."""
    weights = sorted((WEIGHT.get(s, 0.0) for s in severities), reverse=True)
    return sum(w * REPEAT_FACTOR ** k for k, w in enumerate(weights))


def category_cost(per_rule: Mapping[str, Iterable[str]]) -> float:
    """The cost of one category: its rules' costs added up, capped at CATEGORY_CAP."""
    return min(CATEGORY_CAP, sum(rule_cost(sevs) for sevs in per_rule.values()))


def penalty(diagnostics: Iterable[Diagnostic]) -> float:
    """Points lost (before rounding and before the error ceiling).

    Both parts are monotonic: a new finding adds to both, and a finding whose severity
    rises adds to the weighted part and leaves the per-finding part as it was. (A separate
    cap on info findings alone would not be: raising an info finding to a warning in a
    category already at its cap would lower the penalty.)"""
    per_category: dict[str, dict[str, list[str]]] = {}
    count = 0
    for d in diagnostics:
        count += 1
        per_category.setdefault(d.category, {}).setdefault(d.code, []).append(d.severity)
    weighted = sum(category_cost(rules) for rules in per_category.values())
    return weighted + min(PER_FINDING_CAP, count * PER_FINDING)


def readiness_score(diagnostics: Iterable[Diagnostic]) -> int:
    """0-100; see the module docstring and docs/score.md."""
    diags = list(diagnostics)
    score = max(0, int(round(100 - penalty(diags))))
    if any(d.severity == "error" for d in diags):
        score = min(score, ERROR_CEILING)
    return score


def band(score: int) -> str:
    """"ready to send", "worth a revision" or "fix before sending"."""
    for floor, name in BANDS:
        if score >= floor:
            return name
    return BANDS[-1][1]
