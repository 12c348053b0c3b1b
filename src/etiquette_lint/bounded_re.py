"""Regular expressions from rule packs, bounded in time.

A pattern in a YAML pack is written in Python's ``re`` syntax, and Python's engine
backtracks: ``(a+)+$`` on forty "a" and a "b" runs for minutes. So a pack's patterns do not
run on Python's engine when they can run on RE2 (google-re2, BSD licence), whose time is
linear in the text, whatever the pattern:

- Python's Unicode classes (``\\w``, ``\\d``, ``\\s`` and their negations) are translated to
  RE2's Unicode properties, ``{,n}`` to ``{0,n}``, ``\\Z`` to ``\\z``, ``\\uXXXX`` to ``\\x{XXXX}``;
- the word boundaries the packs put around a token (``(?<![\\w'’])`` and ``(?![\\w'’])``, which
  RE2 has no syntax for) are matched as one boundary character on each side, and the
  search goes on from the last character of the previous match, so the matches are the ones
  Python's engine finds.

A pattern that RE2 cannot run with the same meaning (lookaround, back-references, ``\\b``,
atomic groups, possessive repeats, a ``$`` without multi-line mode) runs on Python's engine
in a helper process, with a time budget per rule and draft (:func:`budget_for`): over
it, the helper is stopped and :class:`PatternTimeout` is raised, which the linter reports as
a rule that could not run (the draft is not checked in full: exit 2, never a pass). The
packs shipped with etiquette-lint are reviewed for linear time, so theirs run in-process
(see :func:`trusted`).
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
from typing import Any, Iterator

#: Time a rule's patterns may take on one draft when they run on Python's engine: this much,
BUDGET_SECONDS = 2.0
#: and this much more per megabyte of draft (each call to the helper costs ~0.15 ms, one per
#: paragraph: a megabyte of one-line paragraphs takes ~10 s).
BUDGET_PER_MB = 20.0


def budget_for(size: int) -> float:
    """The time budget of one rule's patterns on a draft of ``size`` bytes."""
    return BUDGET_SECONDS + BUDGET_PER_MB * size / 1e6

_W = r"\p{L}\p{N}_"  # what Python's \w matches in a str pattern (letters, numbers, underscore)
_WS = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())  # Python's \s (str.isspace)


def _class_items(chars: str) -> str:
    out = []
    for ch in chars:
        out.append(f"\\x{{{ord(ch):x}}}")
    return "".join(out)


_S = _class_items(_WS)
_ESCAPES_OUT = {"w": f"[{_W}]", "W": f"[^{_W}]", "d": r"\p{Nd}", "D": r"\P{Nd}", "s": f"[{_S}]",
                "S": f"[^{_S}]", "Z": r"\z", "A": r"\A"}
_ESCAPES_IN = {"w": _W, "d": r"\p{Nd}", "s": _S}
_SIMPLE = set("afnrtv")  # escapes both engines read alike
_BOUNDARY = _W + r"'\x{2019}"  # the packs' word characters: \w, ' and ’


_TRUSTED: contextvars.ContextVar[bool] = contextvars.ContextVar("etiquette_lint_trusted_patterns", default=False)


@contextlib.contextmanager
def trusted() -> Iterator[None]:
    """Patterns made inside this block come from the packs shipped with etiquette-lint
    (reviewed, and tested on hostile drafts for linear time): the ones RE2 cannot run use
    Python's engine in-process, without the helper process and its budget."""
    token = _TRUSTED.set(True)
    try:
        yield
    finally:
        _TRUSTED.reset(token)


class PatternTimeout(Exception):
    """A pattern ran over its rule's time budget on this draft (the rule could not run)."""


class PatternUnavailable(Exception):
    """A pattern that needs Python's engine could not be run with a time bound."""


# --------------------------------------------------------------------------- translation

