"""Input -> Draft: the parts of a follow-up e-mail, each a span of the original text.

Parts: front matter, subject, greeting, body paragraphs, closing (sign-off),
signature block, quoted earlier messages. Rules about the candidate's wording
look only at the candidate's own parts; quoted text and signatures are separate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterator

import yaml

from .errors import InputError
from .inputs import Source, source_from_text
from .text import LineIndex, Span, trim

GREETING_WORDS = (
    r"dear|hi|hello|hey|heya|hiya|yo|greetings|howdy|sup|good\s+(?:morning|afternoon|evening|day)"
    r"|to\s+whom\s+it\s+may\s+concern|hi\s+there|hello\s+there|morning|afternoon|evening"
)
GREETING_RE = re.compile(rf"^\s*(?:{GREETING_WORDS})\b", re.I)

SIGN_OFFS = (
    "best regards", "kind regards", "warm regards", "warmest regards", "kindest regards", "regards",
    "best wishes", "warm wishes", "all the best", "all best", "best", "warmly", "warmest",
    "sincerely", "yours sincerely", "sincerely yours", "yours truly", "yours faithfully",
    "respectfully", "respectfully yours", "cordially", "with gratitude", "gratefully",
    "with appreciation", "with thanks", "with many thanks", "many thanks", "thanks again",
    "thank you again", "thank you", "thank you kindly", "thanks so much", "thanks", "thx", "ty",
    "tx", "cheers", "take care", "talk soon", "later", "laters", "peace", "ttyl", "xoxo", "love",
    "yours", "appreciatively", "looking forward", "thanks in advance", "best of luck",
    "with kind regards", "with best regards", "with warm regards", "with warmest regards",
    "with kindest regards", "with best wishes", "with warm wishes", "kind wishes", "best wishes to you",
    "regards and thanks", "thanks and regards", "thanks and best regards", "many thanks again",
    "thanks so much again", "thank you so much", "with sincere thanks", "sincere thanks",
    "yours respectfully", "very best", "all my best", "my best", "warmest wishes",
)
# Sign-off words that are also common first names or texting shorthand: "Ty Nguyen", "Love Adeyemi"
# are a name line, not a sign-off followed by a name, unless punctuation separates them.
AMBIGUOUS_SIGN_OFFS = frozenset({"ty", "tx", "love", "peace", "later", "laters", "yours"})
_SIGN_OFF_ALT = "|".join(sorted((re.escape(s).replace(r"\ ", r"\s+") for s in SIGN_OFFS), key=len, reverse=True))
# A sign-off line: the phrase, optional punctuation, optionally a short name on the same line.
SIGN_OFF_RE = re.compile(
    rf"^\s*(?P<phrase>(?:{_SIGN_OFF_ALT}))(?![\w'’])\s*(?P<punct>[,.!—–-]*)\s*"
    rf"(?P<name>(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}))?\s*$",
    re.I,
)


def match_sign_off(line: str) -> "re.Match[str] | None":
    """The sign-off on a line ("Best regards,", "Thanks, Sam"), or None.

    "Tyrone Baptiste" is not "Ty" + a name, and "Ty Nguyen" (no comma) is a name line."""
    m = SIGN_OFF_RE.match(line)
    if m and m.group("name") and not m.group("punct") \
            and " ".join(m.group("phrase").lower().split()) in AMBIGUOUS_SIGN_OFFS:
        return None
    return m


ATTRIBUTION_RE = re.compile(r"^\s*On\s.{4,300}?\bwrote:\s*$", re.I | re.S)
ORIGINAL_MESSAGE_RE = re.compile(
    r"^\s*(?:-{2,}\s*(?:Original|Forwarded)\s+Message\s*-{2,}|_{10,}|Begin forwarded message:)\s*$", re.I)
OUTLOOK_FROM_RE = re.compile(r"^\s*From:\s+\S", re.I)
OUTLOOK_NEXT_RE = re.compile(r"^\s*(?:Sent|Date|To|Subject):\s", re.I)
SIG_DELIMITER_RE = re.compile(r"^-- ?$")
SUBJECT_LINE_RE = re.compile(r"^Subject:[ \t]*(?P<value>.*?)[ \t]*$", re.I)
CONTACT_RE = re.compile(
    r"(https?://|www\.|linkedin\.com|github\.com|@[\w-]+\.|\+?\d[\d ().-]{6,}\d|\|)", re.I)


@dataclass
class Line:
    start: int
    end: int  # without the line break
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass
class Draft:
    """A parsed draft. Every part is a :class:`Span` of ``text`` (the original input)."""

    text: str
    source: Source
    front_matter: Span | None = None
    front_matter_data: dict[str, Any] = field(default_factory=dict)
    subject: Span | None = None
    subject_text: str | None = None
    greeting: Span | None = None
    paragraphs: list[Span] = field(default_factory=list)
    closing: Span | None = None
    signature: Span | None = None
    quoted: list[Span] = field(default_factory=list)
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
        """The first line of the signature block (normally the sender's name)."""
        if self.signature is None:
            return None
        for line in self.part(self.signature).splitlines():
            if line.strip():
                return line.strip()
        return None

    def scope(self, name: str) -> list[Span]:
        """Spans making up a scope: subject, greeting, body, paragraph, closing,
        signature, message (greeting + body + closing) or whole (everything the
        candidate wrote: subject, message and signature). ``sentence`` scopes are
        built from the NLP doc, see :class:`etiquette_lint.nlp.Analysis`."""
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
            if self.signature:
                spans.append(self.signature)
            return sorted(spans)
        raise ValueError(f"unknown scope {name!r}")

    def own_spans(self) -> list[Span]:
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
        if self.front_matter:
            yield "front_matter", self.front_matter
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
        for q in self.quoted:
            yield "quoted", q


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


def split_front_matter(text: str, path: str) -> tuple[Span | None, dict[str, Any], int]:
    """Return (front matter span, parsed mapping, offset where the draft starts)."""
    if not re.match(r"^(?:\ufeff)?---[ \t]*\r?\n", text):
        return None, {}, 0
    lines = split_lines(text)
    for i, line in enumerate(lines[1:], start=1):
        if line.text.rstrip() in ("---", "..."):
            yaml_text = text[lines[1].start: line.start] if i > 1 else ""
            after = lines[i + 1].start if i + 1 < len(lines) else len(text)
            data = _load_front_matter(yaml_text, path)
            return Span(0, line.end), data, after
    raise InputError("malformed front matter: the opening '---' on line 1 has no closing '---'", path, 1)


def _load_front_matter(yaml_text: str, path: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(yaml_text) if yaml_text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None  # +1 for the '---' line, +1 for 1-based
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"malformed front matter: {problem}", path, line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("malformed front matter: expected 'key: value' lines, got "
                         f"a {type(data).__name__}", path, 2)
    return data


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

    lines = split_lines(text, start, region.end)
    i = 0
    while i < len(lines) and lines[i].blank:
        i += 1
    if source.subject is not None:
        draft.subject_text = source.subject
        draft.subject = source.subject_span
    elif i < len(lines):
        m = SUBJECT_LINE_RE.match(lines[i].text)
        if m:
            draft.subject = Span(lines[i].start + m.start("value"), lines[i].start + m.end("value"))
            draft.subject_text = m.group("value")
            i += 1
    lines = lines[i:]

    own, quoted = _separate_quoted(lines)
    draft.quoted = quoted
    own, signature_lines = _split_signature_delimiter(own)
    blocks = _blocks(own)
    _assign_parts(draft, blocks, signature_lines)
    return draft


def _separate_quoted(lines: list[Line]) -> tuple[list[Line | None], list[Span]]:
    """Own lines (None marks a break where quoted text was) and the quoted spans."""
    own: list[Line | None] = []
    quoted: list[Span] = []
    cur: list[Line] = []

    def flush() -> None:
        if cur:
            quoted.append(Span(cur[0].start, cur[-1].end))
            cur.clear()

    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        text = line.text
        # "On <date>, <person> wrote:" possibly wrapped over two lines
        joined = text if i + 1 >= n else text + " " + lines[i + 1].text
        starts_thread = (
            ATTRIBUTION_RE.match(text)
            or (re.match(r"^\s*On\s", text) and not text.rstrip().endswith(".") and ATTRIBUTION_RE.match(joined)
                and len(text) < 200)
            or ORIGINAL_MESSAGE_RE.match(text)
            or (OUTLOOK_FROM_RE.match(text) and any(OUTLOOK_NEXT_RE.match(l.text) for l in lines[i + 1:i + 4]))
        )
        if starts_thread:
            cur.extend(lines[i:])
            # trim trailing blank lines from the quoted block
            while cur and cur[-1].blank:
                cur.pop()
            flush()
            own.append(None)
            return own, quoted
        if text.lstrip().startswith(">"):
            cur.append(line)
            i += 1
            continue
        if cur and line.blank and i + 1 < n and lines[i + 1].text.lstrip().startswith(">"):
            cur.append(line)
            i += 1
            continue
        if cur:
            flush()
            own.append(None)
        own.append(line)
        i += 1
    flush()
    return own, quoted


def _split_signature_delimiter(own: list[Line | None]) -> tuple[list[Line | None], list[Line]]:
    for k, line in enumerate(own):
        if line is not None and SIG_DELIMITER_RE.match(line.text):
            rest: list[Line] = []
            j = k + 1
            while j < len(own) and own[j] is not None:  # the signature ends where quoted text starts
                rest.append(own[j])  # type: ignore[arg-type]
                j += 1
            return own[:k] + own[j:], rest
    return own, []


def _blocks(own: list[Line | None]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    cur: list[Line] = []
    for line in own:
        if line is None or line.blank:
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)
    return blocks


def _is_greeting_line(text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return False
    words = stripped.split()
    if GREETING_RE.match(stripped):
        return True
    # "Jordan," / "Ms. Lee," / "Team:" -- a short vocative line ending in a comma or colon
    return (len(words) <= 4 and stripped[-1] in ",:" and stripped[0].isupper()
            and not match_sign_off(stripped))


def _greeting_end(text: str) -> int | None:
    """Where a greeting that shares its line with the body ends ("Hi Jordan, thanks for ...")."""
    m = re.match(rf"^\s*(?:{GREETING_WORDS})\b[^,!:\n]{{0,40}}?[,!:—–]", text, re.I)
    return m.end() if m else None


def _is_name_list(rest: str) -> bool:
    """The rest of a greeting line that names more people: " Mr. Ferreira, and Mr. Osei,"."""
    stripped = rest.strip()
    if not stripped or stripped[-1] not in ",:" or len(stripped.split()) > 12:
        return False
    words = re.findall(r"[\w'’.-]+", stripped)
    return all(w[0].isupper() or w.lower() in ("and", "&") for w in words)


def _looks_like_signature_block(block: list[Line]) -> bool:
    if len(block) > 6:
        return False
    first = block[0].text.strip()
    if len(first.split()) > 5 or first.endswith((".", "?", ":")) and not first.endswith(".)"):
        return False
    if not re.match(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}$", first):
        return False
    rest_ok = all(len(l.text.split()) <= 10 and not re.search(r"[.?!]\s*$", l.text.strip()) or CONTACT_RE.search(l.text)
                  for l in block[1:])
    return rest_ok


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


def _assign_parts(draft: Draft, blocks: list[list[Line]], signature_lines: list[Line]) -> None:
    text = draft.text
    if not blocks and not signature_lines:
        return
    paragraphs: list[Span] = []
    # -- greeting
    if blocks:
        first = blocks[0][0]
        if _is_greeting_line(first.text):
            split_at = _greeting_end(first.text)
            if split_at is not None and len(first.text[split_at:].split()) >= 3 \
                    and not _is_name_list(first.text[split_at:]):
                draft.greeting = trim(text, first.start, first.start + split_at)
                blocks[0][0] = Line(first.start + split_at, first.end, first.text[split_at:])
            else:
                draft.greeting = trim(text, first.start, first.end)
                blocks[0] = blocks[0][1:]
                if not blocks[0]:
                    blocks = blocks[1:]

    # -- closing: the last sign-off line in the last two blocks
    closing_at: tuple[int, int] | None = None
    for b in range(len(blocks) - 1, max(-1, len(blocks) - 3), -1):
        for k in range(len(blocks[b]) - 1, -1, -1):
            if match_sign_off(blocks[b][k].text):
                # a sign-off must be followed only by a short signature, not by more body text
                after = [l for blk in blocks[b + 1:] for l in blk] + blocks[b][k + 1:]
                if len(after) <= 8 and not any(len(l.text.split()) > 12 for l in after):
                    closing_at = (b, k)
                break
        if closing_at:
            break

    signature: list[Line] = []
    if closing_at:
        b, k = closing_at
        line = blocks[b][k]
        m = match_sign_off(line.text)
        assert m is not None
        if m.group("name"):
            draft.closing = trim(text, line.start, line.start + m.start("name"))
            signature.append(Line(line.start + m.start("name"), line.start + m.end("name"), m.group("name")))
        else:
            draft.closing = trim(text, line.start, line.end)
        signature.extend(blocks[b][k + 1:])
        for blk in blocks[b + 1:]:
            signature.extend(blk)
        blocks = blocks[:b] + ([blocks[b][:k]] if k else [])
    elif len(blocks) >= 2 and _looks_like_signature_block(blocks[-1]):
        signature.extend(blocks[-1])
        blocks = blocks[:-1]
    elif blocks and len(blocks[-1]) >= 2 and _looks_like_signature_block(blocks[-1][-1:]) \
            and len(blocks[-1][-1].text.split()) <= 3 and not blocks[-1][-1].text.strip().endswith(","):
        # body paragraph whose last line is just the name
        signature.append(blocks[-1][-1])
        blocks[-1] = blocks[-1][:-1]

    signature.extend(signature_lines)
    signature.sort(key=lambda l: l.start)
    if signature:
        # A signature never spans quoted text: lines past the first quote become body text.
        cut = next((q.start for q in draft.quoted if q.start > signature[0].start), None)
        if cut is not None and signature[-1].start > cut:
            blocks.append([l for l in signature if l.start > cut])
            signature = [l for l in signature if l.start < cut]
    for blk in blocks:
        for para in _split_unwrapped(blk):
            paragraphs.append(trim(text, para[0].start, para[-1].end))
    draft.paragraphs = sorted(p for p in paragraphs if len(p))
    if signature:
        draft.signature = trim(text, signature[0].start, signature[-1].end)
