"""EL903 wrong-role: a role title in the draft that differs from the role you interviewed for.

Role titles are capitalised titles ending in a job noun (Engineer, Manager, Nurse, ...) before
"position", "role", "opening", ... or after "the role of" (:func:`role_mentions`).
"""

from __future__ import annotations

import re

from ..mentions.fields import in_placeholder
from ..mentions.framing import own_framing, own_parts
from ..mentions.orgs import company_tokens
from ..mentions.people import person_tokens
from ..mentions.words import ABBREVIATIONS, CALENDAR_WORDS, fold, name_tokens, stem
from ..rule import Context, Rule
from ..sentences import sentence_text
from ..text import Span

_ROLE_WORD = r"(?:[A-Za-z]?[A-Z][A-Za-z0-9'’/+\-]*\.?|I{1,3}|IV|of|and|&|for|to|in)"
_ROLE_RE = re.compile(
    # a title word starts with a capital, or with one lowercase letter before it ("iOS", "eCommerce")
    rf"(?<![\w'’])(?P<role>[A-Za-z]?[A-Z][A-Za-z0-9'’/+\-]*\.?(?:[ \t]+{_ROLE_WORD}){{0,5}}?)[ \t]+"
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
    sa, sb = {stem(t) for t in a}, {stem(t) for t in b}
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
                if words and words[-1].endswith(".") and words[-1].rstrip(".").lower() not in ABBREVIATIONS:
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

    def check(self, ctx: Context) -> None:
        role = ctx.facts.role
        assert role is not None
        for span, mention in role_mentions(ctx):
            if same_role(mention, role) or in_placeholder(ctx, span):
                continue
            if own_framing(ctx, span) or _ROLE_SENTENCE_SKIP.search(sentence_text(ctx, span)):
                continue
            fix = ctx.replace_fix(span, role, safe=False, description=f"replace {mention!r} with {role!r}")
            ctx.report(span, f"'{mention}' is not the role you interviewed for ({role}): a leftover from "
                             "another application? (guidance G15)", fix=fix)


RULES = [WrongRole]