def to_re2(pattern: str, flags: int = 0) -> str | None:
    """``pattern`` (Python syntax, valid) in RE2 syntax with the same meaning under ``flags``,
    or None. The flags themselves are not written in (see :func:`_flag_prefix`)."""
    if flags & (re.X | re.A | re.L):
        return None
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    class_start = 0
    while i < n:
        c = pattern[i]
        if c == "\\":
            if i + 1 >= n:
                return None
            e = pattern[i + 1]
            if e in "uU":
                width = 4 if e == "u" else 8
                digits = pattern[i + 2:i + 2 + width]
                if len(digits) != width or not all(d in "0123456789abcdefABCDEF" for d in digits):
                    return None
                out.append(f"\\x{{{digits}}}")
                i += 2 + width
                continue
            if e == "x":
                digits = pattern[i + 2:i + 4]
                if len(digits) != 2:
                    return None
                out.append(f"\\x{{{digits}}}")
                i += 4
                continue
            if e.isdigit() or e in "bBN":
                return None  # back-references, octal, word boundaries, named characters
            if in_class:
                if e in _ESCAPES_IN:
                    out.append(_ESCAPES_IN[e])
                elif e.isalpha() and e not in _SIMPLE:
                    return None  # \W, \D, \S inside a class, or anything unusual
                else:
                    out.append("\\" + e)
            else:
                if e in _ESCAPES_OUT:
                    out.append(_ESCAPES_OUT[e])
                elif e.isalpha() and e not in _SIMPLE:
                    return None
                else:
                    out.append("\\" + e)
            i += 2
            continue
        if in_class:
            if c == "]" and i > class_start:
                in_class = False
                out.append("]")
            elif c == "[":
                out.append(r"\[")  # literal in Python; RE2 would read [:alpha:]
            else:
                out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append("[")
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            class_start = i  # a "]" right here is a literal, in both engines
            if i < n and pattern[i] == "]":
                out.append(r"\]")
                i += 1
            continue
        if c == "(" and pattern.startswith("(?", i):
            m = re.match(r"\(\?(?:(:)|P<(\w+)>|([imsx-]+)(:|\)))", pattern[i:])
            if not m:
                return None  # lookaround, comments, conditionals, atomic groups, (?P=name)
            if m.group(3) is not None and ("x" in m.group(3)):
                return None
            out.append(m.group(0))
            i += m.end()
            continue
        if c == "{":
            m = re.match(r"\{(\d*),(\d*)\}|\{(\d+)\}", pattern[i:])
            if m and m.group(1) == "":
                out.append("{0," + m.group(2) + "}")  # Python reads {,n} as {0,n}; RE2 as text
                i += m.end()
                continue
            if not m:
                out.append(r"\{")  # a literal brace in Python
                i += 1
                continue
            out.append(m.group(0))
            i += m.end()
            continue
        if c == "}":
            out.append(r"\}")
            i += 1
            continue
        if c == "$" and not flags & re.M:
            return None  # Python's $ also matches before a final newline
        out.append(c)
        i += 1
    if in_class:
        return None
    return "".join(out)


def _flag_prefix(flags: int) -> str:
    letters = "".join(f for f, bit in (("i", re.I), ("m", re.M), ("s", re.S)) if flags & bit)
    return f"(?{letters})" if letters else ""


_RE2: Any = None


def _re2_module() -> Any:
    global _RE2
    if _RE2 is None:
        try:
            import re2  # google-re2
        except ImportError:  # pragma: no cover - a dependency; without it, every pattern is budgeted
            _RE2 = False
        else:
            _RE2 = re2
    return _RE2


def _re2_compile(pattern: str) -> Any:
    re2 = _re2_module()
    if not re2:
        return None
    options = re2.Options()
    options.log_errors = False  # RE2 would print to stderr for every pattern it does not take
    try:
        return re2.compile(pattern, options)
    except re2.error:
        return None


# --------------------------------------------------------------------------- matching

class Found:
    """A match: ``start()``, ``end()``, ``group()`` (of the whole match), like ``re.Match``."""

    __slots__ = ("_s", "_e", "_text")

    def __init__(self, text: str, start: int, end: int):
        self._text, self._s, self._e = text, start, end

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._e

    def span(self) -> tuple[int, int]:
        return self._s, self._e

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("only the whole match is kept")
        return self._text[self._s:self._e]

    def __repr__(self) -> str:
        return f"<Found span=({self._s}, {self._e}) match={self.group()!r}>"


