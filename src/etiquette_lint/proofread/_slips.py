"""Targeted grammar checks for the slips non-native writers make most in e-mails.

The family (issue 13): verb forms after "looking forward to", "used to", modals and
"did"; subject-verb agreement; "interesting" for "interested"; "discuss about",
"revert back", "since three years"; clear missing or extra articles; "I have went";
wrong prepositions in fixed phrases ("on your part", "in the interview"); two
sentences joined by a comma; a lowercase "i".

There is no tagger: each check fires on a closed pattern of known words (the verb
list in ``_verbs``), and skips anything ambiguous. Every finding carries the
correction and a one-line message that states the rule.

Measured on ``data/grammar/dev.jsonl``; see docs/proofreading.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from . import Finding
from ._dialect import revert_means_reply, spelling_family
from ._text import is_sentence_start
from ._verbs import (
    IRREGULAR,
    NOUN_TOO,
    OVERREGULAR,
    PAST_NOT_PARTICIPLE,
    SAME_PAST,
    base_of,
    gerund,
    is_base,
    participle,
    third_person,
)

#: Texting style ("u", "lol", "pls"): a lowercase "i" there is the casual-tone rules' finding.
_TEXTING = re.compile(r"(?<![\w'])(?:u|ur|lol|omg|ngl|pls|plz|bc|tbh|idk|rn|thx|tnx|gonna|wanna|kinda|lmao|"
                      r"btw|imo|dm|k|ya|yea|hbu|wbu|smh|fr|bruh|im|dont|cant)(?![\w'])", re.I)
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_LOWER_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?!i\b|i['\u2019])[a-z]{2,}\b")
_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*|\d+(?:[.,:]\d+)*|[^\s\w]")


@dataclass
class Tok:
    text: str
    low: str
    start: int
    end: int
    initial: bool  # first word of a sentence or line

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


def tokenize(seg: str) -> list[Tok]:
    out = []
    for m in _TOKEN.finditer(seg):
        text = m.group(0)
        low = text.lower().replace("\u2019", "'")
        initial = text[:1].isalpha() and is_sentence_start(seg, m.start())
        out.append(Tok(text, low, m.start(), m.end(), initial))
    return out


def _case_like(replacement: str, original: str) -> str:
    if original[:1].isupper() and replacement:
        return replacement[:1].upper() + replacement[1:]
    return replacement


class _Ctx:
    def __init__(self, seg: str, base: int, known: Callable[[str], bool], count: Callable[[str], int],
                 dialect: str):
        self.seg = seg
        # texting style or sentences begun in lower case: a lowercase "i" there is part of the
        # style, which the casual-tone rules report once
        self.lower_case_style = bool(_TEXTING.search(seg) or _EMOJI.search(seg) or _LOWER_START.search(seg))
        self.base = base
        self.known = known
        self.count = count
        self.dialect = dialect
        self.toks = tokenize(seg)
        self.family = spelling_family(dialect)

    def verb_info(self, word: str) -> tuple[str, str] | None:
        """(base, kind) for an inflected verb form, including over-regularised pasts
        ("sended") that are not words of their own."""
        info = base_of(word)
        if info is None and word in OVERREGULAR and not self.known(word):
            return OVERREGULAR[word][0], "ed"
        return info

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < len(self.toks) else ""

    def same_sentence(self, i: int, j: int) -> bool:
        """Tokens i..j (inclusive) are in one sentence, with no line break between them."""
        if i < 0 or j >= len(self.toks):
            return False
        for k in range(i + 1, j + 1):
            t = self.toks[k]
            if t.initial or "\n" in self.seg[self.toks[k - 1].end:t.start]:
                return False
        return True

    def finding(self, i: int, j: int, rule: str, message: str, fix: str | None) -> Finding:
        """A finding over tokens i..j inclusive."""
        s, e = self.toks[i].start, self.toks[j].end
        suggestions = (_case_like(fix, self.toks[i].text),) if fix is not None else ()
        return Finding(self.base + s, self.base + e, "grammar", rule, message, suggestions)

    def gerund(self, base: str) -> str:
        us, uk = gerund(base), gerund(base, british=True)
        if us == uk:
            return us
        if self.family == "american":
            return us
        if self.family == "british":
            return uk
        return us if self.count(us) >= self.count(uk) else uk

    def participle(self, base: str) -> str:
        us, uk = participle(base), participle(base, british=True)
        if us == uk or self.family == "american":
            return us
        if self.family == "british":
            return uk
        return us if self.count(us) >= self.count(uk) else uk


_SUBJECTS = frozenset("i we you they he she".split())
_MODALS = frozenset("can could will would shall should may might must cannot can't couldn't won't wouldn't "
                    "shouldn't mustn't".split())
_MODAL_ADVERBS = frozenset("not also always still then now only just never definitely certainly surely "
                           "probably really easily already soon immediately personally".split())
_DETERMINERS = frozenset("a an the this that these those my your our his her their its every each some any "
                         "no one free good ill last own".split())
_PRONOUN_OBJECTS = frozenset("you me us him her them it".split())


# --------------------------------------------------------------------------
# verb forms


def _forward_to(c: _Ctx) -> Iterator[Finding]:
    """"looking forward to meet you" -> "meeting"."""
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low not in ("forward",) or c.low(i + 1) != "to":
            continue
        if not c.low(i - 1).startswith("look"):
            continue
        j = i + 2
        if c.low(j) in ("really", "greatly", "very", "so"):
            j += 1
        if not c.same_sentence(i, j) or not toks[j].is_word:
            continue
        w = c.low(j)
        if w == "be":
            nxt = c.low(j + 1)
            if nxt in ("a", "an", "part", "able", "the", "there", "in", "on", "at", "of", "working", "with"):
                yield c.finding(j, j, "verb-form", "After 'looking forward to', use the -ing form: "
                                "'looking forward to being ...'.", "being")
            continue
        if not is_base(w):
            continue
        if w in NOUN_TOO and c.low(j + 1) not in ("you", "with", "from", "together", "alongside", "closely",
                                                   "your", "us", "them", "him", "her", "more", "about",
                                                   "to", "this", "these", "our", "further"):
            continue
        g = c.gerund(w)
        yield c.finding(j, j, "verb-form", f"After 'looking forward to', use the -ing form: "
                        f"'looking forward to {g}'.", g)


_BE = frozenset("am is are was were be been being 'm 're 's".split())
_GET = frozenset("get got gets getting gotten become became".split())


def _used_to(c: _Ctx) -> Iterator[Finding]:
    """"I am used to lead" -> "leading"; "I used to leading" -> "lead"."""
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low != "used" or c.low(i + 1) != "to":
            continue
        j = i + 2
        if not c.same_sentence(i, j) or not toks[j].is_word:
            continue
        w = c.low(j)
        # What stands before "used": a be/get form (after a personal subject) or the subject itself.
        k = i - 1
        while k >= 0 and c.low(k) in ("so", "very", "quite", "really", "already", "not", "now", "well",
                                       "fully", "also", "still", "pretty", "more", "much"):
            k -= 1
        before = c.low(k)
        contracted = before in ("i'm", "we're", "you're", "they're", "he's", "she's")
        if before in _BE or before in _GET or contracted:
            if not contracted:
                subj = c.low(k - 1)
                if before in ("been", "being"):
                    subj = c.low(k - 2) if c.low(k - 1) in ("have", "has", "had", "'ve") else c.low(k - 1)
                if subj not in _SUBJECTS and subj not in ("i'm",):
                    continue  # "this tool is used to track": passive, not "accustomed"
            if not c.same_sentence(k, j):
                continue
            if not is_base(w) or w in ("be",):
                continue
            if w in NOUN_TOO and c.low(j + 1) in ("", ".", ",", "!", "?", ";", "and"):
                continue  # "I am used to work." could be the noun
            g = c.gerund(w)
            yield c.finding(j, j, "verb-form", f"'Be used to' (accustomed to) takes the -ing form: "
                            f"'used to {g}'. For a past habit, drop 'am': 'I used to {w}'.", g)
        elif before in _SUBJECTS and c.same_sentence(k, j):
            info = base_of(w)
            if info and info[1] == "ing" and not (w.endswith("ing") and c.known(w) and w in NOUN_TOO):
                yield c.finding(j, j, "verb-form", f"For a past habit, 'used to' takes the base form: "
                                f"'used to {info[0]}'.", info[0])


def _modal(c: _Ctx) -> Iterator[Finding]:
    """"can joins" / "will sent" / "must to submit" / "can able to" after a modal."""
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low not in _MODALS:
            continue
        if t.low in ("may",) and t.text == "May":
            continue  # the month
        if c.low(i - 1) in _DETERMINERS or c.low(i - 1) in ("tin", "watering", "trash"):
            continue  # "the will of the board", "a can of paint"
        j = i + 1
        while c.low(j) in _MODAL_ADVERBS and j < i + 3:
            j += 1
        if not c.same_sentence(i, j) or not toks[j].is_word:
            continue
        w = c.low(j)
        modal = t.low
        if w == "to" and c.same_sentence(j, j + 1) and is_base(c.low(j + 1)) and modal not in ("ought",):
            v = c.low(j + 1)
            if c.low(i - 2) in _ELLIPSIS_HEADS or c.low(i - 1) in _ELLIPSIS_HEADS:
                continue  # "anything I can to help": "can" stands for "can do"
            if modal in ("will", "would") and v in NOUN_TOO:
                continue  # "the will to win"
            yield c.finding(j, j + 1, "verb-form", f"'{modal.capitalize()}' takes the verb directly, without "
                            f"'to': '{modal} {v}'.", toks[j + 1].text)
            continue
        if w == "able" and c.low(j + 1) == "to" and modal in ("can", "could", "cannot", "can't", "couldn't"):
            nxt = c.low(j + 2)
            if is_base(nxt):
                yield Finding(c.base + toks[j].start, c.base + toks[j + 2].start, "grammar", "verb-form",
                              f"Use either '{modal} {nxt}' or 'will be able to {nxt}', not '{modal} able to'.",
                              ("",))
            continue
        info = c.verb_info(w)
        if not info or info[1] == "ing":
            continue
        verb, kind = info
        if kind == "ed" and c.low(j + 1) in ("by",):
            continue  # "could be" is missing, but the fix is unclear
        if kind == "ed" and w in ("used",):
            continue
        # after "would"/"could", a participle used as adjective is still wrong; keep it
        yield c.finding(j, j, "verb-form", f"After '{modal}', use the base form of the verb: "
                        f"'{modal} {verb}'.", verb)


_DO = frozenset("did didn't do don't does doesn't".split())
_ELLIPSIS_HEADS = frozenset("anything everything whatever all what as best much more little way thing things "
                            "least most".split())
_BE_HAVE_FORMS = frozenset("is are was were am be been has had have 's 're 'm".split())


def _do_support(c: _Ctx) -> Iterator[Finding]:
    """"did not received" / "Did you received" / "doesn't works" -> base form."""
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low not in _DO:
            continue
        if c.low(i - 1) in _MODALS or (t.low == "do" and c.low(i - 1) in ("to", "least", "what", "we", "they",
                                                                        "you")):
            continue  # "the least you can do is", "what we do is": "do" is the main verb
        j = i + 1
        if t.low in ("did", "do", "does") and c.low(j) == "not":
            j += 1
        if c.low(j) in _SUBJECTS | {"it"}:
            # a question ("Did you received ...?"): the auxiliary opens it
            if j == i + 1 and not (t.initial or c.low(i - 1) in ("why", "how", "when", "where", "what", "so",
                                                                 "and", "but", "nor", ",")):
                continue
            j += 1
            if c.low(j) == "not":
                j += 1
        while c.low(j) in ("really", "even", "ever", "actually", "also", "yet", "just"):
            j += 1
        if not c.same_sentence(i, j) or not toks[j].is_word:
            continue
        w = c.low(j)
        if w in _BE_HAVE_FORMS:
            continue
        info = c.verb_info(w)
        if not info or info[1] == "ing":
            continue
        verb, kind = info
        if w in ("used",):
            continue  # "didn't used to" is an accepted variant
        if kind == "ed" and c.low(j + 1) in ("by",):
            continue
        aux = t.low
        yield c.finding(j, j, "verb-form", f"After '{aux}', the verb stays in its base form: "
                        f"'{aux} {verb}'." if j == i + 1 else
                        f"After '{aux}', the verb stays in its base form ('{verb}').", verb)


_TO_TRIGGERS = frozenset("like want wants wanted wish wishes wished hope hoped plan plans planned try tried "
                         "able happy glad pleased decided love need needed would'd".split())


def _to_infinitive(c: _Ctx) -> Iterator[Finding]:
    """"I would like to thanks you", "glad to heard" -> base form after 'to'."""
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low != "to" or c.low(i - 1) not in _TO_TRIGGERS:
            continue
        j = i + 1
        if not c.same_sentence(i - 1, j) or not toks[j].is_word:
            continue
        w = c.low(j)
        info = c.verb_info(w)
        if not info or info[1] == "ing":
            continue
        verb, kind = info
        if kind == "s" and w != "thanks":
            # an -s form could be a plural noun: require what follows a verb, an object
            if c.low(j + 1) not in ("you", "me", "us", "him", "her", "them", "the", "my", "your", "our",
                                    "this", "that", "a", "an", "when", "if", "more", "about", "with"):
                continue
        if kind == "ed" and (w.endswith("ed") and c.low(j + 1) in ("by", "to", "and", ",", ".")):
            continue  # a participle used as an adjective or a passive: unsure
        if w == "used":
            continue
        yield c.finding(j, j, "verb-form", f"After 'to', use the base form of the verb: 'to {verb}'.", verb)


_HAVE = frozenset("have has had 've having".split())
#: base forms after "have" that are clearly verbs missing their participle
_HAVE_BASE = frozenset("""
send receive submit attach finish apply discuss speak write go give take see forget choose decide mention
inform enjoy learn attend prepare join explain understand realise realize accept arrange confirm provide
include deliver ask tell bring buy become begin break drive eat find fly grow hear keep know leave lose
pay say sell sing sit sleep spend stand teach think throw wear win achieve improve upload download install
solve create develop build meet sign forward reply contact
""".split())


def _perfect(c: _Ctx) -> Iterator[Finding]:
    """"I have went" -> "have gone"; "I have finish" -> "have finished"."""
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low not in _HAVE and not t.low.endswith("'ve"):
            continue
        j = i + 1
        while c.low(j) in ("not", "already", "just", "never", "also", "recently", "finally", "ever", "all",
                           "now", "since", "both", "still", "successfully", "personally", "been") and j < i + 3:
            if c.low(j) == "been":
                break
            j += 1
        if not c.same_sentence(i, j) or not toks[j].is_word:
            continue
        w = c.low(j)
        if w in PAST_NOT_PARTICIPLE and w not in ("was",):
            pp = PAST_NOT_PARTICIPLE[w]
            have = t.text.lower()
            yield c.finding(j, j, "verb-form", f"After '{have}', use the past participle: '{have} {pp}', not "
                            f"'{have} {w}'.", pp)
            continue
        if w in _HAVE_BASE and (t.low in ("have", "has") or t.low.endswith("'ve")):
            if t.low in ("have", "has") and c.low(i - 1) not in _SUBJECTS | {"it"}:
                continue  # "the reports have" ... needs a pronoun subject to be sure
            nxt = c.low(j + 1)
            if nxt in ("to", "of") or (w == "meet" and nxt == "with"):
                continue  # "what I have to say", "I have reply of"... unsure
            pp = c.participle(w)
            have = t.text.lower()
            if not c.known(pp):
                continue
            yield c.finding(j, j, "verb-form", f"After '{have}', use the past participle: '{have} {pp}'.", pp)


# --------------------------------------------------------------------------
# agreement

_HAS_FORMS = {"have": "has", "do": "does", "don't": "doesn't", "are": "is", "am": "is", "were": None}
_AUX_BEFORE = frozenset("do does did don't doesn't didn't will would can could should shall may might must "
                        "won't wouldn't can't couldn't shouldn't mustn't let make made help helped see saw "
                        "watch hear heard have had having not nor".split())
_SUBJUNCTIVE = frozenset("recommend recommended suggest suggested insist insisted demand demanded require "
                         "required request requested propose proposed ask asked urge urged essential "
                         "important vital necessary advise advised prefer preferred".split())
_CLAUSE_OPENERS = frozenset("and but because so as since if when while although though that where once "
                            "after before until unless , ;".split())


def _agreement(c: _Ctx) -> Iterator[Finding]:
    toks = c.toks
    n = len(toks)
    for i, t in enumerate(toks):
        low = t.low
        if i + 1 >= n or not c.same_sentence(i, i + 1) or not toks[i + 1].is_word:
            continue
        nxt = c.low(i + 1)
        prev = c.low(i - 1)
        # he / she (+ it at a clause start) with a base verb
        if low in ("he", "she") or (low == "it" and (t.initial or prev in _CLAUSE_OPENERS)):
            if prev in _AUX_BEFORE or (prev in ("that",) and any(c.low(k) in _SUBJUNCTIVE
                                                                  for k in range(i - 5, i - 1))):
                continue
            if any(c.low(k) in _SUBJUNCTIVE for k in range(max(0, i - 3), i)):
                continue
            if low == "it" and nxt not in ("have", "don't", "do"):
                continue
            if nxt in _HAS_FORMS and _HAS_FORMS[nxt]:
                fix = _HAS_FORMS[nxt]
            elif is_base(nxt) and nxt not in SAME_PAST and nxt not in ("need", "dare", "be", "used"):
                fix = third_person(nxt)
            else:
                continue
            yield c.finding(i + 1, i + 1, "agreement", f"With '{t.text}', the verb takes the -s form: "
                            f"'{t.text} {fix}'.", fix)
            continue
        # we / they / you with a singular verb
        if low in ("we", "they") or (low == "you" and (t.initial or prev in _CLAUSE_OPENERS
                                                       or prev in ("hope", "think", "know", "said"))):
            if prev in ("do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
                        "let", "make", "made", "have", "had", "see", "saw"):
                continue
            fix = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't", "am": "are"}.get(nxt)
            if fix:
                yield c.finding(i + 1, i + 1, "agreement", f"With '{t.text}', use '{fix}', not '{nxt}'.", fix)
            continue
        # I with is/are/was (was is fine) handled by _grammar's i-agreement; "I are" here
        if low == "i" and t.text == "I" and nxt == "are":
            yield c.finding(i + 1, i + 1, "agreement", "With 'I', use 'am', not 'are'.", "am")
    yield from _noun_agreement(c)


#: singular nouns that are never collective (a "team" or "company" may take a plural verb)
_SINGULAR_NOUNS = frozenset("""
manager interviewer recruiter candidate client customer doctor engineer supervisor director colleague
boss teacher nurse owner lead developer designer analyst accountant assistant officer coordinator
meeting interview document report email e-mail result offer contract role position job project
application schedule deadline link test form system office website letter invoice payment shipment
order contract schedule plan proposal presentation certificate assessment process policy
""".split())
_PLURAL_OK_S = frozenset("news series species means mathematics maths physics economics politics analytics "
                         "logistics sales operations communications payments accounts ethics athletics "
                         "headquarters whereabouts thanks earnings savings premises lens chassis diabetes "
                         "measles basis crisis analysis status process business success access class address "
                         "bus campus bonus focus virus census corpus gas canvas atlas alias".split())
_DETS_PL = frozenset("the these those my our your his her their".split())
_POSSESSIVES = frozenset("my our your his her their these those".split())
_PARTITIVE = frozenset("of each every one none neither either any".split())


def _noun_agreement(c: _Ctx) -> Iterator[Finding]:
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low not in _DETS_PL | {"this", "that", "every", "each"}:
            continue
        if not t.initial and (t.low not in _POSSESSIVES or c.low(i - 1) not in _CLAUSE_OPENERS | {"whether"}):
            continue  # only a clause's subject: not "one of my documents was", "the kit in your vans is"
        j = i + 1
        if c.low(j) in ("new", "final", "first", "last", "other", "whole", "signed", "updated", "main", "next",
                        "latest"):
            j += 1
        if not c.same_sentence(i, j + 1) or not toks[j].is_word or not toks[j + 1].is_word:
            continue
        noun, verb = c.low(j), c.low(j + 1)
        if toks[j].text[:1].isupper() and not toks[j].initial:
            continue
        plural = noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and noun not in _PLURAL_OK_S
        if noun in ("people", "children", "men", "women"):
            plural = True
        if plural and t.low in _DETS_PL and noun not in _PLURAL_OK_S:
            stem = noun[:-1] if not noun.endswith("ies") else noun[:-3] + "y"
            if noun not in ("people", "children", "men", "women") and not (
                    stem in _SINGULAR_NOUNS or (c.known(stem) and c.count(stem) >= 2000
                                                and not c.known(noun + "es") and base_of(noun) is None)):
                continue
            fix = {"was": "were", "is": "are", "has": "have", "doesn't": "don't", "does": "do"}.get(verb)
            if fix:
                yield c.finding(j + 1, j + 1, "agreement", f"'{toks[j].text}' is plural: use '{fix}', not "
                                f"'{verb}'.", fix)
        elif noun in _SINGULAR_NOUNS and t.low in ("the", "my", "your", "our", "his", "her", "their", "this",
                                                   "that", "every", "each"):
            fix = {"were": "was", "are": "is", "have": "has", "don't": "doesn't", "do": "does"}.get(verb)
            if fix:
                yield c.finding(j + 1, j + 1, "agreement", f"'{toks[j].text}' is singular: use '{fix}', not "
                                f"'{verb}'.", fix)


_THERE_MANY = frozenset("many several two three four five six seven eight nine ten few lots numerous".split())


def _there_is(c: _Ctx) -> Iterator[Finding]:
    for i, t in enumerate(c.toks):
        if t.low != "there" or c.low(i + 1) not in ("is", "was") or not c.same_sentence(i, i + 2):
            continue
        if c.low(i + 2) in _THERE_MANY and c.low(i + 3) not in ("of",):
            fix = "are" if c.low(i + 1) == "is" else "were"
            yield c.finding(i + 1, i + 1, "agreement", f"'{c.toks[i + 2].text} ...' is plural: "
                            f"'there {fix}'.", fix)


# --------------------------------------------------------------------------
# word choice

_INTENSIFIERS = frozenset("very really so truly extremely highly particularly most more still also quite deeply "
                          "genuinely definitely keenly always equally greatly even".split())
_FEEL = {"interesting": "interested", "exciting": "excited", "boring": "bored", "confusing": "confused",
         "disappointing": "disappointed", "satisfying": "satisfied", "surprising": "surprised",
         "embarrassing": "embarrassed", "tiring": "tired", "frustrating": "frustrated"}


def _interested(c: _Ctx) -> Iterator[Finding]:
    """"I am interesting in the role" -> "interested"."""
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low not in _FEEL:
            continue
        k = i - 1
        while c.low(k) in _INTENSIFIERS:
            k -= 1
        be = c.low(k)
        subj = c.low(k - 1)
        person = (be in ("am", "was") and subj == "i") or be in ("i'm", "we're", "they're") or \
                 (be in ("are", "were") and subj in ("we", "they")) or \
                 (be in ("is", "was") and subj in ("he", "she")) or \
                 (be in ("feel", "felt", "became", "become", "got", "get") and subj in _SUBJECTS)
        if not person or not c.same_sentence(k - 1 if be not in ("i'm", "we're", "they're") else k, i):
            continue
        nxt = c.low(i + 1)
        right = _FEEL[t.low]
        if t.low == "interesting" and nxt not in ("in", "to", "for", "about", ".", "!", ",", "and", ""):
            continue
        if t.low != "interesting" and nxt not in ("about", "to", "for", "with", "by", "that", ".", "!", ",", ""):
            continue
        yield c.finding(i, i, "feeling-word", f"'{t.text}' describes what causes the feeling; for how you "
                        f"feel, use '{right}'.", right)


def _redundant(c: _Ctx) -> Iterator[Finding]:
    """"discuss about", "revert back", "mentioned about", "emphasise on"."""
    toks = c.toks
    for i, t in enumerate(toks):
        nxt = c.low(i + 1)
        if not c.same_sentence(i, i + 1):
            continue
        if t.low in ("discuss", "discussed", "discusses", "discussing") and nxt == "about":
            yield Finding(c.base + t.start, c.base + toks[i + 1].end, "grammar", "redundant-word",
                          f"'Discuss' takes its object directly: '{t.text} the plan', not "
                          f"'{t.text} about'.", (t.text,))
        elif t.low in ("emphasise", "emphasize", "emphasised", "emphasized", "emphasising", "emphasizing") \
                and nxt == "on":
            yield Finding(c.base + t.start, c.base + toks[i + 1].end, "grammar", "redundant-word",
                          f"'{t.text}' takes its object directly, without 'on'.", (t.text,))
        elif t.low in ("mentioned",) and nxt == "about" and c.low(i - 1) in _SUBJECTS | {"have", "had", "has",
                                                                                         "you've", "i've"}:
            yield Finding(c.base + t.start, c.base + toks[i + 1].end, "grammar", "redundant-word",
                          f"'Mention' takes its object directly: '{t.text} the plan', not "
                          f"'{t.text} about'.", (t.text,))
        elif t.low in ("revert", "reverted", "reverting", "reverts") and nxt == "back":
            yield from _revert_back(c, i)


def _revert_back(c: _Ctx, i: int) -> Iterator[Finding]:
    t = c.toks[i]
    after = c.low(i + 2)
    span_end = c.toks[i + 1].end
    technical = after == "to" and c.low(i + 3) in ("the", "a", "an", "its", "our", "their", "version",
                                                    "v1", "previous", "old", "original", "normal")
    if technical or revert_means_reply(c.dialect):
        yield Finding(c.base + t.start, c.base + span_end, "grammar", "redundant-word",
                      "'Revert' already means 'go back', so 'back' is redundant.", (t.text,))
        return
    reply = {"revert": "reply", "reverted": "replied", "reverting": "replying", "reverts": "replies"}[t.low]
    yield Finding(c.base + t.start, c.base + span_end, "grammar", "redundant-word",
                  f"'Revert back' means 'go back'; to ask for an answer, '{reply}' is clearer to most readers.",
                  (_case_like(reply, t.text),))


_NUMBER_WORDS = frozenset("a an one two three four five six seven eight nine ten eleven twelve fifteen twenty "
                          "thirty several many few couple".split())
_UNITS = frozenset("year years month months week weeks day days hour hours decade decades minute minutes".split())


def _since_duration(c: _Ctx) -> Iterator[Finding]:
    """"since three years" -> "for three years" (a length of time, not a starting point)."""
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low != "since":
            continue
        j = i + 1
        if c.low(j) in ("the", "last", "past") and c.low(j + 1) in ("last", "past"):
            j += 2  # "since the last three years"
        elif c.low(j) in ("last", "past"):
            j += 1
        k = j
        while k < j + 3 and (c.low(k) in _NUMBER_WORDS or c.low(k).isdigit() or c.low(k) in ("long",
                                                                                               "a", "few")):
            k += 1
        if k == j or not c.same_sentence(i, k) or c.low(k) not in _UNITS:
            continue
        if c.low(k + 1) in ("ago", "before", "earlier", "back", "now"):
            continue  # "since three years ago" names a starting point
        phrase = c.seg[toks[j].start:toks[k].end]
        yield Finding(c.base + t.start, c.base + toks[k].end, "grammar", "since-for",
                      f"Use 'for' with a length of time ('for {phrase}') and 'since' with a starting "
                      f"point ('since 2021').", (_case_like("for " + phrase, t.text),))
    # "since a long time", "waiting since long."
    for m in re.finditer(r"(?<![\w'])([Ss]ince)[ \t]+(a[ \t]+long[ \t]+time\b|long(?=[ \t]*[.,;!?]))", c.seg):
        yield Finding(c.base + m.start(1), c.base + m.end(2), "grammar", "since-for",
                      "Use 'for' with a length of time: 'for a long time'.", (_case_like("for a long time",
                                                                                          m.group(1)),))


_COUNT_NOUNS = frozenset("job interview reply response vacancy reference loan position offer certificate answer "
                         "decision call chance opportunity pity problem issue question".split())
_AFTER_COUNT = frozenset("by for from this next in at on with soon . , ! ? ; and before".split()) | {""}
_QUALITY_ADJ = frozenset("strong good deep positive keen clear solid great real genuine excellent".split())
_QUALITY_NOUNS = frozenset("sense attitude impression understanding eye".split())


def _more_articles(c: _Ctx) -> Iterator[Finding]:
    """"find job", "gave me interview", "there is vacancy", "It is pity", "have strong sense of"."""
    toks = c.toks
    for i, t in enumerate(toks):
        low = t.low
        j = i + 1
        if low in ("have", "had") and c.low(j) in ("chance", "opportunity") and c.low(j + 1) in ("to", "of",
                                                                                           "for") \
                and c.same_sentence(i, j):
            art = _a_or_an(toks[j].text)
            yield c.finding(j, j, "article", f"'{toks[j].text}' is countable: '{art} {toks[j].text}'.",
                            f"{art} {toks[j].text}")
            continue
        if low in ("find", "get", "got", "gave", "give", "receive", "received", "need", "offered") or (
                low in ("me", "us") and c.low(i - 1) in ("gave", "give", "offered", "offer", "send", "sent")):
            if low in ("gave", "give", "offered", "send", "sent") and c.low(j) in ("me", "us"):
                continue  # handled at "me"
            noun = c.low(j)
            if noun in ("job", "interview", "reply", "response", "vacancy", "reference", "loan", "chance",
                        "answer", "decision", "call") and c.low(j + 1) in _AFTER_COUNT and c.same_sentence(i, j):
                art = _a_or_an(toks[j].text)
                yield c.finding(j, j, "article", f"'{toks[j].text}' is countable: '{art} {toks[j].text}'.",
                                f"{art} {toks[j].text}")
        elif low == "there" and c.low(j) in ("is", "was") and c.same_sentence(i, j + 2):
            k = j + 1
            if c.low(k) in ("online", "new", "any", "no") and c.low(k) not in ("any", "no"):
                k += 1
            noun = c.low(k)
            if noun in _COUNT_NOUNS and noun not in ("pity",) and c.low(k + 1) in _AFTER_COUNT | {"in", "with"}:
                art = _a_or_an(toks[j + 1].text)
                yield c.finding(j + 1, j + 1, "article", f"'{toks[k].text}' is countable: 'there {c.low(j)} "
                                f"{art} {c.seg[toks[j + 1].start:toks[k].end]}'.", f"{art} {toks[j + 1].text}")
        elif low in ("is", "was") and c.low(i - 1) in ("it", "that", "what") and c.low(j) == "pity" and \
                c.same_sentence(i, j):
            yield c.finding(j, j, "article", "The phrase is 'a pity': 'it is a pity'.", "a pity")
        elif low in ("have", "has", "with") and c.low(j) in _QUALITY_ADJ and c.low(j + 1) in _QUALITY_NOUNS and \
                c.low(j + 2) in ("of", "in", "for", "and", ".", ",", "") and c.same_sentence(i, j + 1):
            if c.low(j + 1) in ("understanding", "background") and c.low(j + 2) in ("and", ".", ",", ""):
                continue
            art = _a_or_an(toks[j].text)
            yield c.finding(j, j, "article", f"'{toks[j + 1].text}' here is countable: "
                            f"'{art} {toks[j].text} {toks[j + 1].text}'.", f"{art} {toks[j].text}")
        elif low in ("see", "find", "check", "open") and c.low(j) == "attachment" and \
                c.low(j + 1) in (".", ",", "!", "", "for", "and") and c.same_sentence(i, j):
            yield c.finding(j, j, "article", "Write 'the attachment' (or 'see attached').", "the attachment")


# --------------------------------------------------------------------------
# articles

_JOBS = frozenset("""
engineer developer accountant teacher nurse designer analyst architect programmer consultant lawyer doctor
pharmacist technician electrician plumber carpenter chef cook waiter waitress driver student graduate
intern trainee fresher secretary receptionist cashier salesman saleswoman economist scientist researcher
lecturer professor tutor translator interpreter journalist writer editor photographer mechanic welder
surveyor auditor banker broker clerk administrator officer coordinator specialist supervisor assistant
paralegal physiotherapist therapist dentist surgeon midwife caregiver pilot entrepreneur freelancer
""".split())
_AN_SOUND = re.compile(r"^(?:[aeio]|u(?:n|m|p|g|l|rg|rb|tt|sh))", re.I)
_ADJ_SKIP = frozenset("a an the my our your his her their this that one also still now currently just "
                      "already not no very really only an".split())


def _a_or_an(word: str) -> str:
    low = word.lower()
    if low.startswith(("hour", "honest", "honour", "honor", "heir")):
        return "an"
    if low.startswith(("uni", "use", "usu", "eu", "one", "ur")):
        return "a"
    return "an" if _AN_SOUND.match(low) else "a"


def _articles(c: _Ctx) -> Iterator[Finding]:
    toks = c.toks
    n = len(toks)
    for i, t in enumerate(toks):
        low = t.low
        # "I am (senior) engineer" / "I work as accountant"
        copula = (low in ("am", "was") and c.low(i - 1) == "i") or low == "i'm" or \
                 (low in ("is", "was") and c.low(i - 1) in ("he", "she"))
        as_job = low == "as" and c.low(i - 1) in ("work", "worked", "working", "works", "employed", "hired",
                                                   "job", "experience", "started", "joined")
        if copula or as_job:
            j = i + 1
            mods = 0
            while j < n and mods < 2 and toks[j].is_word and c.low(j) not in _JOBS and c.low(j) not in _ADJ_SKIP \
                    and not toks[j].text[:1].isupper() and c.known(c.low(j)):
                j += 1
                mods += 1
            if j >= n or c.low(j) not in _JOBS or not c.same_sentence(i, j):
                continue
            if as_job and mods:
                continue  # "as senior accountant" is telegraphic but common; leave it
            if c.low(j + 1) in ("of", "'s", "-", "s") or toks[j].text[:1].isupper():
                continue
            if any(c.low(k) in ("interested", "happy", "glad", "proud", "sure", "ready", "available", "keen",
                                "grateful", "excited", "confident", "able", "looking", "working", "a", "an")
                   for k in range(i + 1, j)):
                continue
            first = toks[i + 1]
            art = _a_or_an(first.text)
            yield c.finding(i + 1, i + 1, "article", f"A singular job title needs an article: "
                            f"'{art} {c.seg[first.start:toks[j].end]}'.", f"{art} {first.text}")
            continue
        if low in ("have", "had") and c.low(i - 1) in ("i", "we") and c.same_sentence(i, i + 1):
            nxt = c.low(i + 1)
            if nxt in ("interview", "meeting", "question", "appointment", "exam", "call") and \
                    (c.low(i + 2) in _AFTER_EVENT or c.low(i + 2) in ("with", "for", "in", "next", "tomorrow")):
                art = _a_or_an(toks[i + 1].text)
                yield c.finding(i + 1, i + 1, "article", f"'{toks[i + 1].text}' is countable: "
                                f"'{art} {toks[i + 1].text}'.", f"{art} {toks[i + 1].text}")
                continue
        # "It was great opportunity", "We had very good discussion"
        if low in ("was", "is", "had", "have", "been") and c.low(i - 1) in ("it", "this", "that", "we", "i",
                                                                             "has", "have", "it's"):
            j = i + 1
            if c.low(j) in ("really", "very", "such", "truly", "indeed"):
                j += 1
            if c.low(j) in ("great", "good", "nice", "wonderful", "fantastic", "excellent", "amazing",
                            "valuable", "useful", "productive", "pleasant", "lovely", "fruitful", "insightful",
                            "interesting", "rewarding", "real", "big", "huge", "unique", "rare", "fun",
                            "informative", "enjoyable", "positive", "brief", "short", "long", "quick"):
                j += 1
            if j >= n or not c.same_sentence(i, j):
                continue
            noun = c.low(j)
            if noun not in ("opportunity", "pleasure", "chance", "honour", "honor", "privilege", "experience",
                            "discussion", "conversation", "meeting", "interview", "talk", "chat", "time"):
                continue
            if j == i + 1 and noun not in ("pleasure", "opportunity", "privilege", "honour", "honor"):
                continue  # "we had time", "it was experience" need an adjective to be sure
            if noun in ("experience", "time") and c.low(i) in ("had", "have") and j == i + 1:
                continue
            if noun == "meeting" and (c.low(j + 1) in _PRONOUN_OBJECTS or c.low(j + 1) in ("with", "everyone",
                                                                                           "all")):
                continue  # "it was nice meeting you": a gerund
            first = toks[i + 1]
            art = _a_or_an(first.text)
            yield c.finding(i + 1, i + 1, "article", f"'{noun.capitalize()}' here needs an article: "
                            f"'{art} {c.seg[first.start:toks[j].end]}'.", f"{art} {first.text}")
            continue
        # "thank you for interview" / "I have interview"
        if low == "for" and c.low(i - 1) in ("you", "thanks") and (c.low(i - 2) in ("thank",) or c.low(i - 1) ==
                                                                  "thanks"):
            nxt = c.low(i + 1)
            if nxt in ("interview", "meeting", "opportunity", "call", "conversation", "chance", "tour",
                       "invitation", "offer", "discussion") and c.same_sentence(i, i + 1) \
                    and c.low(i + 2) in _AFTER_EVENT:
                yield c.finding(i + 1, i + 1, "article", f"'{toks[i + 1].text}' needs an article here: "
                                f"'the {toks[i + 1].text}'.", f"the {toks[i + 1].text}")
            continue
    yield from _extra_article(c)


_ABSTRACT = frozenset("life society nature humanity happiness".split())
#: what may follow a bare event noun ("thank you for interview yesterday"); a pronoun or
#: "with" after it makes it a gerund ("thank you for meeting with me").
_AFTER_EVENT = frozenset(". , ! ? ; yesterday today on last this and at earlier".split()) | {""}
#: what may follow a place name used as a noun ("in the Shanghai."), not as a modifier
#: ("in the Shanghai office", "the Abuja outlets")
_AFTER_PLACE = frozenset(". , ! ? ; and for since where until last this next with".split()) | {""}
_PLACES = frozenset("""
shanghai beijing shenzhen guangzhou hangzhou lagos abuja accra nairobi mumbai delhi bangalore bengaluru
chennai hyderabad pune kolkata karachi lahore dhaka manila cebu makati davao hanoi jakarta bangkok singapore
tokyo seoul riyadh jeddah dubai doha cairo amman beirut casablanca madrid barcelona lisbon paris berlin
london manchester toronto vancouver sydney melbourne mexico bogota lima santiago rio brazil china india
nigeria ghana kenya egypt spain portugal france germany canada australia japan korea vietnam pakistan
""".split())


def _extra_article(c: _Ctx) -> Iterator[Finding]:
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low != "the" or not c.same_sentence(i, i + 1) or not toks[i + 1].is_word:
            continue
        nxt = c.low(i + 1)
        if t.initial and nxt in _ABSTRACT and c.low(i + 2) in ("is", "in", "was", "has", "can"):
            yield Finding(c.base + t.start, c.base + toks[i + 1].start, "grammar", "article",
                          f"'{toks[i + 1].text}' in general takes no article: "
                          f"'{toks[i + 1].text.capitalize()} {c.low(i + 2)} ...'.", ("",))
        elif nxt in _PLACES and toks[i + 1].text[:1].isupper() and c.low(i - 1) in ("in", "to", "from", "at",
                                                                                      "visit", "visited") \
                and (c.low(i + 2) in _AFTER_PLACE or not c.same_sentence(i + 1, i + 2)):
            yield Finding(c.base + t.start, c.base + toks[i + 1].start, "grammar", "article",
                          f"Names of cities and most countries take no article: 'in {toks[i + 1].text}'.", ("",))


# --------------------------------------------------------------------------
# prepositions in fixed phrases

_SAID_VERBS = frozenset("said mentioned told discussed asked explained shared learned learnt talked spoke "
                        "covered presented agreed noted stated answered raised showed described".split())
_MET_VERBS = frozenset("met saw time performance nervous present meet see".split())
_ABOUT_NOUNS = frozenset("feedback update updates notes thoughts comments decision information details "
                         "reflections progress news outcome result results report follow-up questions "
                         "input opinion views remarks work working worked focus focused".split())


def _prepositions(c: _Ctx) -> Iterator[Finding]:
    toks = c.toks
    for i, t in enumerate(toks):
        low = t.low
        if low == "from" and c.low(i + 1) in ("your", "my", "our", "his", "her", "their") and c.low(i + 2) == \
                "part" and c.same_sentence(i, i + 2):
            yield c.finding(i, i, "preposition", "The fixed phrase is 'on your part' (or 'from your side').",
                            "on")
        elif low == "on" and c.low(i + 1) == "the" and c.low(i + 2) in ("interview", "meeting") and \
                c.same_sentence(i, i + 2):
            after = c.low(i + 3)
            if after and after not in (".", ",", "!", "?", ";", "yesterday", "today", "last", "on", "and", "with",
                                       "this", "that", "i", "we", "you", ")"):
                continue  # "on the interview panel", "on the meeting notes"
            before = [c.low(k) for k in range(max(0, i - 4), i)]
            if any(w in _ABOUT_NOUNS for w in before[-2:]) or c.low(i - 1) in _ABOUT_NOUNS:
                continue  # "feedback on the interview"
            said = any(w in _SAID_VERBS for w in before)
            met = any(w in _MET_VERBS for w in before)
            if not (said or met):
                continue
            prep = "in" if said and not met else "at"
            noun = toks[i + 2].text
            yield c.finding(i, i, "preposition", f"Use '{prep} the {noun}' (or 'during the {noun}'); "
                            f"'on the {noun}' means about it.", prep)
        elif low in ("depend", "depends", "depended", "depending") and c.low(i + 1) == "of" and \
                c.same_sentence(i, i + 1):
            yield c.finding(i + 1, i + 1, "preposition", f"The phrase is '{t.text} on'.", "on")
        elif low in ("explain", "explained", "explains", "explaining") and c.low(i + 1) in ("me", "us", "him",
                                                                                            "them") \
                and c.same_sentence(i, i + 1) and c.low(i + 2) not in ("to",):
            yield Finding(c.base + toks[i + 1].start, c.base + toks[i + 1].end, "grammar", "preposition",
                          f"'Explain' takes 'to' before the person: '{t.text} to {toks[i + 1].text}'.",
                          (f"to {toks[i + 1].text}",))
        elif low in ("reply", "replied") and c.low(i + 1) in ("me", "us", "him", "them") and \
                c.same_sentence(i, i + 1):
            yield Finding(c.base + toks[i + 1].start, c.base + toks[i + 1].end, "grammar", "preposition",
                          f"'Reply' takes 'to' before the person: '{t.text} to {toks[i + 1].text}'.",
                          (f"to {toks[i + 1].text}",))
        elif low in ("attend", "attended", "attending", "attends") and c.low(i + 1) == "to" and \
                c.low(i + 2) == "the" and c.low(i + 3) in ("meeting", "interview", "conference", "event",
                                                           "session", "training", "workshop", "course",
                                                           "class", "webinar", "orientation") \
                and c.same_sentence(i, i + 3):
            yield Finding(c.base + toks[i + 1].start, c.base + toks[i + 2].start, "grammar", "preposition",
                          f"'Attend' a {c.low(i + 3)} takes no 'to' ('attend to' means deal with).", ("",))
        elif low == "interested" and c.low(i + 1) == "for" and c.low(i + 2) in ("the", "this", "your", "a",
                                                                               "an") \
                and c.same_sentence(i, i + 2):
            yield c.finding(i + 1, i + 1, "preposition", "The phrase is 'interested in'.", "in")


# --------------------------------------------------------------------------
# "am agree", a lowercase "i", comma splices


def _be_agree(c: _Ctx) -> Iterator[Finding]:
    for i, t in enumerate(c.toks):
        if t.low in ("am", "are", "is", "'m", "i'm", "we're", "they're") and c.low(i + 1) in ("agree",
                                                                                             "disagree") \
                and c.same_sentence(i, i + 1):
            if t.low in ("i'm", "we're", "they're"):
                subj = t.text.split("'")[0].split("\u2019")[0]
                yield Finding(c.base + t.start, c.base + c.toks[i + 1].end, "grammar", "verb-form",
                              f"'Agree' is a verb on its own: '{subj} {c.toks[i + 1].text}'.",
                              (f"{subj} {c.toks[i + 1].text}",))
            elif c.low(i - 1) in _SUBJECTS:
                yield c.finding(i, i + 1, "verb-form", f"'Agree' is a verb on its own: "
                                f"'{c.toks[i - 1].text} {c.toks[i + 1].text}', without '{t.text}'.",
                                c.toks[i + 1].text)


_LOWER_I = re.compile(r"(?<![\w'\u2019.(\[/-])i(?=(?:['\u2019](?:m|ve|ll|d)\b)|[ \t]+[a-z])(?![\w.)\]])")
_LOWER_I_BAD_NEXT = re.compile(r"i[ \t]+(?:e|g|i|ii|iii|iv|v)\b")


def _lowercase_i(c: _Ctx) -> Iterator[Finding]:
    if c.lower_case_style:
        return  # texting style: the casual-tone rules report it, once
    for m in _LOWER_I.finditer(c.seg):
        s = m.start()
        if _LOWER_I_BAD_NEXT.match(c.seg, s):
            continue
        before = c.seg[max(0, s - 2):s]
        if before.endswith(("(", "[")):
            continue
        yield Finding(c.base + s, c.base + s + 1, "grammar", "lowercase-i",
                      "The pronoun 'I' is always a capital letter.", ("I",))


_CONTRACTED_SUBJECTS = frozenset("i'm it's we're they're i've we've i'll we'll that's there's i'd".split())
_SPLICE_SUBJECTS = frozenset("i we you he she it they this that there".split())
_FINITE = frozenset("am is are was were have has had do does did will would can could should may might must "
                    "shall 'm 're 's 've 'll 'd".split())
_SUBORDINATORS = frozenset("if when whenever although though because since as while after before once unless "
                           "until whether whereas where even given now so to in on at for during with without "
                           "after upon by from yes no ok okay sure hi hello dear however also additionally "
                           "moreover furthermore meanwhile unfortunately fortunately honestly sincerely "
                           "finally firstly secondly lastly again otherwise instead besides".split())
_PARENTHETICAL = frozenset("think believe hope guess mean suppose promise know feel assume understand "
                           "reckon imagine expect trust".split())


def _is_finite(c: _Ctx, k: int, subj_before: str = "") -> bool:
    w = c.low(k)
    if w in _FINITE or any(w.endswith(x) for x in ("n't",)):
        return True
    info = base_of(w)
    if info and info[1] == "ed" and w not in ("used",):
        return True
    if subj_before in ("i", "we", "you", "they") and is_base(w):
        return True
    if subj_before in ("he", "she", "it", "this", "that") and info and info[1] == "s":
        return True
    return False


def _comma_splice(c: _Ctx) -> Iterator[Finding]:
    """Two complete sentences joined by a comma: "Thank you for your time, I enjoyed it"."""
    toks = c.toks
    n = len(toks)
    for i, t in enumerate(toks):
        if t.text != "," or i + 2 >= n:
            continue
        # clause 1: from the sentence start to the comma
        s = i - 1
        while s > 0 and not toks[s].initial:
            s -= 1
        if not toks[s].initial or i - s < 4:
            continue
        words = [c.low(k) for k in range(s, i)]
        if any(toks[k].text in (",", ";", ":", "(", ")", "\"", "-", "\u2013", "\u2014") for k in range(s, i)):
            continue  # a list or an aside: too unsure
        if "\n" in c.seg[toks[s].start:t.start]:
            continue
        first = words[0]
        if first in _SUBORDINATORS or first.endswith("ly") or first in ("thanks",) and len(words) < 4:
            continue
        if first in ("thank", "thanks"):
            independent = "for" in words or len(words) >= 4
        elif first in ("please", "kindly"):
            independent = True
        elif first in _SPLICE_SUBJECTS or first in ("the", "my", "our", "your", "his", "her", "their") or \
                first in ("i'm", "we're", "it's", "that's", "i've", "we've"):
            independent = any(_is_finite(c, k, c.low(k - 1)) for k in range(s + 1, i)) or first.endswith(
                ("'m", "'re", "'s", "'ve"))
        else:
            independent = False
        if not independent:
            continue
        # clause 2: a subject and a finite verb right after the comma
        j = i + 1
        if not c.same_sentence(i, j) or not toks[j].is_word:
            continue
        subj = c.low(j)
        k = j + 1
        if subj in ("the", "my", "our", "your", "his", "her", "their", "this"):
            k = j + 1
            while k < min(n, j + 4) and toks[k].is_word and not _is_finite(c, k):
                k += 1
            if k >= n or not _is_finite(c, k) or k == j + 1 or c.low(k) in ("'s",):
                continue
        elif subj in _SPLICE_SUBJECTS or subj in _CONTRACTED_SUBJECTS:
            if subj in _CONTRACTED_SUBJECTS:
                k = j
            else:
                while c.low(k) in ("also", "really", "just", "still", "already", "truly", "only", "never",
                                   "always") and k < j + 3:
                    k += 1
                if not _is_finite(c, k, subj):
                    continue
            if subj == "that" or subj == "there" and c.low(j + 1) not in ("is", "are", "was", "were"):
                continue
        else:
            continue
        # "..., I think." / "..., I hope." -- parenthetical
        if c.low(j + 1) in _PARENTHETICAL and c.low(j + 2) in (".", "!", "?", ",", ""):
            continue
        rest_end = k + 1
        while rest_end < n and toks[rest_end].is_word and c.same_sentence(k, rest_end):
            rest_end += 1
        if rest_end - j < 3:
            continue  # "..., I did." is too short to call
        yield Finding(c.base + t.start, c.base + t.end, "grammar", "comma-splice",
                      "Two complete sentences are joined by a comma; use a full stop or a semicolon "
                      "(or join them with 'and').", (";",))



# --------------------------------------------------------------------------
# fixed phrases and tense with time expressions

_UNCOUNTABLE = {"feedback": "feedback", "advice": "advice", "information": "information",
                "equipment": "equipment", "furniture": "furniture", "luggage": "luggage", "baggage": "baggage",
                "homework": "homework", "news": "news"}
_AFTER_UNCOUNTABLE = frozenset("about on from for of regarding in at to . , ! ? ;".split()) | {""}
#: verbs followed by an -ing form, never by "to" + verb ("I enjoyed to learn")
_GERUND_VERBS = frozenset("enjoy enjoyed enjoys enjoying avoid avoided avoiding finish finished finishing "
                          "consider considered considering mind minded suggest suggested suggesting recommend "
                          "recommended postpone postponed delay delayed quit miss missed practise practised "
                          "practice practiced".split())
_REPLY_NOUNS = frozenset("reply response answer feedback decision call email e-mail mail message confirmation "
                         "revert update".split())


def _fixed_phrases(c: _Ctx) -> Iterator[Finding]:
    toks = c.toks
    for i, t in enumerate(toks):
        low = t.low
        nxt = c.low(i + 1)
        if not c.same_sentence(i, i + 1):
            continue
        if low == "forward" and nxt == "for" and c.low(i - 1).startswith("look"):
            yield c.finding(i + 1, i + 1, "preposition", "The phrase is 'look forward to' (then a noun or an "
                            "-ing form).", "to")
        elif low in ("wait", "waiting", "awaiting") and low != "awaiting" and nxt in ("your", "the") and \
                c.low(i + 2) in _REPLY_NOUNS and c.same_sentence(i, i + 2):
            yield Finding(c.base + toks[i + 1].start, c.base + toks[i + 1].end, "grammar", "preposition",
                          f"'Wait' takes 'for': '{t.text} for {toks[i + 1].text} {toks[i + 2].text}' "
                          f"(or 'await {toks[i + 1].text} {toks[i + 2].text}').", (f"for {toks[i + 1].text}",))
        elif low == "will" and nxt == "like" and c.low(i + 2) == "to" and c.low(i - 1) in ("i", "we"):
            yield c.finding(i, i, "verb-form", "For a polite request, use 'would like to', not 'will like to'.",
                            "would")
        elif low == "i'll" and nxt == "like" and c.low(i + 2) == "to":
            yield c.finding(i, i, "verb-form", "For a polite request, use 'I'd like to', not 'I'll like to'.",
                            "I'd")
        elif low in ("appreciate", "appreciated") and nxt == "if" and c.low(i - 1) in ("would", "will", "'d",
                                                                                   "i'd", "we'd", "really",
                                                                                   "greatly"):
            yield Finding(c.base + t.start, c.base + toks[i + 1].end, "grammar", "missing-word",
                          f"'{t.text}' needs an object: '{t.text} it if'.", (f"{t.text} it if",))
        elif low in ("a", "an") and nxt in _UNCOUNTABLE and c.low(i + 2) in _AFTER_UNCOUNTABLE and \
                not (nxt == "news" and c.low(i + 2) in ("of",)):
            noun = toks[i + 1].text
            yield Finding(c.base + t.start, c.base + toks[i + 1].start, "grammar", "article",
                          f"'{noun.capitalize()}' is uncountable: write 'some {noun}' or just '{noun}', not "
                          f"'{t.text} {noun}'.", ("",))
        elif low in _GERUND_VERBS and nxt == "to" and is_base(c.low(i + 2)) and c.same_sentence(i, i + 2) \
                and c.low(i + 2) not in ("be",) and c.low(i - 1) not in ("to",):
            v = c.low(i + 2)
            g = c.gerund(v)
            yield Finding(c.base + toks[i + 1].start, c.base + toks[i + 2].end, "grammar", "verb-form",
                          f"'{t.text}' is followed by the -ing form: '{t.text} {g}', not '{t.text} to {v}'.",
                          (g,))
        elif low == "for" and is_base(nxt) and nxt not in NOUN_TOO and c.same_sentence(i, i + 1) and (
                (c.low(i - 1) == "you" and c.low(i - 2) == "thank") or c.low(i - 1) in ("thanks", "writing")):
            v = toks[i + 1].text
            if c.low(i - 1) == "writing":
                yield Finding(c.base + t.start, c.base + toks[i + 1].end, "grammar", "verb-form",
                              f"For a purpose, use 'to' + verb: 'writing to {v}'.", (f"to {v}",))
            else:
                g = c.gerund(nxt)
                yield c.finding(i + 1, i + 1, "verb-form", f"After 'thank you for', use the -ing form: "
                                f"'for {g}'.", g)
        elif low in ("informations", "advices", "feedbacks", "equipments", "furnitures", "luggages"):
            right = low[:-1]
            yield c.finding(i, i, "agreement", f"'{right.capitalize()}' is uncountable and has no plural: "
                            f"'{right}'.", right)


_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_STATE_VERBS = frozenset("work live study teach stay know".split())
_CLAUSE_BREAK = frozenset(", ; : . ! ? but and because so although though when while which who that".split())


def _time_point(c: _Ctx, k: int) -> int:
    """If a point in time starts at token k ("2018", "March", "last year", "Monday"),
    the index of its last token; else -1."""
    w = c.low(k)
    if re.fullmatch(r"(?:19|20)\d\d", w) or w in _MONTHS or w in _WEEKDAYS or w in ("yesterday", "childhood",
                                                                                   "morning", "then"):
        if w == "may" and c.toks[k].text == "may":
            return -1
        return k
    if w in ("last", "early", "late") and (c.low(k + 1) in ("year", "month", "week", "night", "time", "summer",
                                                            "winter", "spring", "autumn", "fall")
                                            or c.low(k + 1) in _MONTHS or c.low(k + 1) in _WEEKDAYS
                                            or re.fullmatch(r"(?:19|20)\d\d", c.low(k + 1))):
        return k + 1
    return -1


def _since_tense(c: _Ctx) -> Iterator[Finding]:
    """"I am working here since 2018" -> "have been working"; "I work here since 2019"."""
    toks = c.toks
    for i, t in enumerate(toks):
        if t.low != "since":
            continue
        point = _time_point(c, i + 1) >= 0
        duration = c.low(i + 1) in _NUMBER_WORDS or c.low(i + 1).isdigit()
        if not (point or duration):
            continue
        # walk back to the start of this clause; a perfect or past verb in it is fine
        k = i - 1
        perfect = False
        while k >= 0 and i - k <= 9:
            w = c.low(k)
            if w in _CLAUSE_BREAK:
                k += 1
                break
            if w in ("have", "has", "had", "'ve", "been", "was", "were", "did") or w.endswith(("'ve", "'d")) \
                    or (c.verb_info(w) or ("", ""))[1] == "ed":
                perfect = True
                break
            if toks[k].initial:
                break
            k -= 1
        else:
            continue
        if perfect or k < 0 or k >= i:
            continue
        j0 = k
        subj = c.low(j0)
        if subj not in ("i", "we", "they", "he", "she", "i'm", "we're", "they're", "he's", "she's"):
            continue
        verb_i = j0 + 1 if subj in _SUBJECTS else j0
        while c.low(verb_i) in ("also", "still", "currently", "now", "already", "just"):
            verb_i += 1
        v = c.low(verb_i)
        if subj in ("i'm", "we're", "they're", "he's", "she's"):
            be_tok = j0
            aux = "have been" if subj[:-3] not in ("he", "she") and not subj.endswith("'s") else "has been"
            pron = toks[j0].text.split("'")[0].split("\u2019")[0]
            rest = c.low(j0 + 1)
            if not (rest.endswith("ing") or rest in ("a", "an", "the", "here", "there", "in", "at", "with")):
                continue
            yield Finding(c.base + toks[be_tok].start, c.base + toks[be_tok].end, "grammar", "verb-form",
                          f"With 'since', use the present perfect: '{pron} {aux} ...'.", (f"{pron} {aux}",))
            continue
        if v in ("am", "is", "are") and verb_i < i:
            rest = c.low(verb_i + 1)
            if not (rest.endswith("ing") or rest in ("a", "an", "the", "here", "there", "in", "at", "with",
                                                     "based", "employed", "registered", "part", "responsible",
                                                     "member", "working", "living")):
                continue
            if rest.endswith("ing") and not c.known(rest):
                continue
            aux = "has been" if v == "is" else "have been"
            yield c.finding(verb_i, verb_i, "verb-form", f"With 'since', use the present perfect: "
                            f"'{toks[j0].text} {aux} ...'.", aux)
        elif v in _STATE_VERBS and subj in ("i", "we", "they") and verb_i < i:
            pp = c.participle(v)
            yield c.finding(verb_i, verb_i, "verb-form", f"With 'since', use the present perfect: "
                            f"'{toks[j0].text} have {pp} ...'.", f"have {pp}")


_FINISHED = frozenset("yesterday ago".split())
_NOT_WHEN = frozenset("from of since for until than before after by till during over through".split())


def _finished_time(c: _Ctx) -> Iterator[Finding]:
    """"I have sent the documents last Monday" -> "I sent"."""
    import datetime

    this_year = datetime.date.today().year
    toks = c.toks
    n = len(toks)
    for i, t in enumerate(toks):
        if t.low not in ("have", "has", "'ve") and not t.low.endswith("'ve"):
            continue
        if t.low in ("have", "has") and c.low(i - 1) not in _SUBJECTS | {"it", "we"}:
            continue
        j = i + 1
        adverbs = []
        while c.low(j) in ("already", "just", "also", "recently", "successfully", "finally") and j < i + 3:
            adverbs.append(toks[j].text)
            j += 1
        w = c.low(j)
        if w in ("been", "had", "got", "gotten"):
            continue  # "I've got a holiday booked": possession
        info = c.verb_info(w)
        if not info or info[1] != "ed" or not c.same_sentence(i, j):
            continue
        # a finished time within the next few tokens of this clause
        hit = -1
        k = j + 1
        while k < n and k <= j + 7 and c.same_sentence(j, k) and c.low(k) not in (",", ";", ":", "and", "but",
                                                                                   "which", "that", "who",
                                                                                   "because", "since", "so"):
            lw = c.low(k)
            if lw in _SUBJECTS and k > j + 1:
                break  # "the assessment you shared yesterday": the time belongs to another verb
            if c.low(k - 1) in _NOT_WHEN or (c.low(k - 1) == "the" and c.low(k - 2) in _NOT_WHEN):
                k += 1
                continue  # "the report from last week", "booked for the last week of August"
            if lw in _FINISHED or (lw == "last" and _time_point(c, k) >= 0):
                hit = k
                break
            if lw == "in" and re.fullmatch(r"(?:19|20)\d\d", c.low(k + 1)) and int(c.low(k + 1)) < this_year:
                hit = k + 1
                break
            k += 1
        if hit < 0:
            continue
        if c.low(hit) == "ago" and not (c.low(hit - 1) in _UNITS):
            continue
        base = info[0]
        past = IRREGULAR[base][0] if base in IRREGULAR else w
        fix = " ".join(adverbs + [past])
        yield Finding(c.base + t.start, c.base + toks[j].end, "grammar", "verb-form",
                      f"With a finished time ('{c.seg[toks[hit].start:toks[hit].end]}'), use the simple past: "
                      f"'{fix}', not '{c.seg[t.start:toks[j].end]}'.", (_case_like(fix, t.text),))

CHECKS = (_forward_to, _used_to, _modal, _do_support, _to_infinitive, _perfect, _agreement, _there_is,
          _interested, _redundant, _since_duration, _articles, _prepositions, _be_agree, _lowercase_i,
          _fixed_phrases, _since_tense, _finished_time, _more_articles)


def check_slips(seg: str, base: int, known: Callable[[str], bool], count: Callable[[str], int],
                dialect: str = "any", comma_splices: bool = False) -> list[Finding]:
    """Targeted non-native slip findings for a masked segment starting at offset ``base``.

    ``comma_splices``: also report two sentences joined by a comma. Off by default:
    "Thanks for Tuesday, it was great" is everyday e-mail English, and on this project's
    sentence corpus such splices were called slips in one case out of ten."""
    c = _Ctx(seg, base, known, count, dialect)
    out: list[Finding] = []
    for check in CHECKS + ((_comma_splice,) if comma_splices else ()):
        out.extend(check(c))
    return out
