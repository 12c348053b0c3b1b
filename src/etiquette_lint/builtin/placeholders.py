"""Unfilled template fields the recipient would read ([Company Name], {first_name}, ...)."""

from __future__ import annotations

import re

from ..rule import Context, Rule
from ..text import Span

PLACEHOLDER_RE = re.compile(
    r"""
      \[\s*(?P<square>[A-Za-z][^\[\]\n]{0,40}?)\s*\]            # [Company Name], [job title]
    | \{\{\s*(?P<double>[A-Za-z_][\w .'-]{0,40}?)\s*\}\}        # {{name}}
    | (?<!\{)\{\s*(?P<curly>[A-Za-z_][\w .'-]{0,40}?)\s*\}(?!\}) # {first_name}
    | <\s*(?P<angle>[A-Z][A-Za-z_ '-]{1,40}?)\s*>               # <Interviewer>, not <a@b.c> or <https://...>
    | \(\s*(?P<insert>(?:insert|add|enter|your|specific)\b[^()\n]{0,60}?)\s*\)  # (insert detail here)
    | (?<![\w/])(?P<xxx>X{3,}|x{3,})(?![\w/])                    # XXX
    | (?P<blank>_{3,})                                           # ___
    """,
    re.X,
)

_FIELDS = {
    "company": ("company", "company name", "companyname", "company_name", "organization", "organisation",
                "organization name", "employer", "firm", "business name"),
    "role": ("job title", "job_title", "jobtitle", "role", "role title", "position", "position title",
             "position name", "title", "job", "job name", "job role"),
    "interviewer": ("interviewer", "interviewer name", "interviewer's name", "interviewers name",
                    "interviewer_name", "hiring manager", "hiring manager name", "hiring manager's name",
                    "recipient", "recipient name", "contact name", "manager name", "name"),
    "interviewer_first": ("first name", "first_name", "firstname", "interviewer first name",
                          "interviewer's first name", "fname"),
}
_LOOKUP = {label: field for field, labels in _FIELDS.items() for label in labels}


def placeholder_label(m: re.Match[str]) -> str:
    for group in ("square", "double", "curly", "angle", "insert"):
        if m.group(group):
            return m.group(group).strip()
    return ""


def fill_value(label: str, ctx: Context, span: Span) -> str | None:
    """The fact that fills a placeholder, when the facts hold it."""
    key = _LOOKUP.get(label.lower().strip())
    facts = ctx.facts
    if key == "company" and facts.company:
        return facts.company
    if key == "role" and facts.role:
        return facts.role
    if key in ("interviewer", "interviewer_first") and facts.interviewer:
        if len(facts.interviewer) > 1:
            return None  # a panel: which one is for the user to say
        name = facts.interviewer[0]
        return name.split()[0] if key == "interviewer_first" else name
    return None


class UnfilledPlaceholder(Rule):
    code = "EL101"
    name = "unfilled-placeholder"
    category = "placeholder"
    severity = "error"
    guidance = ("G15", "G19")
    summary = ("Finds template fields left unfilled anywhere the recipient will read them: "
               "`[Company Name]`, `[job title]`, `{first_name}`, `{{name}}`, `<Interviewer>`, `XXX`, "
               "`___`, `(insert ...)`. When the facts hold the value (company, role, interviewer), "
               "the fix fills it in and is safe.")
    why = ("An unfilled placeholder tells the interviewer the note is a template sent in bulk -- the "
           "opposite of the tailored, sincere message the guidance asks for (G15, G19). It is the one "
           "mistake every recruiter notices.")
    instead = "Write the real name, company or detail, or pass the facts and apply the fix."
    examples = {
        "fail": [
            "Dear Ms. Lee,\n\nThank you for meeting with me about the [job title] role at Initech. "
            "I enjoyed our talk about ticket triage.\n\nBest regards,\nSam",
            {"text": "Hi {first_name},\n\nThanks for the interview on Tuesday and the tour of the lab.\n\n"
                     "Best,\nSam", "facts": {"interviewer": "Jordan Lee"}},
            "Dear Jordan,\n\nThank you for discussing (insert detail here) with me.\n\nBest,\nSam",
        ],
        "pass": [
            "Dear Ms. Lee,\n\nThank you for meeting with me about the Support Engineer role at Initech. "
            "I enjoyed our talk [about ticket triage, in particular].\n\nBest regards,\nSam",
            "Hi Jordan,\n\nThanks for the time today; my portfolio is at <https://example.com/sam>.\n\n"
            "Best,\nSam",
        ],
    }

    def check(self, ctx: Context) -> None:
        for part in ctx.draft.scope("whole"):
            chunk = ctx.text[part.start:part.end]
            for m in PLACEHOLDER_RE.finditer(chunk):
                label = placeholder_label(m)
                if m.group("square") and not _is_template_label(label):
                    continue
                if m.group("angle") and ("@" in label or label.lower().startswith(("http", "www"))):
                    continue
                span = Span(part.start + m.start(), part.start + m.end())
                value = fill_value(label, ctx, span) if label else None
                shown = m.group(0)
                if value:
                    fix = ctx.replace_fix(span, value, safe=True, description=f"fill {shown} with {value!r}")
                    ctx.report(span, f"unfilled placeholder {shown}: fill it in ({value!r} from the facts)",
                               fix=fix)
                else:
                    ctx.report(span, f"unfilled placeholder {shown}: replace it with the real "
                                     f"{label.lower() if label and len(label) < 30 else 'detail'} before sending")


def _is_template_label(label: str) -> bool:
    """``[Company Name]`` is a template field; ``[about triage, in particular]`` is prose in brackets."""
    if label.lower() in _LOOKUP:
        return True
    words = label.split()
    if len(words) > 5 or any(ch in label for ch in ",.;!?"):
        return False
    if label.isupper() or label.istitle() or label.lower().startswith(("your ", "insert", "add ", "enter ", "specific")):
        return True
    return bool(re.search(r"\b(name|title|company|position|role|date|interviewer|manager|skill|strength|"
                          r"project|topic|detail|team|department|city|phone|email)s?\b", label, re.I))
RULES = [UnfilledPlaceholder]
