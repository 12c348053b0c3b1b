"""The message kind: given (``--kind``, ``kind=`` or the facts) or read by the kind model.

The kind model (:mod:`etiquette_lint.models`) reads the subject, the opening and every
sentence of the candidate's own text, with the sentence model's readings, and gives a
probability for each kind. Its top probability is the confidence; kinds within reach of
the winner are the alternatives. When the confidence is low, kind-specific warnings step
down to info (see :func:`etiquette_lint.linter`), so an unsure guess never becomes a false alarm.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from .facts import KINDS

LOW_CONFIDENCE = 0.5  # below this top probability, kind-specific warnings step down to info
ALTERNATIVE_SHARE = 0.35  # a kind at least this share of the winner's probability is plausible

_LABELS = {
    "thank_you": "thank-you note", "check_in": "check-in", "offer_reply": "offer reply",
    "rejection_reply": "rejection reply", "feedback_request": "feedback request", "withdrawal": "withdrawal",
}


@dataclass(frozen=True)
class KindResult:
    kind: str
    detected: bool
    reason: str
    confidence: float = 1.0
    alternatives: tuple[str, ...] = ()
    scores: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def uncertain(self) -> bool:
        """Detected with low confidence: kind-specific findings should not be warnings."""
        return self.detected and self.confidence < LOW_CONFIDENCE

    def plausible(self) -> tuple[str, ...]:
        """The kind and, when uncertain, the alternatives it could also be."""
        return (self.kind, *self.alternatives) if self.uncertain else (self.kind,)


def label_of(kind: str) -> str:
    """A kind for people: "thank-you note", "rejection reply", ..."""
    return _LABELS.get(kind, kind.replace("_", " "))


def from_probabilities(probs: Mapping[str, float]) -> KindResult:
    """The detected kind from the kind model's probabilities."""
    ranked = sorted(KINDS, key=lambda k: (-probs.get(k, 0.0), KINDS.index(k)))
    best = ranked[0]
    p = probs.get(best, 0.0)
    others = tuple(k for k in ranked[1:] if probs.get(k, 0.0) >= ALTERNATIVE_SHARE * p)
    reason = f"detected by the kind model ({label_of(best)}, p={p:.2f})"
    if others:
        reason += "; could also be " + " or ".join(f"a {label_of(k)} (p={probs[k]:.2f})" for k in others[:2])
    return KindResult(best, True, reason, round(p, 3), others, {k: round(v, 3) for k, v in probs.items()})


def resolve_kind(given: str | None, facts_kind: str | None, probs: "Mapping[str, float] | None") -> KindResult:
    if given:
        return KindResult(given, False, "given by --kind / kind=")
    if facts_kind:
        return KindResult(facts_kind, False, "given in facts")
    assert probs is not None
    return from_probabilities(probs)
