"""Text helpers shared by the proofreading backends: regions, masking of
URLs/e-mail addresses/handles/code, word tokens and sentence starts."""

from __future__ import annotations

import bisect
import re
from typing import Any, Iterable, Iterator

#: Mask character: neither a word character nor white space, so masked spans
#: never join words, never look like a word and never look like a gap.
MASK = "\x00"

_PROTECTED = re.compile(
    r"""
      (?:\b(?:https?|ftp|file)://|\bwww\.|\bmailto:)[^\s<>"'()\[\]{}]+   # URLs
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                       # e-mail addresses
    | (?<![\w@])@[A-Za-z0-9_](?:[\w.-]*\w)?              # @handles
    | (?<![\w#&])\#[A-Za-z][\w-]*                        # #hashtags
    | `[^`\n]*`                                          # `inline code`
    | \b[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?
      (?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*
      \.[a-z]{2,}\b(?:/[^\s<>"'()\[\]{}]*)?              # example.com, Node.js
    | (?<![\w'\u2019])(?=\w*[\d_])(?=\w*[^\W\d_])\w+       # letters mixed with digits or _: B2B, Q3, 2pm
    """,
    re.VERBOSE,
)

WORD_RE = re.compile(
    r"(?<![\w'\u2019\u02bc-])"
    r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*"
    r"(?:-[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*)*"
    r"(?![\w-])"
)
_PART_RE = re.compile(r"[^\W\d_]+(?:['\u2019\u02bc][^\W\d_]+)*")

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs etc eg ie approx inc ltd co corp no dept est fig mt".split()
)
_SKIP_BACK = set(" \t\r\f\v\"'\u201c\u201d\u2018\u2019([{*_\u2022\u00b7>#-\u2013\u2014")


def clean_regions(text: str, regions: Iterable[Any] | None) -> list[tuple[int, int]]:
    """Clamp regions to the text, drop empty or malformed ones, merge overlaps."""
    n = len(text)
    out: list[tuple[int, int]] = []
    for r in regions or ():
        try:
            s, e = int(r[0]), int(r[1])
        except (TypeError, ValueError, IndexError, OverflowError):
            continue
        s = max(0, min(s, n))
        e = max(0, min(e, n))
        if s < e:
            out.append((s, e))
    out.sort()
    merged: list[tuple[int, int]] = []
    for s, e in out:
        if merged and s < merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


#: No word to spell-check is longer than this (a longer URL or address is masked anyway). A
#: longer run of non-space characters is masked whole first, which keeps the patterns above
#: linear: on "x-x-x-..." they scan from each start position to the end of the run (32,000
#: characters took 8 s).
MAX_TOKEN = 64
_LONG_TOKEN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_TOKEN + 1))


def mask_protected(segment: str) -> str:
    """Replace URLs, e-mail addresses, handles, hashtags, code, digit-bearing tokens and
    runs of more than :data:`MAX_TOKEN` non-space characters by MASK characters (same
    length, so offsets are preserved)."""
    segment = _LONG_TOKEN.sub(lambda m: MASK * len(m.group(0)), segment.replace(MASK, " "))
    return _PROTECTED.sub(lambda m: MASK * len(m.group(0)), segment)


def is_sentence_start(segment: str, pos: int) -> bool:
    """Is position ``pos`` in ``segment`` the first word of a sentence or line?"""
    i = pos - 1
    while i >= 0:
        ch = segment[i]
        if ch == "\n":
            return True
        if ch in _SKIP_BACK:
            i -= 1
            continue
        if ch.isdigit():  # "1. Kubernetes" list numbering
            j = i
            while j >= 0 and segment[j].isdigit():
                j -= 1
            if j < 0 or segment[j] == "\n":
                return True
            i = j
            continue
        if ch in "!?:;\u2026":
            return ch != ";"
        if ch == ".":
            # "Mr. Nakamura", "e.g. Kubernetes": not the end of a sentence.
            j = i - 1
            while j >= 0 and (segment[j].isalpha() or segment[j] == "."):
                j -= 1
            prev = segment[j + 1:i].replace(".", "").lower()
            if prev in _ABBREVIATIONS or (len(prev) == 1 and prev.isalpha()):
                return False
            return True
        return False
    return True


_FUNCTION_WORDS = frozenset(
    "a an and as at by for from in into of on or our the to up with your my about over".split()
)
_CLOSING_START = re.compile(
    r"^\s*(?:best|kind|kindest|warm|warmest|warmly|with|many|yours|all|very)\b[^,\n]{0,40},\s*$",
    re.IGNORECASE,
)


def _line(segment: str, pos: int) -> tuple[int, str]:
    start = segment.rfind("\n", 0, pos) + 1
    end = segment.find("\n", pos)
    if end < 0:
        end = len(segment)
    return start, segment[start:end]


def is_title_case_line(segment: str, pos: int) -> bool:
    """Is the line around ``pos`` in Title Case (a subject line, a heading)?"""
    _, line = _line(segment, pos)
    words = _PART_RE.findall(line)
    if len(words) > 14:
        return False  # a body line, not a subject or a heading
    # "Thank You For The Opportunity": capitalised function words inside a line.
    if any(w[0].isupper() and w.lower() in _FUNCTION_WORDS for w in words[1:]):
        return True
    long_words = [w for w in words if len(w) >= 4]
    if len(long_words) < 3:
        return False
    caps = sum(1 for w in long_words if w[0].isupper())
    return caps / len(long_words) >= 0.75


def is_closing_line(segment: str, pos: int) -> bool:
    """Is the line around ``pos`` a sign-off such as "Best Regards," or "Kind regards,"?"""
    _, line = _line(segment, pos)
    return bool(_CLOSING_START.match(line)) and len(line.split()) <= 4


class Lines:
    """Per-line Title Case / sign-off flags of one segment, computed once per line."""

    def __init__(self, segment: str):
        self.segment = segment
        self.starts = [0] + [i + 1 for i, ch in enumerate(segment) if ch == "\n"]
        self._title: dict[int, bool] = {}
        self._closing: dict[int, bool] = {}

    def _index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def title_case(self, pos: int) -> bool:
        i = self._index(pos)
        if i not in self._title:
            self._title[i] = is_title_case_line(self.segment, self.starts[i])
        return self._title[i]

    def closing(self, pos: int) -> bool:
        i = self._index(pos)
        if i not in self._closing:
            self._closing[i] = is_closing_line(self.segment, self.starts[i])
        return self._closing[i]


def iter_words(masked: str) -> Iterator[re.Match[str]]:
    return WORD_RE.finditer(masked)


def iter_parts(token: str) -> Iterator[tuple[int, str]]:
    """(offset, part) for each hyphen-separated part of a word token."""
    for m in _PART_RE.finditer(token):
        yield m.start(), m.group(0)
