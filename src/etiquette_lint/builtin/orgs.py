"""Organisations a draft names, each with the part it plays there.

A candidate names many organisations: the company they write to (the recipient's company),
their current or former employers, their schools, their clients, and other companies on
purpose (a competing offer, a partner, a competitor, a product). Only a mention that reads as
the recipient's company can be a leftover from another application (EL901), so each mention
gets a role from the words that govern it, nearest first:

1. what follows it and describes it: "Brandt Mutual, where I spent five years", "Halvorsen
   Freight, my current employer", "Dunmore Foods, one of my clients";
2. a frame before it that names its role: "at my current employer, X", "my client X", "I
   studied at X", "another offer from X", "my five years at X", "I currently lead a team at X";
3. a cue that it is where the candidate wants to be: "join X", "the team at X", "my
   application to X", "Dear X team", "X's mission" -> the recipient;
4. its shape: "Northfield College" with no such cue is a school.

Mentions found only by their shape ("Brightwave Audio" after "help") keep the older, wider
test: words of the candidate's own past anywhere near them in the sentence make them "other".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from ..rule import Context
from ..text import Span
from .names import (_ABBREVIATIONS, _STOP, _TITLE_RE, CALENDAR_WORDS, GENERIC_ADDRESSEES, fold, name_tokens,
                    own_framing, own_parts, person_tokens)

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
    """An organisation the draft names, and the part it plays there (see :data:`ROLES`)."""

    span: Span
    text: str
    strong: bool  # found after a cue ("joining X", "the team at X") rather than by its shape
    role: str = ""  # one of ROLES
    cue: str = ""  # the words that decided the role ("my client", "I spent five years at")


OrgMention = Mention


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


def _cue_mentions(ctx: Context) -> dict[tuple[int, int], Mention]:
    """Company-like names the candidate wrote (subject, greeting, body, closing), before roles.

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
    job_tokens = set(company_tokens(ctx.facts.role)) if ctx.facts.role else set()
    topics = [fold(t) for t in ctx.facts.topics]
    found: dict[tuple[int, int], Mention] = {}
    sentences = _Sentences(ctx)

    def consider(start: int, end: int, strong: bool, role_: str = "", cue: str = "") -> None:
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
        if job_tokens and set(toks) <= job_tokens:
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
            found[key] = Mention(Span(start, end), name, strong, role_, cue)

    for part, span in own_parts(ctx):
        chunk = text[span.start:span.end]
        if part == "greeting":
            m = _GREETING_TEAM_RE.match(chunk)
            if m and not set(name_tokens(m.group("name"))) <= GENERIC_ADDRESSEES:
                consider(span.start + m.start("name"), span.start + m.end("name"), True, "recipient", "Dear ... team")
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
            else:  # not a company by its cue or shape: perhaps one by the role its frame gives it
                run = _org_run(m.group(0)[:cut])
                if run is None:
                    continue
                rs, re_ = start + run[0], start + run[1]
                sent = sentences.around(rs)
                framed, cue = org_role(text[max(sent[0], rs - 160):rs], text[re_:min(sent[1], re_ + 100)],
                                       text[rs:re_])
                if framed and framed != "recipient":
                    consider(rs, re_, False, framed, cue)
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
    return found


def mentions_of(ctx: Context, company: str) -> list[Mention]:
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
                out.append(Mention(Span(span.start + m.start(), span.start + m.end()), m.group(0), True, "recipient"))
    return out


# --------------------------------------------------------------------------- roles

#: The parts an organisation plays in a draft. Only "recipient" can be a leftover (EL901).
ROLES = ("recipient", "employer", "school", "client", "other")

_NUM = (r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
        r"several|many|a[ \t]+few|few|a[ \t]+couple[ \t]+of)")
