"""EL528 shouting-caps: words in ALL CAPS that are ordinary English words ("SO EXCITED",
"PLEASE", "URGENT"), not acronyms (CRM, ROI, SaaS, API, SQL, AWS, NYC, Q3, HR, CEO, UX, I).

The wording rules of the four tone categories are YAML packs in ``rules/tone/``; this one
needs a lexicon.
"""

from __future__ import annotations

import re
import threading
from typing import Any, Iterable

from ..mentions.fields import in_placeholder
from ..rule import Context, Rule
from ..text import Span

# Acronyms and initialisms that are also English words, or that a follow-up to an interview
# often contains. Words that are not English words (CRM, SQL, HVAC, ...) need no entry: only
# capitalised *words* are shouting. Users extend the list with the option ``acronyms``.
ACRONYMS = frozenset("""
I A AM PM AD BC OK US USA UK EU UN IT AI ML UI UX PR HR QA QC IP ID TV PC OR ER ICU RN MD
CEO CFO CTO COO CIO CMO CISO VP SVP EVP GM MBA PHD BA BS BSC MS MSC MA CPA CFA PMP PE
CRM ROI SAAS API SQL AWS GCP NYC LA SF DC KPI OKR SLA SLO ETL ERP SAP SEO SEM CMS CPU GPU
RAM SSD USB PDF CSV HTML CSS JSON XML REST SDK CI CD IDE OS iOS FAQ ETA EOD EOW COB ASAP FYI
NDA PTO WFH HQ ESL ELL IEP EPA OSHA FDA NASA NATO NHS GAAP IFRS FIFO LIFO SMART STAR LEAN AGILE
SCRUM SAFE CARE GRIT DEI ESG CSR GDPR HIPAA SOC ISO IEEE ACM MIT UCLA NYU STEM ACT SAT GRE
GMAT LSAT MCAT COVID AIDS HIV NICU PACU OB GYN EMT CNA LPN NP PA DPT OT PT SLP BSN MSN DNP
UPS DHL IBM HP LG AMD ARM VISA IKEA LEGO GAP ZARA HSBC BBC CNN NBA NFL NHL MLB FIFA UEFA
AND OR NOT XOR NULL TRUE FALSE IF ELSE SELECT JOIN WHERE GROUP ORDER BY FROM INSERT UPDATE
DELETE CREATE DROP TABLE INDEX VIEW CASE WHEN THEN END AS ON IN IS
""".split())

# two- and three-letter words that are shouting when capitalised on their own
SHORT_EMPHASIS = frozenset({"SO", "NO", "NOT", "YES", "TOO", "NOW", "WOW", "YAY", "ALL", "BIG"})


class _Frequencies:
    """Word frequencies from the shared proofreading lexicon (pyspellchecker's list, loaded once per
    process and shared with the spelling rules). Entries that only the project's own vocabulary
    file adds (trade terms and initialisms: HRBP, SLA, NetSuite) carry a nominal count, not a
    frequency, so they do not count as common words here."""

    def __init__(self, counts: Any, vocabulary: Any, nominal: int):
        self._counts = counts
        self._vocabulary = vocabulary
        self._nominal = nominal

    def get(self, word: str, default: Any = None) -> Any:
        count = self._counts.get(word)
        if count is None or (count == self._nominal and word in self._vocabulary):
            return default
        return count

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None


_LEXICON: Any = None
_LEXICON_LOCK = threading.Lock()


def _common_words() -> Any:
    """English word frequencies, from the lexicon the spelling rules load anyway (no second
    SpellChecker, no download); loaded on first use."""
    global _LEXICON
    with _LEXICON_LOCK:
        if _LEXICON is None:
            try:
                from ..proofread._lexicon import VOCABULARY_COUNT, get_lexicon

                lex = get_lexicon()
                _LEXICON = _Frequencies(lex.counts, lex.vocabulary, VOCABULARY_COUNT)
            except Exception:  # pragma: no cover - the dependency is declared; degrade quietly
                _LEXICON = {}
        return _LEXICON


_QUOTES = {'"', "'", "“", "”", "‘", "’", "«", "»", "`"}


_BRACKETS = {"[": "]", "{": "}", "<": ">", "(": ")"}


def _quoted(tokens: list[Any], i: int) -> bool:
    """A single word in quotation marks is cited, not shouted: how you respond to a "NO".
    A word inside a template field (``[DATE]``, ``{NAME}``) is the placeholder rule's business."""
    if not 0 < i < len(tokens) - 1:
        return False
    before, after = tokens[i - 1].text, tokens[i + 1].text
    return (before in _QUOTES and after in _QUOTES) or _BRACKETS.get(before[-1:]) == after[:1]


