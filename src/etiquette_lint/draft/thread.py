"""Earlier messages of the thread: quoted replies and forwarded messages.

Recognised openings:

* an attribution, "On Mon, 9 Nov 2026 at 14:10, Dana <d@x.example> wrote:" (Gmail) or
  "On 9 Nov 2026, at 14:10, Dana wrote:" (Apple Mail), possibly wrapped over up to three
  lines; any short "... wrote:" line directly followed by "> " lines;
* an Outlook header block, "From: ..." followed by "Sent:", "Date:", "To:", "Cc:",
  "Subject:" lines (also in bold Markdown, "**From:**");
* a separator: "-----Original Message-----", "---------- Forwarded message ---------",
  "Begin forwarded message:", a line of underscores;
* "> " lines, anywhere.

When the opening is followed by "> " lines, the quotation ends with them and the
candidate's text may resume below (bottom-posting and interleaved replies). When it is
followed by unmarked text (Outlook, forwards), the rest of the message is quoted.
"""

from __future__ import annotations

import re

from ..text import Span
from .model import Line

ATTRIBUTION_RE = re.compile(r"^\s*On\s.{4,300}?\bwrote\s?:\s*$", re.I | re.S)
# "Dana Fox <d@x.example> wrote:" -- only when "> " lines follow
BARE_ATTRIBUTION_RE = re.compile(r"^\s*(?P<who>\S.{0,150}?)\s+wrote\s?:\s*$", re.I)
ORIGINAL_MESSAGE_RE = re.compile(
    r"^\s*(?:-{2,}\s*(?:Original|Forwarded)\s+(?:Message|e-?mail)\s*-{2,}"
    r"|Begin forwarded message\s*:|Forwarded message:?)\s*$", re.I)
RULE_LINE_RE = re.compile(r"^\s*_{10,}\s*$")  # Outlook's line above "From:"
_HEADER_NAMES = r"From|Sent|Date|To|Cc|Bcc|Subject|Reply-To|Importance"
THREAD_HEADER_RE = re.compile(rf"^\s*(?:\*\*|\*|__)?(?:{_HEADER_NAMES})\s?:(?:\*\*|\*|__)?(?:\s|$)", re.I)
OUTLOOK_FROM_RE = re.compile(r"^\s*(?:\*\*|\*|__)?From\s?:(?:\*\*|\*|__)?\s+\S", re.I)
OUTLOOK_NEXT_RE = re.compile(r"^\s*(?:\*\*|\*|__)?(?:Sent|Date|To|Cc|Subject)\s?:(?:\*\*|\*|__)?\s", re.I)


def is_quote_line(text: str) -> bool:
    return text.lstrip().startswith(">")


def _attribution_length(lines: list[Line], i: int) -> int:
    """How many lines an attribution starting at ``lines[i]`` spans (0: none)."""
    text = lines[i].text
    if len(text) > 400:
        return 0
    if ATTRIBUTION_RE.match(text) and re.search(r"\d", text):
        return 1
    if re.match(r"^\s*On\s", text, re.I) and len(text) < 200 and not re.search(r"[.?!]\s*$", text):
        joined = text
        for k in range(1, 3):  # wrapped over two or three lines
            if i + k >= len(lines) or lines[i + k].blank or is_quote_line(lines[i + k].text):
                break
            joined += " " + lines[i + k].text.strip()[:400]
            if ATTRIBUTION_RE.match(joined) and re.search(r"\d", joined):
                return k + 1
    m = BARE_ATTRIBUTION_RE.match(text)
    if m and _quote_follows(lines, i + 1):
        who = m.group("who")
        words = re.findall(r"[^\W\d_][\w'’.-]*", re.sub(r"<[^>]*>|\S+@\S+", "", who))
        if "@" in who or (0 < len(words) <= 5 and all(w[0].isupper() for w in words) and "I" not in words):
            return 1
    return 0


def _quote_follows(lines: list[Line], j: int, blanks: int = 3) -> bool:
    """A "> " line comes next, after at most ``blanks`` blank lines."""
    stop = min(len(lines), j + blanks + 1)
    while j < stop and lines[j].blank:
        j += 1
    return j < stop and is_quote_line(lines[j].text)


def _header_block_length(lines: list[Line], i: int) -> int:
    """Lines taken by a thread header block at ``lines[i]`` (0: none)."""
    text = lines[i].text
    rule_line = RULE_LINE_RE.match(text) and i + 1 < len(lines) and OUTLOOK_FROM_RE.match(lines[i + 1].text)
    if ORIGINAL_MESSAGE_RE.match(text) or rule_line:
        k = i + 1
        while k < len(lines) and lines[k].blank and k - i <= 2:
            k += 1
        while k < len(lines) and THREAD_HEADER_RE.match(lines[k].text):
            k += 1
        return k - i
    if OUTLOOK_FROM_RE.match(text) and any(OUTLOOK_NEXT_RE.match(l.text) for l in lines[i + 1:i + 5]):
        k = i + 1
        while k < len(lines) and THREAD_HEADER_RE.match(lines[k].text):
            k += 1
        return k - i
    return 0


def separate_quoted(lines: list[Line]) -> tuple[list[Line | None], list[Span]]:
    """Own lines (``None`` marks a break where quoted text was) and the quoted spans."""
    own: list[Line | None] = []
    quoted: list[Span] = []
    n = len(lines)
    i = 0

    def close(first: int, last: int) -> None:
        while last > first and lines[last].blank:
            last -= 1
        quoted.append(Span(lines[first].start, lines[last].end))
        if not own or own[-1] is not None:
            own.append(None)

    while i < n:
        line = lines[i]
        opening = _attribution_length(lines, i) or _header_block_length(lines, i)
        if opening or is_quote_line(line.text):
            first = i
            j = i + opening
            k = j
            while k < n and lines[k].blank:
                k += 1
            if opening and (k >= n or not is_quote_line(lines[k].text)):
                close(first, n - 1)  # unmarked quotation: the rest of the message
                return own, quoted
            # "> " lines, with blank lines between them
            j = k
            while j < n:
                if is_quote_line(lines[j].text):
                    j += 1
                    continue
                k = j
                while k < n and lines[k].blank:
                    k += 1
                if k == j or k >= n or not is_quote_line(lines[k].text):
                    break
                j = k
            close(first, j - 1)
            i = j
            continue
        own.append(line)
        i += 1
    return own, quoted
