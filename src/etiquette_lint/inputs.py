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

from .errors import ConfigError, DraftTooLarge, InputError
from .text import Span

EML_SUFFIXES = (".eml", ".msg.txt", ".mbox1")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")

# --------------------------------------------------------------------------- size limit

#: The largest draft checked, in bytes of UTF-8 text (for an .eml: of its text body).
DEFAULT_MAX_BYTES = 1_000_000
ENV_MAX_BYTES = "ETIQUETTE_LINT_MAX_BYTES"
#: A file is not even read when it is this many times over the limit (a UTF-16 draft takes up
#: to twice its UTF-8 size on disk) ...
TEXT_FILE_FACTOR = 4
#: ... or, for an .eml, this many times: its attachments are parsed (linearly) but never decoded.
EML_FILE_FACTOR = 64

_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.I)
_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1000**2, "mb": 1000**2, "g": 1000**3, "gb": 1000**3,
          "ki": 1024, "kib": 1024, "mi": 1024**2, "mib": 1024**2, "gi": 1024**3, "gib": 1024**3}


def parse_size(value: object) -> int:
    """A size in bytes from ``1000000``, ``"1 MB"``, ``"500kB"`` or ``"2MiB"``; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError(f"expected a size such as 1000000 or \"2 MB\", got {value!r}")
    if isinstance(value, int):
        size = value
    else:
        m = _SIZE_RE.match(str(value)) if isinstance(value, (str, float)) else None
        if not m:
            raise ValueError(f"expected a size such as 1000000 or \"2 MB\", got {value!r}")
        size = int(float(m.group(1)) * _UNITS[(m.group(2) or "").lower()])
    if size <= 0:
        raise ValueError(f"the size must be positive, got {value!r}")
    return size


def max_bytes_setting(configured: object = None) -> int:
    """The size limit: ``$ETIQUETTE_LINT_MAX_BYTES``, else ``configured`` (the config's
    ``max-size``), else :data:`DEFAULT_MAX_BYTES`. A bad environment value is a ConfigError."""
    env = os.environ.get(ENV_MAX_BYTES, "").strip()
    if env:
        try:
            return parse_size(env)
        except ValueError as exc:
            raise ConfigError(f"{ENV_MAX_BYTES}: {exc}") from None
    if configured is not None:
        try:
            return parse_size(configured)
        except ValueError as exc:
            raise ConfigError(f"max-size: {exc}") from None
    return DEFAULT_MAX_BYTES


def utf8_size(text: str, limit: int | None = None) -> int:
    """The UTF-8 size of ``text`` (lone surrogates count 3 bytes); stops early when clearly
    over ``limit``."""
    if limit is not None and len(text) > limit:
        return len(text)  # at least this many bytes: over the limit, no need to count
    if text.isascii():
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


def too_large(size: int, limit: int, path: str, what: str = "the draft") -> DraftTooLarge:
    from .config import Config

    how = f"{ENV_MAX_BYTES}, or max-size in the configuration," if "max_size" in Config.__dataclass_fields__ \
        else ENV_MAX_BYTES
    return DraftTooLarge(
        f"{what} is {_human(size)}, over the size limit of {_human(limit)}, so it was not checked: "
        f"a follow-up is a short message (raise the limit with {how} if this really is one draft)", path)


def _human(n: int) -> str:
    if n >= 10**6:
        return f"{n / 10**6:.1f} MB ({n:,} bytes)"
    if n >= 10**3:
        return f"{n / 10**3:.1f} kB ({n:,} bytes)"
    return f"{n} bytes"


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


def read_path(path: str | os.PathLike[str], max_bytes: int | None = None) -> Source:
    """Read a draft file (``-`` is standard input). A file far over the size limit
    (``max_bytes``, default :func:`max_bytes_setting`) is refused before it is read."""
    import sys

    limit = max_bytes_setting() if max_bytes is None else max_bytes
    name = os.fspath(path)
    is_eml = name.lower().endswith(EML_SUFFIXES)
    if name == "-":
        display = "<stdin>"
        cap = limit * EML_FILE_FACTOR  # not known yet whether it is a message
        data = sys.stdin.buffer.read(cap + 1)
        if len(data) > cap:
            raise too_large(len(data), limit, display, "standard input (at least)")
    else:
        display = name
        if not os.path.exists(name):
            raise InputError("no such file", display)
        if os.path.isdir(name):
            raise InputError("is a directory: pass the draft files inside it (e.g. drafts/*.txt)", display)
        cap = limit * (EML_FILE_FACTOR if is_eml else TEXT_FILE_FACTOR)
        try:
            with open(name, "rb") as fh:
                data = fh.read(cap + 1)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", display) from None
        if len(data) > cap:
            size = os.path.getsize(name) if os.path.isfile(name) else len(data)
            raise too_large(size, limit, display, "the message" if is_eml else "the draft")
    return source_from_bytes(data, display, max_bytes=limit)


def source_from_bytes(data: bytes, path: str, max_bytes: int | None = None) -> Source:
    lower = path.lower()
    if lower.endswith(EML_SUFFIXES) or (not lower.endswith(MARKDOWN_SUFFIXES + (".txt",)) and _sniff_eml(data)):
        return parse_eml(data, path, max_bytes=max_bytes)
    limit = max_bytes_setting() if max_bytes is None else max_bytes
    if len(data) > limit * TEXT_FILE_FACTOR:
        raise too_large(len(data), limit, path)
    text, encoding = decode_bytes(data, path)
    fmt = "markdown" if lower.endswith(MARKDOWN_SUFFIXES) else "text"
    return Source(path=path, text=text, format=fmt, encoding=encoding)


def source_from_text(text: str, path: str = "<string>", max_bytes: int | None = None) -> Source:
    if path.lower().endswith(EML_SUFFIXES):
        return parse_eml(clean_surrogates(text)[0].encode("utf-8"), path, max_bytes=max_bytes)
    fmt = "markdown" if path.lower().endswith(MARKDOWN_SUFFIXES) else "text"
    return Source(path=path, text=text, format=fmt)


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_surrogates(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate (a code point that is not Unicode text, as a string
    decoded with ``surrogateescape`` can hold) replaced by U+FFFD, one for one, so that every
    offset still points at the same place; and how many there were."""
    if _SURROGATE.search(text) is None:
        return text, 0
    return _SURROGATE.subn("\ufffd", text)


