"""Words and names shared by the accuracy rules: folding, name tokens, titles, generic
addressees, the candidate's own parts of a draft, and the sentence around a span."""

from __future__ import annotations

import re
import unicodedata

from ..rule import Context
from ..text import Span

TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "dame", "rev",
    "reverend", "coach", "captain", "capt", "judge", "hon", "father", "sister", "nurse", "chef",
}
_TITLE_RE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Coach|Capt|Captain|Judge|Hon)\.?"

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

_PAST_FRAMING = re.compile(
    r"\b(?:previous(?:ly)?|former(?:ly)?|prior|past|used to|my (?:current|old|last|present|time|years?|"
    r"months|experience|work|tenure|internship|stint|role|job|position|team|employer|company|manager|boss|"
    r"colleagues|days)|I (?:currently |also |recently |once )?(?:work(?:ed)?|spent|led|built|managed|"
    r"interned|studied|graduated|ran|worked|joined|trained|volunteered|was employed)|"
    r"I'?m (?:currently |now )?(?:at|with)|while (?:at|with)|when I (?:was|worked)|during my|since (?:19|20)\d\d|"
    r"studied|graduated|alumn\w*|degree|internship|interned|years at|months at|back at|"
    r"another|other (?:offer|company|companies|interview|application|process|role)s?|competing|"
    r"an offer from|offer from|clients?|customers?|partners?|partnership|vendors?|suppliers?|acquisition|"
    r"acquired|merger|such as|I (?:\w+ )?(?:withdrew|declined|turned down)|"
    r"like (?:at|in)|compared (?:to|with)|competitors?)\b", re.I)


def fold(text: str) -> str:
    """Lowercase, accents removed, curly apostrophes straightened."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def name_tokens(text: str) -> list[str]:
    """Lowercase word tokens of a name, possessive 's removed."""
    text = re.sub(r"['’]s\b", "", text)
    return [t for t in re.findall(r"[a-z0-9]+", fold(text))]


def _stem(tok: str) -> str:
    return tok[:6]

_STOP = {"the", "and", "of", "a", "an", "de", "la", "le", "du", "des", "von", "van", "der"}
_ABBREVIATIONS = {"st", "co", "inc", "corp", "ltd", "bros", "jr", "sr", "mt", "ft", "dr", "mr", "ms", "mrs"}


def own_parts(ctx: Context) -> list[tuple[str, Span]]:
    """Subject, greeting, body paragraphs and closing: never the signature or quoted text."""
    return ctx.draft.named_parts(subject=True, signature=False)


def person_tokens(ctx: Context) -> set[str]:
    """Name tokens of people the draft may name: interviewers, the sender, To names."""
    out: set[str] = set()
    for name in ctx.facts.interviewer:
        out.update(name_tokens(name))
    sig = ctx.draft.signature_name
    if sig:
        out.update(t for t in name_tokens(sig.split(",")[0]) if len(t) > 1)
    for name in ctx.draft.source.headers.get("to_names", []) or []:
        out.update(name_tokens(str(name)))
    return out - _STOP


def sentence_span(ctx: Context, span: Span) -> Span:
    """The sentence holding ``span`` (else the part of the draft holding it)."""
    for s, _ in ctx.analysis.sentences("whole"):
        if s.start <= span.start and span.end <= s.end:
            return s
    for part in ctx.draft.scope("whole"):
        if part.contains(span):
            return part
    return span


def own_framing(ctx: Context, span: Span, before: int = 60, after: int = 30) -> bool:
    """The words around the name (within its sentence) frame it as the candidate's own past or
    present, or as another company on purpose: "at my previous company, Globex, I ...",
    "When I worked at Globex", "another offer from Globex". A frame elsewhere in a long
    sentence does not count ("At my previous company, X, I ..., and I am excited about
    joining Globex" still flags Globex)."""
    sent = sentence_span(ctx, span)
    start = max(sent.start, span.start - before)
    if start > sent.start:
        gap = ctx.text.find(" ", start, span.start)
        start = gap + 1 if gap >= 0 else span.start
    end = min(sent.end, span.end + after)
    return bool(_PAST_FRAMING.search(ctx.text[start:end]))
