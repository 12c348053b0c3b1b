"""The shape every model-driven tone rule shares: find the sentences the sentence model
reads as having one label, and report each with the words that weighed most.

Not a rule itself (no ``RULES``): the rules are one module each beside it.
"""

from __future__ import annotations

from typing import ClassVar

from ..analysis import Sentence
from ..rule import Context, Rule
from ..text import Span

_QUOTE_MAX = 70


def quote(text: str, limit: int = _QUOTE_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class SentenceLabelRule(Rule):
    """Reports each own sentence whose probability of ``label`` passes the threshold (the one
    chosen on dev for precision, or the rule's ``threshold`` option)."""

    label: ClassVar[str] = ""
    #: what the tone sounds like, for the message: "reads as pushy"
    reads_as: ClassVar[str] = ""
    advice: ClassVar[str] = ""
    options = {"threshold": None}

    def threshold(self, ctx: Context) -> float:
        value = ctx.options.get("threshold")
        return float(value) if value is not None else ctx.analysis.readings.threshold(self.label)

    def sentences(self, ctx: Context) -> list[Sentence]:
        return list(ctx.analysis.readings.with_label(self.label, self.threshold(ctx)))

    def check(self, ctx: Context) -> None:
        readings = ctx.analysis.readings
        for sent in self.sentences(ctx):
            cues = readings.cue_spans(sent, self.label)
            words = ", ".join(f"'{ctx.text[c.start:c.end]}'" for c in cues)
            because = f" ({words} weigh most)" if words else ""
            ctx.report(sent.span, f"'{quote(sent.text)}' {self.reads_as}{because}: {self.advice}")


def first_body_line(ctx: Context) -> Span:
    """Where to report something the whole body lacks: its first sentence (on its first line)."""
    d = ctx.draft
    for span, _ in ctx.analysis.sentences("body"):
        nl = ctx.text.find("\n", span.start, span.end)
        return Span(span.start, nl if nl >= 0 else span.end)
    if d.paragraphs:
        first = d.paragraphs[0]
        nl = ctx.text.find("\n", first.start, first.end)
        end = nl if nl >= 0 else first.end
        return Span(first.start, min(end, first.start + 100))
    return ctx.anchor()
