"""The default offline backend: spelling + a few precise grammar rules.

No network, no download: the dictionary is pyspellchecker's English word list
(shipped inside its wheel) plus ``vocabulary.txt``; it is loaded once per
process, on the first ``check``.
"""

from __future__ import annotations

import re
import threading
import warnings
from typing import TYPE_CHECKING, Any, Iterable

from . import Finding, Vocabulary
from ._dialect import british_spelling, normalize_dialect, spelling_family
from ._text import (
    Lines,
    clean_regions,
    is_sentence_start,
    iter_parts,
    iter_words,
    mask_protected,
)

if TYPE_CHECKING:  # the dictionary is loaded lazily, on the first check
    from ._lexicon import Lexicon

#: A capitalised unknown word where a name could stand (opening a sentence or a
#: line, in a Title Case line, in a sign-off) is flagged only when a convincing
#: distance-1 correction at least this common exists (see _looks_like_typo):
#: "Recieve" is flagged; "Siobhan", "Priya", "Marko" pass.
INITIAL_MIN_COUNT = 1000
#: ...or, for a split correction ("Thankyou" -> "Thank you"), when both halves are
#: at least this common.
SPLIT_MIN_COUNT = 50_000
#: Flagged words per check() that get a distance-2 search (1-40 ms each); the
#: rest get distance-1 suggestions only. Keeps a pathological draft bounded.
MAX_DEEP_PER_CHECK = 20

_CONTRACTIONS = ("n't", "'s", "'ll", "'re", "'ve", "'d", "'m", "'")
_VOCAB_SUFFIXES = (("'s", ""), ("'", ""), ("ies", "y"), ("es", ""), ("s", ""), ("ed", ""),
                   ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("ers", ""), ("er", ""),
                   ("er", "e"))