_DURATION = rf"{_NUM}[ \t]+(?:(?:\w+|full|long|happy|busy)[ \t]+)?(?:years?|months?|summers?|seasons?|decades?|terms?)"
# words that make the rest of a clause a wish, not a fact: "I hope to spend many years at X"
_FUTURE = re.compile(r"\b(?:look(?:ing)?[ \t]+forward|hope|hoping|would|will|could|wish|want|eager|excited|"
                     r"can['’]?t[ \t]+wait|plan(?:ning)?|dream|chance|opportunity|next|future|upcoming|"
                     r"potential(?:ly)?|prospective|soon)\b|['’]d\b|['’]ll\b", re.I)
# a gap of words inside one clause: no conjunction, infinitive, relative pronoun or wish between
_GAP = (r"(?:[ \t\n]+(?!(?:and|but|so|because|to|would|will|could|should|hope|hoping|want|love|like|excited|"
        r"eager|where|which|who|that|you|your|yours)\b)[\w'’-]+){0,8}?")
_EMPLOYMENT_VERB = (r"(?:work(?:ed|ing)?|interned|served|serve|was[ \t]+employed|am[ \t]+employed|"
                    r"started(?:[ \t]+my[ \t]+career)?|began(?:[ \t]+my[ \t]+career)?|lead|led|leading|ran|run|"
                    r"running|managed?|managing|head(?:ed)?|heading|oversaw|oversee|supervised?|supervising|"
                    r"taught|teach|teaching|volunteered|volunteer|handled?|handling|coordinated?|trained)")
_AUX = (r"(?:(?:currently|also|still|now|recently|previously|formerly|once|then|later|have|had|been|am|was|already|just|"
        r"proudly|successfully|personally|mostly|mainly|first)[ \t]+){0,3}")

# "my time at X", "my five years working at X", "my current role at X"
_MY_TIME_AT = (r"(?:(?!future|new|upcoming|potential|prospective|next|possible|dream)[\w'’-]+[ \t]+){0,3}?"
               r"(?:years?|months?|time|tenure|stint|experience|work|role|job|position|internship|placement|days|"
               r"career|summers?|contract|secondment|apprenticeship|residency|rotation)[ \t]+"
               r"(?:(?:as[ \t]+(?:an?[ \t]+)?\w+(?:[ \t]+\w+)?|there|working|so[ \t]+far|on[ \t]+(?:the[ \t]+)?\w+"
               r"(?:[ \t]+\w+)?)[ \t]+)?(?:at|with|for|in)[ \t]+(?:the[ \t]+)?$")
# one word between a subject and its verb, unless it makes the verb a wish ("where I could work")
_ADVERB = (r"(?:(?!(?:could|would|will|can|might|may|hope|want|plan|expect|shall|should|wish|intend)\b)"
           r"[\w'’]+[ \t]+)?")
_SINCE_YEAR = re.compile(r"^[ \t]*,?[ \t]*(?:since|from|between)[ \t]+(?:(?:early|late|mid-?)[ \t]*)?(?:19|20)\d\d\b",
                         re.I)
_I_WAS_THERE = re.compile(r"\bI(?:['’]ve|[ \t]+have|[ \t]+had)?[ \t]+(?:\w+[ \t]+)?(?:been|worked|served|led|run|ran|"
                          r"managed|joined|was|interned|taught|volunteered)\b|\bI['’]ve[ \t]+been\b", re.I)

