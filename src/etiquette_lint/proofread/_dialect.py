"""Dialects of English: which spelling family a writer uses, and which usages are theirs.

No dialect's spelling or usage counts as an error in another: the dialect only
chooses the spelling of *suggestions* ("travelling" or "traveling"), Harper's
dialect, and a few usage notes (Indian English "revert" means "reply", so
"revert back" becomes "revert", not "reply"). ``"any"`` (the default) accepts
every variety and suggests the commoner spelling.
"""

from __future__ import annotations

DIALECTS = ("any", "american", "british", "australian", "canadian", "indian", "irish", "new-zealand",
            "nigerian", "ghanaian", "kenyan", "south-african", "philippine", "singaporean", "pakistani")

_ALIASES = {
    "": "any", "auto": "any", "all": "any", "en": "any", "english": "any",
    "us": "american", "en-us": "american", "american": "american", "usa": "american",
    "gb": "british", "uk": "british", "en-gb": "british", "british": "british", "en-uk": "british",
    "au": "australian", "en-au": "australian", "ca": "canadian", "en-ca": "canadian",
    "in": "indian", "en-in": "indian", "ie": "irish", "en-ie": "irish", "nz": "new-zealand",
    "en-nz": "new-zealand", "newzealand": "new-zealand", "ng": "nigerian", "en-ng": "nigerian",
    "gh": "ghanaian", "en-gh": "ghanaian", "ke": "kenyan", "en-ke": "kenyan", "za": "south-african",
    "en-za": "south-african", "southafrican": "south-african", "ph": "philippine", "en-ph": "philippine",
    "filipino": "philippine", "philippines": "philippine", "sg": "singaporean", "en-sg": "singaporean",
    "pk": "pakistani", "en-pk": "pakistani", "india": "indian", "nigeria": "nigerian",
}

#: Dialects whose spelling follows American conventions (-ize, -or, -er, single l).
_AMERICAN_SPELLING = frozenset({"american", "philippine"})
#: Dialects where "revert" is the ordinary word for "reply".
_REVERT_MEANS_REPLY = frozenset({"indian", "pakistani", "singaporean", "philippine", "kenyan", "nigerian",
                                 "ghanaian"})


def normalize_dialect(value: object) -> str:
    """A dialect name from configuration ("en-GB", "British", "uk" ...); unknown -> ValueError."""
    if value is None:
        return "any"
    if not isinstance(value, str):
        raise ValueError(f"dialect: expected a string, got {value!r}")
    key = value.strip().lower().replace("_", "-").replace(" ", "-")
    if key in DIALECTS:
        return key
    if key in _ALIASES:
        return _ALIASES[key]
    raise ValueError(f"dialect: {value!r} is not one of {', '.join(DIALECTS)} (or a code such as en-GB)")


def spelling_family(dialect: str) -> str | None:
    """"american", "british" or None (any: both are fine, suggest the commoner)."""
    if dialect == "any":
        return None
    return "american" if dialect in _AMERICAN_SPELLING else "british"


def revert_means_reply(dialect: str) -> bool:
    return dialect in _REVERT_MEANS_REPLY


def harper_dialect(dialect: str) -> int:
    """harper.Dialect value: AMERICAN 0, BRITISH 1, AUSTRALIAN 2, CANADIAN 3, INDIAN 4."""
    return {"american": 0, "philippine": 0, "any": 0, "australian": 2, "canadian": 3, "indian": 4,
            "pakistani": 4}.get(dialect, 1)


def languagetool_code(dialect: str) -> str | None:
    """LanguageTool's language code for a dialect (None: keep LanguageTool's default)."""
    return {"american": "en-US", "philippine": "en-US", "british": "en-GB", "irish": "en-GB",
            "nigerian": "en-GB", "ghanaian": "en-GB", "kenyan": "en-GB", "indian": "en-GB", "pakistani": "en-GB",
            "singaporean": "en-GB", "australian": "en-AU", "canadian": "en-CA", "new-zealand": "en-NZ",
            "south-african": "en-ZA"}.get(dialect)


# American -> British spellings for suggestions (a suggestion is only re-spelt when the
# British form maps back to it through the offline backend's British rules).
_OUR_STEMS = ("color", "favor", "honor", "labor", "neighbor", "behavior", "flavor", "humor", "rumor", "harbor",
              "vapor", "valor", "vigor", "rigor", "armor", "endeavor", "clamor", "odor", "parlor", "splendor",
              "savior", "glamor")
_RE_WORDS = ("center", "theater", "fiber", "liter", "caliber", "somber", "specter", "saber", "luster", "meager",
             "centimeter", "kilometer", "millimeter", "maneuver")
_OGUE_WORDS = ("catalog", "dialog", "monolog", "epilog", "prolog")
_ENCE_WORDS = ("license", "defense", "offense", "pretense")
_WHOLE = {"gray": "grey", "aluminum": "aluminium", "mold": "mould", "molding": "moulding", "plow": "plough",
          "skeptical": "sceptical", "skeptic": "sceptic", "aging": "ageing", "pajamas": "pyjamas",
          "sulfur": "sulphur", "judgment": "judgement", "acknowledgment": "acknowledgement",
          "jewelry": "jewellery", "enrollment": "enrolment", "fulfill": "fulfil", "pediatric": "paediatric",
          "pediatrician": "paediatrician", "anesthetist": "anaesthetist", "anesthetic": "anaesthetic",
          "hematology": "haematology", "leukemia": "leukaemia", "gynecology": "gynaecology",
          "encyclopedia": "encyclopaedia", "esophagus": "oesophagus", "estrogen": "oestrogen", "fetal": "foetal",
          "fetus": "foetus", "diarrhea": "diarrhoea", "orthopedic": "orthopaedic", "anemia": "anaemia"}


def british_spelling(word: str) -> str | None:
    """The British spelling of an American word, or None when it is spelt alike."""
    import re

    low = word.lower()
    if low in _WHOLE:
        return _WHOLE[low]
    for stem in _OUR_STEMS:
        if low.startswith(stem) and low[len(stem):] in ("", "s", "ed", "ing", "ful", "able", "ite", "ites",
                                                       "less", "er", "ers", "hood", "hoods", "ly"):
            return stem[:-2] + "our" + low[len(stem):]
    for w in _RE_WORDS:
        if low in (w, w + "s", w + "ed"):
            return w[:-2] + "re" + low[len(w):]
    for w in _OGUE_WORDS:
        if low in (w, w + "s"):
            return w + "ue" + low[len(w):]
    for w in _ENCE_WORDS:
        if low in (w, w + "s") and not (w == "license" and low == "license"):
            return w[:-2] + "ce" + low[len(w):]
    if low == "license":
        return "licence"
    m = re.fullmatch(r"(.*[^aeiou][aeiou])l(ed|ing|er|ers)", low)
    if m and len(low) >= 7 and not low.endswith("ll" + m.group(2)):
        return m.group(1) + "ll" + m.group(2)
    m = re.fullmatch(r"(.*)yz(e|es|ed|ing|er|ers)", low)
    if m:
        return m.group(1) + "ys" + m.group(2)
    m = re.fullmatch(r"(.*[a-z]{2})iz(e|es|ed|ing|er|ers|ation|ations)", low)
    if m and low not in ("size", "seize", "prize", "capsize", "sizes", "prizes", "seized", "seizes", "sized"):
        return m.group(1) + "is" + m.group(2)
    return None
