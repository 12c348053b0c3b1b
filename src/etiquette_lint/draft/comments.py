"""HTML comments (``<!-- ... -->``): never part of the text a rule reads.

The parser works on a *masked* copy of the input in which every comment is replaced by
spaces (line breaks kept), so offsets are unchanged and every span still points into the
original text, while a comment line reads as a blank line."""

from __future__ import annotations

from ..text import Span


def find_comments(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Complete ``<!-- ... -->`` comments in ``text[start:end]``, in order (linear time).
    An unclosed ``<!--`` is left as text."""
    end = len(text) if end is None else end
    found: list[Span] = []
    pos = start
    while True:
        opening = text.find("<!--", pos, end)
        if opening < 0:
            break
        closing = text.find("-->", opening + 4, end)
        if closing < 0:
            break
        found.append(Span(opening, closing + 3))
        pos = closing + 3
    return found


def mask(text: str, spans: list[Span]) -> str:
    """``text`` with every span replaced by spaces, line breaks kept."""
    if not spans:
        return text
    out: list[str] = []
    pos = 0
    for s in spans:
        out.append(text[pos:s.start])
        out.append("".join(ch if ch in "\r\n" else " " for ch in text[s.start:s.end]))
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


def cut_out(span: Span, holes: list[Span], masked: str) -> list[Span]:
    """``span`` without the parts covered by ``holes``, each piece trimmed of white space."""
    from ..text import trim

    pieces: list[Span] = []
    pos = span.start
    for h in holes:
        if h.end <= span.start or h.start >= span.end:
            continue
        if h.start > pos:
            pieces.append(trim(masked, pos, h.start))
        pos = max(pos, h.end)
    if pos < span.end:
        pieces.append(trim(masked, pos, span.end))
    return [p for p in pieces if len(p)]