# Words people wrongly run together; every other closed compound of two real words
# ("cutover", "rollout", "rebrand") is taken as a word the dictionary lacks.
_WRONGLY_JOINED = frozenset({
    "alot", "thankyou", "infact", "aswell", "incase", "eachother", "atleast", "noone", "everytime",
    "alittle", "inspite", "infront", "ontop", "apart", "forsure", "nevermind", "alright", "nonetheless",
    "thankyous", "lookforward", "followup", "followups", "setup", "loggedin", "inorder", "upto",
}) - {"apart", "nonetheless", "alright", "setup", "followup", "followups"}
# Stems whose inflection doubles the last consonant ("occur" -> "occurred", "begin" ->
# "beginning"): a form built without the doubling is a classic slip, not a rare word.
_DOUBLING_STEM = re.compile(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$")
_SUFFIXES_OF_STEM = ("s", "es", "d", "ed", "ing", "'s", "er", "ers")
_COMMON = 2000  # corpus count above which a word one slip away is the likelier intent


def _near_common_word(form: str, lex: Lexicon) -> bool:
    """Is a common word one edit away, other than the form's own stem?"""
    for cand in lex.edits1(form):
        if lex.count(cand) >= _COMMON and not (form.startswith(cand) and form[len(cand):] in _SUFFIXES_OF_STEM):
            return True
    return False


def _derived_word(form: str, lex: Lexicon, depth: int = 0) -> bool:
    """An inflection, agent noun, closed compound or prefixed form of dictionary words
    ("triages", "fermenters", "scaffolder", "stockouts", "dewatering", "geotechnical")."""
    if form in _WRONGLY_JOINED:
        return False
    for suf, rep in _INFLECTIONS:
        if form.endswith(suf) and len(form) - len(suf) >= 3:
            stem = form[: -len(suf)] + rep
            if stem in lex and not (suf in ("ed", "ing") and _DOUBLING_STEM.search(stem)):
                return True
            # one more level: "fermenters" = ferment + er + s; "dewatering" = de + watering
            if depth == 0 and suf in ("s", "es") and len(stem) >= 5 and _derived_word(stem, lex, 1):
                return True
    # Closed compounds of two dictionary words: "stormwater", "roastery" (not "alot").
    for cut in range(4, len(form) - 2):
        head, tail = form[:cut], form[cut:]
        if head not in lex or lex.count(head) < 50:
            continue
        if tail in _COMPOUND_TAILS or (len(tail) >= 5 and tail in lex and lex.count(tail) >= 50):
            return True  # ("thankyou" stays flagged: "you" is too short a tail)
        if tail in _SHORT_TAILS or (tail.endswith("s") and tail[:-1] in _SHORT_TAILS):
            return True  # "stockouts", "pickup", "teardown"
    # Prefixed compounds of dictionary words: "intercompany", "reonboard", "nonprofit".
    for prefix in _PREFIXES:
        rest = form[len(prefix):]
        # short prefixes need a long remainder: "regrads" is not re+grads
        if form.startswith(prefix) and len(rest) >= (6 if len(prefix) <= 2 else 4) and rest in lex:
            return True
    return False


# Parts of hyphenated compounds that are not words on their own.
_COMBINING_FORMS = frozenset({
    "pre", "post", "non", "co", "re", "ex", "anti", "semi", "mid", "multi", "sub", "inter", "intra", "pro",
    "counter", "op", "e", "de", "bi", "tri", "mis", "un", "self", "cross", "eco", "geo", "micro", "macro",
    "meta", "neo", "pan", "para", "poly", "proto", "pseudo", "quasi", "socio", "tele", "ultra", "x", "b2b",
    "b2c", "q1", "q2", "q3", "q4",
})
_ELONGATED = re.compile(r"([a-z])\1\1", re.I)
_AFTER_HONORIFIC = re.compile(r"\b(?:mr|mrs|ms|mx|dr|prof)\.?\s+$", re.I)
_COMPOUND_TAILS = ("ery", "ware", "wide", "wise", "like", "based")
#: Short second halves of closed compounds ("stockout", "pickup", "gameplay", "forklift").
_SHORT_TAILS = frozenset("out up off down back over way line work room side time load yard shop house man men "
                         "ship hood book play lift list desk zone flow fall cast case base car cart".split())
_INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                ("ied", "y"), ("er", ""), ("er", "e"), ("ers", ""), ("ers", "e"))
_PREFIXES = ("inter", "intra", "multi", "cross", "under", "over", "non", "pre", "post", "sub", "co", "re",
             "un", "self", "de", "dis", "mis", "anti", "counter", "geo", "bio", "micro", "macro", "nano", "auto",
             "tele", "electro", "hydro", "thermo", "neuro", "cyber", "eco", "agri", "agro", "aero", "hyper",
             "infra", "mega", "meta", "mini", "mono", "omni", "para", "poly", "retro", "semi", "super", "trans",
             "ultra", "up", "out", "back", "mid", "photo", "psycho", "socio", "pharmaco", "bio", "cardio")
