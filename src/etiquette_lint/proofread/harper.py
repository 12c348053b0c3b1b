"""Harper (harper-py, Apache-2.0) as an optional grammar supplement to the offline backend.

Only a whitelist of Harper's grammar lints is used -- the ones that were precise
on this project's development set and that cover slips the targeted checks do
not (see docs/proofreading.md). Harper's spelling, style and regional lints are
off: spelling is the offline backend's job, and no dialect's usage is an error.

* loaded lazily: ``import harper`` and building its dictionary (~0.6 s) happen on
  the first check that needs it, once per process;
* bounded: at most ``MAX_CHARS`` characters of a draft are given to Harper (its
  lint is linear: ~2-5 ms for a 150-word draft, ~0.1-0.4 s for 10,000 characters on a loaded 2-core machine);
* quiet: Harper 0.2.0's ``LookingForwardTo`` lint prints debugging text to standard
  output, so it is off (the targeted checks cover that slip).

Install with ``pip install 'etiquette-lint[harper]'``.
"""

from __future__ import annotations

import threading
import warnings
from typing import TYPE_CHECKING, Iterable

from . import BackendUnavailable, Finding
from ._dialect import harper_dialect
from ._text import MASK, mask_protected

if TYPE_CHECKING:  # imported lazily at run time (an optional extra)
    import harper

#: Characters of one draft given to Harper at most (the rest is not grammar-checked by it).
MAX_CHARS = 10_000

#: Harper lints used, with the family each belongs to. Chosen by measurement on
#: data/grammar/dev.jsonl (no false alarm there) and by what they check: agreement
#: and verb forms, which a tagger does better than a word list.
LINTS = {
    "PronounVerbAgreement": "agreement",
    "PronounInflectionBe": "agreement",
    "Discuss": "redundant-word",
    "SimplePastToPastParticiple": "verb-form",
    "SinceDuration": "since-for",
    "DidPast": "verb-form",
    "InflectedVerbAfterTo": "verb-form",
    "WillNonLemma": "verb-form",
    "RegularIrregulars": "verb-form",
}
#: Harper lints that write to standard output (harper-py 0.2.0); never enabled.
NOISY = frozenset({"LookingForwardTo"})


class HarperGrammar:
    """A lazily built harper.Linter with only ``LINTS`` on."""

    def __init__(self, dialect: str):
        self.dialect = dialect
        self._linter: harper.Linter | None = None
        self._lock = threading.Lock()
        self._failed: str | None = None

    @classmethod
    def create(cls, dialect: str, required: bool) -> "HarperGrammar | None":
        """``None`` when harper-py is not installed and not ``required``."""
        import importlib.util

        if importlib.util.find_spec("harper") is None:
            if required:
                raise BackendUnavailable("the harper grammar supplement needs harper-py: "
                                         "pip install 'etiquette-lint[harper]'")
            return None
        return cls(dialect)

    def _get(self) -> harper.Linter | None:
        if self._linter is None and self._failed is None:
            with self._lock:
                if self._linter is None and self._failed is None:
                    try:
                        import harper

                        linter = harper.Linter(harper.Dialect(harper_dialect(self.dialect)))
                        config: dict[str, bool | None] = {name: False for name in linter.get_lint_config()}
                        for name in LINTS:
                            if name in config and name not in NOISY:
                                config[name] = True
                        linter.set_lint_config(config)
                        self._linter = linter
                    except Exception as exc:  # a broken wheel: warn once, carry on without it
                        self._failed = f"{type(exc).__name__}: {exc}"
                        warnings.warn(f"harper grammar supplement unavailable: {self._failed}", RuntimeWarning,
                                      stacklevel=3)
        return self._linter

    def load(self) -> None:
        self._get()

    def check(self, text: str, spans: list[tuple[int, int]], existing: Iterable[Finding] = ()) -> list[Finding]:
        """Grammar findings in ``text[s:e]`` for each span; offsets are into ``text``."""
        linter = self._get()
        if linter is None or not spans:
            return []
        # One string for Harper: the regions, masked (URLs, addresses, code) and joined
        # by blank lines; offsets map back region by region.
        pieces: list[str] = []
        starts: list[tuple[int, int, int]] = []  # (offset in joined, offset in text, length)
        pos = 0
        budget = MAX_CHARS
        for s, e in spans:
            if budget <= 0:
                break
            e = min(e, s + budget)
            seg = mask_protected(text[s:e]).replace(MASK, "x")
            pieces.append(seg)
            starts.append((pos, s, len(seg)))
            pos += len(seg) + 2
            budget -= len(seg)
        joined = "\n\n".join(pieces)
        lock = self._lock
        with lock:  # a harper.Linter is not thread-safe
            organized = linter.organized_lints(joined, language="plaintext")
        out: list[Finding] = []
        for name, lints in organized.items():
            if name not in LINTS:
                continue
            for lint in lints:
                js, je = lint.span.start, lint.span.end
                for off, base, length in starts:
                    if off <= js and je <= off + length:
                        start, end = base + js - off, base + je - off
                        break
                else:
                    continue  # straddles two regions
                if name == "PronounVerbAgreement" and not _is_verb(lint.problem_text):
                    continue  # "you guys are" -> "guy": a noun, not an agreement slip
                out.append(Finding(start, end, "grammar", "harper:" + name, lint.message,
                                   tuple(_suggestions(lint))[:5]))
        return out


def _is_verb(word: str) -> bool:
    from ._verbs import base_of, is_base

    low = word.lower()
    return is_base(low) or base_of(low) is not None or low in ("is", "are", "was", "were", "am", "has", "have",
                                                              "do", "does", "don't", "doesn't")


def _suggestions(lint) -> Iterable[str]:  # type: ignore[no-untyped-def]
    problem = lint.problem_text
    for s in lint.suggestions:
        kind = int(s.kind)
        if kind == 0:
            yield s.replacement_text
        elif kind == 1:
            yield ""
        elif kind == 2:
            yield problem + s.replacement_text
