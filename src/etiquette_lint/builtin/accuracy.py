"""Accuracy rules: copy-paste leftovers from another application (GUIDANCE G15, G3).

With the interview facts, a draft that names another company, another person, another
role, or goes to an address at another company, is flagged where the name appears.
Precision comes first: names in the signature and in quoted messages are never
checked; an organisation is checked only when it reads as the recipient's company (its
role, decided in :mod:`.orgs`: not a former or current employer, a school, a client or
another company named on purpose); roles the candidate frames as their own past or
present, the interviewer's own names, products whose name starts with the company's
("Initech Cloud") and template fields (EL101's business) are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from .. import facts as facts_mod
from ..checks import sentence_around
from ..rule import Context, Rule
from ..text import Span
from .names import (  # noqa: F401  (re-exported: the words and helpers these rules share)
    _ABBREVIATIONS, _PAST_FRAMING, _STOP, _TITLE_RE, CALENDAR_WORDS, GENERIC_ADDRESSEES, NICKNAMES, TITLES, _stem,
    fold, name_tokens, own_framing, own_parts, person_tokens, sentence_span)
from .orgs import (  # noqa: F401  (re-exported: organisation mentions and their roles live in orgs.py)
    DEPARTMENT_AFTER, FREE_MAIL, INDUSTRY_HEADS, LEGAL_SUFFIXES, ROLES, Mention, OrgMention, company_mentions,
    company_tokens, domain_label, domain_matches, mentions_of, org_mentions, org_role, same_company)
from .placeholders import in_placeholder

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
        for m in org_mentions(ctx):
            if m.role != "recipient" or same_company(m.text, company):
                continue  # a former employer, a school, a client, ... is not a leftover
            if not m.strong and ctx.facts.interviewer_email:
                label = domain_label(ctx.facts.interviewer_email)
                if label and label not in FREE_MAIL and domain_matches(label, m.text):
                    continue  # the recipient's own company by another name
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
            if sender and set(a.tokens) <= sender or in_placeholder(ctx, a.span):
                continue  # the sender, or a template field ("Dear Firstname,": EL101's business)
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
            if same_role(mention, role) or in_placeholder(ctx, span):
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
            named = mentions_of(ctx, company)
        else:
            named = [m for m in org_mentions(ctx) if m.role == "recipient"]
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
