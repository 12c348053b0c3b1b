"""Offline grammar rules, precision first.

Each rule fires only where the context makes the error certain; anything
ambiguous is left alone ("an historic", "a URL", "its not", "later then").
Rules work on a *masked* segment (URLs, addresses, code replaced by MASK),
so they never fire inside them.
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from . import Finding
from ._text import is_sentence_start

# --------------------------------------------------------------------------
# doubled words

_DOUBLED = re.compile(
    r"(?<![\w'\u2019-])([^\W\d_]+)([ \t]+(?:\r?\n[ \t]*)?|\r?\n[ \t]*)(\1)(?![\w'\u2019-])",
    re.IGNORECASE,
)
#: Legitimate doublings: "I know that that works", "he had had", "what it is is",
#: "what I do do", "bye bye", "there there", "no no".
_DOUBLED_OK = frozenset(
    "that had is do ha haha bye no knock tut chop yada blah bla there now so well "
    "mm hmm boo dum la pom tom cha "
    # emphatic repetition, a matter of tone, not grammar: "really really", "sorry sorry"
    "really please pls plz sorry hey wow cool ta thanks thank yes yay oh ok okay yeah hi hello "
    "many much more go bravo love".split()
)


def _doubled(seg: str, base: int, initial: Callable[[int], bool]) -> Iterator[Finding]:
    for m in _DOUBLED.finditer(seg):
        first, second = m.group(1), m.group(3)
        if first.lower() in _DOUBLED_OK:
            continue
        # "Walla Walla", "Bora Bora": both capitalised inside a sentence = a name.
        if first[0].isupper() and second[0].isupper() and not initial(m.start(1)):
            continue
        yield Finding(
            base + m.start(1), base + m.end(3), "grammar", "doubled-word",
            f"'{first}' is repeated ('{m.group(0).split()[0]} {second}'); remove one.",
            (first,),
        )


# --------------------------------------------------------------------------
# a / an

_ARTICLE = re.compile(r"(?<![\w'\u2019.-])(an?|An?|AN)([ \t]+)([^\s]+)")
_NEXT_HEAD = re.compile(r"[A-Za-z0-9]+")

_LETTER_AN = frozenset("AEFHILMNORSX")
#: Initialisms with a vowel letter, or ambiguous ones (None: never flag).
_ACRONYMS = {
    "MBA": "an", "NDA": "an", "MVP": "an", "API": "an", "SLA": "an", "SEO": "an",
    "RFP": "an", "ETL": "an", "ERP": "an", "OKR": "an", "IPO": "an", "AI": "an",
    "IT": "an", "MA": "an", "MS": "an", "MD": "an", "RSVP": "an", "EVP": "an",
    "SVP": "an", "SDE": "an", "SRE": "an", "EU": "an", "FBI": "an", "HQ": "an",
    "MIT": "an", "NYU": "an", "LA": "an", "NY": "an", "SF": "an", "ML": "an",
    "UI": "a", "UX": "a", "USB": "a", "UK": "a", "US": "a", "USA": "a", "UN": "a",
    "CEO": "a", "CTO": "a", "CFO": "a", "COO": "a", "CIO": "a", "CMO": "a",
    "CPO": "a", "VP": "a", "PM": "a", "QA": "a", "KPI": "a", "CPA": "a", "CV": "a",
    "PO": "a", "PR": "a", "TA": "a", "UCLA": "a", "NASA": "a", "NATO": "a",
    "SQL": None, "URL": None, "FAQ": None, "ROI": None, "SME": None, "ETA": None,
    "SAAS": None, "OS": None, "IDE": None, "UAT": None,
}
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_EITHER_H = ("historic", "herb", "hotel", "habitual", "heroic", "homage", "humble", "hysteric")
_YOO = ("uni", "unanim", "unary", "use", "usu", "usa", "usur", "uti", "ute", "uto", "ura",
        "ure", "uri", "uro", "ubiq", "uku", "uvul", "eu", "ewe", "ouija")
_U_AN = ("un", "um", "up", "ug", "ul", "urg", "urb", "utt", "ush", "udd")
_ONE = frozenset(("one", "once", "oneself", "onesie", "one's", "one\u2019s"))


def _article_for(token: str, known: Callable[[str], bool]) -> str | None:
    """'a', 'an', or None when unsure."""
    m = _NEXT_HEAD.match(token)
    if not m:
        return None
    head = m.group(0)
    rest = token[m.end():]
    if rest[:1].isalpha():
        return None  # "résumé", "naïve": head cut short by a non-ASCII letter
    if head.isdigit():
        if head[0] == "8":
            return "an"  # eight, eighty, 800
        if head[:2] in ("11", "18"):
            if len(head) in (2, 5):
                return "an"  # eleven, eighteen, 11,000 / 18000
            if len(head) == 3:
                return "a"  # a hundred and ten
            return None  # 1100: "eleven hundred" or "one thousand one hundred"
        return "a"
    if not head.isalpha():
        return None
    if len(head) == 1:
        # Letters as letters: "an X-ray", "a T-shirt", "an A grade", "an e-mail".
        if rest.startswith("-") or head.isupper():
            return "an" if head.upper() in _LETTER_AN else "a"
        return None
    if head.isupper():
        if head in _ACRONYMS:
            return _ACRONYMS[head]
        if not any(v in head for v in "AEIOU"):
            return "an" if head[0] in _LETTER_AN else "a"
        return None
    low = head.lower()
    if not known(low):
        return None  # a name or an unknown word: pronunciation unknown
    if low.startswith(_SILENT_H):
        return "an"
    if low.startswith(_EITHER_H):
        return None
    first = low[0]
    if first == "u":
        if low.startswith("uni"):
            tail = low[2:]  # "unimportant" = un + important; "unique" is not
            return "an" if len(tail) >= 5 and known(tail) else "a"
        if low.startswith(_YOO):
            return "a"
        if low.startswith(_U_AN):
            return "an"
        return None
    if first in "aeio":
        if low in _ONE or low.startswith("one-") or (first == "e" and low.startswith(_YOO)):
            return "a"
        if low.startswith("ouija"):
            return "a"
        return "an"
    return "a"


def _a_an(seg: str, base: int, initial: Callable[[int], bool],
          known: Callable[[str], bool]) -> Iterator[Finding]:
    for m in _ARTICLE.finditer(seg):
        article = m.group(1)
        if article == "A" and not initial(m.start(1)):
            continue  # "Plan A is ready", "Part A and B": a letter, not an article
        want = _article_for(m.group(3), known)
        if want is None or want == article.lower():
            continue
        if article.isupper() and len(article) > 1:
            fixed = want.upper()
        elif article[0].isupper():
            fixed = want.capitalize()
        else:
            fixed = want
        nxt = _NEXT_HEAD.match(m.group(3))
        word = nxt.group(0) if nxt else m.group(3)
        yield Finding(
            base + m.start(1), base + m.end(1), "grammar", "a-an",
            f"Use '{fixed}' before '{word}', not '{article}'.",
            (fixed,),
        )


# --------------------------------------------------------------------------
# confusions: only in contexts where the error is certain

_W = r"[A-Za-z]"
_CONFUSIONS: list[tuple[re.Pattern[str], str, str, str, int]] = []


def _rule(pattern: str, rule: str, replacement: str, message: str, group: int = 1) -> None:
    _CONFUSIONS.append((re.compile(pattern), rule, replacement, message, group))


_APOS = "['\u2019]"
# your -> you're
_rule(r"(?<![\w'\u2019])((?i:your))\s+(?i:welcome)(?=\s*(?:[.!?,;:)]|$))", "your-youre",
      "you're", "'{w}' should be 'you're' (you are) here.")
_rule(r"(?<![\w'\u2019])((?i:your))[ \t]+(?:a|an|the)[ \t]+" + _W, "your-youre",
      "you're", "'{w}' should be 'you're' (you are) here.")
# you're -> your
_rule(r"(?<![\w'\u2019])(?i:for|of|with|about|from|into|at|by|to|on|in)[ \t]+((?i:you" + _APOS + r"re))(?![\w'\u2019])",
      "your-youre", "your", "'{w}' means 'you are'; the possessive is 'your'.")
_rule(r"(?<![\w'\u2019])((?i:you" + _APOS + r"re))[ \t]+(?i:time|team|company|feedback|consideration|help|"
      r"insight|insights|advice|guidance|input|decision|offer|email|e-mail|message|schedule|interview|"
      r"organi[sz]ation|patience|support|questions?)[ \t]*(?:is|was|are|were|has|have|and|[,.;:!?])",
      "your-youre", "your", "'{w}' means 'you are'; the possessive is 'your'.")
# here -> hear
_rule(r"(?<![\w'\u2019-])(?i:forward[ \t]+to|hope[ \t]+to|wait[ \t]+to|love[ \t]+to|glad[ \t]+to|happy[ \t]+to|"
      r"pleased[ \t]+to|excited[ \t]+to)[ \t]+((?i:here))[ \t]+(?i:from|back)(?![\w'\u2019-])",
      "here-hear", "hear", "'{w}' should be 'hear' (to hear from someone).")
# its -> it's
_rule(r"(?<![\w'\u2019])((?i:its))[ \t]+(?:been|a|an|the)[ \t]+" + _W, "its-it-is",
      "it's", "'{w}' should be 'it's' (it is / it has) here.")
# it's -> its
_rule(r"(?<![\w'\u2019])((?i:it" + _APOS + r"s))[ \t]+(?i:own)(?![\w'\u2019-])", "its-it-is",
      "its", "'{w}' means 'it is'; the possessive is 'its'.")
# then -> than
_rule(r"(?<![\w'\u2019-])(?i:more|less|rather|other|fewer|greater)[ \t]+((?i:then))[ \t]+"
      r"(?i:ever|before|expected|anticipated|usual|planned|originally|previously|that|those|the|a|an|any|"
      r"anyone|anything|one|my|your|our|their|his|her|I|you|we|they|he|she|most|many|half|average|needed|"
      r"necessary|required|last|\d)(?![\w'\u2019-])",
      "then-than", "than", "After a comparison, use 'than', not '{w}'.")
_rule(r"(?<![\w'\u2019-])(?i:better|worse|larger|smaller|higher|lower|bigger|stronger|easier|harder|"
      r"longer|shorter|faster|slower|earlier|later|sooner)[ \t]+((?i:then))[ \t]+"
      r"(?i:ever|before|expected|anticipated|usual|planned|originally|previously|that|those|the|a|an|any|"
      r"anyone|anything|one|my|your|our|their|most|many|half|average|needed|necessary|required|last|\d)"
      r"(?![\w'\u2019-])",
      "then-than", "than", "After a comparison, use 'than', not '{w}'.")
_rule(r"(?<![\w'\u2019-])(?i:more|less)[ \t]+[A-Za-z]+[ \t]+((?i:then))[ \t]+"
      r"(?i:ever|before|expected|anticipated|usual|planned|originally|previously|last)(?![\w'\u2019-])",
      "then-than", "than", "After a comparison, use 'than', not '{w}'.")
# than -> then
_rule(r"(?<![\w'\u2019-])(?i:since|until|till)[ \t]+((?i:than))(?![\w'\u2019-])", "then-than",
      "then", "'{w}' compares; for time, use 'then'.")
# loose -> lose
_rule(r"(?<![\w'\u2019-])(?i:to|will|won" + _APOS + r"t|would|could|should|might|may|can|cannot|can"
      + _APOS + r"t|don" + _APOS + r"t|didn" + _APOS + r"t|doesn" + _APOS + r"t|wouldn" + _APOS
      + r"t|couldn" + _APOS + r"t|shouldn" + _APOS + r"t)[ \t]+((?i:loose))(?![\w'\u2019-])",
      "loose-lose", "lose", "'{w}' means not tight; the verb is 'lose'.")
_rule(r"(?<![\w'\u2019-])(?i:am|is|are|was|were|be|been|being|i" + _APOS + r"m|we" + _APOS
      + r"re|you" + _APOS + r"re|they" + _APOS + r"re)[ \t]+((?i:loosing))(?![\w'\u2019-])",
      "loose-lose", "losing", "'{w}' means setting free; the word is 'losing'.")
# could of -> could have
_rule(r"(?<![\w'\u2019-])((?i:could|would|should|must|might)[ \t]+(?i:of))(?![\w'\u2019-])"
      r"(?![ \t]+(?i:course))",
      "could-of", "{first} have", "'{w}' should be '{first} have'.")


def _match_case(replacement: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _confusions(seg: str, base: int) -> Iterator[Finding]:
    for pattern, rule, replacement, message, group in _CONFUSIONS:
        for m in pattern.finditer(seg):
            w = m.group(group)
            first = w.split()[0]
            rep = _match_case(replacement.format(first=first.lower()), w)
            yield Finding(
                base + m.start(group), base + m.end(group), "grammar", rule,
                message.format(w=w, first=first.lower()), (rep,),
            )


_I_VERB = re.compile(r"(?<![\w'\u2019-])I[ \t]+([a-z]{2,}?)(ies|es|s)(?![\w'\u2019-])")
_I_IRREGULAR = {"has": "have", "is": "am", "does": "do", "wants": "want"}
_I_IRREGULAR_RE = re.compile(r"(?<![\w'\u2019-])I[ \t]+(has|is|does)(?![\w'\u2019-])")
# words ending in -s that may follow "I": adverbs and the like
_NOT_VERBS = frozenset({
    "always", "sometimes", "perhaps", "thus", "nevertheless", "nonetheless", "besides", "afterwards",
    "towards", "regardless", "nowadays", "sometimes", "various", "previous", "serious", "obvious",
    "unless", "less", "was", "as", "us", "yes", "this", "its", "his", "hers", "ours", "yours",
    "thanks", "plus", "across", "whereas", "anyways", "overseas", "indoors", "outdoors", "upstairs",
    "downstairs", "likewise", "otherwise", "endless", "tireless", "alias", "bus", "focus", "process",
})


def _i_agreement(seg: str, base: int, known: Callable[[str], bool]) -> Iterator[Finding]:
    """"I understands", "I has", "I is": a verb after "I" never takes -s."""
    for m in _I_IRREGULAR_RE.finditer(seg):
        verb = m.group(1)
        yield Finding(base + m.start(1), base + m.end(1), "grammar", "i-agreement",
                      f"After 'I', use '{_I_IRREGULAR[verb]}', not '{verb}'.", (_I_IRREGULAR[verb],))
    for m in _I_VERB.finditer(seg):
        word = m.group(1) + m.group(2)
        if word in _NOT_VERBS or word in _I_IRREGULAR or word.endswith(("ss", "us", "is")):
            continue  # "I discuss", "I focus", "I analysis"? -- base forms ending in s
        stem = m.group(1) + ("y" if m.group(2) == "ies" else "")
        candidates = [stem] if m.group(2) != "es" else [m.group(1), m.group(1) + "e"]
        base_form = next((c for c in candidates if known(c) and len(c) >= 3), None)
        if base_form is None or not _looks_like_verb_after_i(seg, m.end()):
            continue
        yield Finding(base + m.start(1), base + m.end(2), "grammar", "i-agreement",
                      f"After 'I', use '{base_form}', not '{word}'.", (base_form,))


def _looks_like_verb_after_i(seg: str, end: int) -> bool:
    """What follows a verb: an object, a clause, a preposition or the end of the sentence --
    not another verb-like word that would make '-s' a plural noun ("I specs ..." does not occur)."""
    rest = seg[end:end + 30]
    return bool(re.match(r"[ \t]*(?:[a-z]|[A-Z]|[.,;!?]|$)", rest))


def check_grammar(seg: str, base: int, known: Callable[[str], bool]) -> list[Finding]:
    """Grammar findings for a masked segment starting at offset ``base``."""

    def initial(pos: int) -> bool:
        return is_sentence_start(seg, pos)

    out: list[Finding] = []
    out.extend(_doubled(seg, base, initial))
    out.extend(_a_an(seg, base, initial, known))
    out.extend(_confusions(seg, base))
    out.extend(_i_agreement(seg, base, known))
    return out