#: British/Commonwealth spellings -> American, tried one by one and in pairs
#: ("manoeuvre" -> "maneuvre" -> "maneuver"). Only a variant found in the dictionary counts.
_BRITISH = (
    (re.compile(r"(?<=\w)ae(?=\w)(?=\w{3})|^ae(?=\w{4})"), "e"),  # paediatric, haematology (long words only)
    (re.compile(r"(?<=\w)oe(?=[^u])(?=\w{2})|^oe(?=\w{4})"), "e"),  # foetal, diarrhoea, oesophagus
    (re.compile(r"oeuv"), "euv"),                   # manoeuvre
    (re.compile(r"ould"), "old"),                   # mould, moulding, moulded, smoulder
    (re.compile(r"(?<=[a-z]{2})our(?=[a-z])"), "or"),  # neighbourhood, colourful (not "youre")
    (re.compile(r"(?<=[bcdfgtv])re(s|d)?$"), r"er\1"),  # fibre, calibre, manoeuvre
    (re.compile(r"(?<=[bcdfgtv])r(ing|ed)$"), r"er\1"),  # centring, manoeuvring
    (re.compile(r"ough(?=$|s$|ed$|ing$|er)"), "ow"),  # plough
    (re.compile(r"^sc(?=ep)"), "sk"),               # sceptical
    (re.compile(r"dgement(s?)$"), r"dgment\1"),     # judgement, acknowledgement (not "arguement")
    (re.compile(r"eing$"), "ing"),                  # ageing
    (re.compile(r"ium$"), "um"),                    # aluminium
    (re.compile(r"yre(s?)$"), r"ire\1"),             # tyre
    (re.compile(r"ph(?=ur)"), "f"),                 # sulphur
    (re.compile(r"py(?=jama)"), "pa"),              # pyjamas
    (re.compile(r"ught(?=s?$|sman|smen|y)"), "ft"),  # draught, draughtsman
    (re.compile(r"l(ment|ments)$"), r"ll\1"),        # enrolment, fulfilment
    (re.compile(r"^fulfil$|^enrol$|^instil$|^distil$"), lambda m: m.group(0) + "l"),
    (re.compile(r"our(s|ed|ing|able|ably|ite|ites|ful|er|ers|ism|ist|less)?$"), r"or\1"),
    (re.compile(r"is(e|es|ed|ing|er|ers|ation|ations|able)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing|er|ers)$"), r"yz\1"),
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ll(ing|ed|er|ers)$"), r"l\1"),
)


_ROMAN = re.compile(r"^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii|xiv|xv)$")


def _british_variants(form: str) -> Iterable[str]:
    """American forms of a possibly British spelling: each rule alone, then in pairs."""
    singles = []
    for rx, rep in _BRITISH:
        if rx.search(form):
            v = rx.sub(rep, form)
            if v != form:
                singles.append(v)
                yield v
    for v in singles:
        for rx, rep in _BRITISH:
            if rx.search(v):
                w = rx.sub(rep, v)
                if w != v:
                    yield w


def _british_variant_known(form: str, lex: Lexicon) -> bool:
    for v in _british_variants(form):
        if v in lex:
            return True
        # an inflection of a known American form: "moulded" -> "molded" -> "mold"
        for suf, rep in _INFLECTIONS:
            if v.endswith(suf) and len(v) - len(suf) >= 3 and v[: -len(suf)] + rep in lex:
                return True
    return False


#: A correction must be at least this common to be believed (corpus count; "batista" 75,
#: "cubbies" 156, "noticeable" 823).
CONVINCING_MIN_COUNT = 500
_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_POS = {ch: (r, c) for r, row in enumerate(_KEYBOARD) for c, ch in enumerate(row)}


def _adjacent_keys(a: str, b: str) -> bool:
    pa, pb = _KEY_POS.get(a), _KEY_POS.get(b)
    return bool(pa and pb and abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1 and pa != pb)


def _skeleton(word: str) -> str:
    """The word with doubled letters collapsed: "reccomend" and "recommend" -> "recomend"."""
    return re.sub(r"(.)\1+", r"\1", word)


def _convincing(low: str, best: str, lex: Lexicon) -> bool:
    """Is ``best`` a believable correction of the unknown lowercase word ``low``?

    A typo is a common word reached by a typical slip: a dropped letter ("poition"), two
    swapped letters ("recieve"), a doubled or undoubled letter ("untill", "reccomend"), an
    extra "e" ("truely"), a same-sounding vowel ("definately", "seperate"), a neighbouring
    key on a common word ("thw"), a dropped apostrophe ("dont"), or a wrongly joined pair
    ("alot"). A rare word as the correction ("barista" -> "batista"), or a jump that
    changes the sound ("maths" -> "makes", "rebar" -> "real") is not believed."""
    from ._lexicon import edit_kind, normalize

    best = normalize(best)
    if " " in best:
        return low in _WRONGLY_JOINED
    if "'" in best and best.replace("'", "") == low:
        return True  # "dont" -> "don't"
    count = lex.count(best)
    if count < CONVINCING_MIN_COUNT:
        return False
    if _skeleton(low) == _skeleton(best):
        return True  # doubling slips, one or two of them
    in_reach = best in lex.edits1(low)
    if not in_reach:
        # two edits: only a long word that still sounds the same ("tommorow", "publically")
        return len(low) >= 8 and lex.sounds_alike(low, best)
    kind = edit_kind(low, best)
    if kind in ("omission", "transposition"):
        return True
    if kind == "insertion":
        i = next((k for k in range(len(best)) if low[k] != best[k]), len(best))
        extra = low[i]
        return extra == "e" or (len(low) >= 8 and lex.sounds_alike(low, best))
    if kind == "substitution":
        i = next(k for k in range(len(low)) if low[k] != best[k])
        if lex.sounds_alike(low, best) and (count >= 2000 or len(low) >= 7):
            return True
        return count >= 20_000 and _adjacent_keys(low[i], best[i])
    return False


