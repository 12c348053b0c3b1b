"""The judgement models' reading of a draft, computed once and read by every rule.

:class:`Readings` holds, for each sentence of the candidate's own body text, the
probability of each sentence label (:data:`etiquette_lint.models.LABELS`), and the
message-kind probabilities. Rules ask questions of it ("which sentences read as pushy?",
"does any sentence thank the reader?") instead of matching words themselves.
"""

from __future__ import annotations

import os
import re
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
        texts = [text for _, text in own]
        probs = self.models.sentence.predict(texts)
        # A credit (thanks, interest, specific) said in one clause of a long sentence counts:
        # "Wiring the panel with Carlos was fun, and I really want this apprenticeship."
        clauses = [(i, c) for i, text in enumerate(texts) for c in clauses_of(text)]
        if clauses:
            cp = self.models.sentence.predict([c for _, c in clauses])
            cols = [self.models.sentence.column[lab] for lab in CREDIT_LABELS]
            for (i, _), row in zip(clauses, cp):
                probs[i, cols] = np.maximum(probs[i, cols], row[cols])
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

    def detail_sentences(self) -> list[Sentence]:
        """Sentences the model reads as specific and not as a stock line: a stock line is not a
        detail however concrete it sounds ("how my skills could contribute to your ongoing
        projects")."""
        t_specific, t_stock = self.threshold("specific"), self.threshold("template")
        return [s for s in self.sentences if s.probs["specific"] >= t_specific and s.probs["template"] < t_stock]

    def has_detail(self) -> bool:
        """Does the candidate's own text hold something concrete from the interview: a detail
        sentence, or a less common concrete word in a noun phrase (:meth:`concrete_words`)?"""
        return bool(self.detail_sentences()) or bool(self.concrete_words())

    def concrete_words(self) -> list[Span]:
        """See :attr:`_concrete` (computed once per draft: both detail rules ask)."""
        return list(self._concrete)

    @cached_property
    def _concrete(self) -> list[Span]:
        """Words of the candidate's own sentences that name something less common than the
        everyday and job-search vocabulary, inside a noun phrase ("the billing pipeline", "your
        sourdough starter", "the compounding lab"): the evidence of a concrete detail that the
        sentence model may read past. A word counts when it is lowercase, of four letters or
        more, neither a function word nor generic job-search vocabulary, ranked between
        UNCOMMON_RANK and the end of the common English list in the word vectors' vocabulary
        (so misspellings never count), and among the three words after a determiner or a
        possessive (so "I cycled home beaming" does not)."""
        from .models.features import COMMON_WORDS
        from .vocabulary import GENERIC_WORDS, STOP_WORDS

        rank = self.models.sentence.rank
        if rank is None:
            return []
        out = []
        for sent in self.sentences:
            offset = self._sentence_offset(sent)
            words = list(_WORD.finditer(sent.text))
            for i, m in enumerate(words):
                if m.group().lower() not in _DETERMINERS:
                    continue
                for n in words[i + 1:i + 4]:
                    if sent.text[m.end():n.start()].strip(" -"):  # punctuation ends the phrase
                        break
                    w = re.sub(r"['’]s?$", "", n.group())  # "the department's" -> "department"
                    low = w.lower()
                    if low in STOP_WORDS and low not in _DETERMINERS:
                        break
                    r = rank.get(low)
                    if (w.islower() and len(w) >= 4 and r is not None and UNCOMMON_RANK <= r < COMMON_WORDS
                            and low not in GENERIC_WORDS):
                        out.append(Span(offset + n.start(), offset + n.start() + len(w)))
        return out

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


#: a word ranked at least this far down the common-English list is less common
UNCOMMON_RANK = 9000
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_DETERMINERS = frozenset("the a an your our my their his her its this that these those".split())

#: labels whose presence a rule credits (a missed one raises a "nothing here says..." finding)
CREDIT_LABELS = ("thanks", "interest", "specific")
_CLAUSE_BREAK = re.compile(r",\s+(?=(?:and|but|so|which|as)\b)|;\s+|\s+[–—]\s+|\s+-\s+")


def clauses_of(text: str) -> list[str]:
    """The clauses of a sentence joined by ", and", ", but", ";" or a dash (none when it has one)."""
    parts = [p.strip() for p in _CLAUSE_BREAK.split(text)]
    parts = [p for p in parts if sum(ch.isalpha() for ch in p) >= 8]
    return parts if len(parts) > 1 else []


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

def _stem(word: str) -> str:
    """A crude plural stem on top of the lemma: "handoffs" -> "handoff"."""
    word = word.lower().replace("’", "'")
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def topic_mentions(draft: "Draft", analysis: "Analysis", topic: str) -> list[Span]:
    """Where a fact topic is mentioned in the candidate's own text (greeting, body, sign-off).

    By the whole phrase with flexible spacing and hyphens ("on-call" / "on call"), by a
    hyphenated word of it, by two adjacent words of a longer topic ("PowerBI" mentions
    "Power BI migration"), else by any distinctive word of it, by lemma ("the rotation"
    mentions "on-call rotation"). A topic made only of generic words ("team goals") needs
    the phrase."""
    import re

    from .vocabulary import GENERIC_WORDS, STOP_WORDS

    low = topic.lower()
    words = re.findall(r"[\w'’]+", low)
    if not words:
        return []
    phrases = [words] + [re.findall(r"[\w'’]+", w) for w in re.findall(r"[\w'’]+(?:-[\w'’]+)+", low)]
    if len(words) >= 3:
        phrases += [list(pair) for pair in zip(words, words[1:]) if not set(pair) <= STOP_WORDS]
    spans = draft.scope("message")
    found: list[Span] = []
    for parts in phrases:
        rx = re.compile(r"(?<![\w])" + r"[\s\-–/]*".join(re.escape(p) for p in parts) + r"(?:e?s)?(?![\w])", re.I)
        for sp in spans:
            for m in rx.finditer(draft.text, sp.start, sp.end):
                found.append(Span(m.start(), m.end()))
    if found:
        return found
    key = {_stem(w) for w in words if len(w) >= 3 and w not in STOP_WORDS and w not in GENERIC_WORDS
           and _stem(w) not in GENERIC_WORDS}
    if not key:
        return []
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
