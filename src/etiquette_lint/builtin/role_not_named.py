"""EL322 role-not-named: a thank-you note or check-in that names neither the role nor the company."""

from __future__ import annotations

import re

from ..mentions.words import HONORIFIC_RE
from ..rule import Context, Rule
from ..vocabulary import GENERIC_WORDS as TEMPLATE_VOCABULARY
from ..vocabulary import STOP_WORDS as _STOP
from ._judged import first_body_line


_ROLE_NOUNS = r"(?:role|position|job|opening|post|vacancy|posting|internship|offer|opportunity|gig)"
_ROLE_TITLE_RES = [
    # "the Sales Manager poition role", "the data analyst job", "Support Engineer position"
    re.compile(rf"\b(?:the|a|an|this|that|your|my)\s+((?:[\w&/'’-]+\s+){{1,4}}?){_ROLE_NOUNS}\b", re.I),
    # "as a Senior Data Engineer", "position of Office Manager"
    re.compile(r"\b(?:as an?|as the|position of|role of|title of)\s+((?:[A-Z][\w&/'’-]*\s*){1,5})"),
]
_COMPANY_RE = re.compile(
    rf"\b(?:at|join|joining|joined|with|for)\s+(?!{HONORIFIC_RE}\b)"
    r"((?:[A-Z][\w&'’.-]*)(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and))*)")
_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").strip("'-.")




class RoleNotNamed(Rule):
    code = "EL322"
    name = "role-not-named"
    category = "personalization"
    severity = "info"
    kinds = ("thank_you", "check_in")
    kind_sensitive = True
    guidance = ("G2", "G15")
    summary = ("Reports a thank-you note or check-in that names neither the role nor the company. With `role` "
               "or `company` in "
               "the facts it is a warning when neither appears; without facts it is only a suggestion "
               "(info) when no job title (\"the Support Engineer role\") can be found.")
    why = ("Interviewers and recruiters handle many openings at once; naming the position tells them at a "
           "glance which interview you mean (G15), and it is the least a tailored note does (G2).")
    instead = "Name the position once: \"... about the Support Engineer role at Initech\"."

    def check(self, ctx: Context) -> None:
        d = ctx.draft
        if not d.paragraphs:
            return
        text = "\n".join(filter(None, [d.subject_text or "", d.own_text()]))
        low = " ".join(text.lower().split())
        facts = ctx.facts
        given = [v for v in (facts.role, facts.company) if v]
        if given:
            if any(_mentions(low, v) for v in given):
                return
            what = " or ".join(f"'{v}'" for v in given)
            ctx.report(first_body_line(ctx), f"the message never names {what}: say which position you mean")
            return
        for m in _ROLE_TITLE_RES[0].finditer(text):
            title = [w for w in _WORD_RE.findall(m.group(1)) if _norm(w) not in _STOP
                     and _norm(w) not in TEMPLATE_VOCABULARY]
            if title:
                return
        if _ROLE_TITLE_RES[1].search(text) or _COMPANY_RE.search(d.body_text()):
            return
        ctx.report(first_body_line(ctx), "the message does not name the position or the company: say which "
                                          "role you interviewed for", severity="info")


def _mentions(haystack: str, value: str) -> bool:
    """Case-insensitive, whitespace-tolerant; a long role matches on its distinctive words
    ("Staff Software Engineer" is named by "the staff engineer role")."""
    v = " ".join(value.lower().split())
    if v in haystack:
        return True
    words = [w for w in re.findall(r"[a-z0-9&]+", v) if w not in _STOP]
    if len(words) >= 2:
        hits = sum(1 for w in words if re.search(rf"\b{re.escape(w)}", haystack))
        return hits >= max(2, len(words) - 1)
    return False


RULES = [RoleNotNamed]
