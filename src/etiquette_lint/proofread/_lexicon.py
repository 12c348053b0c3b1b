"""The offline word list and the bounded suggestion engine.

The word list is pyspellchecker's English frequency dictionary (MIT, shipped in
its wheel: no download, no apt) merged with etiquette-lint's own vocabulary file
(``vocabulary.txt`` beside this module). It is loaded once per process, on first
use, never at import.

Suggestions are computed only for words already judged misspelled, and every
search is bounded (see docs/proofreading.md for measurements):

* distance 1: the ~54n+25 single edits of the word (Norvig's ``edits1``), each a
  dictionary look-up; linear in the word's length (a few ms even at 60 chars);
* distance 2, for words of at most ``MAX_DEEP_LENGTH`` characters: a bounded
  Damerau-Levenshtein walk over the *sorted* word list (a trie walk without
  building a trie), restricted to words with the same first letter and pruned
  as soon as a prefix is out of reach. 1-40 ms per word, where pyspellchecker's
  own distance-2 search spends 0.4 s on a 6-letter unknown word and 15 s on a
  40-letter one. Its candidates weigh a tenth of distance-1 ones;
* nothing for words longer than ``MAX_SUGGEST_LENGTH``.

Ranking is a small noisy-channel model: ``count(candidate)`` times a weight for
the kind of edit (restoring an omitted letter and swapping two letters are the
commonest slips) times a weight when the misspelling sounds like the candidate
(same Metaphone key).
"""

from __future__ import annotations

import bisect
import re
import threading
from functools import lru_cache
from importlib import resources

from ._phonetic import metaphone

MAX_SUGGEST_LENGTH = 64
MAX_DEEP_LENGTH = 20
#: Pseudo-count given to vocabulary entries that pyspellchecker does not know
#: (its counts total ~1.6e9 words; 2000 is a fairly rare but real word).
VOCABULARY_COUNT = 2000

# Channel weights (see docs/proofreading.md, "Suggestion ranking").
W_OMISSION = 3.0       # the candidate has one more letter: the writer dropped one
W_TRANSPOSITION = 3.0  # two adjacent letters swapped
W_SUBSTITUTION = 1.0
W_INSERTION = 1.0      # the writer typed an extra letter
W_SPLIT = 1.0          # "alot" -> "a lot" (a split always sounds like the word)
W_SOUNDS_ALIKE = 3.0   # same Metaphone key
W_DISTANCE2 = 0.1      # two edits away
W_APOSTROPHE = 30.0    # "dont" -> "don't", "im" -> "I'm": a dropped apostrophe

#: Both halves of a split suggestion ("a lot") must be at least this common.
SPLIT_MIN_COUNT = 10_000

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_INSERT_LETTERS = _LETTERS + "'"
_WORD_OK = re.compile(r"^[a-z][a-z']*$")