class _CharOffsets:
    """Byte offsets of a UTF-8 text -> character offsets, for increasing byte offsets (linear)."""

    def __init__(self, data: bytes):
        self.data = data
        self.b = 0
        self.c = 0

    def __call__(self, b: int) -> int:
        if b < self.b:  # not expected; stay correct
            self.b, self.c = 0, 0
        self.c += len(self.data[self.b:b].decode("utf-8", "replace"))
        self.b = b
        return self.c


def _char_start_before(data: bytes, b: int) -> int:
    """The byte offset where the character that ends at byte ``b`` starts."""
    b -= 1
    while b > 0 and (data[b] & 0xC0) == 0x80:
        b -= 1
    return b


def _next_char(data: bytes, b: int) -> int:
    b += 1
    while b < len(data) and (data[b] & 0xC0) == 0x80:
        b += 1
    return b


class BoundedPattern:
    """A pack pattern: ``finditer``, ``search`` and ``fullmatch`` as in ``re``, bounded in time.

    ``boundary``: match only where the match is not inside a word (the packs' default for
    ``tokens``: no word character, ``'`` or ``’`` right before or after it)."""

    def __init__(self, pattern: str, flags: int = 0, *, boundary: bool = False):
        self.pattern = pattern
        self.flags = flags
        self.boundary = boundary
        python = rf"(?<![\w'’])(?:{pattern})(?![\w'’])" if boundary else pattern
        self.python_pattern = python
        self.python = re.compile(python, flags)  # raises re.error for an invalid pattern, as before
        self.trusted = _TRUSTED.get()
        # A pattern that can match the empty string is left to Python's engine: after an empty
        # match, Python tries a non-empty one at the same place, which RE2 has no way to ask.
        body = None if re.fullmatch(pattern, "", flags) is not None else to_re2(pattern, flags)
        self.re2: Any = None
        self._re2_inner: Any = None  # a boundary pattern after the first match: never at \A again
        if body is not None:
            lead = _flag_prefix(flags)
            if boundary:
                self.re2 = _re2_compile(f"{lead}(?:\\A|[^{_BOUNDARY}])({body})(?:[^{_BOUNDARY}]|\\z)")
                self._re2_inner = _re2_compile(f"{lead}[^{_BOUNDARY}]({body})(?:[^{_BOUNDARY}]|\\z)")
                if self._re2_inner is None:
                    self.re2 = None
            else:
                self.re2 = _re2_compile(f"{lead}({body})")

    @property
    def linear(self) -> bool:
        """True when the pattern runs on RE2 (linear time); else it runs under a time budget."""
        return self.re2 is not None

    def __repr__(self) -> str:
        engine = "re2" if self.linear else "python, shipped pack" if self.trusted else "python, budgeted"
        return f"BoundedPattern({self.pattern!r}, {engine})"

    # -- the re API -------------------------------------------------------------------------
    def finditer(self, text: str) -> Iterator[Found]:
        if self.re2 is None and self.trusted:
            return (Found(text, m.start(), m.end()) for m in self.python.finditer(text))
        if self.re2 is None:
            return iter([Found(text, s, e) for s, e in _budgeted(self.python_pattern, self.flags, "finditer", text)])
        return self._re2_finditer(text)

    def search(self, text: str) -> Found | None:
        if self.re2 is None and self.trusted:
            m = self.python.search(text)
            return Found(text, m.start(), m.end()) if m else None
        if self.re2 is None:
            spans = _budgeted(self.python_pattern, self.flags, "search", text)
            return Found(text, *spans[0]) if spans else None
        return next(self._re2_finditer(text), None)

    def fullmatch(self, text: str) -> Found | None:
        if self.boundary:
            raise ValueError("fullmatch of a token pattern is not defined")
        if self.re2 is None and self.trusted:
            m = self.python.fullmatch(text)
            return Found(text, m.start(), m.end()) if m else None
        if self.re2 is None:
            spans = _budgeted(self.python_pattern, self.flags, "fullmatch", text)
            return Found(text, *spans[0]) if spans else None
        data = text.encode("utf-8", "replace")
        m = self.re2.fullmatch(data)
        return Found(text, 0, len(text)) if m is not None else None

    def _re2_finditer(self, text: str) -> Iterator[Found]:
        data = text.encode("utf-8", "replace")  # a lone surrogate is one "?" byte: offsets stay right
        to_char = _CharOffsets(data)
        size = len(data)
        pos = 0
        rx = self.re2
        while pos <= size:
            m = rx.search(data, pos)
            if m is None:
                return
            s, e = m.span(1)
            yield Found(text, to_char(s), to_char(e))
            # Python's engine goes on at the end of a match, one character later after an
            # empty one; a boundary match starts one character earlier, at the character its
            # left boundary reads.
            nxt = e if e > s else _next_char(data, e)
            if nxt > size:
                return
            if self.boundary:
                # the left boundary of the next match is the character before it, which may be
                # the last one of this match (or the first of the text, after an empty match
                # at its start): read it, and never take the start of the text again
                pos = _char_start_before(data, nxt)
                rx = self._re2_inner
            else:
                pos = nxt


