"""Features of a sentence, shared by training (``data/train.py``) and lint time.

Pure Python and numpy, deterministic: a word tokenizer, hashed word n-grams and a few
shape cues, and (when the shipped word vectors are loaded) the mean of the words'
static vectors. Training and linting call the same functions, so what was learned is
what runs.
"""

from __future__ import annotations

import re
import zlib
from typing import Mapping, Sequence

import numpy as np
import numpy.typing as npt

#: hashed feature space (a power of two)
HASH_BITS = 18
HASH_SIZE = 1 << HASH_BITS
_MASK = HASH_SIZE - 1

_TOKEN = re.compile(
    r"[a-z0-9]+(?:['’][a-z]+)*"  # words, with contractions kept whole (don't, i'm, client's)
    r"|[!?]+"                     # runs of ! and ?
    r"|[\"“”‘'`]"                   # quotes (sarcasm often sits inside them)
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]"  # emoji and pictographs
    r"|[:;]-?[)(dp]"               # text emoticons
)
_DIGITS = re.compile(r"\d")
#: the vectors' vocabulary lists the commonest English words first (this many), then the
#: training data's other words: a word's place in it is its frequency rank
COMMON_WORDS = 40000
UNCOMMON_FROM = 12000
_MID_CAPITAL = re.compile(r"(?<=[\w,;:] )[A-Z][\w&'’.-]*")
_ALL_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_QUOTED_PHRASE = re.compile(r"[\"“‘'][^\"“”‘’']{2,40}[\"”’']")


def tokens(text: str) -> list[str]:
    """Lowercase word tokens (digits folded to 0; curly apostrophes straightened)."""
    lowered = text.lower().replace("’", "'")
    return [_DIGITS.sub("0", t) for t in _TOKEN.findall(lowered)]


def _h(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & _MASK


def shape_features(text: str, toks: Sequence[str]) -> list[str]:
    """A few cues that words alone do not carry."""
    out = []
    n = len([t for t in toks if t[0].isalnum()])
    out.append("len:" + ("1" if n <= 3 else "2" if n <= 8 else "3" if n <= 20 else "4" if n <= 35 else "5"))
    if _ALL_CAPS.search(text):
        out.append("shape:caps")
    if _QUOTED_PHRASE.search(text):
        out.append("shape:quoted")
    bangs = sum(len(t) for t in toks if t[0] == "!")
    if bangs >= 2:
        out.append("shape:bangs")
    if any(len(t) > 1 and t[0] in "!?" for t in toks):
        out.append("shape:punct-run")
    if text[:1].islower():
        out.append("shape:lower-start")
    return out


def rarity_features(text: str, toks: Sequence[str], rank: Mapping[str, int] | None) -> list[str]:
    """How many rare and uncommon words the sentence holds (a word's frequency rank comes from
    the vectors' vocabulary), and whether a capitalised word stands inside it: concrete
    things from an interview (a kiln, a cryo-EM suite, NetSuite, Carlos) are seldom common
    words, while stock and vague lines are made of them."""
    out: list[str] = []
    if rank is not None:
        rare = uncommon = 0
        for t in toks:
            if len(t) < 3 or not t[0].isalpha():
                continue
            r = rank.get(t)
            if r is None or r >= COMMON_WORDS:
                rare += 1
            elif r >= UNCOMMON_FROM:
                uncommon += 1
        out.extend("rare:" + str(k) for k in range(1, min(rare, 3) + 1))
        out.extend("uncommon:" + str(k) for k in range(1, min(uncommon, 3) + 1))
    caps = [m.group() for m in _MID_CAPITAL.finditer(text) if m.group() not in ("I", "I'm", "I’m", "I've", "I'd", "I'll")]
    if caps:
        out.append("shape:mid-capital")
    return out


def feature_strings(text: str, rank: Mapping[str, int] | None = None) -> list[str]:
    """Every hashed feature of one sentence, as strings (for explanations and tests)."""
    toks = tokens(text)
    feats = ["bias"]
    feats.extend("w:" + w for w in toks)
    padded = ["<s>", *toks, "</s>"]
    feats.extend("b:" + a + " " + b for a, b in zip(padded, padded[1:]))
    feats.extend(shape_features(text, toks))
    feats.extend(rarity_features(text, toks, rank))
    return feats


def hashed(text: str, rank: Mapping[str, int] | None = None) -> list[int]:
    """Hashed feature indices of one sentence (duplicates kept: counts add up)."""
    return [_h(f) for f in feature_strings(text, rank)]


def word_token_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, feature) of each word token in ``text``: to point at the words that
    weighed most in a reading."""
    lowered = text.lower().replace("’", "'")
    return [(m.start(), m.end(), "w:" + _DIGITS.sub("0", m.group())) for m in _TOKEN.finditer(lowered)]


class Vectors:
    """Static word vectors: a vocabulary and a matrix (int8 rows with one scale each)."""

    def __init__(self, words: Sequence[str], matrix: npt.NDArray[np.int8], scale: npt.NDArray[np.float32]):
        self.index = {w: i for i, w in enumerate(words)}
        self.matrix = matrix
        self.scale = scale
        self.dim = int(matrix.shape[1])

    def _mean(self, words: Sequence[str]) -> npt.NDArray[np.float32]:
        """The L2-normalised mean of the vectors of ``words`` that are known (zeros when none is)."""
        rows = [self.index[t] for t in words if t in self.index]
        if not rows:
            return np.zeros(self.dim, dtype=np.float32)
        idx = np.asarray(rows)
        v = (self.matrix[idx].astype(np.float32) * self.scale[idx, None]).mean(axis=0)
        norm = float(np.linalg.norm(v))
        unit: npt.NDArray[np.float32] = (v / norm).astype(np.float32) if norm > 0 else v.astype(np.float32)
        return unit

    def sentence(self, text: str) -> npt.NDArray[np.float32]:
        """The mean vector of the sentence's known words."""
        return self._mean(tokens(text))

    def content(self, text: str) -> npt.NDArray[np.float32]:
        """The mean vector of the sentence's content words: neither function words nor the
        generic vocabulary of job-search mail (what the sentence is *about*: "billing
        pipeline", "sourdough starter")."""
        from ..vocabulary import GENERIC_WORDS, STOP_WORDS

        return self._mean([t for t in tokens(text) if len(t) > 2 and t[0].isalpha() and t not in STOP_WORDS
                           and t not in GENERIC_WORDS])

    def many(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.stack([self.sentence(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def many_content(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return np.stack([self.content(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)


def sparse_rows(texts: Sequence[str], rank: Mapping[str, int] | None = None) -> tuple[list[int], list[int]]:
    """(row, column) pairs of the hashed features of many sentences (for scipy or numpy)."""
    rows: list[int] = []
    cols: list[int] = []
    for i, t in enumerate(texts):
        h = hashed(t, rank)
        rows.extend([i] * len(h))
        cols.extend(h)
    return rows, cols
