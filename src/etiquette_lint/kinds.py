"""Message kind: given in facts, else detected from the candidate's own words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .facts import KINDS

# (kind, weight, pattern). Patterns run on the subject and the candidate's own text.
_SIGNALS: list[tuple[str, float, str]] = [
    ("withdrawal", 5, r"\bwithdraw(?:ing|n)?\b|\bremove (?:me|my (?:name|application|candidacy))\b"
                      r"|\bno longer (?:wish|want|be able) to (?:be considered|pursue|continue)\b"),
    ("withdrawal", 3, r"\baccepted (?:an|another) (?:offer|position|role)\b|\bdecided to (?:accept|pursue) (?:an|another)"),
    ("offer_reply", 4, r"\b(?:your|the|this|an|job|written|formal|verbal) offer\b|\boffer letter\b"),
    ("offer_reply", 3, r"\b(?:accept|accepting|accepted) (?:the|your|this) (?:offer|position|role)\b"
                       r"|\bstart(?:ing)? date\b|\bcompensation\b|\bsalary\b|\bsigning bonus\b|\bbenefits package\b"),
    ("offer_reply", 2, r"\bthrilled to (?:accept|join)\b|\bdelighted to (?:accept|join)\b|\bcounter[- ]?offer\b"),
    ("rejection_reply", 4, r"\b(?:not|n't) (?:been )?(?:selected|moving forward|move forward|chosen|successful)\b"
                           r"|\bmove forward with (?:another|other) candidates?\b|\bwent with another\b"
                           r"|\bgo(?:ne|ing)? (?:with|in) (?:a )?(?:another|different) (?:candidate|direction)\b"),
    ("rejection_reply", 3, r"\b(?:your|the) decision\b|\bdisappoint(?:ed|ing)\b|\bletting me know\b"
                           r"|\bfuture (?:openings|opportunities|roles|positions)\b|\bkeep me in mind\b"
                           r"|\bbest of luck with (?:the|your) (?:new hire|search)\b|\bnews\b.{0,20}\b(?:sad|disappoint)"),
    ("feedback_request", 4, r"\b(?:any|some|your|constructive|brief) feedback\b|\bareas? (?:for|of) improvement\b"
                            r"|\bwhat i could (?:have done|improve|do) (?:differently|better)\b"),
    ("check_in", 3, r"\b(?:status|update) (?:on|of|regarding|about)\b|\bany updates?\b|\bchecking in\b"
                    r"|\bfollow(?:ing)?[- ]up on\b|\btouch(?:ing)? base\b|\bwhere (?:things|you) stand\b"
                    r"|\bnext steps\b|\b(?:hiring|decision)[- ](?:timeline|process)\b|\bhaven'?t heard\b"
                    r"|\bstill (?:under consideration|being considered)\b|\bheard back\b"),
    ("thank_you", 3, r"\bthank(?:s| you)\b.{0,60}\b(?:meet(?:ing)?|interview(?:ing)?|speak(?:ing)?|talk(?:ing)?"
                     r"|chat(?:ting)?|conversation|time)\b"),
    ("thank_you", 2, r"\benjoyed (?:our|the|meeting|speaking|talking|learning)\b|\bgreat to (?:meet|speak|talk)\b"
                     r"|\b(?:yesterday|today|this morning|this afternoon)\b"),
]
_COMPILED = [(k, w, re.compile(p, re.I | re.S)) for k, w, p in _SIGNALS]


@dataclass(frozen=True)
class KindResult:
    kind: str
    detected: bool
    reason: str


def detect_kind(text: str) -> KindResult:
    """Score each kind by the phrases that signal it; the best wins, thank_you by default."""
    scores = {k: 0.0 for k in KINDS}
    evidence: dict[str, list[str]] = {k: [] for k in KINDS}
    for kind, weight, rx in _COMPILED:
        for m in rx.finditer(text):
            scores[kind] += weight
            phrase = " ".join(m.group(0).split())
            if phrase.lower() not in (e.lower() for e in evidence[kind]):
                evidence[kind].append(phrase)
    # a rejection reply usually also thanks: thanks alone should not outvote it
    best = max(KINDS, key=lambda k: (scores[k], k == "thank_you"))
    if scores[best] == 0:
        return KindResult("thank_you", True, "detected: no strong signal, assumed a thank-you note")
    shown = ", ".join(f"'{e[:40]}'" for e in evidence[best][:3])
    return KindResult(best, True, f"detected from {shown}")


def resolve_kind(given: str | None, facts_kind: str | None, text: str) -> KindResult:
    if given:
        return KindResult(given, False, "given by --kind / kind=")
    if facts_kind:
        return KindResult(facts_kind, False, "given in facts")
    return detect_kind(text)
