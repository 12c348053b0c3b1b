"""Accuracy rules: copy-paste leftovers from another application (GUIDANCE G15, G3).

With the interview facts, a draft that names another company, another person, another
role, or goes to an address at another company, is flagged where the name appears.
Precision comes first: names in the signature and in quoted messages are never
checked, and neither are companies or roles the candidate frames as their own past
or present ("at my previous company, Globex, I ..."), the interviewer's own names, or
products whose name starts with the company's ("Initech Cloud").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from .. import facts as facts_mod
from ..checks import sentence_around
from ..rule import Context, Rule
from ..text import Span

# --------------------------------------------------------------------------- words

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

LEGAL_SUFFIXES = {
    "inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "co", "company", "gmbh", "plc",
    "llp", "lp", "ag", "sa", "sas", "srl", "bv", "nv", "pty", "pvt", "oy", "ab", "kk", "ulc",
}
# A capitalised name ending in one of these reads as a company ("Brightwave Audio").
INDUSTRY_HEADS = {
    "audio", "media", "insurance", "assurance", "health", "healthcare", "bank", "bancorp", "bancshares",
    "labs", "laboratories", "systems", "solutions", "technologies", "technology", "tech", "software",
    "studios", "games", "gaming", "foods", "energy", "logistics", "capital", "financial", "analytics",
    "consulting", "consultants", "holdings", "industries", "pharmaceuticals", "pharma", "pharmacy",
    "hospital", "clinic", "schools", "airlines", "airways", "motors", "networks", "dynamics", "robotics",
    "mutual", "hotels", "resorts", "retail", "stores", "markets", "manufacturing", "distribution",
    "architects", "associates", "agency", "ventures", "bio", "biotech", "biosciences", "therapeutics",
    "genomics", "medical", "dental", "realty", "properties", "construction", "builders",
    "communications", "telecom", "entertainment", "publishing", "press", "records", "interactive",
    "investments", "securities", "shipping", "freight", "transport", "transportation", "electric",
    "utilities", "chemicals", "materials", "steel", "automotive", "aerospace", "enterprises",
    "international", "worldwide", "group", "brands", "apparel", "outfitters", "cosmetics", "beverages",
    "brewing", "hospitality", "living", "trust", "credit", "partners", "bros", "sons", "services",
    "law", "legal",
}
# A capitalised name followed by one of these is a department or a project, not a company.
DEPARTMENT_AFTER = re.compile(
    r"^[ \t]*(?:team|teams|department|dept|group|division|unit|org|organization|function|project|"
    r"program|programme|initiative|squad|pod|guild|channel|tool|system|platform|dashboard|module|"
    r"rollout|migration|certification|course|class|exam|protocol|summit|conference|award)\b", re.I)
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


# --------------------------------------------------------------------------- companies

_STOP = {"the", "and", "of", "a", "an", "de", "la", "le", "du", "des", "von", "van", "der"}


def company_tokens(name: str) -> list[str]:
    toks = [t for t in name_tokens(name.replace("&", " and ")) if t not in _STOP]
    while len(toks) > 1 and toks[-1] in LEGAL_SUFFIXES:
        toks.pop()
    return toks


def _squash(tokens: Iterable[str]) -> str:
    return "".join(tokens)


def same_company(mention: str, company: str) -> bool:
    """True when ``mention`` can be the company (or one of its products): "Initech" and
    "Initech Cloud", "Green Hollow" and "Green Hollow Schools", "IBM" and "International
    Business Machines"."""
    a, b = company_tokens(mention), company_tokens(company)
    if not a or not b:
        return True
    if _squash(a) == _squash(b) or set(a) <= set(b) or set(b) <= set(a):
        return True
    if a[0] == b[0] or _squash(b).startswith(_squash(a)) or _squash(a).startswith(_squash(b)):
        return True
    initials = "".join(t[0] for t in b)
    if len(a) == 1 and len(a[0]) >= 2 and a[0] in (initials, "".join(t[0] for t in b if t not in LEGAL_SUFFIXES)):
        return True
    return False


FREE_MAIL = {
    "gmail", "googlemail", "outlook", "hotmail", "live", "msn", "yahoo", "ymail", "icloud", "me", "mac",
    "aol", "proton", "protonmail", "pm", "gmx", "mail", "yandex", "zoho", "fastmail", "hey", "tutanota",
    "qq", "163", "web", "orange", "comcast", "verizon", "att", "btinternet", "sky",
    # applicant-tracking and job sites send on a company's behalf
    "greenhouse", "lever", "workday", "myworkday", "myworkdayjobs", "icims", "smartrecruiters", "ashbyhq",
    "jobvite", "bamboohr", "workable", "recruitee", "teamtailor", "breezy", "jazzhr", "successfactors",
    "taleo", "linkedin", "indeed", "ziprecruiter", "hirevue", "calendly",
}
_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ltd", "plc", "or", "ne"}


def domain_label(address: str) -> str | None:
    """The registrable name of an address's domain: ``jordan@mail.initech.co.uk`` -> ``initech``."""
    if "@" not in address:
        return None
    parts = [p for p in fold(address.rsplit("@", 1)[1]).strip(". >").split(".") if p]
    if len(parts) < 2:
        return parts[0] if parts else None
    parts = parts[:-1]
    if len(parts) >= 2 and parts[-1] in _SECOND_LEVEL:
        parts = parts[:-1]
    return parts[-1] if parts else None


def domain_matches(label: str, company: str) -> bool:
    """Lenient: "initech" ~ "Initech", "vantagecrm" ~ "Vantage", "northgateprop" ~ "Northgate
    Property Group", "ibm" ~ "International Business Machines"."""
    label = re.sub(r"[^a-z0-9]", "", label)
    toks = company_tokens(company)
    if not label or not toks:
        return True
    squash = _squash(toks)
    if label in squash or squash in label:
        return True
    if any(len(t) >= 3 and t in label for t in toks):
        return True
    if len(label) >= 4 and squash[:4] == label[:4]:
        return True
    initials = "".join(t[0] for t in toks)
    return len(initials) >= 2 and (label.startswith(initials) or initials.startswith(label))


# capitalised words: "Globex", "St.", "AT&T", "O'Neil", "Initech's"
_WORD = r"(?:[A-Z][A-Za-z0-9'’&.\-]*[A-Za-z0-9]\.?|[A-Z]\.?)"
_CAP_RE = re.compile(rf"{_WORD}(?:(?:[ \t]+(?:&|of|de|du|des|la|le|von|van|der|den)[ \t]+|[ \t]+){_WORD}){{0,4}}")
_ABBREVIATIONS = {"st", "co", "inc", "corp", "ltd", "bros", "jr", "sr", "mt", "ft", "dr", "mr", "ms", "mrs"}

