"""People a draft names: whom the greeting addresses, whom the body addresses ("Thank you
again, Mr. Fowler, ..."), whether a written name can be a known person, and the name tokens
of everyone the draft may name (interviewers, the sender, the To header).

The greeting line is read once, by :func:`parse_salutation`: its greeting word (the draft
parser's :data:`~etiquette_lint.draft.GREETING_WORDS`), the addressee and the punctuation.
The greeting rules read the :class:`Salutation`; the accuracy rules read the people in it
(:func:`greeting_addressees`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..draft import GREETING_WORDS
from ..text import Span
from .words import (CALENDAR_WORDS, GENERIC_ADDRESSEES, NAME_PARTICLES, NICKNAMES, STOP, TITLE_RE, ends_in_abbreviation,
                    name_tokens)

if TYPE_CHECKING:  # pragma: no cover
    from ..draft import Draft
    from ..rule import Context

# -- the greeting line -----------------------------------------------------------------

#: A greeting word at the start of a line ("Dear", "Hi", "Good morning"), as the draft parser
#: recognises greetings.
GREETING_WORD_RE = re.compile(rf"^\s*(?P<word>{GREETING_WORDS})\b", re.I)
#: Whom a greeting addresses when it names nobody in particular ("Hi,", "Hi there,", "Hello again,").
NAMELESS = {"", "there", "you", "again"}
#: A greeting addressed to a role or a group ("Dear Hiring Manager", "Hello team", "Hi all").
GROUP_ADDRESSEE_RE = re.compile(
    r"^(?:(?:the|dear|to the)\s+)?(?:hiring|recruiting|recruitment|talent(?:\s+acquisition)?|interview|search|selection|"
    r"people|hr|human\s+resources)?\s*(?:manager|managers|team|teams|panel|committee|department|recruiter|"
    r"recruiters|coordinator|all|everyone|everybody|folks|both|colleagues)$", re.I)


@dataclass
class Salutation:
    """A greeting split into its greeting word, the addressee and the trailing punctuation."""

    span: Span
    text: str
    word: str  # "Dear", "hello", "" for a bare vocative ("Jordan,")
    word_span: Span | None
    name: str  # "Ms. Lee", "" when nobody is named
    name_span: Span
    punct: str  # ",", ":", "!", "" ...

    @property
    def addressee(self) -> str:
        return " ".join(self.name.split())

    @property
    def plausible(self) -> bool:
        """A salutation, not a body sentence the parser took for one ("Hi-res photos are attached.")."""
        if len(self.addressee.split()) > 8 or self.name.startswith(("-", "'")):
            return False
        text = self.text.strip()
        if text.endswith(".") and not ends_in_abbreviation(text[:-1]):
            return False
        return not re.search(r"[?]|\b(?:is|are|was|were|am|have|has|will|would)\b", text, re.I)


def parse_salutation(draft: "Draft") -> Salutation | None:
    """The draft's greeting line, split (None without a greeting)."""
    if draft.greeting is None:
        return None
    text = draft.part(draft.greeting)
    start = draft.greeting.start
    m = GREETING_WORD_RE.match(text)
    word, word_span, pos = "", None, 0
    if m:
        word = m.group("word")
        word_span = Span(start + m.start("word"), start + m.end("word"))
        pos = m.end()
    body = text[pos:]
    stripped_end = len(body.rstrip())
    punct_m = re.search(r"[\s,;:!.—–-]*$", body[:stripped_end])
    name_end = punct_m.start() if punct_m else stripped_end
    # "Ms." keeps its dot: only strip a final '.' that does not end an abbreviation
    if punct_m and body[name_end:stripped_end].startswith(".") and ends_in_abbreviation(body[:name_end]):
        name_end += 1
    lead = len(body) - len(body.lstrip())
    name = body[lead:name_end]
    punct = body[name_end:stripped_end].strip()
    return Salutation(draft.greeting, text, word, word_span, name,
                      Span(start + pos + lead, start + pos + max(lead, name_end)), punct)


def salutation(ctx: "Context") -> Salutation | None:
    """The draft's greeting line when it reads as a salutation (see :attr:`Salutation.plausible`)."""
    sal = parse_salutation(ctx.draft)
    return sal if sal is not None and sal.plausible else None


def join_names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def greeting_names(ctx: "Context", informal: bool = False) -> str | None:
    """The interviewer(s) from the facts, as a greeting would name them (first names after "Hi")."""
    names = list(ctx.facts.interviewer)
    if not names:
        return None
    if informal:
        names = [n.split()[0] for n in names]
    return join_names(names)


