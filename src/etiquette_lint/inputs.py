"""Reading drafts: files, stdin and strings -> :class:`Source`.

A Source is the text that diagnostics point into, plus what the container told
us (e-mail headers) and which region of the text is the candidate's message.
"""

from __future__ import annotations

import email
import email.policy
import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from .errors import InputError
from .text import Span

EML_SUFFIXES = (".eml", ".msg.txt", ".mbox1")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")


@dataclass
class Source:
    """A draft as read from its container.

    ``positions`` is ``"file"`` when offsets point into the file as saved, or
    ``"decoded-body"`` when an e-mail body had to be decoded (base64,
    quoted-printable, HTML) and offsets point into the decoded body instead.
    """

    path: str
    text: str
    format: str = "text"  # text | markdown | eml
    positions: str = "file"
    region: Span | None = None  # the part of ``text`` holding the message (None: all)
    subject: str | None = None  # from an e-mail header
    subject_span: Span | None = None
    headers: dict[str, object] = field(default_factory=dict)
    encoding: str = "utf-8"


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode a draft, trying UTF-8 (with or without BOM), UTF-16 with a BOM, then cp1252."""
    if not data.strip():
        raise InputError("empty file: there is no draft to lint", path)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise InputError("not valid UTF-16 despite its byte-order mark", path) from None
    if b"\x00" in data:
        raise InputError("binary file (it contains NUL bytes): expected a text, Markdown or .eml draft", path)
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        line = data[: utf8_error.start].count(b"\n") + 1
        raise InputError(
            f"cannot decode: invalid UTF-8 at byte {utf8_error.start} (line {line}) and not cp1252 either; "
            "save the draft as UTF-8", path) from None
    if _looks_binary(text):
        raise InputError("binary file: expected a text, Markdown or .eml draft", path)
    return text, "cp1252"


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > max(2, len(sample) // 50)


def read_path(path: str | os.PathLike[str]) -> Source:
    """Read a draft file (``-`` is standard input)."""
    import sys

    name = os.fspath(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        display = "<stdin>"
    else:
        display = name
        if not os.path.exists(name):
            raise InputError("no such file", display)
        if os.path.isdir(name):
            raise InputError("is a directory: pass the draft files inside it (e.g. drafts/*.txt)", display)
        try:
            with open(name, "rb") as fh:
                data = fh.read()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", display) from None
    return source_from_bytes(data, display)


def source_from_bytes(data: bytes, path: str) -> Source:
    lower = path.lower()
    if lower.endswith(EML_SUFFIXES) or (not lower.endswith(MARKDOWN_SUFFIXES + (".txt",)) and _sniff_eml(data)):
        return parse_eml(data, path)
    text, encoding = decode_bytes(data, path)
    fmt = "markdown" if lower.endswith(MARKDOWN_SUFFIXES) else "text"
    return Source(path=path, text=text, format=fmt, encoding=encoding)


def source_from_text(text: str, path: str = "<string>") -> Source:
    if path.lower().endswith(EML_SUFFIXES):
        return parse_eml(text.encode("utf-8"), path)
    fmt = "markdown" if path.lower().endswith(MARKDOWN_SUFFIXES) else "text"
    return Source(path=path, text=text, format=fmt)


_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]", re.M)


def _sniff_eml(data: bytes) -> bool:
    """True for stdin or extension-less input that starts with RFC 5322 headers."""
    head = data[:2048]
    names = {m.group(0).split(b":")[0].lower() for m in _HEADER_LINE.finditer(head)}
    return head[:1].isalpha() and len(names & {b"from", b"to", b"date", b"message-id", b"mime-version"}) >= 2


# --------------------------------------------------------------------------- .eml

def parse_eml(data: bytes, path: str) -> Source:
    if not data.strip():
        raise InputError("empty file: there is no draft to lint", path)
    if b"\x00" in data:
        raise InputError("binary file (it contains NUL bytes): expected an .eml message", path)
    raw_text = data.decode("utf-8", errors="replace")
    sep = re.search(r"\r?\n\r?\n", raw_text)
    header_block = raw_text[: sep.start()] if sep else raw_text
    first = header_block.splitlines()[0] if header_block else ""
    if not re.match(r"^[A-Za-z][A-Za-z0-9-]*:", first):
        raise InputError("malformed .eml: it does not start with mail headers (line 1)", path, 1)
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # the email package raises many types on garbage
        raise InputError(f"malformed .eml: {exc}", path) from None
    if msg.defects and not msg.keys():
        raise InputError(f"malformed .eml: {msg.defects[0].__class__.__name__}", path)
    assert isinstance(msg, EmailMessage)

    headers: dict[str, object] = {}
    subject = _header(msg, "subject", path)
    if subject is not None:
        headers["subject"] = subject
    to = _header(msg, "to", path)
    if to:
        addresses = [addr for _, addr in getaddresses([to]) if addr]
        headers["to"] = addresses
        names = [name for name, addr in getaddresses([to]) if name]
        if names:
            headers["to_names"] = names
    date = _header(msg, "date", path)
    if date:
        try:
            parsed = parsedate_to_datetime(date)
        except (TypeError, ValueError):
            line = _header_line(raw_text, "date")
            raise InputError(f"malformed .eml: unparseable Date header {date!r}", path, line) from None
        if isinstance(parsed, datetime):
            headers["date"] = parsed

    body_part = msg.get_body(preferencelist=("plain", "html"))
    if body_part is None:
        raise InputError("malformed .eml: no text/plain or text/html body", path)
    try:
        content = body_part.get_content()
    except (LookupError, ValueError, AssertionError) as exc:
        raise InputError(f"malformed .eml: cannot decode the body ({exc})", path) from None
    if not isinstance(content, str):
        raise InputError("malformed .eml: the body is not text", path)
    is_html = body_part.get_content_subtype() == "html"
    if is_html:
        content = html_to_text(content)

    subject_span = None
    found = -1 if is_html else _find_verbatim(raw_text, content)
    if found >= 0:
        m = re.search(r"^Subject:[ \t]*(.*?)[ \t]*\r?$", header_block, re.M | re.I)
        if m and subject is not None:
            subject_span = Span(m.start(1), m.end(1))
        body_len = len(content.rstrip("\r\n"))
        return Source(path=path, text=raw_text, format="eml", positions="file",
                      region=Span(found, min(len(raw_text), found + body_len)), subject=subject,
                      subject_span=subject_span, headers=headers)
    return Source(path=path, text=content, format="eml", positions="decoded-body",
                  region=None, subject=subject, subject_span=None, headers=headers)


def _header(msg: EmailMessage, name: str, path: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception as exc:  # malformed header values raise inside the header registry
        raise InputError(f"malformed .eml: bad {name.title()} header ({exc})", path) from None
    return None if value is None else str(value)


def _header_line(raw: str, name: str) -> int | None:
    m = re.search(rf"^{name}:", raw, re.M | re.I)
    return raw.count("\n", 0, m.start()) + 1 if m else None


def _find_verbatim(raw: str, content: str) -> int:
    """Offset of the decoded body inside the raw message, or -1 if it was transformed."""
    body = content.rstrip("\r\n")
    if not body.strip():
        return -1
    at = raw.find(body)
    if at >= 0:
        return at
    crlf = body.replace("\n", "\r\n")
    at = raw.find(crlf)
    return at


class _TextExtractor(HTMLParser):
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in self.BLOCK:
            self.parts.append("\n\n")
        if tag == "blockquote":
            self.parts.append("> ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(html: str) -> str:
    """A plain-text rendering of an HTML body: paragraphs separated by blank lines."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"