def edit_kind(word: str, cand: str) -> str:
    """How a distance-1 candidate differs from the (misspelled) word."""
    if " " in cand:
        return "split"
    if len(cand) == len(word) + 1:
        return "omission"
    if len(cand) == len(word) - 1:
        return "insertion"
    if len(cand) == len(word):
        diff = [i for i in range(len(word)) if word[i] != cand[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == cand[diff[1]] \
                and word[diff[1]] == cand[diff[0]]:
            return "transposition"
        return "substitution"
    return "other"


def _read_vocabulary() -> list[str]:
    text = resources.files(__package__).joinpath("vocabulary.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


def normalize(word: str) -> str:
    """Lower-case and straighten typographic apostrophes."""
    return word.replace("\u2019", "'").replace("\u02bc", "'").lower()


class Lexicon:
    def __init__(self) -> None:
        from spellchecker import SpellChecker  # lazy: ~0.2 s to load its dictionary

        checker = SpellChecker(language="en", distance=1)
        # Our own SpellChecker instance: its Counter is extended in place.
        self.counts: dict[str, int] = checker.word_frequency.dictionary
        # Data fix: pyspellchecker 0.9.1 counts "you're" 50 times (the floor) while
        # "they're" and "we're" have millions; rank it like them.
        self.counts["you're"] = max(self.counts.get("you're", 0), self.counts.get("they're", 0),
                                    self.counts.get("we're", 0))
        #: lower-case -> display form for entries with meaningful capitals ("LinkedIn").
        self.display: dict[str, str] = {}
        #: lower-case forms of the built-in vocabulary (not in pyspellchecker's list).
        self.vocabulary: set[str] = set()
        for term in _read_vocabulary():
            low = normalize(term)
            self.vocabulary.add(low)
            if term != low:
                self.display.setdefault(low, term)
            if low not in self.counts:
                self.counts[low] = VOCABULARY_COUNT
        self._sorted: list[str] | None = None
        self._lock = threading.Lock()
        self._meta_cache: dict[str, str] = {}

    # -- membership -------------------------------------------------------
    def __contains__(self, word: str) -> bool:
        return word in self.counts

    def count(self, word: str) -> int:
        return self.counts.get(word, 0)

    # -- suggestions ------------------------------------------------------
    def _meta(self, word: str) -> str:
        m = self._meta_cache.get(word)
        if m is None:
            m = metaphone(word)
            if len(self._meta_cache) < 50_000:
                self._meta_cache[word] = m
        return m

    def _sorted_words(self) -> list[str]:
        if self._sorted is None:
            with self._lock:
                if self._sorted is None:
                    self._sorted = sorted(w for w in self.counts if _WORD_OK.match(w))
        return self._sorted

    def edits1(self, word: str) -> dict[str, float]:
        """Known words one Damerau edit away, with their channel weight."""
        counts = self.counts
        found: dict[str, float] = {}
        n = len(word)
        for i in range(n + 1):
            left, right = word[:i], word[i:]
            if right:
                cand = left + right[1:]  # the writer typed an extra letter
                if cand in counts:
                    found[cand] = max(found.get(cand, 0.0), W_INSERTION)
                if len(right) > 1:
                    cand = left + right[1] + right[0] + right[2:]
                    if cand != word and cand in counts:
                        found[cand] = max(found.get(cand, 0.0), W_TRANSPOSITION)
                for c in _LETTERS:
                    if c != right[0]:
                        cand = left + c + right[1:]
                        if cand in counts:
                            found[cand] = max(found.get(cand, 0.0), W_SUBSTITUTION)
            for c in _INSERT_LETTERS:
                cand = left + c + right  # the writer dropped a letter
                if cand in counts:
                    weight = W_APOSTROPHE if c == "'" and 0 < i < n else W_OMISSION
                    found[cand] = max(found.get(cand, 0.0), weight)
        found.pop(word, None)
        return found

    def splits(self, word: str) -> dict[str, float]:
        counts = self.counts
        found: dict[str, float] = {}
        for i in range(1, len(word)):
            a, b = word[:i], word[i:]
            if (len(a) >= 2 or a in ("a", "i")) and (len(b) >= 2 or b in ("a", "i")):
                if counts.get(a, 0) >= SPLIT_MIN_COUNT and counts.get(b, 0) >= SPLIT_MIN_COUNT \
                        and "'" not in a + b:
                    found[a + " " + b] = W_SPLIT
        return found

    def within2(self, word: str) -> list[str]:
        """Words within Damerau (OSA) distance 2 sharing ``word``'s first letter."""
        words = self._sorted_words()
        m = word
        n = len(m)
        maxd = 2
        lo = bisect.bisect_left(words, m[0])
        hi = bisect.bisect_left(words, m[0] + "\x7f")
        rows: list[list[int]] = [list(range(n + 1))]
        prefix = ""
        res: list[str] = []
        i = lo
        while i < hi:
            w = words[i]
            k = 0
            lim = min(len(prefix), len(w))
            while k < lim and prefix[k] == w[k]:
                k += 1
            del rows[k + 1:]
            prefix = w[:k]
            pruned = False
            for j in range(k, len(w)):
                if j >= n + maxd:
                    pruned = True
                    break
                c = w[j]
                pr = rows[-1]
                pp = rows[-2] if len(rows) > 1 else None
                row = [pr[0] + 1]
                best = row[0]
                for x in range(1, n + 1):
                    v = pr[x - 1] + (m[x - 1] != c)
                    a = pr[x] + 1
                    if a < v:
                        v = a
                    a = row[x - 1] + 1
                    if a < v:
                        v = a
                    if pp is not None and x > 1 and m[x - 1] == w[j - 1] and m[x - 2] == c:
                        a = pp[x - 2] + 1
                        if a < v:
                            v = a
                    row.append(v)
                    if v < best:
                        best = v
                rows.append(row)
                prefix = w[: j + 1]
                if best > maxd:
                    pruned = True
                    break
            if pruned:
                # Skip every word that starts with the hopeless prefix.
                i = bisect.bisect_left(words, prefix + "\x7f", i + 1, hi)
                continue
            if len(prefix) == len(w) and rows[-1][n] <= maxd and w != m:
                res.append(w)
            i += 1
        return res

    def needs_deep(self, word: str) -> bool:
        """Would ``suggest(word, deep=True)`` run the distance-2 search?"""
        return 0 < len(normalize(word)) <= MAX_DEEP_LENGTH

    def sounds_alike(self, a: str, b: str) -> bool:
        return self._meta(normalize(a).replace(" ", "")) == self._meta(normalize(b).replace(" ", ""))

    def suggest(self, word: str, limit: int = 5, deep: bool = True) -> tuple[str, ...]:
        """Ranked corrections for a lower-case word (cached)."""
        return _suggest_cached(self, word, limit, deep)

    def _suggest(self, word: str, limit: int, deep: bool) -> tuple[str, ...]:
        word = normalize(word)
        if not word or len(word) > MAX_SUGGEST_LENGTH:
            return ()
        meta = self._meta(word)
        scored: dict[str, float] = {}
        for cand, weight in self.edits1(word).items():
            scored[cand] = self.count(cand) * weight
        if deep and len(word) <= MAX_DEEP_LENGTH:
            # Distance 2 competes at a tenth of the weight: it rescues "definatly"
            # (-> definitely, not defiantly) without outranking a good distance-1 match.
            for cand in self.within2(word):
                if cand not in scored:
                    scored[cand] = self.count(cand) * W_DISTANCE2
        for cand, weight in self.splits(word).items():
            a, b = cand.split(" ")
            scored[cand] = min(self.count(a), self.count(b)) * weight
        if not scored:
            return ()
        if len(word) > 1:  # "im" -> "I'm", not "i"
            for cand in [c for c in scored if len(c) == 1]:
                del scored[cand]
        if not scored:
            return ()
        for cand in scored:
            if self._meta(cand.replace(" ", "")) == meta:
                scored[cand] *= W_SOUNDS_ALIKE
        ranked = sorted(scored, key=lambda c: (-scored[c], c))
        return tuple(self.display.get(c, c) for c in ranked[:limit])


@lru_cache(maxsize=4096)
def _suggest_cached(lex: Lexicon, word: str, limit: int, deep: bool) -> tuple[str, ...]:
    return lex._suggest(word, limit, deep)


_LEXICON: Lexicon | None = None
_LEXICON_LOCK = threading.Lock()


def get_lexicon() -> Lexicon:
    """The process-wide lexicon, loaded on first call."""
    global _LEXICON
    if _LEXICON is None:
        with _LEXICON_LOCK:
            if _LEXICON is None:
                _LEXICON = Lexicon()
    return _LEXICON
