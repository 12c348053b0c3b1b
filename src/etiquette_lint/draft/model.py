"""The Draft and the line records the parser works on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from ..inputs import Source
from ..text import LineIndex, Span


@dataclass
class Line:
    start: int
    end: int  # without the line break
    text: str  # the line as the parser sees it: HTML comments blanked out

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    end = len(text) if end is None else end
    lines: list[Line] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line_end = stop - 1 if stop > pos and text[stop - 1] == "\r" else stop
        lines.append(Line(pos, line_end, text[pos:line_end]))
        if nl < 0:
            break
        pos = nl + 1
    return lines


@dataclass
class Draft:
    """A parsed draft. Every part is a :class:`Span` of ``text`` (the original input).

    The candidate's own prose is ``greeting``, ``paragraphs`` and ``closing`` (see
    :meth:`own_spans`). Everything else is kept apart so that rules about wording never
    read it: ``header`` (a letter's address, date and reference lines, or ``To:``/``Cc:``
    lines, above the greeting; a ``Subject:`` line inside it is also the ``subject``),
    ``signature`` (name, title, contacts, and any legal footer, which is also ``footer``),
    ``sign_off_name`` (the sender's name line inside the signature), ``quoted`` (earlier
    messages of the thread and forwarded messages) and ``comments`` (HTML comments,
    ``<!-- ... -->``, which no other part ever contains).
    """

    text: str
    source: Source
    front_matter: Span | None = None
    front_matter_data: dict[str, Any] = field(default_factory=dict)
    subject: Span | None = None
    subject_text: str | None = None
    header: Span | None = None
    greeting: Span | None = None
    paragraphs: list[Span] = field(default_factory=list)
    closing: Span | None = None
    signature: Span | None = None
    sign_off_name: Span | None = None  # inside ``signature``
    footer: Span | None = None  # inside ``signature``: "Sent from my phone", confidentiality notices
    quoted: list[Span] = field(default_factory=list)
    comments: list[Span] = field(default_factory=list)
    message: Span | None = None  # region holding the candidate's message (after front matter/headers)

    _index: LineIndex | None = field(default=None, repr=False)

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def line_index(self) -> LineIndex:
        if self._index is None:
            self._index = LineIndex(self.text)
        return self._index

    def part(self, span: Span | None) -> str:
        return "" if span is None else self.text[span.start:span.end]

    @property
    def signature_name(self) -> str | None:
        """The sender's name as signed ("Sam Rivera", "Grace Mwangi, RN"); else the first line of
        the signature block."""
        if self.sign_off_name is not None:
            return self.part(self.sign_off_name)
        if self.signature is None:
            return None
        for line in self.part(self.signature).splitlines():
            if line.strip():
                return line.strip()
        return None

    def scope(self, name: str) -> list[Span]:
        """Spans making up a scope: subject, greeting, body, paragraph, closing,
        signature, message (greeting + body + closing) or whole (everything the
        candidate wrote and sends: subject, header, message and signature -- so that a
        "[Company Address]" left in a letter's header is still found). ``sentence`` scopes
        are built from the NLP doc, see :class:`etiquette_lint.nlp.Analysis`."""
        if name == "subject":
            return [self.subject] if self.subject else []
        if name == "greeting":
            return [self.greeting] if self.greeting else []
        if name in ("body", "paragraph", "sentence"):
            return list(self.paragraphs)
        if name == "closing":
            return [self.closing] if self.closing else []
        if name == "signature":
            return [self.signature] if self.signature else []
        if name == "message":
            return self.own_spans()
        if name == "whole":
            spans = ([self.subject] if self.subject else []) + self.own_spans()
            if self.header:
                # a Subject: line inside the header block is already there as the subject
                spans = [s for s in spans if not self.header.contains(s)] + [self.header]
            if self.signature:
                spans.append(self.signature)
            return sorted(spans)
        raise ValueError(f"unknown scope {name!r}")

    def own_spans(self) -> list[Span]:
        """The candidate's prose: greeting, body paragraphs and closing (never the header,
        signature, quoted thread or comments)."""
        spans = []
        if self.greeting:
            spans.append(self.greeting)
        spans.extend(self.paragraphs)
        if self.closing:
            spans.append(self.closing)
        return spans

    def named_parts(self, *, subject: bool = True, signature: bool = False) -> list[tuple[str, Span]]:
        """The candidate's parts in order, named: subject, greeting, paragraph..., closing, signature."""
        parts: list[tuple[str, Span]] = []
        if subject and self.subject:
            parts.append(("subject", self.subject))
        if self.greeting:
            parts.append(("greeting", self.greeting))
        parts.extend(("paragraph", p) for p in self.paragraphs)
        if self.closing:
            parts.append(("closing", self.closing))
        if signature and self.signature:
            parts.append(("signature", self.signature))
        return parts

    def own_text(self) -> str:
        """The candidate's own words: greeting, body and closing, joined by blank lines."""
        return "\n\n".join(self.part(s) for s in self.own_spans())

    def body_text(self) -> str:
        return "\n\n".join(self.part(s) for s in self.paragraphs)

    def iter_parts(self) -> Iterator[tuple[str, Span]]:
        """Every part, named. ``subject`` may lie inside ``header``, ``sign_off_name`` and
        ``footer`` inside ``signature``; no other two parts overlap."""
        if self.front_matter:
            yield "front_matter", self.front_matter
        if self.header:
            yield "header", self.header
        if self.subject:
            yield "subject", self.subject
        if self.greeting:
            yield "greeting", self.greeting
        for p in self.paragraphs:
            yield "paragraph", p
        if self.closing:
            yield "closing", self.closing
        if self.signature:
            yield "signature", self.signature
        if self.sign_off_name:
            yield "sign_off_name", self.sign_off_name
        if self.footer:
            yield "footer", self.footer
        for q in self.quoted:
            yield "quoted", q
        for c in self.comments:
            yield "comment", c
