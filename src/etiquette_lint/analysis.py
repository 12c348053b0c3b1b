"""The judgement models' reading of a draft, computed once and read by every rule.

:class:`Readings` holds, for each sentence of the candidate's own body text, the
probability of each sentence label (:data:`etiquette_lint.models.LABELS`), and the
message-kind probabilities. Rules ask questions of it ("which sentences read as pushy?",
"does any sentence thank the reader?") instead of matching words themselves.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Iterator

import numpy as np
import numpy.typing as npt

from .models import LABELS, Models, get_models
from .text import Span

if TYPE_CHECKING:  # pragma: no cover
    from .draft import Draft
    from .nlp import Analysis


@dataclass(frozen=True)
class Sentence:
    """One sentence of the candidate's own text: where it is and what the model read."""

    span: Span
    text: str
    probs: dict[str, float]

    def prob(self, label: str) -> float:
        return self.probs[label]


class Readings:
    """The models' readings of one draft (built lazily from its :class:`Analysis`)."""

    def __init__(self, analysis: "Analysis", models: Models | None = None):
        self._analysis = analysis
        self.models = models or get_models()

    @cached_property
    def _read(self) -> tuple[list[Sentence], npt.NDArray[np.float32]]:
        own = own_sentences(self._analysis)
        probs = self.models.sentence.predict([text for _, text in own])
        sentences = [Sentence(span, text, {lab: float(p) for lab, p in zip(LABELS, row)})
                     for (span, text), row in zip(own, probs)]
        return sentences, probs

    @property
    def sentences(self) -> list[Sentence]:
        return self._read[0]

    @property
    def matrix(self) -> npt.NDArray[np.float32]:
        """The sentences' probabilities, one row per sentence, one column per label."""
        return self._read[1]

    @cached_property
    def part_probs(self) -> npt.NDArray[np.float32]:
        """The sentence model's reading of the short parts (subject, greeting, sign-off line),
        one row each, for rules that credit a label said anywhere."""
        draft = self._analysis.draft
        spans = [draft.subject, draft.greeting, draft.closing]
        texts = [draft.text[sp.start:sp.end] for sp in spans if sp is not None]
        return self.models.sentence.predict(texts)

    def threshold(self, label: str) -> float:
        return self.models.sentence.thresholds[label]

    def with_label(self, label: str, threshold: float | None = None) -> Iterator[Sentence]:
        """Sentences whose probability of ``label`` passes the threshold (dev-chosen by default)."""
        t = self.threshold(label) if threshold is None else threshold
        for s in self.sentences:
            if s.probs[label] >= t:
                yield s

    def any(self, label: str, threshold: float | None = None) -> bool:
        return next(self.with_label(label, threshold), None) is not None

    def best(self, label: str) -> Sentence | None:
        return max(self.sentences, key=lambda s: s.probs[label], default=None)

    def cue_spans(self, sentence: Sentence, label: str, limit: int = 3) -> list[Span]:
        """The words of ``sentence`` that weighed most for ``label``, as spans of the draft."""
        offset = self._sentence_offset(sentence)
        return [Span(offset + a, offset + b)
                for a, b in self.models.sentence.cue_words(sentence.text, label, limit)]

    def _sentence_offset(self, sentence: Sentence) -> int:
        raw = self._analysis.draft.text[sentence.span.start:sentence.span.end]
        return sentence.span.start + max(0, raw.find(sentence.text))

    @cached_property
    def kind_probs(self) -> dict[str, float]:
        subject, texts = kind_inputs(self._analysis.draft, self._analysis)
        return self.models.kind.predict(subject, texts, self.matrix)


def own_sentences(analysis: "Analysis") -> list[tuple[Span, str]]:
    """The candidate's own body sentences that hold a word: what both models read."""
    out = []
    for span, sent in analysis.sentences("body"):
        text = str(sent.text).strip()  # type: ignore[attr-defined]
        if any(ch.isalnum() for ch in text):
            out.append((span, text))
    return out


def kind_inputs(draft: "Draft", analysis: "Analysis") -> tuple[str, list[str]]:
    """What the kind model reads: the subject and the candidate's own body sentences."""
    return draft.subject_text or "", [text for _, text in own_sentences(analysis)]


def kind_inputs_of_file(path: "str | os.PathLike[str]") -> tuple[str, list[str]]:
    """The kind model's input for a draft file, read exactly as the linter reads it (training)."""
    from .draft import parse
    from .inputs import read_path
    from .nlp import Analysis, get_nlp

    draft = parse(read_path(path))
    return kind_inputs(draft, Analysis(draft, get_nlp()))


# -- fact topics ------------------------------------------------------------------------------

_STOP = frozenset("""a an the and or of to in on for with at by from about as is are was were be been
our your my their his her its this that these those we you i me us them it""".split())


def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def topic_mentions(draft: "Draft", analysis: "Analysis", topic: str) -> list[Span]:
    """Where a fact topic is mentioned in the candidate's own text (greeting, body, sign-off):
    the whole phrase with flexible spacing and hyphens ("on-call" / "on call", "PowerBI" /
    "Power BI"), else any distinctive word of it by lemma ("the rotation" mentions "on-call
    rotation")."""
    import re

    words = re.findall(r"[\w'’]+", topic.lower())
    if not words:
        return []
    spans = draft.scope("message")
    found: list[Span] = []
    rx = re.compile(r"(?<![\w])" + r"[\s\-–/]*".join(re.escape(p) for p in words) + r"(?:e?s)?(?![\w])", re.I)
    for sp in spans:
        for m in rx.finditer(draft.text, sp.start, sp.end):
            found.append(Span(m.start(), m.end()))
    if found or len(words) == 1 and words[0] in _STOP:
        return found
    key = {_stem(w) for w in words if len(w) >= 3 and w not in _STOP}
    for span, tok in analysis.words("message"):
        if {_stem(tok.lemma_), _stem(tok.lower_)} & key:  # type: ignore[attr-defined]
            found.append(span)
    return found


def credited(analysis: "Analysis", label: str) -> bool:
    """Does the candidate's own text say ``label`` anywhere: a body sentence, or one of the short
    parts (subject, greeting, sign-off line) read by the same model?"""
    readings = analysis.readings
    if readings.any(label):
        return True
    probs = readings.part_probs
    col = readings.models.sentence.column[label]
    return bool(probs.size and (probs[:, col] >= readings.threshold(label)).any())