_APPOSITION_ROLES: list[tuple[str, re.Pattern[str]]] = [
    ("school", re.compile(
        r"^(?:['’]s)?[ \t]*(?:,|\(|[–—-])[ \t]*(?:(?:which|who)[ \t]+(?:is|was)[ \t]+)?(?:my|our)[ \t]+"
        r"(?:(?:old|former)[ \t]+)?(?:alma[ \t]+mater|university|college|school|academy)\b"
        r"|^[ \t]*,?[ \t]*where[ \t]+I[ \t]+" + _ADVERB + r"(?:studied|graduated|trained|did[ \t]+my|earned[ \t]+my|"
        r"completed[ \t]+my|got[ \t]+my)\b"
        r"|^[ \t]*,?[ \t]*(?:class[ \t]+of|\(?['’]?)(?:19|20)\d\d\b(?=[ \t]*\)?[ \t]*(?:,|\.|$))", re.I)),
    ("client", re.compile(
        r"^(?:['’]s)?[ \t]*(?:,|\(|[–—-])[ \t]*(?:(?:which|who)[ \t]+(?:is|was)[ \t]+)?(?:an?|one[ \t]+of[ \t]+"
        r"(?:my|our|the)|my|our)[ \t]+(?:(?:\w+)[ \t]+){0,2}?(?:clients?|customers?|accounts?|vendors?|"
        r"suppliers?)\b|^[ \t]+as[ \t]+(?:an?|my|our)[ \t]+(?:\w+[ \t]+)?(?:client|customer|account)\b", re.I)),
    ("employer", re.compile(
        r"^(?:['’]s)?[ \t]*(?:,|\(|[–—-])[ \t]*(?:(?:which|who)[ \t]+(?:is|was)[ \t]+)?(?:my|our)[ \t]+"
        r"(?:(?:current|present|previous|former|last|old|first|prior|then|past)[ \t]+)?"
        r"(?:employer|company|firm|workplace|job|organi[sz]ation|agency|practice)\b"
        rf"|^[ \t]*,?[ \t]*where[ \t]+I(?:['’]ve|[ \t]+have|[ \t]+had)?[ \t]+{_ADVERB}(?:{_EMPLOYMENT_VERB}|"
        r"spent|been|was|am|built|learned|learnt|grew|joined)\b"
        r"|^[ \t]*\((?:19|20)\d\d[ \t]*[–—-]", re.I)),
]