def _norm(word: str) -> str:
    return word.replace("\u2019", "'").replace("\u02bc", "'").lower()


class _Terms:
    """The accept/reject lists of one check(), normalised."""

    def __init__(self, vocabulary: Vocabulary | None):
        accept: set[str] = set()
        reject_words: set[str] = set()
        phrases: list[str] = []
        if vocabulary is not None:
            for term in _as_strings(getattr(vocabulary, "accept", ())):
                low = _norm(term.strip())
                if not low:
                    continue
                accept.add(low)
                for part in re.split(r"[\s\-/]+", low):
                    if part:
                        accept.add(part)
            for term in _as_strings(getattr(vocabulary, "reject", ())):
                low = _norm(term.strip())
                if not low:
                    continue
                if re.fullmatch(r"[^\W\d_]+", low):
                    reject_words.add(low)
                else:
                    phrases.append(low)
        self.accept = accept
        self.reject_words = reject_words
        self.reject_phrases = [
            re.compile(
                r"(?<![\w'\u2019-])"
                + r"[\s\-]+".join(re.escape(p).replace("'", "['\u2019]")
                                   for p in re.split(r"[\s\-]+", phrase) if p)
                + r"(?![\w'\u2019-])",
                re.IGNORECASE,
            )
            for phrase in sorted(set(phrases))
            if phrase.strip(" -")
        ]


def _as_strings(items: Any) -> Iterable[str]:
    if isinstance(items, str):
        return (items,)
    try:
        return [x for x in items if isinstance(x, str)]
    except TypeError:
        return ()