_STRONG_CUE = re.compile(
    r"(?:\bjoin(?:s|ed|ing)?|"
    r"\b(?:position|positions|role|roles|job|jobs|opening|openings|opportunity|opportunities|post|vacancy|"
    r"team|teams|career|future|everyone|people|colleagues|folks|culture|mission|work|working|interview|"
    r"interviews|visit|tour|here|start|starting|employees|engineers|staff|department|offices?|"
    r"apply|applied|applying|application|contribute|contributing|grow|growing|thrive|process|recruitment|"
    r"candidacy|consideration)[ \t]+(?:over[ \t]+)?at|"
    r"\b(?:career|future|position|role|job|opportunity|start|journey|candidacy|consideration|process|"
    r"recruitment)[ \t]+with|"
    # the application you withdraw or pursue is with the company you write to
    r"\bmy[ \t]+(?:\w+[ \t]+)?(?:application|candidacy)[ \t]+(?:to|with)|"
    r"\bwithdraw\w*(?:[ \t]+(?:myself|my[ \t]+name|my[ \t]+application|my[ \t]+candidacy))?[ \t]+from|"
    r"\b(?:asset|addition|value|fit)[ \t]+(?:to|for|at)|"
    r"\bbring\w*(?:[ \t]+[\w'’]+){0,4}[ \t]+to|"
    r"\bwork(?:ing)?[ \t]+(?:for|at))[ \t]+$", re.I)
# "Globex's mission": a possessive before a word only a company has
_POSSESSIVE_AFTER = re.compile(
    r"^['’]s[ \t]+(?:mission|values|culture|vision|commitment|customers|clients|brand|reputation|founders?|"
    r"ceo|headquarters|offices?|employees)\b", re.I)
_GREETING_TEAM_RE = re.compile(
    rf"^[ \t]*(?:dear|hi|hello|greetings|good (?:morning|afternoon|evening))[ \t]+(?:the[ \t]+)?"
    rf"(?P<name>{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,3}}?)[ \t]+(?:hiring[ \t]+|recruiting[ \t]+|talent[ \t]+|"
    rf"interview[ \t]+|people[ \t]+)?(?:team|committee|panel|family|folks)\b", re.I)
# A name known only by its shape must also read as where you want to be ("help Brightwave Audio
# reach that goal", "part of Stonebridge Insurance"), not as a client or a product you mention.
_WEAK_CUE = re.compile(
    r"(?:\bhelp(?:s|ing)?|\bcontribut\w*[ \t]+to|\bsupport(?:ing)?|\bpart[ \t]+of|\bserv(?:e|ing)|"
    r"\brepresent\w*|\bat|\bfuture[ \t]+(?:at|with)|\binterview\w*[ \t]+with|"
    r"\bgrow(?:ing)?[ \t]+with)[ \t]+$", re.I)


@dataclass
class Mention:
    span: Span
    text: str
    strong: bool  # found after a cue ("joining X", "the team at X") rather than by its shape


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