# frames before a name that say what it is; all end where the name starts
_FRAMES: list[tuple[str, re.Pattern[str]]] = [
    ("other", re.compile(
        r"\b(?:another|other|second|competing|separate|different)[ \t]+(?:\w+[ \t]+){0,2}?(?:offers?|"
        r"interviews?|opportunit(?:y|ies)|roles?|positions?|process(?:es)?|applications?|companies|company|"
        r"firms?|employers?)[ \t]+(?:\w+[ \t]+){0,3}?(?:at|with|from|by|for)[ \t]+(?:the[ \t]+)?$"
        r"|\b(?:an?|one|received|got|have|had|accepted|another|other|competing|second)[ \t]+(?:\w+[ \t]+){0,2}?"
        r"offers?[ \t]+(?:\w+[ \t]+){0,2}?(?:from|by)[ \t]+(?:the[ \t]+)?$"
        r"|\b(?:I|I['’]ve|I[ \t]+have|have|had|recently|already|just)[ \t]+(?:\w+[ \t]+)?accepted[ \t]+(?:\w+[ \t]+){0,3}?"
        r"(?:offer|position|role|job)[ \t]+(?:\w+[ \t]+){0,2}?(?:at|with|from)[ \t]+(?:the[ \t]+)?$"
        r"|\bI[ \t]+(?:\w+[ \t]+)?(?:withdrew|declined|turned[ \t]+down|rejected)[ \t]+(?:\w+[ \t]+){0,4}?"
        r"(?:from|with|to|at|by)[ \t]+(?:the[ \t]+)?$"
        r"|\bmy[ \t]+(?:previous|prior|earlier|last|other|former|unsuccessful)[ \t]+(?:application|candidacy|"
        r"interview)s?[ \t]+(?:to|with|at|for)[ \t]+(?:the[ \t]+)?$"
        r"|\b(?:competitors?|rivals?|competition)[ \t]*(?:,|\blike\b|\bsuch[ \t]+as\b|\bincluding\b)?[ \t]*$"
        r"|\bcompared[ \t]+(?:to|with)[ \t]+$|\bpartnership[ \t]+(?:with|between)[ \t]+$"
        r"|\b(?:acquired[ \t]+by|acquisition[ \t]+of|merger[ \t]+with|acquired)[ \t]+$"
        r"|\b(?:products?|tools?|platforms?|vendors?|suppliers?|providers?|brands?|partners)[ \t]+"
        r"(?:like|such[ \t]+as|including|from)[ \t]+$", re.I)),
    ("client", re.compile(
        r"\b(?:my|our|a|an|the|one[ \t]+of[ \t]+(?:my|our)|key|major|former|previous|past|existing|big)[ \t]+"
        r"(?:\w+[ \t]+){0,2}?(?:clients?|customers?|accounts?|vendors?|suppliers?)[ \t]*"
        r"(?:,|:|\(|[–—-]|\bat\b|\blike\b|\bsuch[ \t]+as\b|\bincluding\b|\bfrom\b|\bincluded\b)?[ \t]*(?:the[ \t]+)?$"
        r"|\b(?:clients?|customers?|accounts?)[ \t]+(?:like|such[ \t]+as|including)[ \t]+$"
        r"|\bon[ \t]+behalf[ \t]+of[ \t]+(?:the[ \t]+)?$", re.I)),
    ("school", re.compile(
        r"\b(?:studied|study|studying|graduated|graduating|graduate[ \t]+of|alumn(?:us|a|i|ae)|student|enrolled|"
        r"attended|attending|degree(?![ \t]+apprentice)|diploma|(?-i:MBA|PhD|BSc|MSc|BA|BS|MA)|doctorate|"
        r"master['’]?s|bachelor['’]?s|coursework|thesis|postdoc|dissertation|semester|bootcamp)[ \t]+"
        r"(?:[\w'’]+[ \t]+){0,4}?(?:at|from|of|in)[ \t]+(?:the[ \t]+)?$", re.I)),
    ("employer", re.compile(
        r"\b(?:my|our)[ \t]+(?:(?:current|present|previous|former|last|old|first|prior|past|earlier)[ \t]+)?"
        r"(?:employer|company|firm|workplace|job|organi[sz]ation|agency|practice)[ \t]*(?:[,:(–—-][ \t]*)?"
        r"(?:(?:which|that)?[ \t]*(?:is|was)[ \t]+)?$"
        rf"|\bmy[ \t]+(?:current|present|previous|former|last|old|prior|past|earlier)[ \t]+{_MY_TIME_AT}"
        r"|\b(?:previously|formerly|before[ \t]+that|prior[ \t]+to[ \t]+that|most[ \t]+recently|until[ \t]+"
        r"(?:recently|last[ \t]+\w+)|earlier[ \t]+in[ \t]+my[ \t]+career|in[ \t]+my[ \t]+(?:last|previous|current|"
        r"former|present)[ \t]+(?:role|job|position))[ \t]*,?[ \t]*(?:I[ \t]+(?:\w+[ \t]+){1,5}?)?"
        r"(?:at|with|for)[ \t]+(?:the[ \t]+)?$"
        r"|(?<!\byou[ \t])(?<!\bthey[ \t])(?<!\bwho[ \t])(?<!\bshe[ \t])(?<!\bhe[ \t])\bjoined[ \t]+$"
        r"|\b(?:while|when)[ \t]+(?:I[ \t]+was[ \t]+)?(?:at|with)[ \t]+$"
        r"|\bduring[ \t]+my[ \t]+(?:\w+[ \t]+){0,3}?(?:at|with)[ \t]+(?:the[ \t]+)?$", re.I)),
]
# a duration or the subject "I" with an employment verb, when the clause is not a wish:
# "five years at X", "I currently lead a team of six engineers at X", "I worked on claims at X"
_DURATION_AT = re.compile(
    rf"\b{_DURATION}[ \t]+(?:(?:of[ \t]+\w+(?:[ \t]+\w+)?|working|as[ \t]+(?:an?[ \t]+)?\w+(?:[ \t]+\w+)?|there|"
    rf"on[ \t]+(?:the[ \t]+)?\w+(?:[ \t]+\w+)?|in[ \t]+\w+|I[ \t]+spent|spent)[ \t]+)?(?:at|with|for|in)[ \t]+(?:the[ \t]+)?$",
    re.I)
