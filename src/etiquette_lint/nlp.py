"""The NLP doc shared by all rules: one spaCy pipeline per process.

Default: ``spacy.blank("en")`` + sentencizer + lowercase lookup lemmas from the
``spacy-lookups-data`` package (installed, never downloaded). A statistical
model such as ``en_core_web_sm`` is used when installed and configured.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Iterator

from .errors import ConfigError
from .text import Span

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from .analysis import Readings
    from .draft import Draft

_LOCK = threading.Lock()
_PIPELINES: dict[str | None, "Language"] = {}


class ModelUnavailable(ConfigError):
    """The configured spaCy model is not installed (a configuration error: exit 2)."""


def get_nlp(model: str | None = None) -> "Language":
    """The shared pipeline (loaded once per process and model name)."""
    with _LOCK:
        if model not in _PIPELINES:
            _PIPELINES[model] = _load(model)
        return _PIPELINES[model]


def _load(model: str | None) -> "Language":
    import spacy
    from spacy.language import Language

    if model:
        if not spacy.util.is_package(model):
            raise ModelUnavailable(
                f"model: spaCy model {model!r} is not installed; install it or remove 'model' from the "
                "configuration (no model is needed: the default pipeline is built in)")
        nlp = spacy.load(model, exclude=["textcat"])
        if "sentencizer" not in nlp.pipe_names and "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            nlp.add_pipe("sentencizer")
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    table = _lemma_table()

    if not Language.has_factory("etiquette_lookup_lemmas"):
        @Language.component("etiquette_lookup_lemmas")
        def _lookup_lemmas(doc: "Doc") -> "Doc":
            lemmas = _PIPELINE_TABLE
            for token in doc:
                lower = token.lower_
                token.lemma_ = lemmas.get(lower, lower)
            return doc

    global _PIPELINE_TABLE
    _PIPELINE_TABLE = table
    nlp.add_pipe("etiquette_lookup_lemmas", last=True)
    return nlp


_PIPELINE_TABLE: Any = {}


class _LowercaseTable:
    """``get(word, default)`` over a spaCy lookups Table, with lowercase lemmas."""

    def __init__(self, table: Any):
        self._table = table

    def get(self, key: str, default: Any = None) -> Any:
        value = self._table.get(key)
        return default if value is None else str(value).lower()

    def __len__(self) -> int:
        return len(self._table)


def _lemma_table() -> Any:
    """English lookup lemmas from spacy-lookups-data, as a plain dict (lowercase values).

    Without the package, lemmas fall back to the lowercase word (no download is tried)."""
    try:
        from spacy.lookups import load_lookups

        table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        # A spaCy Table is keyed by string hashes, so it cannot be copied into a dict of
        # words; look words up through the table itself (its ``get`` hashes the key).
        return _LowercaseTable(table)
    except Exception:  # package missing or unreadable: degrade, never fetch
        return {}


@dataclass(frozen=True)
class PartDoc:
    """A spaCy doc over one part of the draft; ``span.start`` maps doc offsets back."""

    part: str
    span: Span
    doc: "Doc"

    def to_span(self, start_char: int, end_char: int) -> Span:
        return Span(self.span.start + start_char, self.span.start + end_char)


class Analysis:
    """NLP over a draft's own parts, computed once and shared by all rules."""

    def __init__(self, draft: "Draft", nlp: "Language"):
        self.draft = draft
        self.nlp = nlp
        self.cache: dict[str, object] = {}  # per-draft results shared by rules (e.g. proofreading)

    @cached_property
    def part_docs(self) -> list[PartDoc]:
        d = self.draft
        parts = d.named_parts(subject=True, signature=True)
        texts = [tokenizable(d.text[s.start:s.end]) for _, s in parts]
        docs = list(self.nlp.pipe(texts))
        return [PartDoc(name, span, doc) for (name, span), doc in zip(parts, docs)]

    def docs(self, scope: str) -> list[PartDoc]:
        names = _SCOPE_PARTS[scope]
        return [pd for pd in self.part_docs if pd.part in names]

    def sentences(self, scope: str = "body") -> Iterator[tuple[Span, object]]:
        """(span in the original text, spaCy Span) for each sentence in the scope."""
        for pd in self.docs(scope):
            for sent in pd.doc.sents:
                if sent.text.strip():
                    yield pd.to_span(sent.start_char, sent.end_char), sent

    def word_count(self, scope: str = "body") -> int:
        return sum(1 for pd in self.docs(scope) for t in pd.doc if _is_word(t))

    @cached_property
    def readings(self) -> "Readings":
        """The judgement models' reading of the candidate's sentences and of the message kind."""
        from .analysis import Readings

        return Readings(self)

    def words(self, scope: str = "body") -> Iterator[tuple[Span, object]]:
        for pd in self.docs(scope):
            for t in pd.doc:
                if _is_word(t):
                    yield pd.to_span(t.idx, t.idx + len(t.text)), t


#: spaCy's tokenizer takes time quadratic in the length of a run of text without white space
#: (it peels prefixes and suffixes off one at a time: 8,000 "[" take 35 s). No word is this
#: long, so the analysis copy of a longer run gets a space every MAX_RUN characters.
MAX_RUN = 200
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_RUN + 1))


def tokenizable(text: str) -> str:
    """``text`` as spaCy reads it: the same length (so every offset still holds), with each
    run of more than :data:`MAX_RUN` non-space characters broken by a space every
    :data:`MAX_RUN` characters (the character there is read as a space)."""
    if len(text) <= MAX_RUN:
        return text

    def brk(m: "re.Match[str]") -> str:
        chars = list(m.group(0))
        cuts = range(MAX_RUN, len(chars), MAX_RUN + 1)
        chars[MAX_RUN::MAX_RUN + 1] = " " * len(cuts)
        return "".join(chars)

    return _LONG_RUN.sub(brk, text)


def _is_word(token: object) -> bool:
    return not (token.is_punct or token.is_space or token.like_url or token.like_email)  # type: ignore[attr-defined]


_SCOPE_PARTS: dict[str, frozenset[str]] = {
    "subject": frozenset({"subject"}),
    "greeting": frozenset({"greeting"}),
    "body": frozenset({"paragraph"}),
    "paragraph": frozenset({"paragraph"}),
    "sentence": frozenset({"paragraph"}),
    "closing": frozenset({"closing"}),
    "signature": frozenset({"signature"}),
    "message": frozenset({"greeting", "paragraph", "closing"}),
    "whole": frozenset({"subject", "greeting", "paragraph", "closing", "signature"}),
}
SCOPES: tuple[str, ...] = tuple(_SCOPE_PARTS)
