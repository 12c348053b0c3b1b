"""Proofreading backends: spelling and grammar (Guidance G8, G15).

Importing this package is cheap: no dictionary is loaded and no optional
dependency is imported until a backend is asked for and used.

* ``get_backend("offline")`` (the default) -- pyspellchecker's shipped English
  dictionary + etiquette-lint's vocabulary and rules, including targeted checks for
  the grammar slips non-native writers make most. Pure Python, no network. Options:
  ``dialect``, ``harper`` (Harper as an optional grammar supplement, the
  ``etiquette-lint[harper]`` extra) and ``comma-splices``.
* ``get_backend("languagetool", server_url=... | local_path=...)`` -- a
  LanguageTool server, opt-in. Never downloads LanguageTool.

See docs/proofreading.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol, runtime_checkable

__all__ = [
    "Finding",
    "Vocabulary",
    "BackendUnavailable",
    "Backend",
    "get_backend",
    "BACKENDS",
]

#: Backend names accepted by :func:`get_backend`.
BACKENDS = ("offline", "languagetool")


@dataclass(frozen=True)
class Finding:
    """One spelling or grammar problem in the text given to ``Backend.check``."""

    start: int  # character offsets into the `text` passed to check()
    end: int
    category: str  # "spelling" or "grammar"
    rule: str  # short machine id: "misspelling", "doubled-word", "a-an", "LT:..."
    message: str  # a human sentence
    suggestions: tuple[str, ...] = ()  # best first; may be empty


_FACT_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*(?:-[^\W\d_]+(?:['\u2019][^\W\d_]+)*)*")


@dataclass
class Vocabulary:
    """Words that are never flagged (``accept``) or always flagged (``reject``).

    Matching is case-insensitive. Entries are words or simple terms (several
    words, hyphens, apostrophes); no regular expressions. A multi-word ``accept``
    term accepts each of its words; a multi-word ``reject`` term is matched as a
    phrase. ``reject`` wins over ``accept``, the built-in vocabulary and facts.
    """

    accept: set[str] = field(default_factory=set)
    reject: set[str] = field(default_factory=set)

    @classmethod
    def from_facts(cls, facts_words: Iterable[str], accept: Iterable[str] = (),
                   reject: Iterable[str] = ()) -> "Vocabulary":
        """Build a vocabulary from fact strings (interviewer, company, role,
        topics ...) plus the user's accept and reject lists.

        Each fact string is split into words ("Siobhan Nakamura" -> "Siobhan",
        "Nakamura"); hyphenated words are kept whole and their parts are kept too.
        Lists (a panel of interviewers) are flattened; ``None`` and other
        non-string items are ignored.
        """
        words: set[str] = set()
        for item in _flatten(facts_words):
            for m in _FACT_WORD.finditer(item):
                token = m.group(0)
                words.add(token)
                if "-" in token:
                    words.update(p for p in token.split("-") if p)
        words.update(a for a in accept if isinstance(a, str) and a.strip())
        return cls(accept=words, reject={r for r in reject if isinstance(r, str) and r.strip()})


def _flatten(items: object, depth: int = 0) -> Iterable[str]:
    """Strings from a fact value: a string, or (nested) lists/tuples/sets of them
    (a panel interview's list of interviewers). Anything else is ignored."""
    if isinstance(items, str):
        yield items
    elif isinstance(items, (list, tuple, set, frozenset)) and depth < 4:
        for item in items:
            yield from _flatten(item, depth + 1)


class BackendUnavailable(Exception):
    """The backend cannot run; ``str(exc)`` is one line saying why."""


@runtime_checkable
class Backend(Protocol):
    name: str

    def check(self, text: str, regions: list[tuple[int, int]],
              vocabulary: Vocabulary) -> list[Finding]:
        """Check ``text[start:end]`` for each region; offsets are into ``text``.

        Never raises for any input text (a LanguageTool backend raises
        :class:`BackendUnavailable` when its server does not answer).
        """
        ...


def _harper_option(value: object) -> object:
    """The ``harper`` option: False (default), True (required) or "auto" (when installed)."""
    if isinstance(value, str):
        low = value.strip().lower()
        if low == "auto":
            return "auto"
        return low in ("true", "yes", "on", "1")
    return bool(value)


def _flag(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "on", "1")
    return bool(value)


def get_backend(name: str = "offline", **options: Any) -> Backend:
    """Return a proofreading backend.

    ``"offline"`` takes ``dialect`` (default ``"any"``; "en-GB", "indian", ...), ``harper``
    (False, True or "auto") and ``comma-splices`` (default False); ``"harper"`` is
    ``"offline"`` with ``harper=True``. ``"languagetool"`` takes ``server_url``,
    ``local_path``, ``timeout`` (seconds, default 5.0), ``language`` (default: the
    dialect's code, else ``"en-US"``) and ``dialect``. Unknown option names are ignored,
    so the engine may pass its whole table.

    Raises :class:`BackendUnavailable` (one-line reason) when the backend cannot
    run: an unknown name or dialect, LanguageTool with neither a server nor a local
    install configured, or a missing optional package (harper-py with ``harper=True``).
    """
    key = (name or "offline").strip().lower()
    if key in ("offline", "default", "builtin", "harper"):
        from .offline import get_offline_backend

        harper = True if key == "harper" else _harper_option(options.get("harper", False))
        try:
            return get_offline_backend(dialect=options.get("dialect", "any"), harper=harper,
                                       comma_splices=_flag(options.get("comma-splices",
                                                                       options.get("comma_splices", False))))
        except ValueError as exc:
            raise BackendUnavailable(str(exc)) from None
    if key in ("languagetool", "language-tool", "lt"):
        from .languagetool import LanguageToolBackend

        return LanguageToolBackend.from_options(**options)
    raise BackendUnavailable(
        f"unknown proofreading backend {name!r}; choose one of: {', '.join(BACKENDS)}"
    )