# -- people addressed ----------------------------------------------------------------------

@dataclass
class Addressee:
    span: Span
    text: str
    title: str | None
    tokens: list[str]


_NAME_PART_RE = re.compile(
    rf"(?P<title>{TITLE_RE}[ \t]+)?"
    r"(?P<name>(?:[A-Z]\.[ \t]*){0,2}[A-ZÀ-Þ][\w'’\-]*(?:[ \t]+(?:[A-ZÀ-Þ][\w'’\-]*|van|von|de|da|der|den|del|"
    r"di|le|la)){0,3})")


def _addressee(text: str, start: int, end: int, pm: "re.Match[str]", toks: list[str]) -> Addressee:
    title = pm.group("title").strip().rstrip(".").lower() if pm.group("title") else None
    return Addressee(Span(start, end), text[start:end], title, toks)


def greeting_addressees(ctx: "Context") -> list[Addressee]:
    """The people a greeting names: "Dear Dr. Haddad, Mr. Ferreira, and Mr. Osei," -> three."""
    sal = parse_salutation(ctx.draft)
    if sal is None or not sal.word and not re.match(r"^[ \t]*[A-Z]", sal.text):
        return []
    text = ctx.text
    out: list[Addressee] = []
    # split on commas, "and", "&", "/"
    pos = sal.name_span.start
    for piece in re.split(r"(,|;|/|&|\band\b)", text[sal.name_span.start:sal.name_span.end]):
        piece_start = pos
        pos += len(piece)
        if piece in (",", ";", "/", "&", "and"):
            continue
        pm = _NAME_PART_RE.search(piece)
        if not pm:
            continue
        toks = name_tokens(pm.group("name"))
        if not toks or all(t in GENERIC_ADDRESSEES or t in CALENDAR_WORDS for t in toks):
            continue
        if any(t in GENERIC_ADDRESSEES for t in name_tokens(piece)) and not pm.group("title"):
            continue  # "Hiring Team", "Search Committee", "Globex hiring team"
        out.append(_addressee(text, piece_start + pm.start(), piece_start + pm.end(), pm, toks))
    return out


_VOCATIVE_RES = [
    # "Thank you again, Mr. Fowler, for ..." / "Thanks, Mark!"
    re.compile(r"\b(?i:thank you|thanks)(?i:[ \t]+(?:again|so much|very much|once again))?,[ \t]+"
               rf"(?P<who>(?:{TITLE_RE}[ \t]+)?[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)?)[ \t]*[,.!;]"),
    # "It was a pleasure to meet you, Mr. Fowler."
    re.compile(r"\byou,[ \t]+"
               rf"(?P<who>(?:{TITLE_RE}[ \t]+)[A-Z][\w'’\-]+|[A-Z][a-z][\w'’\-]+)[ \t]*[.!]"),
]


def vocatives(ctx: "Context") -> list[Addressee]:
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
                out.append(_addressee(text, span.start + m.start("who"), span.start + m.end("who"), pm, toks))
    return out


# -- known people ----------------------------------------------------------------------------

def first_name_match(a: str, b: str) -> bool:
    """Two first names that can be the same person's: equal, a nickname, or one a short form."""
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
    if first_name_match(toks[0], person[0]):
        return len(toks) == 1 or set(toks[1:]) <= set(person[1:])
    if len(toks) == 1 and len(person) > 1 and toks[0] == person[-1]:
        return True  # "Dear Whitfield,"
    return False


def _to_names(ctx: "Context") -> list[str]:
    """The display names of an .eml To header."""
    value = ctx.draft.source.headers.get("to_names")
    return [str(name) for name in value] if isinstance(value, (list, tuple)) else []


def to_header_people(ctx: "Context") -> list[str]:
    """Display names in an .eml To header that look like a person (used when no interviewer is given)."""
    names = []
    for name in _to_names(ctx):
        toks = name_tokens(name)
        if 2 <= len(toks) <= 4 and not set(toks) & GENERIC_ADDRESSEES and all(t.isalpha() for t in toks):
            names.append(name)
    return names


def person_tokens(ctx: "Context") -> set[str]:
    """Name tokens of people the draft may name: interviewers, the sender, To names."""
    out: set[str] = set()
    for name in ctx.facts.interviewer:
        out.update(name_tokens(name))
    sig = ctx.draft.signature_name
    if sig:
        out.update(t for t in name_tokens(sig.split(",")[0]) if len(t) > 1)
    for name in _to_names(ctx):
        out.update(name_tokens(name))
    return out - STOP
