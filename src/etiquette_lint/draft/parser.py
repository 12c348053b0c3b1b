"""Input -> :class:`Draft`: find each part of a follow-up e-mail as a span of the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..inputs import Source, source_from_text
from ..text import Span, trim
from .comments import cut_out, find_comments, mask
from .frontmatter import split_front_matter
from .letter import (
    EMAIL_HEADER_RE,
    SUBJECT_LINE_RE,
    greeting_end,
    is_greeting_line,
    is_header_line,
    is_name_list,
    is_strong_greeting_line,
)
from .model import Draft, Line, split_lines
from .signoff import (
    PRONOUNS_RE,
    ends_sentence,
    is_closing_sentence,
    is_contact_line,
    is_footer_start,
    is_footer_tag,
    is_footer_text,
    is_loose_signature_line,
    is_name_line,
    is_open_closing_sentence,
    is_signature_line,
    match_sign_off,
    name_bounds,
    sign_off_with_name,
)
from .thread import separate_quoted

SIG_DELIMITER_RE = re.compile(r"^-- ?$")
PS_RE = re.compile(r"^\s*P\.?\s?(?:P\.?\s?)?S\.?(?:[\s:,-]|$)")
MAX_HEADER_LINES = 30  # a letter's header above the greeting
MAX_SIGNATURE_LINES = 10  # lines between the sign-off and the end of the message


def parse(source: Source | str, path: str = "<string>") -> Draft:
    """Parse a :class:`Source` (or a string) into a :class:`Draft`. Never fails on plain text;
    raises :class:`InputError` only for malformed front matter."""
    if isinstance(source, str):
        source = source_from_text(source, path)
    text = source.text
    draft = Draft(text=text, source=source)

    region = source.region or Span(0, len(text))
    start = region.start
    if source.format != "eml" and region.start == 0:
        fm_span, fm_data, start = split_front_matter(text, source.path)
        draft.front_matter, draft.front_matter_data = fm_span, fm_data
    draft.message = Span(start, region.end)

    # HTML comments are blanked out: a comment line reads as a blank line, offsets do not move
    draft.comments = find_comments(text, start, region.end)
    masked = mask(text, draft.comments)

    lines = split_lines(masked, start, region.end)
    if source.subject is not None:
        draft.subject_text = source.subject
        draft.subject = source.subject_span
    lines, header_lines = _top_headers(draft, masked, lines)

    own, quoted = separate_quoted(lines)
    draft.quoted = quoted
    own, delimited, delimiter_segment = _split_signature_delimiter(own)
    segments = _segments(own)
    _Assembler(draft, masked, segments, header_lines, delimited, delimiter_segment).run()
    return draft


# -- the top: Subject:, To:, Cc: lines ------------------------------------------------------------

def _top_headers(draft: Draft, masked: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """Take e-mail header lines at the very top ("Subject: ...", "To: ...", "Cc: ...").
    Returns the remaining lines and the header lines other than the subject."""
    i = 0
    while i < len(lines) and lines[i].blank:
        i += 1
    j = i
    while j < len(lines) and j - i < 8:
        m = EMAIL_HEADER_RE.match(lines[j].text)
        if not m or (m.group("name").lower() == "date" and not re.search(r"\d", m.group("value"))):
            break
        j += 1
    block = lines[i:j]
    names = [EMAIL_HEADER_RE.match(l.text).group("name").lower() for l in block]  # type: ignore[union-attr]
    if not block or not ("subject" in names or len(block) >= 2 or "@" in block[0].text):
        return lines[i:], []
    header: list[Line] = []
    for line, name in zip(block, names):
        if name == "subject" and draft.subject is None:
            _set_subject(draft, masked, line)
        else:  # a second Subject: line (or one below an e-mail's own Subject header) is header too
            header.append(line)
    return lines[j:], header


def _set_subject(draft: Draft, masked: str, line: Line) -> None:
    m = SUBJECT_LINE_RE.match(line.text)
    assert m is not None
    draft.subject = Span(line.start + m.start("value"), line.start + m.end("value"))
    draft.subject_text = m.group("value")


# -- "-- " signature delimiter ---------------------------------------------------------------------

def _split_signature_delimiter(own: list[Line | None]) -> tuple[list[Line | None], list[Line], int]:
    """Remove the "-- " line and the signature below it (up to quoted text). Returns the own
    lines, the signature lines, and the index of the segment the delimiter was in (-1: none)."""
    for k, line in enumerate(own):
        if line is not None and SIG_DELIMITER_RE.match(line.text):
            rest: list[Line] = []
            j = k + 1
            while j < len(own) and own[j] is not None:  # the signature ends where quoted text starts
                if not own[j].blank:  # type: ignore[union-attr]
                    rest.append(own[j])  # type: ignore[arg-type]
                j += 1
            segment = sum(1 for x in own[:k] if x is None)
            return own[:k] + own[j:], rest, segment
    return own, [], -1


def _segments(own: list[Line | None]) -> list[list[list[Line]]]:
    """Own text between quoted blocks: segments of blocks (runs of non-blank lines)."""
    segments: list[list[list[Line]]] = [[]]
    cur: list[Line] = []
    for line in own:
        if line is None or line.blank:
            if cur:
                segments[-1].append(cur)
                cur = []
            if line is None:
                segments.append([])
        else:
            cur.append(line)
    if cur:
        segments[-1].append(cur)
    return segments


# -- assembling the parts -------------------------------------------------------------------------

@dataclass
class _Item:
    line: Line
    block_start: bool


@dataclass
class _Tail:
    closing: Span | None = None
    signature: list[Line] = field(default_factory=list)
    name: Span | None = None
    footer: list[Line] = field(default_factory=list)
    body: list[list[Line]] = field(default_factory=list)  # blocks before the closing
    after: list[list[Line]] = field(default_factory=list)  # P.S. blocks after the signature


def _items(blocks: list[list[Line]]) -> list[_Item]:
    return [_Item(line, k == 0) for blk in blocks for k, line in enumerate(blk)]


def _blocks(items: list[_Item]) -> list[list[Line]]:
    out: list[list[Line]] = []
    for it in items:
        if it.block_start or not out:
            out.append([])
        out[-1].append(it.line)
    return out


class _Assembler:
    def __init__(self, draft: Draft, masked: str, segments: list[list[list[Line]]], header_lines: list[Line],
                 delimited: list[Line], delimiter_segment: int):
        self.draft = draft
        self.masked = masked
        self.segments = segments
        self.header_lines = list(header_lines)
        self.delimited = delimited
        self.delimiter_segment = delimiter_segment

    def run(self) -> None:
        d, masked = self.draft, self.masked
        nonempty = [k for k, seg in enumerate(self.segments) if seg]
        if nonempty:
            self._greeting(nonempty[0])
        if self.header_lines:
            d.header = trim(masked, self.header_lines[0].start, self.header_lines[-1].end)

        tail_at = max((k for k, seg in enumerate(self.segments) if seg), default=-1)
        if self.delimiter_segment >= 0 and self.segments[self.delimiter_segment]:
            tail_at = self.delimiter_segment
        tail = _Tail()
        if tail_at >= 0:
            has_body_elsewhere = any(seg for k, seg in enumerate(self.segments) if k != tail_at)
            tail = self._tail(self.segments[tail_at], has_body_elsewhere)
            self.segments[tail_at] = tail.body + tail.after
        self._signature(tail)

        paragraphs: list[Span] = []
        for seg in self.segments:
            for blk in seg:
                for para in _split_unwrapped(blk):
                    span = trim(masked, para[0].start, para[-1].end)
                    paragraphs.extend(cut_out(span, d.comments, masked) if d.comments else [span])
        d.paragraphs = sorted(p for p in paragraphs if len(p))

    # -- greeting and the header above it

    def _greeting(self, k: int) -> None:
        d, masked = self.draft, self.masked
        items = _items(self.segments[k])
        at = None
        if is_greeting_line(items[0].line.text):
            at = 0
        else:
            for idx in range(1, min(len(items), MAX_HEADER_LINES + 1)):
                if is_strong_greeting_line(items[idx].line.text):
                    if all(is_header_line(it.line.text) for it in items[:idx]):
                        at = idx
                    break
                if not is_header_line(items[idx].line.text):
                    break
        if at is None:
            return
        for it in items[:at]:
            self.header_lines.append(it.line)
            if d.subject is None and SUBJECT_LINE_RE.match(it.line.text):
                _set_subject(d, masked, it.line)
        first = items[at].line
        rest = items[at + 1:]
        split_at = greeting_end(first.text)
        if split_at is not None and len(first.text[split_at:].split()) >= 3 \
                and not is_name_list(first.text[split_at:]):
            d.greeting = trim(masked, first.start, first.start + split_at)
            rest.insert(0, _Item(Line(first.start + split_at, first.end, first.text[split_at:]), True))
        else:
            d.greeting = trim(masked, first.start, first.end)
        if rest:
            rest[0].block_start = True
        self.segments[k] = _blocks(rest)

    # -- sign-off, name, signature, footer

    def _tail(self, blocks: list[list[Line]], has_body_elsewhere: bool) -> _Tail:
        items = _items(blocks)
        end = _footer_start(items)
        footer = [it.line for it in items[end:]]
        ps = next((p for p in range(1, end) if items[p].block_start and PS_RE.match(items[p].line.text)), None)
        tail = None
        if ps is not None:
            tail = self._sign_off(items, ps, has_body_elsewhere)
            if tail is not None:
                tail.after = _blocks(items[ps:end])
        if tail is None:
            tail = self._sign_off(items, end, has_body_elsewhere) or _Tail(body=_blocks(items[:end]))
        tail.footer = footer
        return tail

    def _sign_off(self, items: list[_Item], end: int, has_body_elsewhere: bool) -> _Tail | None:
        """The closing and the signature in ``items[:end]``; None when there is neither."""
        masked = self.masked
        k = end - 1
        while k >= 0 and end - 1 - k <= MAX_SIGNATURE_LINES:
            line = items[k].line
            kind = _closing_kind(items, k, end)
            if kind is not None:
                tail = _Tail(body=_blocks(items[:k]))
                after = [it.line for it in items[k + 1:end]]
                if isinstance(kind, str):  # "alone": the sign-off has its line to itself
                    tail.closing = trim(masked, line.start, line.end)
                else:
                    closing_end, name_start = kind
                    tail.closing = trim(masked, line.start, line.start + closing_end)
                    name_line = Line(line.start + name_start, line.end, line.text[name_start:])
                    after.insert(0, name_line)
                    tail.name = _name_span(name_line, masked)
                tail.signature = after
                if tail.name is None:
                    tail.name = _find_name(after, masked)
                return tail
            if not is_loose_signature_line(line.text):
                break
            k -= 1
        # no sign-off: a name alone under the body ("...hearing from you.\nDev"), perhaps with a
        # title, pronouns and contacts below it
        run = end
        while run > 0 and end - run < MAX_SIGNATURE_LINES and is_loose_signature_line(items[run - 1].line.text):
            run -= 1
        for s in range(run, end):
            if not is_name_line(items[s].line.text):
                continue
            if s == 0:
                if not has_body_elsewhere:
                    break
            elif not items[s].block_start and not ends_sentence(items[s - 1].line.text):
                continue  # "...I look forward to meeting\nMr. Osei" runs on
            tail = _Tail(body=_blocks(items[:s]), signature=[it.line for it in items[s:end]])
            tail.name = _name_span(items[s].line, masked)
            return tail
        return None

    def _signature(self, tail: _Tail) -> None:
        d, masked = self.draft, self.masked
        d.closing = tail.closing
        d.sign_off_name = tail.name
        sig = [l for l in tail.signature if not l.blank]
        footer = [l for l in tail.footer if not l.blank]
        delimited = list(self.delimited)
        own_end = max((l.end for l in sig + footer), default=-1)
        if delimited and own_end >= 0 and any(own_end <= q.start < delimited[0].start for q in d.quoted):
            delimited = []  # "-- " below a quoted message: the signature above it is the one that counts
        if d.sign_off_name is None and delimited:
            d.sign_off_name = _find_name(delimited, masked, strict=d.closing is None)
        if tail.after:
            # a P.S. below the signature: what comes after it is a footer of its own
            ps_start = tail.after[0][0].start
            footer += [l for l in delimited if l.start > ps_start]
            sig += [l for l in delimited if l.start < ps_start]
            if footer:
                d.footer = trim(masked, footer[0].start, footer[-1].end)
                footer = []
        else:
            sig += delimited
        if footer:
            d.footer = trim(masked, min(l.start for l in footer), max(l.end for l in footer))
            sig += footer
        if sig:
            d.signature = trim(masked, min(l.start for l in sig), max(l.end for l in sig))


def _closing_kind(items: list[_Item], k: int, end: int) -> str | tuple[int, int] | None:
    """Is ``items[k]`` a sign-off? "alone", (end of sign-off, start of the name on its line) or None."""
    text = items[k].line.text
    m = match_sign_off(text)
    if m:
        return (_closing_end(text, m), m.start("name")) if m.group("name") else "alone"
    both = sign_off_with_name(text)
    if both:
        return both
    starts_fresh = items[k].block_start or _ends_with_stop(items[k - 1].line.text)
    if not starts_fresh:
        return None
    name_follows = k + 1 < end and is_name_line(items[k + 1].line.text)
    if is_closing_sentence(text, name_follows):
        return "alone"
    if is_open_closing_sentence(text) and name_follows:
        return "alone"
    return None


def _closing_end(text: str, m: "re.Match[str]") -> int:
    """The end of the sign-off and its punctuation, before a name on the same line."""
    return m.end("punct") if m.group("punct") else m.end("phrase")


def _ends_with_stop(text: str) -> bool:
    return bool(re.search(r"[.!?:)\"'”’]$", text.rstrip()[-3:]))


def _find_name(lines: list[Line], masked: str, strict: bool = False) -> Span | None:
    """The sender's name among signature lines: a name line; else (after a sign-off) the first
    short line that is not a phone number, link or pronouns."""
    for line in lines:
        if is_name_line(line.text):
            return _name_span(line, masked)
    if strict:
        return None
    for line in lines:
        s = line.text.strip()
        if not s or is_contact_line(s) or PRONOUNS_RE.fullmatch(s) or is_footer_tag(s) or len(s.split()) > 6:
            continue
        if s.startswith("--"):
            continue
        return _name_span(line, masked)
    return None


def _name_span(line: Line, masked: str) -> Span:
    start, end = name_bounds(line.text)
    return trim(masked, line.start + start, line.start + end)


def _footer_start(items: list[_Item]) -> int:
    """Where a footer the mail client or employer appends begins: "Sent from my iPhone", a
    confidentiality notice. ``len(items)`` when there is none."""
    end = len(items)
    while end > 0:
        if end > 1 and is_footer_tag(items[end - 1].line.text):
            end -= 1
            continue
        found = None
        for f in range(max(1, end - 40), end):
            if not is_footer_start(items[f].line.text):
                continue
            prev = items[f - 1].line.text.strip()
            if re.search(r"[.?!]$", prev) and not (is_signature_line(prev) or is_contact_line(prev)
                                                   or is_footer_tag(prev)):
                continue  # a sentence of the body comes before: this is the body too
            if is_footer_text(" ".join(it.line.text for it in items[f:end])):
                found = f
                break
        if found is None:
            break
        end = found
    return end


def _split_unwrapped(block: list[Line]) -> list[list[Line]]:
    """Split a block at single line breaks that end a long, unwrapped line.

    Text pasted from a mail client or a web form puts one paragraph per line with
    no blank line between; hard-wrapped text keeps lines under ~80 characters."""
    out: list[list[Line]] = []
    cur: list[Line] = []
    for line in block:
        cur.append(line)
        stripped = line.text.rstrip()
        if len(stripped) > 90 and stripped[-1:] in ".!?:)\"'’”":
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out
