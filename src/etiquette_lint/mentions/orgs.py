"""Organisations a draft names, each with the part it plays there.

Only a mention that reads as the recipient's company can be a leftover from another
application (EL901). :func:`org_mentions` finds the organisations the candidate names (by a
cue, a legal suffix, an industry word, or the role its frame gives it) and gives each its
role through :func:`~etiquette_lint.mentions.org_roles.org_role`. Mentions found only by their
shape ("Brightwave Audio" after "help") keep the older, wider test: words of the candidate's
own past anywhere near them in the sentence make them "other".

Also here: what a company's name is made of (:func:`company_tokens`, :func:`same_company`)
and whether an e-mail domain is the company's (:func:`domain_label`, :func:`domain_matches`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from ..draft import GREETING_WORDS
from ..perdraft import per_draft
from ..sentences import sentence_index
from ..text import Span
from .fields import in_placeholder
from .framing import own_framing, own_parts
from .org_roles import ROLES, STRONG_CUE, org_role
from .people import person_tokens
from .words import ABBREVIATIONS, CALENDAR_WORDS, GENERIC_ADDRESSEES, STOP, TITLE_RE, fold, name_tokens

if TYPE_CHECKING:  # pragma: no cover
    from ..rule import Context

__all__ = [
    "DEPARTMENT_AFTER", "FREE_MAIL", "INDUSTRY_HEADS", "LEGAL_SUFFIXES", "ROLES", "Mention", "company_tokens",
    "domain_label", "domain_matches", "mentions_of", "org_mentions", "org_role", "same_company",
]

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
    toks = [t for t in name_tokens(name.replace("&", " and ")) if t not in STOP]
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

# "Globex's mission": a possessive before a word only a company has
_POSSESSIVE_AFTER = re.compile(
    r"^['’]s[ \t]+(?:mission|values|culture|vision|commitment|customers|clients|brand|reputation|founders?|"
    r"ceo|headquarters|offices?|employees)\b", re.I)
_GREETING_TEAM_RE = re.compile(
    rf"^[ \t]*(?:{GREETING_WORDS})[ \t]+(?:the[ \t]+)?"
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


def _trim_mention(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing sentence period (not an abbreviation's) and a possessive 's."""
    chunk = text[start:end]
    if chunk.endswith(".") and chunk[:-1].split()[-1].lower().strip(".") not in ABBREVIATIONS:
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
            if bare not in ABBREVIATIONS and not re.fullmatch(r"(?:[a-z]\.)*[a-z]", word.lower()):
                return w.end()
    return len(run)


def _org_entities(ctx: "Context") -> list[Span]:
    spans = []
    for pd in ctx.analysis.docs("message") + ctx.analysis.docs("subject"):
        for ent in getattr(pd.doc, "ents", ()) or ():
            if ent.label_ == "ORG":
                spans.append(pd.to_span(ent.start_char, ent.end_char))
    return spans


def _cue_mentions(ctx: "Context") -> dict[tuple[int, int], Mention]:
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
    sentences = sentence_index(ctx)

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
        if re.search(rf"{TITLE_RE}[ \t]*$", before):
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
            if STRONG_CUE.search(before) and not re.match(r"['’]s[ \t]+attention\b", chunk[m.start() + cut - 2:]):
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
        if STRONG_CUE.search(before):
            consider(ent.start, ent.end, True)
        elif _WEAK_CUE.search(before) and not DEPARTMENT_AFTER.match(after):
            consider(ent.start, ent.end, False)
    return found


def mentions_of(ctx: "Context", company: str) -> list[Mention]:
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


@per_draft
def org_mentions(ctx: "Context") -> list[Mention]:
    """Every organisation the candidate names (subject, greeting, body, closing; never the
    signature or quoted text), each with its role (:data:`ROLES`) and the words that decided it.
    Template fields ("ABC Corp", "[Company Name]") are placeholders, not organisations.
    Computed once per draft."""
    text = ctx.text
    sentences = sentence_index(ctx)
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
    return out