def _is_caps_word(text: str) -> bool:
    return len(text) >= 2 and text.isalpha() and text.isupper()


class ShoutingCaps(Rule):
    code = "EL528"
    name = "shouting-caps"
    category = "tone.casual"
    severity = "warning"
    guidance = ("G8",)
    options = {"acronyms": [], "min_frequency": 1000}
    summary = ("Flags ordinary words written in ALL CAPS in your own text -- \"SO EXCITED\", \"PLEASE\", "
               "\"URGENT\", \"THANK YOU\" -- as one finding per run of words. Acronyms are not flagged: "
               "CRM, ROI, SaaS, API, SQL, AWS, NYC, Q3, HR, PM, CEO, UX and \"I\" are fine, and so is "
               "any all-caps token that is not a common English word (HVAC, AML, ICU) or that contains "
               "a digit. Names from the facts are allowed; add your own with the option `acronyms`. The "
               "subject line is left to the subject rules.")
    why = ("The guidance names ALL CAPS among the marks of an unprofessional tone (G8): in e-mail, "
           "capitals read as shouting, and \"I am SO EXCITED\" reads as over-eager as well.")
    instead = "Write the words in normal case and let the word choice carry the emphasis: \"I am delighted to accept.\""

    def check(self, ctx: Context) -> None:
        allowed = set(ACRONYMS) | {str(a).upper() for a in ctx.options.get("acronyms") or []}
        for fact in ctx.facts.words():
            allowed.update(w.upper() for w in re.findall(r"[A-Za-z]+", fact) if w.isupper())
        min_freq = ctx.options.get("min_frequency", 1000) or 0
        for pd in ctx.analysis.docs("message"):
            tokens = list(pd.doc)
            if not any(_is_caps_word(t.text) and t.text not in allowed for t in tokens):
                continue
            lexicon = _common_words()
            flags = [False if _quoted(tokens, i) or in_placeholder(ctx, pd.to_span(t.idx, t.idx + len(t.text)))
                     else self._shouting(t.text, lexicon, allowed, min_freq)
                     for i, t in enumerate(tokens)]
            # a short emphatic word ("SO") next to a shouted word counts too; a run is one finding
            for i, t in enumerate(tokens):
                if flags[i] is None and _is_caps_word(t.text) and t.text not in allowed \
                        and t.text.lower() in lexicon and self._neighbour(flags, tokens, i):
                    flags[i] = True
            for start, end, words in self._runs(tokens, flags):
                span = pd.to_span(start, end)
                if _heading_line(ctx.text, span):
                    continue
                fixed = " ".join(words)
                ctx.report(span, f"'{ctx.text[span.start:span.end]}' in capitals reads as shouting: write it "
                                 "in normal case",
                           fix=ctx.replace_fix(span, self._normal_case(ctx, span, fixed), safe=False,
                                               description="write in normal case"))

    @staticmethod
    def _shouting(text: str, lexicon: Any, allowed: set[str], min_freq: int) -> bool | None:
        if not _is_caps_word(text) or text in allowed:
            return False
        if text in SHORT_EMPHASIS:
            return True
        if len(text) < 4:
            return None  # decided by its neighbours
        return (lexicon.get(text.lower()) or 0) >= min_freq or None

    @staticmethod
    def _neighbour(flags: list[bool | None], tokens: list[Any], i: int) -> bool:
        for j in (i - 1, i + 1):
            if 0 <= j < len(tokens) and flags[j] is True:
                return True
        return False

    @staticmethod
    def _runs(tokens: list[Any], flags: list[bool | None]) -> Iterable[tuple[int, int, list[str]]]:
        run: list[Any] = []
        for t, f in zip(tokens, flags):
            if f is True:
                run.append(t)
                continue
            if run:
                yield run[0].idx, run[-1].idx + len(run[-1].text), [x.text for x in run]
                run = []
        if run:
            yield run[0].idx, run[-1].idx + len(run[-1].text), [x.text for x in run]

    @staticmethod
    def _normal_case(ctx: Context, span: Span, text: str) -> str:
        lowered = text.lower()
        before = ctx.text[:span.start].rstrip(" \t")
        sentence_start = not before or before[-1] in ".!?\n"
        return lowered[:1].upper() + lowered[1:] if sentence_start else lowered


def _heading_line(text: str, span: Span) -> bool:
    """Is the run on a line of its own written wholly in capitals, a heading or reference line
    ("RE: ACCEPTANCE OF OFFER OF EMPLOYMENT", usual in formal letters)? Shouting is capitals
    inside a sentence in normal case."""
    start = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    line = text[start:end if end >= 0 else len(text)]
    words = re.findall(r"[A-Za-z]+", line)
    return len(words) >= 2 and not any(ch.islower() for ch in line)


RULES = [ShoutingCaps]