_MY_TIME = re.compile(rf"\bmy[ \t]+{_MY_TIME_AT}", re.I)
_I_WORKED_AT = re.compile(
    rf"\bI(?:['’](?:ve|m))?[ \t]+{_AUX}(?:{_EMPLOYMENT_VERB}|(?:was|am|have[ \t]+been|had[ \t]+been|['’]ve[ \t]+been)"
    rf"(?=[ \t]+(?:\w+ly[ \t]+)?(?:at|with)[ \t]+$)){_GAP}[ \t]+(?:at|for|with|in|by)[ \t]+(?:the[ \t]+)?$", re.I)
# "At X, I led ..." / "Working at X, I learned ...": a past main clause after a sentence-initial frame
_INITIAL_FRAME = re.compile(
    r"^[ \t]*(?:(?:most[ \t]+recently|previously|before[ \t]+that|earlier|then|later|formerly|back)[ \t]*,?[ \t]*)?"
    r"(?:at|while[ \t]+at|working[ \t]+at|working[ \t]+for|when[ \t]+at|in[ \t]+my[ \t]+time[ \t]+at|with)[ \t]+$", re.I)
_PAST_CLAUSE = re.compile(
    r"^[ \t]*,?[ \t]*(?:I|we|my[ \t]+team)[ \t]+(?:\w+ly[ \t]+)?(?:led|ran|built|rebuilt|managed|grew|cut|shipped|"
    r"sold|launched|designed|developed|created|reduced|increased|improved|implemented|handled|supported|trained|"
    r"taught|oversaw|introduced|automated|migrated|wrote|spent|worked|learned|learnt|owned|delivered|resolved|"
    r"headed|set[ \t]+up|started|halved|doubled|moved|answered|served|coordinated|ran)\b", re.I)
_FOR_DURATION = re.compile(rf"^[ \t]+for[ \t]+(?:the[ \t]+(?:past|last|first)[ \t]+)?(?:{_NUM}[ \t]+)?"
                           r"(?:\w+[ \t]+)?(?:years?|months?|decades?)\b", re.I)
_SCHOOL_HEADS = {"university", "college", "school", "institute", "academy", "polytechnic", "conservatory",
                 "seminary", "univ"}
_CLAUSE_START = re.compile(r"[;:]|,[ \t]+(?:and|but|so)\b|\b(?:and|but|so)[ \t]+(?=I\b)", re.I)


def _clause(before: str) -> str:
    """The end of ``before`` from the start of its clause ("..., and I hope to" -> " I hope to")."""
    m = None
    for m in _CLAUSE_START.finditer(before):
        pass
    return before[m.end():] if m else before


def org_role(before: str, after: str, name: str, *, strong: bool = False) -> tuple[str, str]:
    """(role, cue): what an organisation named between ``before`` and ``after`` (the rest of its
    sentence on either side) is to the candidate. ``strong``: the name was found after a cue
    that it is where the candidate wants to be."""
    for role, rx in _APPOSITION_ROLES:
        m = rx.search(after)
        if m:
            return role, m.group(0).strip(" ,(")
    for role, rx in _FRAMES:
        m = rx.search(before)
        if m:
            return role, m.group(0).strip()
    clause = _clause(before)
    if not _FUTURE.search(clause):
        for rx in (_DURATION_AT, _MY_TIME, _I_WORKED_AT):
            m = rx.search(clause)
            if m:
                return "employer", m.group(0).strip()
        for rx in (_FOR_DURATION, _SINCE_YEAR):
            m = rx.match(after)
            if m and _I_WAS_THERE.search(clause):
                return "employer", m.group(0).strip(" ,")
        if _INITIAL_FRAME.search(before) and _PAST_CLAUSE.match(after):
            return "employer", (before.strip() + " ... " + _PAST_CLAUSE.match(after).group(0).strip(" ,"))  # type: ignore[union-attr]
    m = _STRONG_CUE.search(before[-60:])
    if strong or m:
        return "recipient", m.group(0).strip() if m else ""
    toks = name_tokens(name)
    if toks and toks[-1] in _SCHOOL_HEADS or toks and toks[0] in _SCHOOL_HEADS and "of" in toks:
        return "school", name
    return "", ""