def _trim_mention(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing sentence period (not an abbreviation's) and a possessive 's."""
    chunk = text[start:end]
    if chunk.endswith(".") and chunk[:-1].split()[-1].lower().strip(".") not in _ABBREVIATIONS:
        end -= 1
        chunk = chunk[:-1]
    m = re.search(r"['’]s$", chunk)
    if m:
        end -= 2
    return start, end


def _sentence_cut(run: str) -> int:
    """Length of a capitalised run up to the end of its sentence ("Globex. My" -> "Globex.")."""
    for w in re.finditer(r"\S+", run):
        word = w.group(0)
        if word.endswith(".") and w.end() < len(run):
            bare = word.rstrip(".").lower()
            if bare not in _ABBREVIATIONS and not re.fullmatch(r"(?:[a-z]\.)*[a-z]", word.lower()):
                return w.end()
    return len(run)


def _org_entities(ctx: Context) -> list[Span]:
    spans = []
    for pd in ctx.analysis.docs("message") + ctx.analysis.docs("subject"):
        for ent in getattr(pd.doc, "ents", ()) or ():
            if ent.label_ == "ORG":
                spans.append(pd.to_span(ent.start_char, ent.end_char))
    return spans


def company_mentions(ctx: Context) -> list[Mention]:
    """Company-like names the candidate wrote (subject, greeting, body, closing).

    A name counts when it follows a strong cue ("joining X", "the role at X", "working for
    X", "an asset to X", "Dear X team", "X's mission"); when it has a legal suffix ("Globex
    Corp"); or when it ends in an industry word ("Brightwave Audio") or is an ORG entity of a
    configured statistical model, and follows a weaker cue ("help X", "part of X", "at X") or
    stands in the subject line -- never when followed by "team", "project", ... People
    (interviewers, the sender, titled names), the role, the topics, days and months are
    not companies.
    """
    text = ctx.text
    people = person_tokens(ctx)
    role = set(company_tokens(ctx.facts.role)) if ctx.facts.role else set()
    topics = [fold(t) for t in ctx.facts.topics]
    found: dict[tuple[int, int], Mention] = {}

    def consider(start: int, end: int, strong: bool) -> None:
        start, end = _trim_mention(text, start, end)
        if end <= start:
            return
        name = text[start:end]
        toks = company_tokens(name)
        if not toks or all(t in CALENDAR_WORDS for t in toks):
            return
        if toks[0] in CALENDAR_WORDS and len(toks) == 1:
            return
        if set(toks) & people:
            return
        if role and set(toks) <= role:
            return
        folded = fold(name)
        if any(folded in t or (len(t) > 3 and t in folded) for t in topics):
            return
        before = text[max(0, start - 12):start]
        if re.search(rf"{_TITLE_RE}[ \t]*$", before):
            return  # "Mr. Fowler"
        key = (start, end)
        if key in found:
            found[key].strong = found[key].strong or strong
        else:
            found[key] = Mention(Span(start, end), name, strong)

    for part, span in own_parts(ctx):
        chunk = text[span.start:span.end]
        if part == "greeting":
            m = _GREETING_TEAM_RE.match(chunk)
            if m and not set(name_tokens(m.group("name"))) <= GENERIC_ADDRESSEES:
                consider(span.start + m.start("name"), span.start + m.end("name"), True)
            continue
        for m in _CAP_RE.finditer(chunk):
            cut = _sentence_cut(m.group(0))
            start, end = span.start + m.start(), span.start + m.start() + cut
            before = chunk[max(0, m.start() - 60):m.start()]
            words = company_tokens(m.group(0)[:cut])
            if not words:
                continue
            if _STRONG_CUE.search(before) and not re.match(r"['’]s[ \t]+attention\b", chunk[m.start() + cut - 2:]):
                consider(start, end, True)
                continue
            possessive = re.search(r"['’]s$", chunk[m.start():m.start() + cut])
            if possessive and _POSSESSIVE_AFTER.match(chunk[m.start() + cut - 2:]):
                consider(start, end, True)
                continue
            raw_last = name_tokens(m.group(0)[:cut].rstrip("."))
            last = raw_last[-1] if raw_last else ""
            after = chunk[m.start() + cut:m.start() + cut + 30]
            if last in LEGAL_SUFFIXES and len(raw_last) >= 2:
                consider(start, end, False)
            elif (last in INDUSTRY_HEADS and len(raw_last) >= 2 and (_WEAK_CUE.search(before) or part == "subject")
                  and not DEPARTMENT_AFTER.match(after)):
                consider(start, end, False)
    # ORG entities of a statistical model (none with the default blank pipeline) stand in for
    # the shape test; they still need a cue, as a client or a product mentioned in passing is fine.
    for ent in _org_entities(ctx):
        line_start = text.rfind("\n", 0, ent.start) + 1
        before = text[max(line_start, ent.start - 60):ent.start]
        after = text[ent.end:ent.end + 30]
        if _STRONG_CUE.search(before):
            consider(ent.start, ent.end, True)
        elif _WEAK_CUE.search(before) and not DEPARTMENT_AFTER.match(after):
            consider(ent.start, ent.end, False)
    return sorted(found.values(), key=lambda m: m.span.start)


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


# --------------------------------------------------------------------------- people

@dataclass
class Addressee:
    span: Span
    text: str
    title: str | None
    tokens: list[str]


_GREETING_WORD_RE = re.compile(
    r"^[ \t]*(?:dear|hi|hello|hey|heya|hiya|greetings|good\s+(?:morning|afternoon|evening|day)|morning|"
    r"afternoon|evening)\b[ \t,]*", re.I)
_NAME_PART_RE = re.compile(
    r"(?P<title>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Coach|Capt|Captain|Judge|Hon)\.?[ \t]+)?"
    r"(?P<name>(?:[A-Z]\.[ \t]*){0,2}[A-ZÀ-Þ][\w'’\-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’\-]*|van|von|de|da|der|den|del|"
    r"di|le|la)){0,3})")


def greeting_addressees(ctx: Context) -> list[Addressee]:
    """The people a greeting names: "Dear Dr. Haddad, Mr. Ferreira, and Mr. Osei," -> three."""
    d = ctx.draft
    if d.greeting is None:
        return []
    text = ctx.text
    chunk = text[d.greeting.start:d.greeting.end]
    m = _GREETING_WORD_RE.match(chunk)
    offset = m.end() if m else 0
    if not m and not re.match(r"^[ \t]*[A-Z]", chunk):
        return []
    out: list[Addressee] = []
    rest = chunk[offset:]
    # split on commas, "and", "&", "/"
    pos = 0
    for piece in re.split(r"(,|;|/|&|\band\b)", rest):
        piece_start = pos
        pos += len(piece)
        if piece in (",", ";", "/", "&", "and"):
            continue
        pm = _NAME_PART_RE.search(piece)
        if not pm:
            continue
        name = pm.group("name")
        toks = name_tokens(name)
        if not toks or all(t in GENERIC_ADDRESSEES or t in CALENDAR_WORDS for t in toks):
            continue
        if any(t in GENERIC_ADDRESSEES for t in name_tokens(piece)) and not pm.group("title"):
            continue  # "Hiring Team", "Search Committee", "Globex hiring team"
        start = d.greeting.start + offset + piece_start + pm.start()
        end = d.greeting.start + offset + piece_start + pm.end()
        title = pm.group("title").strip().rstrip(".").lower() if pm.group("title") else None
        out.append(Addressee(Span(start, end), text[start:end], title, toks))
    return out


_VOCATIVE_RES = [
    # "Thank you again, Mr. Fowler, for ..." / "Thanks, Mark!"
    re.compile(r"\b(?i:thank you|thanks)(?i:[ \t]+(?:again|so much|very much|once again))?,[ \t]+"
               rf"(?P<who>(?:{_TITLE_RE}[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?)[ \t]*[,.!;]"),
    # "It was a pleasure to meet you, Mr. Fowler."
    re.compile(r"\byou,[ \t]+"
               rf"(?P<who>(?:{_TITLE_RE}[ \t]+)[A-Z][\w'’\-]+|[A-Z][a-z][\w'’\-]+)[ \t]*[.!]"),
]


def vocatives(ctx: Context) -> list[Addressee]:
    """People addressed in the body: "Thank you again, Mr. Fowler, for ...", "to meet you, Mark."."""
    out = []
    text = ctx.text
    for span in ctx.draft.paragraphs:
        chunk = text[span.start:span.end]
        for rx in _VOCATIVE_RES:
            for m in rx.finditer(chunk):
                pm = _NAME_PART_RE.match(m.group("who"))
                if not pm:
                    continue
                toks = name_tokens(pm.group("name"))
                if not toks or any(t in GENERIC_ADDRESSEES or t in CALENDAR_WORDS for t in toks):
                    continue
                start = span.start + m.start("who")
                end = span.start + m.end("who")
                title = pm.group("title").strip().rstrip(".").lower() if pm.group("title") else None
                out.append(Addressee(Span(start, end), text[start:end], title, toks))
    return out


def _first_name_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if NICKNAMES.get(a) == b or NICKNAMES.get(b) == a or (NICKNAMES.get(a) and NICKNAMES.get(a) == NICKNAMES.get(b)):
        return True
    return len(a) >= 2 and len(b) >= 2 and (a.startswith(b) or b.startswith(a))


def names_person(addressee: Addressee, full_name: str) -> bool | None:
    """True when the addressee can be this person, False when not, None when unknowable
    (a title + surname when only a first name is known)."""
    person = name_tokens(full_name)
    if not person:
        return None
    toks = addressee.tokens
    # initials: "J. Lee" -> "Jordan Lee"
    initials = [t for t in toks if len(t) == 1]
    toks = [t for t in toks if len(t) > 1] or toks
    if initials and not any(p.startswith(initials[0]) for p in person):
        return False
    if set(toks) <= set(person):
        return True
    if addressee.title:
        if len(person) == 1:
            return None  # only a first name known
        surname = person[1:]
        return set(toks) <= set(surname) or toks[-1] == person[-1] or toks == person[:1]
    # bare name: first name (or nickname) possibly followed by the surname
    if _first_name_match(toks[0], person[0]):
        return len(toks) == 1 or set(toks[1:]) <= set(person[1:])
    if len(toks) == 1 and len(person) > 1 and toks[0] == person[-1]:
        return True  # "Dear Whitfield,"
    return False


def known_people(ctx: Context) -> list[str]:
    return list(ctx.facts.interviewer)


def _to_names(ctx: Context) -> list[str]:
    """Display names in an .eml To header that look like a person (used when no interviewer is given)."""
    names = []
    for name in ctx.draft.source.headers.get("to_names", []) or []:
        toks = name_tokens(str(name))
        if 2 <= len(toks) <= 4 and not set(toks) & GENERIC_ADDRESSEES and all(t.isalpha() for t in toks):
            names.append(str(name))
    return names


# --------------------------------------------------------------------------- roles

_ROLE_WORD = r"(?:[A-Z][A-Za-z0-9'’/+\-]*\.?|I{1,3}|IV|of|and|&|for|to|in)"
_ROLE_RE = re.compile(
    rf"(?P<role>[A-Z][A-Za-z0-9'’/+\-]*\.?(?:[ \t]+{_ROLE_WORD}){{0,5}}?)[ \t]+"
    r"(?P<noun>position|role|job|opening|post|vacancy|opportunity|interview|candidacy|offer|application)\b")
_ROLE_AS_RE = re.compile(
    rf"\b(?:position|role|job|title|post) (?:of|as)(?: an?| the)? (?P<role>[A-Z][A-Za-z0-9'’/+\-]*"
    rf"(?:[ \t]+{_ROLE_WORD}){{0,5}})")
_SENIORITY = {"senior", "sr", "junior", "jr", "lead", "staff", "principal", "associate", "i", "ii", "iii",
              "iv", "1", "2", "3", "4", "level", "entry", "chief", "head", "trainee", "apprentice", "the", "a",
              "an", "of", "and", "for", "to", "in", "tier", "grade", "band", "mid", "intermediate", "graduate",
              "new", "grad", "interim", "acting", "deputy", "assistant", "full", "time", "part", "contract",
              "temporary", "remote", "hybrid", "nights", "days", "weekend"}
# A role title ends in one of these (or a form three letters longer: Engineer/Engineering).
JOB_HEADS = {
    "engineer", "developer", "programmer", "architect", "analyst", "scientist", "manager", "director", "lead",
    "head", "officer", "executive", "coordinator", "specialist", "assistant", "associate", "administrator",
    "admin", "technician", "nurse", "teacher", "instructor", "tutor", "professor", "lecturer", "designer",
    "writer", "editor", "producer", "planner", "accountant", "bookkeeper", "auditor", "adjuster", "actuary",
    "consultant", "advisor", "adviser", "representative", "rep", "agent", "supervisor", "clerk", "intern",
    "apprentice", "pharmacist", "physician", "therapist", "counselor", "counsellor", "paralegal", "attorney",
    "lawyer", "chef", "cook", "driver", "operator", "mechanic", "electrician", "plumber", "coach", "trainer",
    "recruiter", "researcher", "strategist", "marketer", "buyer", "merchandiser", "cashier", "receptionist",
    "secretary", "paramedic", "dentist", "hygienist", "veterinarian", "librarian", "curator", "artist",
    "animator", "photographer", "journalist", "reporter", "translator", "interpreter", "investigator",
    "inspector", "surveyor", "estimator", "controller", "treasurer", "economist", "statistician", "chemist",
    "biologist", "physicist", "geologist", "partner", "president", "vp", "steward", "attendant", "host",
    "server", "bartender", "barista", "guard", "pilot", "dispatcher", "scheduler", "fellow", "resident",
    "superintendent", "foreman", "worker", "machinist", "welder", "carpenter", "technologist", "sonographer",
    "radiographer", "midwife", "aide", "caregiver", "owner", "principal", "dean", "counsel", "underwriter",
    "banker", "teller", "broker", "trader", "cfo", "ceo", "cto", "coo", "cio",
}


def is_job_head(token: str) -> bool:
    """"engineer", "engineers", "engineering" end a role title; "operations" does not."""
    return token in JOB_HEADS or any(token.startswith(h) and len(token) - len(h) <= 3 for h in JOB_HEADS
                                     if len(h) >= 5)
_ROLE_BEFORE_SKIP = re.compile(
    r"\b(?:another|other|similar|future|different|related|previous|prior|former|past|your|his|her|their|"
    r"my|our|current|next|new|any|some|these|those|all|open|two|three|several|many|like)[ \t]+(?:\w+[ \t]+)?$",
    re.I)
_ROLE_SENTENCE_SKIP = re.compile(
    r"\b(?:also (?:be )?(?:interested|consider|apply)|instead|as well|in addition|alternatively|"
    r"other (?:roles|positions|openings)|I (?:currently )?(?:work(?:ed)?|served|was|am) as|"
    r"(?:worked|served|work|working) as|(?:plan|planning|hope|hoping|expect|expecting|going) to "
    r"(?:open|hire|add|create|fill|post)|next (?:year|quarter|month|spring|summer|fall|autumn|winter)|"
    r"will (?:open|be opening|be hiring)|opening up|new (?:opening|position|role)s?)\b", re.I)


_ROLE_LEADING = {"the", "a", "an", "for", "to", "in", "of", "and", "your", "my", "our", "their", "his", "her",
                 "its", "this", "that", "any", "every", "each", "which", "what", "whose", "as", "thank", "thanks"}
_NOT_ROLES = {"hiring manager", "hiring team", "recruiter", "interviewer", "hiring"}


def role_tokens(role: str) -> list[str]:
    return [t for t in name_tokens(role) if t not in _SENIORITY]


def same_role(mention: str, role: str) -> bool:
    a, b = role_tokens(mention), role_tokens(role)
    if not a or not b:
        return True
    sa, sb = {_stem(t) for t in a}, {_stem(t) for t in b}
    if sa <= sb or sb <= sa:
        return True
    # "RN" for Registered Nurse
    return len(a) == 1 and a[0] == "".join(t[0] for t in name_tokens(role) if t not in ("of", "and", "the"))


def role_mentions(ctx: Context) -> list[tuple[Span, str]]:
    """Title Case role titles before "position", "role", "opening", ... or after "role of"."""
    text = ctx.text
    out: list[tuple[Span, str]] = []
    people = person_tokens(ctx)
    company = set(company_tokens(ctx.facts.company)) if ctx.facts.company else set()
    for part, span in own_parts(ctx):
        if part in ("greeting", "closing"):
            continue
        chunk = text[span.start:span.end]
        for rx in (_ROLE_RE, _ROLE_AS_RE):
            for m in rx.finditer(chunk):
                role = m.group("role")
                # the capitalised run may start with a company or a sentence-initial word
                words = role.split()
                while words and (fold(words[0]).strip(".'’s") in CALENDAR_WORDS
                                 or set(company_tokens(words[0])) & company
                                 or words[0].lower() in _ROLE_LEADING
                                 or re.fullmatch(r"[A-Z][a-z]+['’]s", words[0])):
                    words = words[1:]
                while words and words[-1].lower() in ("of", "and", "&", "for", "to", "in"):
                    words = words[:-1]
                if words and words[-1].endswith(".") and words[-1].rstrip(".").lower() not in _ABBREVIATIONS:
                    words[-1] = words[-1].rstrip(".")
                if not words:
                    continue
                cleaned = " ".join(words)
                offset = m.start("role") + role.index(words[0])
                start = span.start + offset
                end = start + len(cleaned)
                toks = name_tokens(cleaned)
                if not role_tokens(cleaned) or set(toks) & people or not is_job_head(toks[-1]):
                    continue
                if m.re is _ROLE_RE and m.group("noun").lower() in ("offer", "application", "candidacy",
                                                                    "interview") and len(toks) < 2:
                    continue
                if fold(cleaned) in _NOT_ROLES:
                    continue
                lead = m.start() if m.re is _ROLE_AS_RE else offset
                before = chunk[max(0, lead - 40):lead]
                if _ROLE_BEFORE_SKIP.search(before):
                    continue
                out.append((Span(start, end), cleaned))
    return out


# --------------------------------------------------------------------------- rules

class WrongCompany(Rule):
    code = "EL901"
    name = "wrong-company"
    category = "accuracy"
    severity = "warning"
    guidance = ("G15", "G19")
    requires_facts = ("company",)
    summary = ("Reports a company named in the draft that is not the one you interviewed with "
               "(`company` in the facts): a leftover from another application. Company-like names are "
               "capitalised names after \"join\", \"the team at\", \"the role at\", \"work for\", \"my "
               "application to\", \"my candidacy with\", \"the process at\", \"withdraw from\" or in "
               "\"Dear X team\"; names with a legal suffix (Inc, LLC, Ltd, Corp); names ending in an "
               "industry word (\"Brightwave Audio\"), and ORG entities when a statistical spaCy model is "
               "configured, after \"help\", \"part of\", \"at\" or in the subject. Not checked: the "
               "signature, quoted text, people's names, the role, the topics, products named after the "
               "company (\"Initech Cloud\"), and names the words around them frame as your own past or "
               "present (\"at my previous company, Globex, I ...\") or as another company on purpose "
               "(\"another offer from Globex\").")
    why = ("Naming the wrong company is the most visible copy-paste mistake: it tells the interviewer "
           "the note was recycled from another application, the opposite of a sincere, tailored "
           "message (G15, G19). Double-check every name before you send.")
    instead = "Name the company you interviewed with (the fix offers it), or remove the stray name."
    examples = {
        "fail": [
            {"text": "Dear Jordan,\n\nThank you for meeting with me yesterday about the Support Engineer "
                     "position. I left the interview even more excited about joining Globex.\n\n"
                     "Best regards,\nElena",
             "facts": {"company": "Initech", "interviewer": "Jordan Lee"}},
            {"text": "Dear Ms. Nwankwo,\n\nI remain very interested in the position and would love to help "
                     "Brightwave Audio reach that goal.\n\nBest regards,\nRamona",
             "facts": {"company": "Larkspur Media"}, "kind": "check_in"},
            {"text": "Dear Globex team,\n\nThank you for the interview yesterday.\n\nBest,\nSam",
             "facts": {"company": "Initech"}},
            {"text": "Subject: Thank you - Support Engineer interview at Globex\n\nDear Jordan,\n\n"
                     "Thank you for the interview yesterday.\n\nBest,\nSam",
             "facts": {"company": "Initech"}},
            {"text": "Dear Jordan,\n\nI have accepted another offer, so I would like to withdraw my application "
                     "to Globex Logistics.\n\nBest,\nSam",
             "facts": {"company": "Initech"}, "kind": "withdrawal"},
        ],
        "pass": [
            {"text": "Dear Jordan,\n\nThank you for meeting with me yesterday. I am excited about joining "
                     "Initech and about the Initech Cloud launch you described.\n\nBest regards,\nElena",
             "facts": {"company": "Initech Inc.", "interviewer": "Jordan Lee"},
             "note": "the company and one of its products"},
            {"text": "Dear Jordan,\n\nThank you for meeting with me yesterday. At my previous company, "
                     "Globex, I built the knowledge base for recurring incidents.\n\nBest regards,\nElena",
             "facts": {"company": "Initech"}, "note": "a former employer, framed as the past"},
            {"text": "Dear Jordan,\n\nThank you for meeting with me yesterday about the role at Initech.\n\n"
                     "Best regards,\nElena Sorokina\nSupport Lead, Globex Corp.\n\n"
                     "On Tue, Nov 17, 2026 at 5:55 PM Jordan Lee wrote:\n> Thanks for applying to Globex!",
             "facts": {"company": "Initech"}, "note": "signature and quoted text are not checked"},
            {"text": "Dear Jordan,\n\nI have accepted an offer from Globex, so I would like to withdraw my "
                     "application to Initech.\n\nBest,\nSam",
             "facts": {"company": "Initech"}, "kind": "withdrawal", "note": "the other company, on purpose"},
        ],
    }

    def check(self, ctx: Context) -> None:
        company = ctx.facts.company
        assert company is not None
        for m in company_mentions(ctx):
            if same_company(m.text, company):
                continue
            if not m.strong and ctx.facts.interviewer_email:
                label = domain_label(ctx.facts.interviewer_email)
                if label and label not in FREE_MAIL and domain_matches(label, m.text):
                    continue  # the recipient's own company by another name
            if own_framing(ctx, m.span):
                continue
            fix = ctx.replace_fix(m.span, company, safe=False, description=f"replace {m.text!r} with {company!r}")
            ctx.report(m.span, f"'{m.text}' is not the company you interviewed with ({company}): a leftover "
                               "from another application? (guidance G15)", fix=fix)


class WrongPerson(Rule):
    code = "EL902"
    name = "wrong-interviewer"
    category = "accuracy"
    severity = "warning"
    guidance = ("G3", "G15")
    summary = ("Reports a greeting, or a direct address in the body (\"Thank you again, Mr. Fowler, "
               "...\"), naming someone who is not the interviewer (`interviewer` in the facts; for an "
               ".eml without it, the person named in the To header). A first name, a nickname "
               "(\"Meg\" for Megan, \"Bob\" for Robert) or a title and surname are all right; "
               "generic salutations are left to the greeting rules, and other people mentioned in the "
               "body (\"Dr. Chen showed me the lab\") are fine.")
    why = ("Greeting the wrong person is a copy-paste leftover the interviewer cannot miss: it says the "
           "note was written for someone else (G15), and it fails the first thing the guidance asks, "
           "to address the interviewer personally by name (G3).")
    instead = "Greet the person you met, by name: \"Dear Ms. Whitfield,\" or \"Hi Dana,\"."
    examples = {
        "fail": [
            {"text": "Dear Mr. Fowler,\n\nThank you for taking the time to meet with me yesterday.\n\n"
                     "Sincerely,\nRohan",
             "facts": {"interviewer": "Dana Whitfield"}},
            {"text": "Hi Mark,\n\nThank you for taking the time to meet with me yesterday.\n\nBest,\nRohan",
             "facts": {"interviewer": "Dana Whitfield"}},
            {"text": "Dear Dana,\n\nThank you again, Mr. Fowler, for taking the time to meet with me.\n\n"
                     "Best,\nRohan",
             "facts": {"interviewer": "Dana Whitfield"}},
            {"text": "From: Rohan <rohan@mail.example>\nTo: Dana Whitfield <dana@lumen.example>\n"
                     "Subject: Thank you\nDate: Thu, 19 Nov 2026 08:40:00 +0000\n\nDear Mr. Fowler,\n\n"
                     "Thank you for meeting with me yesterday.\n\nBest,\nRohan\n",
             "path": "x.eml", "note": "no facts: the To header names the recipient"},
        ],
        "pass": [
            {"text": "Dear Ms. Whitfield,\n\nThank you for meeting with me yesterday.\n\nBest,\nRohan",
             "facts": {"interviewer": "Dana Whitfield"}},
            {"text": "Hi Meg,\n\nThank you for meeting with me yesterday. Dr. Chen's tour of the lab was "
                     "a highlight.\n\nBest,\nRohan",
             "facts": {"interviewer": "Megan Fraser"}, "note": "nickname; another person in the body"},
            {"text": "Dear Dr. Haddad, Mr. Ferreira, and Mr. Osei,\n\nThank you for your time yesterday."
                     "\n\nKind regards,\nMeera",
             "facts": {"interviewer": ["Rania Haddad", "Luis Ferreira", "Kwame Osei"]}},
            {"text": "Dear Hiring Manager,\n\nThank you for your time yesterday.\n\nBest,\nRohan",
             "facts": {"interviewer": "Dana Whitfield"}, "note": "generic: the greeting rules' business"},
        ],
    }

    def check(self, ctx: Context) -> None:
        people = known_people(ctx)
        from_header = False
        if not people:
            people = _to_names(ctx)
            from_header = True
            if len(people) != 1:
                return
        sender = set(name_tokens(ctx.draft.signature_name or ""))
        candidates = greeting_addressees(ctx) + ([] if from_header else vocatives(ctx))
        for a in candidates:
            if sender and set(a.tokens) <= sender:
                continue
            verdicts = [names_person(a, p) for p in people]
            if any(v is True for v in verdicts) or all(v is None for v in verdicts):
                continue
            whom = _join_names(people)
            source = "the recipient in the To header" if from_header else (
                "your interviewer" if len(people) == 1 else "one of your interviewers")
            close = _near_miss(a, people)
            if close:
                fix = ctx.replace_fix(Span(a.span.end - len(close[0]), a.span.end), close[1], safe=False,
                                      description=f"correct the spelling to {close[1]!r}")
                ctx.report(a.span, f"'{a.text}' looks like a misspelling of {source}'s name ({close[1]}) "
                                   "(guidance G3, G15)", fix=fix)
                continue
            fix = None
            if len(people) == 1:
                fix = ctx.replace_fix(a.span, people[0], safe=False,
                                      description=f"replace {a.text!r} with {people[0]!r}")
            ctx.report(a.span, f"'{a.text}' is not {source} ({whom}): a leftover from another note? "
                               "(guidance G3, G15)", fix=fix)


def _near_miss(a: Addressee, people: list[str]) -> tuple[str, str] | None:
    """(the misspelt word as written, the right spelling) when the addressee's last name
    word is one or two letters off a word of one of the names ("Jordon" for Jordan)."""
    import difflib

    written = re.findall(r"[\w'’\-]+", a.text)
    if not written:
        return None
    word = written[-1]
    for p in people:
        for right in re.findall(r"[\w'’\-]+", p):
            if len(right) >= 4 and fold(right) != fold(word) and \
                    difflib.SequenceMatcher(None, fold(word), fold(right)).ratio() >= 0.8:
                return word, right
    return None


def _join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


class WrongRole(Rule):
    code = "EL903"
    name = "wrong-role"
    category = "accuracy"
    severity = "warning"
    guidance = ("G15",)
    requires_facts = ("role",)
    summary = ("Reports a role title in the draft (a capitalised title ending in a job noun -- Engineer, "
               "Manager, Nurse, ... -- before \"position\", \"role\", \"opening\", \"interview\", ... or "
               "after \"the role of\") that differs from the role you interviewed for (`role` in the "
               "facts). Seniority words (Senior, Lead, II, Tier 2), word endings (Engineer/Engineering) "
               "and acronyms (RN) do not count as differences; roles framed as your own "
               "(\"my role as Quality Manager\"), as another or future opening, or as the interviewer's "
               "are not checked.")
    why = ("Thanking someone for the wrong position is a copy-paste leftover from another application "
           "(G15); it suggests you are sending the same note everywhere.")
    instead = "Name the role you interviewed for (the fix offers it)."
    examples = {
        "fail": [
            {"text": "Dear Mr. Becker,\n\nThank you for the offer. I am very pleased to accept the Quality "
                     "Manager position at Alderway Manufacturing.\n\nBest regards,\nYasmin",
             "facts": {"role": "Process Engineer", "company": "Alderway Manufacturing"}, "kind": "offer_reply"},
            {"text": "Subject: Thank you - Sales Manager interview\n\nDear Ms. Lee,\n\nThank you for your time "
                     "yesterday.\n\nBest,\nSam",
             "facts": {"role": "Account Executive"}},
        ],
        "pass": [
            {"text": "Dear Mr. Becker,\n\nThank you for the offer. I am very pleased to accept the Senior "
                     "Process Engineering position.\n\nBest regards,\nYasmin",
             "facts": {"role": "Process Engineer"}, "kind": "offer_reply"},
            {"text": "Dear Mr. Becker,\n\nThank you for meeting me about the Process Engineer position. In "
                     "my previous role as Quality Manager I cut scrap by a third, and I would also be "
                     "interested in the Quality Lead opening you mentioned.\n\nBest regards,\nYasmin",
             "facts": {"role": "Process Engineer"}},
        ],
    }

    def check(self, ctx: Context) -> None:
        role = ctx.facts.role
        assert role is not None
        for span, mention in role_mentions(ctx):
            if same_role(mention, role):
                continue
            if own_framing(ctx, span) or _ROLE_SENTENCE_SKIP.search(sentence_around(ctx, span)):
                continue
            fix = ctx.replace_fix(span, role, safe=False, description=f"replace {mention!r} with {role!r}")
            ctx.report(span, f"'{mention}' is not the role you interviewed for ({role}): a leftover from "
                             "another application? (guidance G15)", fix=fix)


class RecipientDomainMismatch(Rule):
    code = "EL904"
    name = "recipient-domain-mismatch"
    category = "accuracy"
    severity = "warning"
    guidance = ("G15",)
    requires_facts = ("interviewer_email",)
    summary = ("Reports a draft addressed (To header or `interviewer_email`) to a domain that does not "
               "match the company the draft names: `company` from the facts where the draft mentions it, "
               "else the company-like names EL901 finds. Matching is lenient (initech.example ~ "
               "Initech, vantagecrm ~ Vantage, ibm ~ International Business Machines); free-mail and "
               "applicant-tracking domains (gmail, greenhouse, workday, ...) are never flagged.")
    why = ("\"Double-check recipients\" (G15): a note for Initech sent to an address at Globex goes to "
           "the wrong company, and tells both that you reuse your notes.")
    instead = "Check the To address, or the company you name; one of them is left over from another note."
    examples = {
        "fail": [
            {"text": "Dear Jordan,\n\nThank you for meeting with me about the Support Engineer role at "
                     "Initech.\n\nBest regards,\nElena",
             "facts": {"company": "Initech", "interviewer_email": "jordan.lee@globex.example"}},
            {"text": "From: Elena <elena@mail.example>\nTo: Jordan Lee <jordan.lee@globex.example>\n"
                     "Subject: Thank you\nDate: Wed, 18 Nov 2026 09:30:00 +0000\n\nDear Jordan,\n\n"
                     "Thank you for meeting with me about the Support Engineer role at Initech.\n\n"
                     "Best regards,\nElena\n",
             "path": "x.eml", "note": "the To header, and the company named after 'the role at'"},
        ],
        "pass": [
            {"text": "Dear Jordan,\n\nThank you for meeting with me about the Support Engineer role at "
                     "Initech.\n\nBest regards,\nElena",
             "facts": {"company": "Initech", "interviewer_email": "jordan.lee@initech.example"}},
            {"text": "Dear Jordan,\n\nThank you for meeting with me about the Support Engineer role at "
                     "Initech.\n\nBest regards,\nElena",
             "facts": {"company": "Initech", "interviewer_email": "jordan.lee.recruiting@gmail.com"},
             "note": "free-mail addresses are not checked"},
            {"text": "Dear Hannah,\n\nHearing that reps own the full cycle made me even more enthusiastic, "
                     "and I would love to bring that to the team at Vantage.\n\nBest,\nTyrone",
             "facts": {"interviewer_email": "hannah.kowalski@vantagecrm.example"}},
        ],
    }

    def check(self, ctx: Context) -> None:
        email = ctx.facts.interviewer_email
        assert email is not None
        label = domain_label(email)
        if not label or label in FREE_MAIL:
            return
        company = ctx.facts.company
        named: list[Mention] = []
        if company:
            named = _mentions_of(ctx, company)
        else:
            named = [m for m in company_mentions(ctx) if m.strong or m.text]
            named = [m for m in named if not own_framing(ctx, m.span)]
        if not named:
            return
        if any(domain_matches(label, m.text) for m in named):
            return
        if company and domain_matches(label, company):
            return
        first = named[0]
        domain = email.rsplit("@", 1)[1]
        origin = ctx.facts.origin("interviewer_email")
        where = " (.eml To header)" if origin == ".eml To header" else ""
        ctx.report(first.span, f"the draft names {company or first.text}, but it goes to {email}{where}: "
                               f"{domain} does not look like {company or first.text}; double-check the "
                               "recipient (guidance G15)")


def _mentions_of(ctx: Context, company: str) -> list[Mention]:
    """Where the draft names ``company`` (whole name, or its first distinctive word)."""
    text = ctx.text
    toks = company_tokens(company)
    patterns = [re.escape(company)]
    if toks and len(toks[0]) >= 3:
        first_word = re.split(r"[\s&]+", company.strip())[0]
        patterns.append(re.escape(first_word))
    rx = re.compile(r"(?<![\w])(?:" + "|".join(patterns) + r")(?![\w])", re.I)
    out = []
    for _, span in own_parts(ctx):
        chunk = text[span.start:span.end]
        for m in rx.finditer(chunk):
            if m.group(0)[:1].isupper():
                out.append(Mention(Span(span.start + m.start(), span.start + m.end()), m.group(0), True))
    return out


# --------------------------------------------------------------------------- interview day

_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MEETING = (r"(?:meet(?:ing)?|met|interview(?:ed|ing|s)?|spe(?:ak|aking)|spoke|talk(?:ed|ing)?|chat(?:ted|ting)?|"
            r"conversation|discussion|session|visit|tour|call|panel)")
_WHEN = (r"(?P<when>yesterday(?:[ \t]+(?:morning|afternoon|evening))?|earlier today|today|tonight|last night|"
         r"this (?:morning|afternoon|evening)|on (?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
         r"(?:[ \t]+(?:morning|afternoon|evening))?)")
_DAY_RES = [
    re.compile(rf"\b{_MEETING}\b[^.;!?\n]{{0,60}}?\b{_WHEN}\b", re.I),
    re.compile(rf"\b{_WHEN}['’]?s?[ \t]+{_MEETING}\b", re.I),
]
_DAY_SKIP = re.compile(
    r"\b(?:will|shall|look(?:ing)? forward|next|upcoming|tomorrow|schedul\w*|plan\w*|second|final|"
    r"follow-up|another|other|later|reschedul\w*|moved|start|starting|begin|join(?:ing)? (?:on|the))\b", re.I)


class InterviewDayMismatch(Rule):
    code = "EL905"
    name = "interview-day-mismatch"
    category = "accuracy"
    severity = "warning"
    kinds = ("thank_you",)  # later messages may refer to other calls ("thank you for calling today")
    kind_sensitive = True
    guidance = ("G15", "G1")
    requires_facts = ("interview_at",)
    summary = ("Reports a thank-you note's reference to when you met that contradicts the facts: \"yesterday\", "
               "\"today\", \"this morning\" or \"on Monday\" next to \"meeting\", \"interview\", "
               "\"conversation\", ... when `interview_at` and `sent_at` (default: the .eml Date header, "
               "else now) say otherwise. Sentences about future meetings (\"our call on Monday\" with "
               "\"look forward\", \"next\", \"second\") are not checked.")
    why = ("\"Thank you for meeting with me yesterday\" sent four days later shows the note was written "
           "for another day or another interview and never re-read (G15); it also draws attention to a "
           "late thank-you (G1).")
    instead = "Name the day you met (\"on Tuesday\"), or send the note when \"yesterday\" is still true."
    examples = {
        "fail": [
            {"text": "Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the Support Engineer "
                     "role.\n\nBest regards,\nSam",
             "facts": {"interview_at": "2026-11-17T14:00", "sent_at": "2026-11-20T09:00"}},
            {"text": "Dear Ms. Lee,\n\nI enjoyed our conversation on Monday about ticket triage.\n\n"
                     "Best regards,\nSam",
             "facts": {"interview_at": "2026-11-17T14:00", "sent_at": "2026-11-18T09:00"},
             "note": "2026-11-17 was a Tuesday"},
        ],
        "pass": [
            {"text": "Dear Ms. Lee,\n\nThank you for meeting with me yesterday about the Support Engineer "
                     "role.\n\nBest regards,\nSam",
             "facts": {"interview_at": "2026-11-17T14:00", "sent_at": "2026-11-18T09:00"}},
            {"text": "Dear Ms. Lee,\n\nThank you for meeting with me on Tuesday. I look forward to our "
                     "call on Monday.\n\nBest regards,\nSam",
             "facts": {"interview_at": "2026-11-17T14:00", "sent_at": "2026-11-19T09:00"}},
        ],
    }

    def check(self, ctx: Context) -> None:
        interview = ctx.facts.interview_at
        assert interview is not None
        sent, _origin = facts_mod.sent_time(ctx.facts)
        if sent < interview:
            return
        local_sent = sent.astimezone(interview.tzinfo)
        delta = (local_sent.date() - interview.date()).days
        early_hours = local_sent.hour < 5
        seen: set[tuple[int, int]] = set()
        for _, span in own_parts(ctx):
            chunk = ctx.text[span.start:span.end]
            for rx in _DAY_RES:
                for m in rx.finditer(chunk):
                    where = Span(span.start + m.start("when"), span.start + m.end("when"))
                    if (where.start, where.end) in seen:
                        continue
                    seen.add((where.start, where.end))
                    if _DAY_SKIP.search(sentence_around(ctx, where)):
                        continue
                    problem = self._problem(m, interview, local_sent, delta, early_hours)
                    if problem:
                        ctx.report(where, problem)

    @staticmethod
    def _problem(m: re.Match[str], interview: datetime, sent: datetime, delta: int, early: bool) -> str | None:
        when = " ".join(m.group("when").lower().split())
        i_text, s_text = facts_mod.format_times(interview, sent)
        facts_used = f"interview {i_text} ({interview:%A}), sent {s_text}"
        if m.group("day"):
            day = m.group("day").lower()
            if _DAY_NAMES[interview.weekday()] == day:
                return None
            return (f"'{m.group('when')}' does not match the interview day: {facts_used}; "
                    f"write 'on {interview:%A}' (guidance G15)")
        if when.startswith("yesterday") or when == "last night":
            if delta == 1 or (delta == 2 and early):
                return None
            right = "today" if delta == 0 else f"on {interview:%A}"
        else:  # today, this morning, earlier today, tonight
            if delta == 0 or (delta == 1 and early):
                return None
            right = "yesterday" if delta == 1 else f"on {interview:%A}"
        return (f"'{m.group('when')}' is not when you met: {facts_used}; write '{right}' (guidance G15)")


# --------------------------------------------------------------------------- panels

class PanelInterview(Rule):
    code = "EL910"
    name = "panel-separate-notes"
    category = "greeting"
    severity = "info"
    kinds = ("thank_you",)
    guidance = ("G3", "G2")
    summary = ("For a panel interview (several names in `interviewer`), suggests addressing one "
               "interviewer by name and sending each a separate, personal note; when the greeting names "
               "none of them, it says so.")
    why = ("The guidance asks you to address the interviewer personally (G3) and to tailor the note "
           "(G2). One note to a whole panel is neither; recruiters expect one short note per "
           "interviewer, each mentioning something you discussed with that person.")
    instead = "Write one note per interviewer: \"Dear Dr. Haddad,\" ... then \"Dear Mr. Ferreira,\" ..."
    examples = {
        "fail": [
            {"text": "Dear Dr. Haddad, Mr. Ferreira, and Mr. Osei,\n\nThank you for your time yesterday.\n\n"
                     "Kind regards,\nMeera",
             "facts": {"interviewer": ["Rania Haddad", "Luis Ferreira", "Kwame Osei"]}},
            {"text": "Dear Hiring Team,\n\nThank you for your time yesterday.\n\nKind regards,\nMeera",
             "facts": {"interviewer": ["Rania Haddad", "Luis Ferreira"]}},
        ],
        "pass": [
            {"text": "Dear Ms. Haddad,\n\nThank you for your time yesterday.\n\nKind regards,\nMeera",
             "facts": {"interviewer": "Rania Haddad"}, "note": "one interviewer"},
        ],
    }

    def check(self, ctx: Context) -> None:
        panel = list(ctx.facts.interviewer)
        if len(panel) < 2:
            return
        named = set()
        for a in greeting_addressees(ctx):
            for p in panel:
                if names_person(a, p):
                    named.add(p)
        where = ctx.draft.greeting or ctx.anchor()
        others = [p for p in panel if p not in named]
        if not named:
            ctx.report(where, f"panel interview ({_join_names(panel)}): address one of them by name, and "
                              "send each a separate note (guidance G3)")
        elif len(named) == 1:
            ctx.report(where, f"panel interview: send {_join_names(others)} a separate note too, each "
                              "mentioning something you discussed with them (guidance G2, G3)")
        else:
            also = f", {_join_names(others)} included" if others else ""
            ctx.report(where, f"panel interview: rather than one note to {len(named)} interviewers, send "
                              f"each a separate, personal note{also} (guidance G2, G3)")


RULES = [WrongCompany, WrongPerson, WrongRole, RecipientDomainMismatch, InterviewDayMismatch, PanelInterview]