class OfflineBackend:
    """Spelling (pyspellchecker's dictionary + vocabulary) and grammar rules."""

    name = "offline"

    def __init__(self, strict: bool = False, dialect: str = "any", harper: object = False,
                 comma_splices: bool = False):
        #: strict: let internal errors propagate (tests); otherwise check()
        #: never raises and reports an internal error as a warning.
        self.strict = strict
        self.dialect = normalize_dialect(dialect)
        #: report two sentences joined by a comma (off by default; see _slips.check_slips)
        self.comma_splices = bool(comma_splices)
        #: Harper as a grammar supplement: False (default), True (required: raises
        #: BackendUnavailable when harper-py is missing) or "auto" (when installed).
        self.harper = None
        if harper:
            from .harper import HarperGrammar

            self.harper = HarperGrammar.create(self.dialect, required=harper is True or harper == "true")

    # -- public -----------------------------------------------------------
    def check(self, text: str, regions: list[tuple[int, int]],
              vocabulary: Vocabulary | None = None) -> list[Finding]:
        if not isinstance(text, str) or not text:
            return []
        try:
            return self._check(text, regions, vocabulary)
        except Exception as exc:  # pragma: no cover - defensive, see tests (strict=True)
            if self.strict:
                raise
            warnings.warn(f"offline proofreading failed: {exc!r}", RuntimeWarning, stacklevel=2)
            return []

    def load(self) -> None:
        """Load the dictionary now (it is otherwise loaded on the first check)."""
        from ._lexicon import get_lexicon

        get_lexicon()

    # -- internals --------------------------------------------------------
    def _check(self, text: str, regions: Iterable[Any] | None, vocabulary: Vocabulary | None) -> list[Finding]:
        from ._grammar import check_grammar
        from ._lexicon import get_lexicon
        from ._slips import check_slips

        lex = get_lexicon()
        terms = _Terms(vocabulary)
        spans = clean_regions(text, regions)
        findings: list[Finding] = []
        segments = [(s, mask_protected(text[s:e])) for s, e in spans]
        lines = {id(seg): Lines(seg) for _, seg in segments}

        # Words seen capitalised inside a sentence anywhere are proper nouns,
        # even where they open a sentence.
        proper: set[str] = set()
        for _, seg in segments:
            info = lines[id(seg)]
            for m in iter_words(seg):
                tok = m.group(0)
                if tok[0].isupper() and not is_sentence_start(seg, m.start()) \
                        and not info.title_case(m.start()) and not info.closing(m.start()):
                    proper.add(_norm(tok))
                    for _, part in iter_parts(tok):
                        proper.add(_norm(part))

        deep_budget = [MAX_DEEP_PER_CHECK]
        known = lex.__contains__
        for base, seg in segments:
            rejected: list[tuple[int, int]] = []
            for rx in terms.reject_phrases:
                for m in rx.finditer(seg):
                    rejected.append((m.start(), m.end()))
                    findings.append(self._reject(base + m.start(), base + m.end(), m.group(0)))
            for m in iter_words(seg):
                if any(s < m.end() and m.start() < e for s, e in rejected):
                    continue
                findings.extend(self._check_token(m.group(0), base + m.start(), seg, m.start(),
                                                  lex, terms, proper, deep_budget, lines[id(seg)]))
            findings.extend(check_grammar(seg, base, known))
            findings.extend(check_slips(seg, base, known, lex.count, self.dialect, self.comma_splices))
        if self.harper is not None:
            findings.extend(self.harper.check(text, spans, findings))
        findings = _drop_overlapping_grammar(findings)

        # De-duplicate, keep order by position.
        seen: set[tuple[int, int, str]] = set()
        out: list[Finding] = []
        for f in sorted(findings, key=lambda f: (f.start, f.end, f.rule)):
            key = (f.start, f.end, f.rule)
            if key not in seen:
                seen.add(key)
                out.append(f)
        return out

    @staticmethod
    def _reject(start: int, end: int, word: str) -> Finding:
        return Finding(start, end, "spelling", "rejected-term",
                       f"'{word}' is on the vocabulary's reject list.", ())

    def _check_token(self, token: str, abs_start: int, seg: str, rel_start: int, lex: Lexicon, terms: _Terms,
                     proper: set[str], budget: list[int], info: Lines) -> list[Finding]:
        low = _norm(token)
        if low in terms.reject_words:
            return [self._reject(abs_start, abs_start + len(token), token)]
        if _AFTER_HONORIFIC.search(seg, max(0, rel_start - 8), rel_start):
            return []  # "mr. osei", "Dr. Okafor": a surname, whatever its case
        if "-" in token:
            if self._accepted(low, lex, terms):
                return []
            out = []
            for off, part in iter_parts(token):
                if part.lower() in _COMBINING_FORMS:
                    continue  # "pre-shift", "post-op", "co-lead", "e-mail"
                out.extend(self._check_word(part, abs_start + off, seg, rel_start + off,
                                            lex, terms, proper, budget, info, first=(off == 0)))
            return out
        if _ELONGATED.search(token):
            return []  # "sooo", "yesss": emphasis, which the casual-tone rules judge
        return self._check_word(token, abs_start, seg, rel_start, lex, terms, proper, budget, info)

    def _accepted(self, low: str, lex: Lexicon, terms: _Terms) -> bool:
        """Is the lower-case word correct, ignoring capitalisation evidence?"""
        if low in terms.accept or low in lex:
            return True
        forms = [low]
        # Possessives and contractions: "Priya's", "interviewer's", "should've".
        for suf in _CONTRACTIONS:
            if low.endswith(suf) and len(low) > len(suf):
                forms.append(low[: -len(suf)])
        vocab = lex.vocabulary
        for form in forms:
            if form in terms.accept or form in lex:
                return True
            # Inflections of vocabulary entries: "roadmaps", "onboarded", "KPIs".
            for suf, rep in _VOCAB_SUFFIXES:
                if form.endswith(suf) and len(form) > len(suf) + 1:
                    stem = form[: -len(suf)] + rep
                    if stem in vocab or stem in terms.accept:
                        return True
            # Plurals of dictionary words, even one slip from another word ("maths", "rotas").
            if form.endswith("s") and not form.endswith("ss") and len(form) >= 4 and form not in _WRONGLY_JOINED \
                    and lex.count(form[:-1]) >= 1000:
                return True
            # Regular inflections and compounds of dictionary words ("triages", "stormwater")
            # -- unless a common word is one slip away ("occured", "gratefull", "writting").
            if not _near_common_word(form, lex) and _derived_word(form, lex):
                return True
            # British spellings of known American words: colour, organise, centre, paediatric.
            if _british_variant_known(form, lex):
                return True
            if _ROMAN.match(form):
                return True  # "(ii)", "Part iv"
            if form.startswith("e") and len(form) >= 6 and lex.count(form[1:]) >= 1000:
                return True  # "esports", "elearning", "ebooks": e- compounds
        return False

    def _check_word(self, word: str, abs_start: int, seg: str, rel_start: int, lex: Lexicon, terms: _Terms,
                    proper: set[str], budget: list[int], info: Lines, first: bool = True) -> list[Finding]:
        low = _norm(word)
        letters = low.replace("'", "")
        if len(letters) <= 1:
            return []
        if low in terms.reject_words:
            return [self._reject(abs_start, abs_start + len(word), word)]
        if self._accepted(low, lex, terms):
            return []
        core = re.sub(r"(?:['\u2019\u02bc]s?)$", "", word)  # "KPIs'", "Priya’s"
        # Acronyms: CRM, ROI, KPIs, SaaS-like mixed case, LinkedIn-like CamelCase.
        if core.isupper() or (core[:-1].isupper() and core.endswith("s") and len(core) > 2):
            if len(core) <= 7:
                return []
        elif any(c.isupper() for c in core[1:]):
            return []
        if not word.isascii():
            # "résumé", "café" are known without accents; other words with letters
            # outside ASCII are not English as far as this dictionary knows: stay quiet.
            return []
        capitalised = word[0].isupper() and not word.isupper()
        if capitalised:
            if not first:
                return []  # "Pre-Zylotech": a capitalised part inside a compound
            if not (is_sentence_start(seg, rel_start) or info.title_case(rel_start)
                    or info.closing(rel_start)):
                return []  # a proper noun inside a sentence
            if low in proper:
                return []
            sugg = lex.suggest(low, deep=False)
            if not sugg or not self._looks_like_typo(low, sugg[0], lex):
                return []  # probably a name ("Marko", "Kiran", "Siobhan")
            return [self._misspelling(word, abs_start, self._respell(sugg, lex))]
        deep = budget[0] > 0
        if deep and lex.needs_deep(low):
            budget[0] -= 1
        sugg = lex.suggest(low, deep=deep)
        # The first believable correction leads; a closed compound of two real words
        # ("cutover", "rollout") is not a typo unless it is a known wrong joining ("alot").
        best = next((c for c in sugg if _convincing(low, c, lex)), None)
        if best is None:
            # No common word is a typical slip away: more likely a term the dictionary
            # lacks ("barista", "rebar", "mocap", "kombucha") than a typo.
            return []
        sugg = (best,) + tuple(c for c in sugg if c != best)
        return [self._misspelling(word, abs_start, self._respell(sugg, lex))]

    def _respell(self, sugg: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
        """Suggestions in the writer's dialect: "colour" for a British writer. (The word
        list is American; a British form is used only when it maps back to the suggestion.)"""
        if spelling_family(self.dialect) != "british":
            return sugg
        out = []
        for c in sugg:
            uk = british_spelling(c)
            out.append(uk if uk and any(v == c.lower() for v in _british_variants(uk)) else c)
        return tuple(dict.fromkeys(out))

    @staticmethod
    def _looks_like_typo(low: str, best: str, lex: Lexicon) -> bool:
        """For a capitalised word where a name could stand: is ``best`` a
        convincing correction? It must be a common word reached by a typical
        slip -- a dropped letter ("Sincerly"), two swapped letters ("Thnaks") or a
        same-sounding substitution -- or the word must be long ("Definately"); a
        split ("Thankyou") needs two very common halves. Names tend to be a common
        word plus a letter ("Marko", "Kiran", "Mateo"), or a different-sounding
        substitution ("Chidi")."""
        from ._lexicon import edit_kind, normalize

        best = normalize(best)
        if " " in best:  # "Thankyou", "Alot": both halves must be very common words
            return all(lex.count(p) >= SPLIT_MIN_COUNT for p in best.split(" "))
        if lex.count(best) < INITIAL_MIN_COUNT:
            return False
        kind = edit_kind(low, best)
        if kind in ("omission", "transposition"):
            return True
        if kind == "substitution" and lex.sounds_alike(low, best):
            return True
        return len(low) >= 8

    @staticmethod
    def _misspelling(word: str, start: int, sugg: tuple[str, ...]) -> Finding:
        if word.isupper() and len(word) > 1:
            sugg = tuple(s.upper() for s in sugg)
        elif word[0].isupper():
            sugg = tuple(s[:1].upper() + s[1:] for s in sugg)
        sugg = tuple(dict.fromkeys(sugg))
        if sugg:
            message = f"'{word}' looks misspelled; did you mean '{sugg[0]}'?"
        else:
            message = (f"'{word}' is not in the dictionary; if it is a name or a term, "
                       f"add it to the vocabulary's accept list.")
        return Finding(start, start + len(word), "spelling", "misspelling", message, sugg)


def _drop_overlapping_grammar(findings: list[Finding]) -> list[Finding]:
    """One finding per slip: where grammar findings overlap, keep the first found
    (the precise built-in rules run first, then the targeted checks, then Harper)."""
    import bisect

    kept: list[Finding] = []
    # The spans kept so far never overlap, so in order of start they are in order of end too:
    # whether a new one overlaps is a binary search, not a scan (linear in the draft).
    starts: list[int] = []
    ends: list[int] = []
    points: list[int] = []  # empty spans, kept apart
    for f in findings:
        if f.category == "grammar":
            i = bisect.bisect_left(starts, f.end)  # the spans that start before f ends ...
            if i and ends[i - 1] > f.start:  # ... the last of which ends furthest
                continue
            j = bisect.bisect_right(points, f.start)
            if j < len(points) and points[j] < f.end:
                continue
            if f.end > f.start:
                starts.insert(i, f.start)
                ends.insert(i, f.end)
            else:
                bisect.insort(points, f.start)
        kept.append(f)
    return kept


_BACKENDS: dict[tuple[str, object, bool], OfflineBackend] = {}
_BACKEND_LOCK = threading.Lock()


def get_offline_backend(dialect: object = "any", harper: object = False,
                        comma_splices: bool = False) -> OfflineBackend:
    """The process-wide offline backend for these options (raises ``ValueError`` for an
    unknown dialect, ``BackendUnavailable`` when Harper is required but missing)."""
    key = (normalize_dialect(dialect), harper, bool(comma_splices))
    backend = _BACKENDS.get(key)
    if backend is None:
        with _BACKEND_LOCK:
            backend = _BACKENDS.get(key)
            if backend is None:
                backend = _BACKENDS[key] = OfflineBackend(dialect=key[0], harper=harper,
                                                          comma_splices=key[2])
    return backend
