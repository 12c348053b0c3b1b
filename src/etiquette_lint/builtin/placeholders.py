"""Unfilled template fields the recipient would read ([Company Name], {first_name}, ...).

One rule, EL101, because every form is the same mistake: a template field that was
never filled. The forms it knows (each checked in everything the candidate wrote:
subject, greeting, body, sign-off and signature; never the quoted thread):

- square brackets holding a field label: ``[Company Name]``, ``[job title]``, ``[name]``,
  ``[specific strengths]``, ``[X]``. Not footnotes (``[1]``), Markdown links
  (``[my portfolio](https://...)``), check boxes (``[x] done``), ``[sic]``, ``[at]``,
  mail-gateway tags (``[EXTERNAL]``), inline-image markers (``[image: logo]``) or prose in
  brackets (``[about triage, in particular]``);
- mail-merge and template syntax: ``{first_name}``, ``{{name}}``, ``${name}``,
  ``%FIRST_NAME%``, ``*|FNAME|*``, ``«FirstName»``, ``<<FirstName>>``;
- angle brackets holding a field label: ``<Interviewer>``, ``<company name>``. Not
  ``<https://...>``, ``<jordan@x.example>`` or HTML tags;
- template instructions in parentheses: ``(insert detail here)``, ``(your name)``,
  ``(company name)``. Not ``(e.g. ...)`` or ordinary asides;
- X-runs and blanks: ``XXX``, ``xx/xx/xxxx``, ``$X,XXX``, ``X years``, ``___``. Not
  ``XXL``, times such as ``10:00`` or a line of underscores used as a rule.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..rule import Context, Rule
from ..text import Span

# -- which labels name a field --------------------------------------------------------

_FIELDS = {
    "company": ("company", "company name", "companyname", "company_name", "organization", "organisation",
                "organization name", "organisation name", "employer", "employer name", "firm", "firm name",
                "business name", "school name", "hospital name", "agency name", "company's name"),
    "role": ("job title", "job_title", "jobtitle", "role", "role title", "role name", "position",
             "position title", "position name", "title", "job", "job name", "job role", "job position",
             "position_title", "role_title"),
    "interviewer": ("interviewer", "interviewer name", "interviewer's name", "interviewers name",
                    "interviewer_name", "interviewer full name", "hiring manager", "hiring manager name",
                    "hiring manager's name", "hiring_manager", "recipient", "recipient name", "recipient_name",
                    "contact name", "manager name", "name", "full name"),
    "interviewer_first": ("first name", "first_name", "firstname", "interviewer first name",
                          "interviewer's first name", "fname", "first"),
    "interviewer_last": ("last name", "last_name", "lastname", "surname", "interviewer last name",
                         "interviewer's last name", "lname", "family name"),
}
_LOOKUP = {label: key for key, labels in _FIELDS.items() for label in labels}

# nouns that make a short bracketed phrase a field label ("[specific strengths]")
_FIELD_NOUNS = re.compile(
    r"\b(?:names?|titles?|company|companies|position|role|date|day|time|interviewer|manager|skills?|"
    r"strengths?|weakness(?:es)?|projects?|topics?|details?|department|city|location|phone|"
    r"number|e-?mail|address|organi[sz]ation|employer|school|university|degree|industry|"
    r"amount|salary|product|achievements?|accomplishments?|examples?|experiences?|qualifications?|"
    r"reasons?|recipient|contact|link|url|website|portfolio|signature|hobby|interests?|goals?|"
    r"years?|here|x)$",
    re.I)
_INSTRUCTIONS = re.compile(r"^(?:insert|enter|fill\s+in|type|add|include|mention|put|describe|list|"
                           r"name\s+of|your|specific|relevant|candidate'?s?|applicant'?s?)\b", re.I)
_NOT_FIELDS = {
    "sic", "at", "dot", "sp", "ed", "emphasis added", "emphasis mine", "citation needed", "laughs",
    "external", "ext", "spam", "secure", "encrypted", "caution", "warning", "confidential", "draft",
    "pdf", "doc", "docx", "png", "jpg", "jpeg", "zip", "ppt", "pptx", "xlsx", "video", "audio", "attachment",
    "attached", "redacted", "eom", "eod", "nrn", "fyi", "link removed",
}
_HTML_TAGS = {
    "a", "b", "i", "u", "p", "s", "br", "hr", "em", "strong", "div", "span", "html", "body", "head", "li",
    "ul", "ol", "td", "tr", "th", "table", "img", "font", "center", "small", "big", "sub", "sup", "pre",
    "code", "blockquote", "title", "meta", "style", "script",
}

_SQUARE = re.compile(r"(?<!!)\[\s*(?P<label>[^\[\]\n]{1,60}?)\s*\](?!\s*\()(?!:\s*\S)")
_MERGE = re.compile(
    r"""
      \{\{\s*(?P<double>[^{}\n]{1,40}?)\s*\}\}                  # {{name}}  (Handlebars, Jinja)
    | \{%\s*(?P<jinja>[^%\n]{1,40}?)\s*%\}                       # {% if x %}
    | \$\{\s*(?P<dollar>[A-Za-z_][\w .-]{0,40}?)\s*\}            # ${name}
    | (?<![{\w])\{\s*(?P<curly>[A-Za-z_][\w .'-]{0,40}?)\s*\}(?!\})   # {first_name}
    | \*\|\s*(?P<mailchimp>[A-Za-z_][\w:]{0,30})\s*\|\*          # *|FNAME|*
    | (?<![\w%])%(?P<percent>[A-Za-z][A-Za-z]*_[A-Za-z_]+|[A-Z]{3,}(?:_[A-Z]+)*)%(?![\w%])  # %FIRST_NAME%
    | «\s*(?P<guillemet>[^«»\n]{1,40}?)\s*»                      # «FirstName» (Word mail merge)
    | <<\s*(?P<chevrons>[A-Za-z_][\w ]{0,40}?)\s*>>              # <<FirstName>>
    """,
    re.X,
)
_ANGLE = re.compile(r"(?<!<)<\s*(?P<label>[A-Za-z_][A-Za-z_ '’-]{0,40}?)\s*>(?!>)")
_PAREN = re.compile(r"\(\s*(?P<label>[A-Za-z][^()\n]{0,60}?)\s*\)")
_XRUN = re.compile(
    r"""
      (?<![\w-])X{2,3}-X{3,4}(?:-X{4})?(?![\w-])                      # XXX-XXXX, XXX-XXX-XXXX
    | (?<![\w/$-])(?:X{3,}|x{3,})(?![\w/])                           # XXX
    | (?<![\w/])[Xx]{1,2}/[Xx]{1,2}/[Xx]{2,4}(?![\w/])               # xx/xx/xxxx
    | (?<![\w:])XX:XX(?![\w:])                                        # XX:XX
    | \$\s?X[X,.]*(?![\w])                                            # $X,XXX
    | (?<![\w-])XX?(?=\s*(?:%|percent\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b))  # X years, XX%
    """,
    re.X,
)
_BLANK = re.compile(r"_{3,}")


def placeholder_label(text: str) -> str:
    """The field label inside a placeholder's delimiters (``[Company Name]`` -> ``Company Name``)."""
    inner = re.sub(r"^(?:\{\{|\{%|\$\{|\{|\*\||%|«|<<|\[|<|\()\s*|\s*(?:\}\}|%\}|\}|\|\*|%|»|>>|\]|>|\))$",
                   "", text.strip())
    return inner.strip()


def _norm(label: str) -> str:
    return re.sub(r"\s+", " ", label.replace("_", " ").strip().lower())


def _field_key(label: str) -> str | None:
    norm = _norm(label)
    key = _LOOKUP.get(norm) or _LOOKUP.get(label.strip().lower())
    if key:
        return key
    camel = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", label.strip()).lower()  # FirstName -> first name
    key = _LOOKUP.get(camel)
    if key:
        return key
    for prefix in ("your ", "the ", "insert ", "enter ", "interviewer's ", "interviewer ", "insert the "):
        if norm.startswith(prefix) and _LOOKUP.get(norm[len(prefix):]):
            found = _LOOKUP[norm[len(prefix):]]
            # "[your name]" is the sender's name, not the interviewer's
            return None if prefix == "your " and found.startswith("interviewer") else found
    return None


def is_field_label(label: str, *, strict: bool = False) -> bool:
    """Whether a bracketed label reads as a template field rather than prose.

    ``strict`` (parentheses, angle brackets): only labels that could not be prose."""
    norm = _norm(label)
    if not norm or norm in _NOT_FIELDS or re.fullmatch(r"[\d\s,.;:-]+|[a-z]|[ivx]+", norm) and label != "X":
        return False
    if norm.startswith(("image:", "cid:", "mailto:", "http", "www.", "file:")) or "@" in label or "://" in label:
        return False
    words = norm.split()
    if _field_key(label) and not (strict and len(words) == 1 and norm not in ("first name", "firstname")):
        return True
    if label == "X":
        return True
    if len(words) > 6 or re.search(r"[,;!?]|\.\s|\.$", label):
        return False
    if re.match(r"^(?:insert|enter|fill\s+in|type)\b", norm):
        return True
    ends_in_field = bool(_FIELD_NOUNS.search(norm))
    if _INSTRUCTIONS.match(norm):
        return ends_in_field or norm.endswith(" here") or not strict
    if strict:
        return False
    if ends_in_field and len(words) <= 4:
        return True
    # "[NAME OF SCHOOL]", "[TBD]": all-caps labels are fields, short title-case ones with a field noun too
    return bool(re.fullmatch(r"[A-Z][A-Z _'-]{1,40}", label)) and len(words) <= 4


def find_placeholders(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) of every unfilled template field in ``text``."""
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def code_spans() -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in re.finditer(r"`[^`\n]+`", text)]

    in_code = code_spans()

    def candidates() -> Iterator[tuple[int, int, str]]:
        for m in _MERGE.finditer(text):
            label = next(g for g in m.groups() if g is not None).strip()
            if m.group("guillemet") is not None and not (is_field_label(label) or "_" in label
                                                         or re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", label)):
                continue  # «Bonjour» is a French quotation, «FirstName» a merge field
            yield m.start(), m.end(), label
        for m in _SQUARE.finditer(text):
            label = m.group("label").strip()
            line_start = text.rfind("\n", 0, m.start()) + 1
            if label.lower() in ("x", " ") and not text[line_start:m.start()].strip(" -*\t"):
                continue  # "- [x] done": a check box
            if is_field_label(label):
                yield m.start(), m.end(), label
        for m in _ANGLE.finditer(text):
            label = m.group("label").strip()
            if label.lower() in _HTML_TAGS or label.lower().startswith(("http", "www", "mailto")):
                continue
            if (label[:1].isupper() and not label.isupper() or label.isupper() and len(label) > 2) \
                    and len(label.split()) <= 4 or is_field_label(label, strict=True):
                yield m.start(), m.end(), label
        for m in _PAREN.finditer(text):
            label = m.group("label").strip()
            if is_field_label(label, strict=True):
                yield m.start(), m.end(), label
        for m in _XRUN.finditer(text):
            yield m.start(), m.end(), ""
        for m in _BLANK.finditer(text):
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            line = text[ls: le if le >= 0 else len(text)]
            if not line.strip(" _-=*\t"):
                continue  # a line of underscores is a rule, not a blank
            yield m.start(), m.end(), ""

    for s, e, label in sorted(candidates(), key=lambda c: (c[0], -c[1])):
        if not free(s, e) or any(a <= s and e <= b for a, b in in_code):
            continue
        taken.append((s, e))
        yield s, e, label


def fill_value(label: str, ctx: Context, span: Span) -> tuple[str | None, bool]:
    """(value, safe): the fact that fills a placeholder, and whether filling it is safe.

    A name field is filled only in the greeting ("Dear [name]," is the interviewer;
    "you or [name]" in the body is somebody else). A panel's names are never guessed."""
    key = _field_key(label) if label else None
    facts = ctx.facts
    if key == "company" and facts.company:
        return facts.company, True
    if key == "role" and facts.role:
        return facts.role, True
    if key and key.startswith("interviewer") and facts.interviewer:
        if len(facts.interviewer) > 1:
            return None, False
        greeting = ctx.draft.greeting
        in_greeting = greeting is not None and greeting.contains(span)
        generic = _norm(label) in ("name", "full name", "recipient", "recipient name", "first", "first name",
                                   "firstname", "fname")
        if generic and not in_greeting:
            return None, False
        name = facts.interviewer[0].strip()
        parts = [p for p in name.split() if not re.fullmatch(r"(?i)(?:mr|mrs|ms|mx|dr|prof)\.?", p)]
        if key == "interviewer_first":
            return (parts[0] if parts else name), True
        if key == "interviewer_last":
            return (parts[-1] if parts else name), True
        return name, True
    return None, False


class UnfilledPlaceholder(Rule):
    code = "EL101"
    name = "unfilled-placeholder"
    category = "placeholder"
    severity = "error"
    guidance = ("G15", "G19")
    summary = ("Finds template fields left unfilled anywhere the recipient will read them (subject, "
               "greeting, body, sign-off, signature): `[Company Name]`, `[job title]`, `{first_name}`, "
               "`{{name}}`, `<Interviewer>`, `%FIRST_NAME%`, `«FirstName»`, `XXX`, `X years`, `___`, "
               "`(insert ...)`. Footnotes (`[1]`), Markdown links, `<https://...>`, `<name@host>`, "
               "`(e.g. ...)`, `XXL` and times such as `10:00` are left alone. When the facts hold the "
               "value (company, role, interviewer), the fix fills it in and is safe.")
    why = ("An unfilled placeholder tells the interviewer the note is a template sent in bulk -- the "
           "opposite of the tailored, sincere message the guidance asks for (G15, G19). Seed 003's own "
           "templates carry \"[job title]\" and \"[company name]\"; it is the one mistake every recruiter "
           "notices.")
    instead = ("Write the real name, company or detail -- or give the facts (`company`, `role`, "
               "`interviewer`) and apply the fix.")
    examples = {
        "fail": [
            "Dear Ms. Lee,\n\nThank you for meeting with me about the [job title] role at Initech. "
            "I enjoyed our talk about ticket triage.\n\nBest regards,\nSam",
            {"text": "Hi {first_name},\n\nThanks for the interview on Tuesday and the tour of the lab.\n\n"
                     "Best,\nSam", "facts": {"interviewer": "Jordan Lee"}},
            "Dear Jordan,\n\nThank you for discussing (insert detail here) with me.\n\nBest,\nSam",
            {"text": "Hello,\n\nI am just touching base to see how my candidacy for [job title] is progressing, "
                     "as I continue to believe it is a really good fit for my [specific strengths].\n\n"
                     "Best regards,\nSam", "note": "seed 003's template"},
            "Dear Ms. Lee,\n\nCould I follow up with you or [name] to see if [company name] is as positive "
            "about my candidacy as I am?\n\nBest regards,\nSam",
            "Dear <Interviewer>,\n\nThank you for the interview yesterday.\n\nBest,\nSam",
            "Dear Dr. Ferris,\n\nI am delighted to accept. I can start on XXX.\n\nBest regards,\nSam",
            "Dear Ms. Lee,\n\nWith X years in support I could help from day one.\n\nBest regards,\nSam",
            "Dear Ms. Lee,\n\nThank you for the interview for the ___ role.\n\nBest regards,\nSam",
            "Dear %FIRST_NAME%,\n\nThank you for the interview yesterday.\n\nBest regards,\nSam",
            {"text": "Subject: Thank you - [Job Title] interview\n\nDear Ms. Lee,\n\nThank you for the "
                     "interview yesterday about ticket triage.\n\nBest regards,\nSam",
             "note": "the subject counts too"},
        ],
        "pass": [
            "Dear Ms. Lee,\n\nThank you for meeting with me about the Support Engineer role at Initech. "
            "I enjoyed our talk [about ticket triage, in particular].\n\nBest regards,\nSam",
            "Hi Jordan,\n\nThanks for the time today; my portfolio is at <https://example.com/sam>.\n\n"
            "Best,\nSam",
            {"text": "Hi Jordan,\n\nThanks for the time today. The case study I mentioned is "
                     "[on my site](https://example.com/case-study) and the paper is cited in [1].\n\n"
                     "Best,\nSam <sam@example.com>", "note": "Markdown link, footnote, address"},
            {"text": "Dear Ms. Lee,\n\nThank you for the interview at 10:00 on Tuesday. I enjoyed the tour "
                     "(e.g. the new XXL packing line) and your team's plan (your idea, I think) for the "
                     "peak season.\n\nBest regards,\nSam", "note": "times, e.g., XXL, ordinary asides"},
            {"text": "Dear Ms. Lee,\n\nThank you for the interview. You can reach me at "
                     "<jordan@x.example> any time.\n\nBest regards,\nSam\n______________\n"
                     "Support Engineer", "note": "an address in angle brackets, a rule of underscores"},
            {"text": "Subject: Re: [EXTERNAL] Your application\n\nDear Ms. Lee,\n\nThank you for the news "
                     "and for the interview [sic] on Friday.\n\nBest regards,\nSam",
             "note": "mail-gateway tag and [sic]"},
        ],
    }

    def check(self, ctx: Context) -> None:
        for part in ctx.draft.scope("whole"):
            chunk = ctx.text[part.start:part.end]
            sign_off = part in (ctx.draft.closing, ctx.draft.signature)
            for s, e, label in find_placeholders(chunk):
                span = Span(part.start + s, part.start + e)
                shown = chunk[s:e]
                if sign_off and re.fullmatch(r"x+", shown):
                    continue  # "Love, Sam xxx": kisses, not a blank
                value, safe = fill_value(label, ctx, span)
                if value:
                    fix = ctx.replace_fix(span, value, safe=safe, description=f"fill {shown} with {value!r}")
                    ctx.report(span, f"unfilled placeholder {shown}: fill it in ({value!r} from the facts)",
                               fix=fix)
                else:
                    what = _norm(label) if label and len(label) < 30 and not re.fullmatch(r"[Xx]+", label) \
                        else "detail"
                    if what.startswith(("insert ", "enter ", "type ")):
                        what = what.split(" ", 1)[1]
                    what = re.sub(r"\s+here$", "", what) or "detail"
                    ctx.report(span, f"unfilled placeholder {shown}: replace it with the real {what} "
                                     "before sending")


RULES = [UnfilledPlaceholder]
