"""Greeting rules that need more than a word list: the salutation's name, case and punctuation.

EL201 (generic salutations: "Dear Sir", "To whom it may concern") is a YAML pack in
rules/greeting/; EL202 (no greeting at all) lives in builtin/structure.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..draft import GREETING_WORDS, match_sign_off
from ..rule import Context, Rule
from ..text import Span

_GREETING_WORD_RE = re.compile(rf"^\s*(?P<word>{GREETING_WORDS})\b", re.I)
# Who a greeting addresses when it names nobody in particular.
_NAMELESS = {"", "there", "you", "again"}
_GROUP = re.compile(
    r"^(?:(?:the|dear|to the)\s+)?(?:hiring|recruiting|recruitment|talent(?:\s+acquisition)?|interview|search|selection|"
    r"people|hr|human\s+resources)?\s*(?:manager|managers|team|teams|panel|committee|department|recruiter|"
    r"recruiters|coordinator|all|everyone|everybody|folks|both|colleagues)$", re.I)
# Lowercase words a name may hold ("Dear Ms. van der Berg", "Hi Ana and Luis").
_PARTICLES = {"and", "&", "de", "la", "le", "van", "von", "der", "den", "di", "da", "du", "del", "della", "dos",
              "das", "bin", "bint", "al", "el", "ibn", "ter", "ten", "y", "of"}


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
        return not re.search(r"[?]|(?<!\b(?:Mr|Ms|Dr|Jr|Sr|St))[.]$|\b(?:is|are|was|were|am|have|has|will|would)\b",
                             self.text.strip(), re.I)


def salutation(ctx: Context) -> Salutation | None:
    d = ctx.draft
    if d.greeting is None:
        return None
    text = d.part(d.greeting)
    start = d.greeting.start
    m = _GREETING_WORD_RE.match(text)
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
    if punct_m and body[name_end:stripped_end].startswith(".") and re.search(r"\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|St|Jr|Sr)$",
                                                                             body[:name_end], re.I):
        name_end += 1
    lead = len(body) - len(body.lstrip())
    name = body[lead:name_end]
    punct = body[name_end:stripped_end].strip()
    sal = Salutation(d.greeting, text, word, word_span, name,
                     Span(start + pos + lead, start + pos + max(lead, name_end)), punct)
    return sal if sal.plausible else None


def _names_for_fix(ctx: Context, informal: bool = False) -> str | None:
    """The interviewer(s) from the facts, as a greeting would name them (first names after "Hi")."""
    names = list(ctx.facts.interviewer)
    if not names:
        return None
    if informal:
        names = [n.split()[0] for n in names]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


class ImpersonalSalutation(Rule):
    code = "EL203"
    name = "impersonal-salutation"
    category = "greeting"
    severity = "warning"
    guidance = ("G3", "G19")
    requires_facts = ("interviewer",)
    summary = ("When the facts name the interviewer, flags a greeting addressed to a role or a group instead: "
               "\"Dear Hiring Manager\", \"Hello team\", \"Dear Recruiter\", \"Hi all\". The fix puts the "
               "interviewer's name in (not safe: check the form of address).")
    why = ("You know who interviewed you, so a salutation to a job title reads like a form letter sent to "
           "every employer (G3, G19). Seed 002 asks you to address the interviewer personally, by name.")
    instead = "Use the name the interviewer gave you: \"Dear Ms. Ashworth,\" or \"Hi Helen,\"."
    examples = {
        "fail": [
            {"text": "Dear Hiring Manager,\n\nThank you for meeting with me today about the Compliance Analyst "
                     "position.\n\nKind regards,\nTomasz", "facts": {"interviewer": "Helen Ashworth"}},
            {"text": "Hello team,\n\nThank you for the panel interview this morning.\n\nBest,\nMeera",
             "facts": {"interviewer": ["Rania Haddad", "Luis Ferreira"]}},
        ],
        "pass": [
            {"text": "Dear Ms. Ashworth,\n\nThank you for meeting with me today.\n\nKind regards,\nTomasz",
             "facts": {"interviewer": "Helen Ashworth"}},
            {"text": "Dear Team Lead Ashworth,\n\nThank you for meeting with me today.\n\nKind regards,\nTomasz",
             "facts": {"interviewer": "Helen Ashworth"}},
        ],
    }

    def check(self, ctx: Context) -> None:
        sal = salutation(ctx)
        if sal is None or not sal.addressee or not _GROUP.match(sal.addressee):
            return
        names = _names_for_fix(ctx)
        fix = None
        if names:
            fix = ctx.replace_fix(sal.name_span, names, safe=False, description=f"address {names}")
        who = names or "the interviewer"
        ctx.report(sal.span, f"'{sal.text.strip()}' addresses a role, not a person: you know the interviewer's "
                             f"name ({who}), so use it", fix=fix)


class GreetingWithoutName(Rule):
    code = "EL204"
    name = "greeting-without-name"
    category = "greeting"
    severity = "warning"
    guidance = ("G3",)
    summary = ("Flags a greeting that names nobody: \"Hi,\", \"Hello,\", \"Good morning,\", \"Hi there,\". "
               "When the facts name one interviewer, the fix adds the name (not safe: check the form).")
    why = ("The guidance asks for a personal greeting with the interviewer's name (G3). \"Hello,\" on its own "
           "could open a message to anyone, and suggests you did not catch or keep their name.")
    instead = "Add the name: \"Hello Ms. Harper,\" or \"Hi Jordan,\"."
    examples = {
        "fail": [
            "Hello,\n\nI wanted to check in on the Support Engineer position and our talk about ticket "
            "triage.\n\nBest regards,\nNoor",
            {"text": "Good morning,\n\nThank you for the interview yesterday.\n\nBest,\nSam",
             "facts": {"interviewer": "Jordan Lee"}},
            "Hi there,\n\nThanks for the chat about the data team.\n\nBest,\nSam",
        ],
        "pass": [
            "Hello Ms. Harper,\n\nThank you for the interview yesterday.\n\nBest,\nBo",
            "Jordan,\n\nThank you for the interview yesterday.\n\nBest,\nSam",
            "Thank you for the interview yesterday.\n\nBest,\nSam",
        ],
    }

    def check(self, ctx: Context) -> None:
        sal = salutation(ctx)
        if sal is None or not sal.word or sal.addressee.lower() not in _NAMELESS:
            return
        if re.match(r"greetings|to\s+whom", sal.word, re.I):
            return  # EL201 generic-salutation says it
        fix = None
        informal = not sal.word.lower().startswith(("dear", "good", "greetings", "to"))
        names = _names_for_fix(ctx, informal=informal)
        if names and sal.word_span is not None:
            at = sal.word_span.end if sal.addressee.lower() in ("", "you", "again") else sal.name_span.start
            end = at if at == sal.word_span.end else sal.name_span.end
            fix = ctx.replace_fix(Span(at, end), (" " if at == sal.word_span.end else "") + names, safe=False,
                                  description=f"add {names}")
        ctx.report(sal.span, f"'{sal.text.strip()}' names nobody: greet the interviewer by name "
                             f"(e.g. \"{sal.word.capitalize()} {names or 'Ms. Lee'},\")", fix=fix)


class LowercaseGreeting(Rule):
    code = "EL205"
    name = "lowercase-greeting"
    category = "greeting"
    severity = "warning"
    guidance = ("G3", "G8")
    summary = ("Flags a greeting typed in lower case: \"hi jordan,\", \"hello mr. osei,\". The fix "
               "capitalises the greeting word and the name (safe, unless the name has an unusual form such "
               "as \"McAdams\" or \"O'Neill\").")
    why = ("The greeting is the first thing the interviewer reads; a lowercase name looks careless or like a "
           "text message (G8), and a name deserves its capital letter (G3).")
    instead = "\"Hi Jordan,\" / \"Hello Mr. Osei,\"."
    examples = {
        "fail": [
            "hello mr. osei,\n\nI hope you are well and wanted to ask about the hiring timeline.\n\nBest regards,\nMateo",
            "Hi jordan,\n\nThanks for the interview yesterday.\n\nBest,\nSam",
        ],
        "pass": [
            "Hello Mr. Osei,\n\nI hope you are well.\n\nBest regards,\nMateo",
            "Dear Ms. van der Berg,\n\nThank you for the interview.\n\nBest,\nSam",
            "Hi Ana and Luis,\n\nThank you for the interview.\n\nBest,\nSam",
        ],
    }

    def check(self, ctx: Context) -> None:
        sal = salutation(ctx)
        if sal is None or sal.word_span is None:
            return  # a bare vocative ("Quick question:") is not checked for case
        text = ctx.text
        edits: list[tuple[int, str]] = []
        if sal.word_span is not None and sal.word[:1].islower():
            edits.append((sal.word_span.start, sal.word[:1].upper()))
        risky = False
        for m in re.finditer(r"[^\s,]+", text[sal.name_span.start:sal.name_span.end]):
            w = m.group(0)
            if not w[:1].isalpha() or w.lower() in _PARTICLES or w.lower() in _NAMELESS or _GROUP.match(w):
                continue
            if w.islower():
                edits.append((sal.name_span.start + m.start(), w[:1].upper()))
                if re.match(r"(?:mc|mac|o'|o’|d'|d’)", w):
                    risky = True
        named_lower = any(pos >= sal.name_span.start for pos, _ in edits)
        if not edits or (sal.word_span is None and not named_lower):
            return
        fixed = list(ctx.text[sal.span.start:sal.span.end])
        for pos, ch in edits:
            fixed[pos - sal.span.start] = ch
        replacement = "".join(fixed)
        fix = ctx.replace_fix(sal.span, replacement, safe=not risky, description=f"write {replacement!r}")
        ctx.report(sal.span, f"'{sal.text.strip()}' is in lower case: write '{replacement}'", fix=fix)


class GreetingPunctuation(Rule):
    code = "EL206"
    name = "greeting-punctuation"
    category = "greeting"
    severity = "warning"
    guidance = ("G8",)
    summary = ("Flags a salutation line with no comma or colon after the name (\"Dear Ms. Lee\"). Reported "
               "as a warning when the sign-off has its comma (a slip), as info when the sign-off has none "
               "either (open punctuation, a legitimate British business style). The fix adds a comma (safe).")
    why = ("A salutation is followed by a comma (or a colon in formal US letters); leaving it out while the "
           "sign-off has one looks like a slip, and a proofread message is part of a professional tone (G8).")
    instead = "\"Dear Ms. Lee,\" -- or drop the punctuation after the sign-off too, consistently."
    examples = {
        "fail": [
            "Dear Ms. Lee\n\nThank you for meeting with me yesterday.\n\nBest regards,\nSam",
        ],
        "pass": [
            "Dear Ms. Lee,\n\nThank you for meeting with me yesterday.\n\nBest regards,\nSam",
            "Dear Ms. Lee:\n\nThank you for meeting with me yesterday.\n\nBest regards,\nSam",
            "Hi Jordan!\n\nThanks for meeting with me yesterday.\n\nBest,\nSam",
        ],
    }

    def check(self, ctx: Context) -> None:
        sal = salutation(ctx)
        if sal is None or sal.punct or not sal.addressee:
            return
        end = sal.span.end
        line_end = ctx.text.find("\n", end)
        rest = ctx.text[end:line_end if line_end >= 0 else len(ctx.text)]
        if rest.strip():  # the greeting shares its line with the body
            return
        if not ctx.text[end - 1:end].isalnum():
            return
        closing = ctx.draft.part(ctx.draft.closing)
        open_style = bool(closing) and not re.search(r"[,.!:;—–-]\s*$", closing)
        fix = ctx.replace_fix(Span(end, end), ",", safe=True, description="add a comma after the greeting")
        if open_style:
            ctx.report(sal.span, f"'{sal.text.strip()}' has no comma after the name (fine in open punctuation, "
                                 "as the sign-off has none either)", fix=fix, severity="info")
        else:
            ctx.report(sal.span, f"'{sal.text.strip()}' needs a comma after the name: "
                                 f"'{sal.text.strip()},'", fix=fix)


RULES = [ImpersonalSalutation, GreetingWithoutName, LowercaseGreeting, GreetingPunctuation]

__all__ = ["RULES", "Salutation", "salutation", "match_sign_off"]
