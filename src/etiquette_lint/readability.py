"""Reading grade (Flesch-Kincaid) without the 1.8 s start-up of a full pronouncing dictionary.

textstat 0.7.8 counts syllables with the CMU Pronouncing Dictionary, and loading
it costs ~1.8 s on first use -- paid on every CLI run, which an editor makes on
every save. For the words the CMU dictionary lacks, textstat falls back to Pyphen
hyphenation; this module uses that fallback for every word (Pyphen loads in
~0.1 s) and textstat's own word and sentence rules. ``tests/test_readability.py``
checks the grade stays within one grade level of ``textstat.flesch_kincaid_grade``.
"""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")


@lru_cache(maxsize=1)
def _hyphenator():  # type: ignore[no-untyped-def]
    import pyphen  # a declared dependency (MPL-1.1 of its three licences)

    return pyphen.Pyphen(lang="en_US")


@lru_cache(maxsize=4096)
def syllables(word: str) -> int:
    word = word.lower().replace("’", "'")
    if not word:
        return 0
    count = len(_hyphenator().positions(word)) + 1
    # Pyphen never splits short words; count vowel groups there ("idea", "create")
    groups = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1
    return max(1, count, groups if len(word) <= 5 else count)


def flesch_kincaid_grade(text: str) -> float:
    """0.39 * words/sentence + 11.8 * syllables/word - 15.59."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = max(1, len(_SENTENCE_END.findall(text)))
    syl = sum(syllables(w) for w in words)
    return round(0.39 * len(words) / sentences + 11.8 * syl / len(words) - 15.59, 1)