_RUN_LEAD = {"at", "in", "the", "our", "my", "when", "while", "with", "for", "from", "before", "after", "during",
             "since", "and", "but", "then", "as", "previously", "formerly", "working", "both", "i", "a", "an",
             "of", "to", "on", "by", "most", "recently", "last", "this", "that", "we", "it", "he", "she", "they"}


def _org_run(run: str) -> tuple[int, int] | None:
    """(start, end) inside a capitalised run of the name it may hold: "At Halvorsen Freight I" ->
    "Halvorsen Freight"; None when only function words remain."""
    words = list(re.finditer(r"\S+", run))
    while words and words[0].group(0).lower().strip(".,") in _RUN_LEAD:
        words.pop(0)
    while words and words[-1].group(0).lower().strip(".,") in _RUN_LEAD:
        words.pop()
    if not words:
        return None
    start, end = words[0].start(), words[-1].end()
    while end > start and run[end - 1] in ".,":
        end -= 1
    return (start, end) if end > start else None


class _Sentences:
    """Sentence bounds of a draft, looked up by position (the parts of the draft where the
    sentence splitter says nothing)."""

    def __init__(self, ctx: Context):
        import bisect

        self._bisect = bisect
        cache = getattr(ctx.analysis, "cache", None)
        spans = cache.get("sentence_bounds") if isinstance(cache, dict) else None
        if spans is None:
            spans = sorted((s.start, s.end) for s, _ in ctx.analysis.sentences("whole"))
            if isinstance(cache, dict):
                cache["sentence_bounds"] = spans
        self._spans: list[tuple[int, int]] = spans  # type: ignore[assignment]
        self._starts = [s for s, _ in self._spans]
        self._parts = sorted((p.start, p.end) for p in ctx.draft.scope("whole"))
        self._part_starts = [s for s, _ in self._parts]

    def around(self, pos: int) -> tuple[int, int]:
        i = self._bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self._spans[i][0] <= pos < self._spans[i][1]:
            return self._spans[i]
        j = self._bisect.bisect_right(self._part_starts, pos) - 1
        if j >= 0 and self._parts[j][0] <= pos < self._parts[j][1]:
            return self._parts[j]
        return pos, pos


def org_mentions(ctx: Context) -> list[Mention]:
    """Every organisation the candidate names (subject, greeting, body, closing; never the
    signature or quoted text), each with its role (:data:`ROLES`) and the words that decided it.
    Template fields ("ABC Corp", "[Company Name]") are placeholders, not organisations.
    Computed once per draft."""
    cache = getattr(ctx.analysis, "cache", None)
    if isinstance(cache, dict) and "org_mentions" in cache:
        return cache["org_mentions"]  # type: ignore[return-value]
    from .placeholders import in_placeholder

    text = ctx.text
    sentences = _Sentences(ctx)
    out = []
    for m in _cue_mentions(ctx).values():
        if in_placeholder(ctx, m.span):
            continue
        if not m.role:
            sent = sentences.around(m.span.start)
            before = text[max(sent[0], m.span.start - 160):m.span.start]
            after = text[m.span.end:min(max(sent[1], m.span.end), m.span.end + 100)]
            m.role, m.cue = org_role(before, after, m.text, strong=m.strong)
            if not m.role:  # found by its shape alone: any frame of the candidate's past nearby
                framed = own_framing(ctx, m.span)
                m.role, m.cue = ("other", "a frame nearby") if framed else ("recipient", "")
        out.append(m)
    out.sort(key=lambda m: m.span.start)
    if isinstance(cache, dict):
        cache["org_mentions"] = out
    return out


def company_mentions(ctx: Context) -> list[Mention]:
    """The organisations :func:`org_mentions` finds (kept for callers of the older name)."""
    return org_mentions(ctx)