def message_text(source: Source) -> str:
    """The part of a Source that is linted (the body of a message whose offsets point into
    the file; else all of it): what the size limit measures."""
    if source.region is not None:
        return source.text[source.region.start:source.region.end]
    return source.text


_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*:[ \t]", re.M)


def _sniff_eml(data: bytes) -> bool:
    """True for stdin or extension-less input that starts with RFC 5322 headers."""
    head = data[:2048]
    names = {m.group(0).split(b":")[0].lower() for m in _HEADER_LINE.finditer(head)}
    return head[:1].isalpha() and len(names & {b"from", b"to", b"date", b"message-id", b"mime-version"}) >= 2


# --------------------------------------------------------------------------- .eml

def parse_eml(data: bytes, path: str, max_bytes: int | None = None) -> Source:
    """An RFC 5322 message -> Source. Attachments are never decoded; a text body over the
    size limit (``max_bytes``) is refused before it is decoded, so the time taken is linear
    in the size of the message."""
    limit = max_bytes_setting() if max_bytes is None else max_bytes
    if len(data) > limit * EML_FILE_FACTOR:
        raise too_large(len(data), limit, path, "the message")
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
    encoded = body_part.get_payload()
    if isinstance(encoded, str):
        cte = str(body_part.get("content-transfer-encoding", "")).strip().lower()
        # what the body decodes to, at most: base64 packs 3 bytes in 4 characters
        estimate = len(encoded) * 3 // 4 if cte == "base64" else len(encoded)
        if estimate > limit:
            raise too_large(estimate, limit, path, "the message's text body")
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
