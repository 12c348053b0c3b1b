"""The vocabulary names are read with: folding, name tokens, courtesy titles, abbreviations,
generic addressees, calendar words and nicknames. Every module that reads a name takes its
words from here. It imports nothing of the package, so any layer may read it."""

from __future__ import annotations

import re
import unicodedata

#: Courtesy titles a salutation puts before a surname ("Dear Ms. Lee", "Mr./Ms. Lastname").
HONORIFICS = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof")
#: Every title that may stand before a name: the courtesy titles and titles of office.
TITLE_WORDS = HONORIFICS + ("Professor", "Rev", "Coach", "Capt", "Captain", "Judge", "Hon")
#: A courtesy title, with or without its dot (a regular-expression fragment).
HONORIFIC_RE = r"(?:" + "|".join(HONORIFICS) + r")\.?"
#: Any title before a name, with or without its dot (a regular-expression fragment).
TITLE_RE = r"(?:" + "|".join(TITLE_WORDS) + r")\.?"
#: Honours that stand before a full name ("Sir Alan Reid", "Dame Ada Lovelace").
HONOURS = ("Sir", "Dame")
#: A title or honour before a name on a name line or in a signature ("Rev. Jane Doe").
NAME_TITLE_RE = r"(?:" + "|".join(TITLE_WORDS + HONOURS) + r")\.?"
#: Lowercase particles of a surname ("van der Berg", "bin Said", "dos Santos").
SURNAME_PARTICLES = frozenset({"van", "von", "de", "da", "del", "della", "der", "den", "di", "du", "la", "le",
                               "bin", "binti", "bint", "ibn", "al", "el", "ter", "ten", "dos", "das", "y"})
#: Lowercase words a name or a list of names may hold ("Dear Ms. van der Berg", "Hi Ana and Luis").
NAME_PARTICLES = SURNAME_PARTICLES | {"and", "&", "of"}
#: Lowercase words that title or address a person rather than name them.
TITLES = {t.lower() for t in TITLE_WORDS} | {
    "sir", "madam", "dame", "reverend", "father", "sister", "nurse", "chef"}

GENERIC_ADDRESSEES = {
    "hiring", "manager", "managers", "team", "teams", "sir", "sirs", "madam", "all", "everyone", "there",
    "folks", "committee", "search", "recruiter", "recruiters", "recruiting", "talent", "acquisition",
    "panel", "colleagues", "friends", "hr", "human", "resources", "whom", "concern", "it", "may",
    "to", "the", "selection", "interview", "interviewers", "board", "members", "staff", "people",
    "department", "office", "group", "crew", "gang", "y'all", "guys", "ladies", "gentlemen", "and",
    "or", "of", "admissions", "careers", "jobs", "partner", "partners", "director", "directors",
}

CALENDAR_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "christmas", "easter", "thanksgiving", "today", "tomorrow", "yesterday", "i", "i'm", "i've", "i'd",
    "english", "spanish", "french", "german", "thank", "thanks", "please", "best", "regards", "dear",
    "hi", "hello", "ok", "okay", "ps",
}
NICKNAMES = {
    "bob": "robert", "rob": "robert", "bobby": "robert", "bill": "william", "will": "william",
    "liam": "william", "billy": "william", "jim": "james", "jimmy": "james", "jamie": "james",
    "mike": "michael", "mick": "michael", "dick": "richard", "rick": "richard", "rich": "richard",
    "tony": "anthony", "tom": "thomas", "tommy": "thomas", "dave": "david", "dan": "daniel",
    "danny": "daniel", "joe": "joseph", "joey": "joseph", "chris": "christopher", "kate": "katherine",
    "katie": "katherine", "kathy": "katherine", "cathy": "catherine", "liz": "elizabeth",
    "beth": "elizabeth", "betty": "elizabeth", "lizzie": "elizabeth", "eliza": "elizabeth",
    "peggy": "margaret", "maggie": "margaret", "meg": "margaret", "jen": "jennifer", "jenny": "jennifer",
    "sue": "susan", "suzy": "susan", "steve": "steven", "stephen": "steven", "ted": "edward",
    "ed": "edward", "eddie": "edward", "ned": "edward", "chuck": "charles", "charlie": "charles",
    "hank": "henry", "harry": "henry", "jack": "john", "johnny": "john", "nick": "nicholas",
    "andy": "andrew", "drew": "andrew", "greg": "gregory", "matt": "matthew", "pat": "patricia",
    "patty": "patricia", "trish": "patricia", "becky": "rebecca", "becca": "rebecca", "sam": "samuel",
    "sandy": "sandra", "alex": "alexander", "sasha": "alexander", "ben": "benjamin", "larry": "lawrence",
    "jeff": "jeffrey", "abby": "abigail", "vicky": "victoria", "tori": "victoria", "nate": "nathaniel",
    "fred": "frederick", "al": "albert", "gabe": "gabriel", "mandy": "amanda", "manny": "emmanuel",
}

#: Words that join the parts of a person's or an organisation's name and never name it.
STOP = {"the", "and", "of", "a", "an", "de", "la", "le", "du", "des", "von", "van", "der"}
#: Words that end in a dot without ending the sentence ("St.", "Inc.", "Dr.", "Mx.").
ABBREVIATIONS = {"st", "co", "inc", "corp", "ltd", "bros", "jr", "sr", "mt", "ft", "dr", "mr", "ms", "mrs",
                 "mx", "prof"}


def ends_in_abbreviation(text: str) -> bool:
    """Whether ``text`` ends in a word of :data:`ABBREVIATIONS` ("Dear Ms", "Acme Inc")."""
    m = re.search(r"\b([A-Za-z]+)$", text)
    return m is not None and m.group(1).lower() in ABBREVIATIONS


def fold(text: str) -> str:
    """Lowercase, accents removed, curly apostrophes straightened."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def name_tokens(text: str) -> list[str]:
    """Lowercase word tokens of a name, possessive 's removed."""
    text = re.sub(r"['’]s\b", "", text)
    return [t for t in re.findall(r"[a-z0-9]+", fold(text))]


def stem(tok: str) -> str:
    """A token's first six letters: "engineering" and "engineer" meet."""
    return tok[:6]