# --------------------------------------------------------------------------- the budget

_DEADLINE: contextvars.ContextVar[tuple[float, float] | None] = contextvars.ContextVar(
    "etiquette_lint_pattern_deadline", default=None)


@contextlib.contextmanager
def budget(seconds: float = BUDGET_SECONDS) -> Iterator[None]:
    """Run a rule's patterns within ``seconds`` in all (the linter wraps each rule in one)."""
    token = _DEADLINE.set((time.monotonic() + seconds, seconds))
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def _remaining() -> tuple[float, float]:
    """(seconds left, the whole budget) for the rule running now."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return BUDGET_SECONDS, BUDGET_SECONDS
    return deadline[0] - time.monotonic(), deadline[1]


_WORKER_CODE = r"""
import json, re, sys
cache = {}
for line in sys.stdin:
    req = json.loads(line)
    key = (req["p"], req["f"])
    rx = cache.get(key)
    if rx is None:
        rx = cache[key] = re.compile(req["p"], req["f"])
    op, text = req["op"], req["t"]
    if op == "finditer":
        out = [[m.start(), m.end()] for m in rx.finditer(text)]
    else:
        m = getattr(rx, op)(text)
        out = [[m.start(), m.end()]] if m else []
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
"""


class _Worker:
    """A helper process running Python's engine, which can be stopped when over budget."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, "-I", "-S", "-c", _WORKER_CODE], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                     encoding="utf-8", errors="surrogatepass", bufsize=1)
        self.replies: "queue.Queue[str | None]" = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.replies.put(line)
        self.replies.put(None)

    def ask(self, request: dict[str, Any], timeout: float) -> list[list[int]]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.replies.get(timeout=max(timeout, 0.001))
        if line is None:
            raise PatternUnavailable("the helper process running the pattern stopped")
        spans: list[list[int]] = json.loads(line)
        return spans

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.kill()
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)


_LOCAL = threading.local()


def _budgeted(pattern: str, flags: int, op: str, text: str) -> list[list[int]]:
    """Run one ``re`` operation in this thread's helper process, within the rule's budget."""
    remaining, whole = _remaining()
    if remaining <= 0:
        raise PatternTimeout(f"pattern {pattern!r}: the rule's patterns used up their time budget of "
                             f"{whole:.3g} s on this draft")
    worker: _Worker | None = getattr(_LOCAL, "worker", None)
    if worker is None or worker.proc.poll() is not None:
        try:
            worker = _LOCAL.worker = _Worker()
        except OSError as exc:
            raise PatternUnavailable(f"pattern {pattern!r} needs Python's regular-expression engine "
                                     f"under a time limit, and the helper process could not start ({exc})") from None
    try:
        return worker.ask({"p": pattern, "f": flags, "op": op, "t": text}, remaining)
    except queue.Empty:
        worker.stop()
        _LOCAL.worker = None
        raise PatternTimeout(f"pattern {pattern!r} ran over the rule's time budget of {whole:.3g} s on this "
                             "draft (it backtracks without bound, e.g. nested repetition such as (a+)+; "
                             "rewrite it)") from None
    except (OSError, ValueError) as exc:
        worker.stop()
        _LOCAL.worker = None
        raise PatternUnavailable(f"pattern {pattern!r}: the helper process failed ({exc})") from None


def _shutdown() -> None:  # pragma: no cover - at exit
    worker = getattr(_LOCAL, "worker", None)
    if worker is not None:
        worker.stop()


if os.name == "posix":
    import atexit

    atexit.register(_shutdown)
