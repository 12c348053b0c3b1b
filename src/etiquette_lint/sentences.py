"""Sentences of a draft, looked up by position: the one place rules ask "which sentence holds
these words?" and "how long is each sentence?".

The sentences themselves come from the NLP pipeline (:meth:`etiquette_lint.nlp.Analysis.sentences`);
where it says nothing (a letter's header lines), the part of the draft stands in.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Iterator

from .nlp import _is_word
from .perdraft import per_draft
from .text import Span

if TYPE_CHECKING:  # pragma: no cover
    from .nlp import PartDoc
    from .rule import Context


class SentenceIndex:
    """Sentence bounds of one draft (subject, greeting, body, closing, signature), sorted."""

    def __init__(self, ctx: "Context"):
        self._spans = sorted((s.start, s.end) for s, _ in ctx.analysis.sentences("whole"))
        self._starts = [s for s, _ in self._spans]
        self._part_list = list(ctx.draft.scope("whole"))
        self._parts = sorted((p.start, p.end) for p in self._part_list)
        self._part_starts = [s for s, _ in self._parts]

    def around(self, pos: int) -> tuple[int, int]:
        """(start, end) of the sentence holding offset ``pos``, else of its part, else (pos, pos)."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self._spans[i][0] <= pos < self._spans[i][1]:
            return self._spans[i]
        j = bisect.bisect_right(self._part_starts, pos) - 1
        if j >= 0 and self._parts[j][0] <= pos < self._parts[j][1]:
            return self._parts[j]
        return pos, pos

    def holding(self, span: Span) -> Span:
        """The sentence holding all of ``span``, else the part of the draft holding it, else ``span``."""
        i = bisect.bisect_right(self._starts, span.start) - 1
        for j in (i - 1, i):  # an empty span on a boundary belongs to the earlier sentence
            if j >= 0 and self._spans[j][0] <= span.start and span.end <= self._spans[j][1]:
                return Span(*self._spans[j])
        for part in self._part_list:
            if part.contains(span):
                return part
        return span


@per_draft
def sentence_index(ctx: "Context") -> SentenceIndex:
    """The draft's :class:`SentenceIndex`, built once."""
    return SentenceIndex(ctx)


def sentence_span(ctx: "Context", span: Span) -> Span:
    """The sentence holding ``span`` (else the part of the draft holding it)."""
    return sentence_index(ctx).holding(span)


def sentence_text(ctx: "Context", span: Span) -> str:
    """The text of the sentence holding ``span`` (else of its part, else of the span)."""
    s = sentence_span(ctx, span)
    return ctx.text[s.start:s.end]


# a line break that starts a new item: before a bullet or a numbered item, or after a line
# ending in a colon or semicolon ("What I would bring:\n- ...")
_ITEM_BREAK = re.compile(r"\n(?=[ \t]*(?:[-*•–·+]|\d{1,2}[.)]|[a-z][.)])[ \t]+)|(?<=[:;])[ \t]*\n")


def item_sentences(ctx: "Context", scope: str = "body") -> Iterator[tuple[Span, int]]:
    """(span, word count) of every sentence in ``scope``; a bulleted or numbered list is
    split into its items even when they carry no final punctuation."""
    for pd in ctx.analysis.docs(scope):
        for sent in pd.doc.sents:
            text = sent.text
            cuts = [0] + [m.end() for m in _ITEM_BREAK.finditer(text)] + [len(text)]
            tokens = list(sent)
            k = 0  # the pieces are in order: one pass over the tokens, not one per piece
            for a, b in zip(cuts, cuts[1:]):
                start, end = sent.start_char + a, sent.start_char + b
                while k < len(tokens) and tokens[k].idx < start:
                    k += 1
                j = k
                while j < len(tokens) and tokens[j].idx < end:
                    j += 1
                piece = tokens[k:j]
                words = [t for t in piece if _is_word(t)]
                if not words:
                    continue
                first, last = words[0], words[-1]
                # end at the last token of the piece (keeps its final punctuation)
                tail = [t for t in piece if not t.is_space]
                end_char = tail[-1].idx + len(tail[-1].text) if tail else last.idx + len(last.text)
                yield pd.to_span(first.idx, end_char), len(words)


def word_count(part_doc: "PartDoc") -> int:
    """Words in one part's doc (punctuation, spaces, links and addresses do not count)."""
    return sum(1 for t in part_doc.doc if _is_word(t))
