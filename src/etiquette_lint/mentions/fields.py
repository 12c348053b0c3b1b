"""Template fields a draft still holds: what a reader sees as an unfilled template
([Company Name], {first_name}, COMPANY NAME, "Dear So-and-so,", ...).

Every form is the same mistake, reported once by EL101 (unfilled-placeholder). The forms
(each looked for in everything the candidate wrote: subject, greeting, body, sign-off and
signature; never the quoted thread):

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
  ``XXL``, times such as ``10:00`` or a line of underscores used as a rule;
- fields without delimiters, as a reader sees them: a line that is only a label (``Full Name``,
  ``Your Name``, ``Date``, ``Signature``, ``Phone Number:``); labels in Title Case anywhere
  (``the Job Title role``, ``Best regards, Full Name``; not ``Full Name: Sam Rivera``, a form
  filled in); labels in capitals (``COMPANY NAME``, ``JOB TITLE``, ``NAME OF SCHOOL``; one word
  only when it cannot be anything else, ``FIRSTNAME``, or when a cue asks for a name, ``join
  COMPANY``); name fields after a greeting word or a title (``Dear Name,``, ``Dear So-and-so,``,
  ``Mr./Ms. Lastname``, ``Ms. Surname``) and tokens that are nobody's name (``Firstname``);
  stock company names (``ABC Corp``, ``XYZ Ltd``, ``Company X``; not ``ABC`` alone, an acronym);
  ``$first_name`` (not ``$40k`` or ``$AAPL``).

Rules read the spans through :func:`placeholder_spans` / :func:`in_placeholder`, so that a
field is reported once, as a placeholder: not as shouting (EL528), a wrong company (EL901), a
wrong interviewer (EL902) or a wrong role (EL903). What fills a field is decided in
:mod:`.field_values`.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Iterator

from ..draft import GREETING_WORDS, match_sign_off
from ..perdraft import per_draft
from ..text import Span
from .words import HONORIFIC_RE

if TYPE_CHECKING:  # pragma: no cover
    from ..rule import Context

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
    # "Mr./Ms. Lastname": the title was never chosen either
    "interviewer_titled": ("mr./ms. lastname", "title and last name", "title and surname"),
    # somebody who may not be the interviewer: filled from the facts only as a suggestion
    "recruiter": ("recruiter", "recruiter name", "recruiter's name", "recruiters name", "recruiter_name",
                  "recruiter's first name", "recruiter first name"),
    # the sender: filled from the .eml From header, else suggested from the signature
    "sender": ("your name", "your full name", "your first and last name", "my name", "sender",
               "sender name", "sender's name", "signature", "your signature", "candidate name",
               "candidate's name", "applicant name", "applicant's name", "first name last name",
               "firstname lastname", "first and last name", "first last", "your_name", "sender_name"),
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
    | (?<![\w/])(?:XX/XX|xx/xx)(?![\w/])                              # XX/XX (a day and month)
    | \$\s?X[X,.]*(?![\w])                                            # $X,XXX
    | (?<![\w-])XX?(?=\s*(?:%|percent\b|years?\b|months?\b|weeks?\b|days?\b|hours?\b))  # X years, XX%
    """,
    re.X,
)
_BLANK = re.compile(r"_{3,}")

# -- fields without delimiters: what a reader still sees as a template ----------------

# a title that was never chosen: "Mr./Ms.", "Mr/Mrs", "Ms. / Mr."
_SLASH_TITLE = rf"{HONORIFIC_RE}(?:[ \t]*/[ \t]*{HONORIFIC_RE})+"
# a line that is nothing but a field label: "Full Name", "Date", "Signature", "Your phone number:"
_BARE_LINE = re.compile(
    r"""(?im)^[ \t]*(?P<label>
        (?:your[ \t]+)?(?:full[ \t]+)?name
      | (?:your[ \t]+)?first[ \t]+(?:and[ \t]+)?last[ \t]+name
      | first[ \t]*name[ \t]+last[ \t]*name
      | (?:today['’]?s[ \t]+)?date
      | (?:your[ \t]+)?signature
      | your[ \t]+(?:job[ \t]+)?title | job[ \t]+title
      | (?:your[ \t]+)?phone[ \t]+number | (?:your[ \t]+)?e-?mail[ \t]+address
      | your[ \t]+(?:phone|e-?mail|address|linkedin(?:[ \t]+(?:profile|url))?)
      | linkedin[ \t]+(?:profile[ \t]+)?url
      | company[ \t]+name
    )[ \t]*:?[ \t]*$""",
    re.X)
# field labels in Title Case, wherever they stand ("the Job Title role", "Best regards, Full Name");
# a label followed by its value ("Full Name: Sam Rivera") is a form, not a placeholder
_TITLE_CASE_LABELS = (
    "Your Full Name", "Your Name", "Full Name", "First Name Last Name", "Firstname Lastname", "First Name",
    "Last Name", "Company Name", "Company's Name", "Firm Name", "Organization Name", "Organisation Name",
    "Employer Name", "Business Name", "School Name", "Job Title", "Position Title", "Role Title",
    "Your Title", "Your Job Title", "Hiring Manager Name", "Hiring Manager's Name", "Interviewer Name",
    "Interviewer's Name", "Interviewer First Name", "Interviewer's First Name", "Recruiter Name",
    "Recruiter's Name", "Recipient Name", "Contact Name", "Your Phone Number", "Your Email Address",
    "Your Email", "Your Signature", "Your LinkedIn", "Your Phone",
)
_TITLE_CASE = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(sorted((re.escape(lab).replace("'", "['’]").replace(r"\ ", r"[ \t]+")
                                          for lab in _TITLE_CASE_LABELS), key=len, reverse=True))
    + r")(?![\w'’-])(?![ \t]*:[ \t]*\S)")
# name fields a title or a greeting word asks for: "Dear Name,", "Hi (first name)!",
# "Dear Mr./Ms. Lastname,", "Dear So-and-so,", "Dear Ms. Surname,"
_NAME_WORDS = (r"(?:name|first[ \t]*name|last[ \t]*name|first-name|last-name|surname|so-and-so|fname|"
               r"recipient|recipient[ \t]+name|contact[ \t]+name)")
_GREETING_FIELD = re.compile(
    rf"(?im)^[ \t]*(?:{GREETING_WORDS})[ \t]+"
    rf"(?:(?P<slash>{_SLASH_TITLE})[ \t]+|{HONORIFIC_RE}[ \t]+)?"
    rf"(?P<label>\([ \t]*{_NAME_WORDS}[ \t]*\)|{_NAME_WORDS})[ \t]*(?:[,:!.;—–-][ \t]*)?$")
_TITLED_FIELD = re.compile(
    rf"(?P<title>{_SLASH_TITLE}|{HONORIFIC_RE})[ \t]+"
    r"(?P<label>Last[ \t]?[Nn]ame|Last-name|Surname|SURNAME|LASTNAME|First[ \t]?[Nn]ame|FIRSTNAME|So-and-[Ss]o|"
    r"Name|NAME)(?![\w'’-])")
# tokens that are never anybody's name
_NAME_TOKENS = re.compile(r"(?<![\w'’-])(?:Firstname|FirstName|Lastname|LastName|FNAME|LNAME)(?![\w'’-])")
_SO_AND_SO = re.compile(r"(?<![\w'’-])So-and-[Ss]o(?![\w'’-])")
# stock company names of templates and published samples; "ABC" alone is a real acronym
_COMPANY_WORDS = (r"Corp(?:oration)?|Company|Co|Inc|Incorporated|Ltd|Limited|LLC|Group|Industries|"
                  r"Enterprises|Firm|Bank|Agency|Hospital|School|Solutions|Technologies|Tech|Consulting|"
                  r"Partners|Holdings|Associates|International")
_STOCK_COMPANY = re.compile(
    rf"(?<![\w.'’-])(?:(?:ABC|XYZ)[ \t]+(?:{_COMPANY_WORDS})\b(?:\.(?=[ \t]*[,;:)]|[ \t]+[a-z]))?"
    r"|(?:Company|Firm|Employer|Organi[sz]ation|Corporation|Business)[ \t]+(?:X|Y|Z|ABC|XYZ))(?![\w'’-])")
_XYZ = re.compile(r"(?<![\w.'’/-])XYZ(?![\w'’/-]|\.\w)")
_ORG_CUE_BEFORE = re.compile(r"\b(?:at|join|joining|with|for|to|from|of|Dear|Hi|Hello)[ \t]+(?:the[ \t]+)?$",
                             re.I)
_ORG_CUE_AFTER = re.compile(r"^(?:['’]s\b|[ \t]+(?:team|role|position|company|job|opening|family|"
                            r"hiring|recruiting)\b)", re.I)
# template variables with a sigil: "$first_name", "$name"; not prices ("$40k") or cashtags ("$AAPL")
_DOLLAR_VAR = re.compile(r"(?<![\w$\\])\$(?P<var>[A-Za-z_][A-Za-z0-9_]*)(?![\w{(])")
# field labels in capitals: "COMPANY NAME", "JOB TITLE", "FIRM NAME" (a template, not shouting)
_CAPS_RUN = re.compile(r"(?<![\w'’-])[A-Z]{2,}(?:['’]S)?(?:[ \t]+[A-Z]{2,}(?:['’]S)?)*(?![\w'’-])")
_CAPS_FIELD_WORDS = frozenset("""
YOUR FULL FIRST LAST COMPANY FIRM EMPLOYER ORGANIZATION ORGANISATION BUSINESS SCHOOL AGENCY HOSPITAL
JOB POSITION ROLE TITLE NAME NAMES HIRING MANAGER INTERVIEWER RECRUITER CONTACT RECIPIENT OF INTERVIEW
DATE PHONE NUMBER EMAIL ADDRESS SIGNATURE DEPARTMENT CITY SPECIFIC SKILL SKILLS PROJECT TOPIC DETAIL
DETAILS INSERT HERE FIRSTNAME LASTNAME SURNAME FNAME LNAME
""".split())
_CAPS_HEADS = frozenset("""
NAME NAMES TITLE COMPANY FIRM EMPLOYER ORGANIZATION ORGANISATION POSITION ROLE INTERVIEWER RECRUITER
SIGNATURE DATE NUMBER ADDRESS FIRSTNAME LASTNAME SURNAME FNAME LNAME
""".split())
# one word in capitals is a field only when it cannot be anything else ...
_CAPS_ALWAYS = frozenset({"FIRSTNAME", "LASTNAME", "FNAME", "LNAME", "COMPANYNAME", "JOBTITLE"})
# ... or when what stands around it asks for a name ("join COMPANY", "Dear NAME,")
_CAPS_WITH_CUE = frozenset({"COMPANY", "FIRM", "EMPLOYER", "INTERVIEWER", "RECRUITER", "NAME", "SURNAME"})


def placeholder_label(text: str) -> str:
    """The field label inside a placeholder's delimiters (``[Company Name]`` -> ``Company Name``)."""
    inner = re.sub(r"^(?:\{\{|\{%|\$\{|\{|\*\||%|«|<<|\[|<|\()\s*|\s*(?:\}\}|%\}|\}|\|\*|%|»|>>|\]|>|\))$",
                   "", text.strip())
    return inner.strip()


def norm_label(label: str) -> str:
    """A label lowercased, with underscores and runs of spaces as one space."""
    return re.sub(r"\s+", " ", label.replace("_", " ").strip().lower())


def field_key(label: str) -> str | None:
    """What a label asks for: "company", "role", "interviewer_first", "sender", ... (None: unknown)."""
    norm = norm_label(label)
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
    norm = norm_label(label)
    if not norm or norm in _NOT_FIELDS or re.fullmatch(r"[\d\s,.;:-]+|[a-z]|[ivx]+", norm) and label != "X":
        return False
    if norm.startswith(("image:", "cid:", "mailto:", "http", "www.", "file:")) or "@" in label or "://" in label:
        return False
    words = norm.split()
    if field_key(label) and not (strict and len(words) == 1 and norm not in ("first name", "firstname")):
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
    import bisect

    # Candidates come in order of start, so the fields taken so far are in order of start and
    # of end: whether one overlaps is a binary search, not a scan (linear in the draft).
    taken_starts: list[int] = []
    taken_ends: list[int] = []

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_right(taken_ends, s)  # the first field taken that ends after s
        return i == len(taken_ends) or e <= taken_starts[i]

    code = [(m.start(), m.end()) for m in re.finditer(r"`[^`\n]+`", text)]
    code_starts = [a for a, _ in code]

    def in_code(s: int, e: int) -> bool:
        i = bisect.bisect_right(code_starts, s) - 1
        return i >= 0 and e <= code[i][1]

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
        yield from _plain_fields(text)

    for s, e, label in sorted(candidates(), key=lambda c: (c[0], -c[1])):
        if not free(s, e) or in_code(s, e):
            continue
        if e > s:  # an empty field never overlaps one that starts at or after it
            taken_starts.append(s)
            taken_ends.append(e)
        yield s, e, label


def _name_label(label: str) -> str:
    """The field a name label asks for: "Lastname" -> "last name", "So-and-so" -> "name"."""
    norm = re.sub(r"[\s_-]+", " ", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", label.strip(" \t()"))).lower()
    norm = {"firstname": "first name", "lastname": "last name", "so and so": "name", "recipient": "name",
            "recipient name": "name", "contact name": "name", "fname": "first name", "lname": "last name"}.get(norm, norm)
    return norm


def _plain_fields(text: str) -> Iterator[tuple[int, int, str]]:
    """Template fields without brackets: label lines, Title Case and CAPITALS labels, name
    fields after a title or a greeting word, stock company names, ``$variables``."""
    for m in _BARE_LINE.finditer(text):
        yield m.start("label"), m.end("label"), " ".join(m.group("label").split())
    for line in re.finditer(r"[^\n]+", text):
        so = match_sign_off(line.group(0))
        if so and so.group("name") in ("Name", "NAME"):  # "Best, Name"
            yield line.start() + so.start("name"), line.start() + so.end("name"), "name"
    for m in _TITLE_CASE.finditer(text):
        yield m.start(), m.end(), " ".join(m.group(0).split())
    for m in _GREETING_FIELD.finditer(text):
        if m.group("slash"):
            yield m.start("slash"), m.end("label"), "Mr./Ms. Lastname"
        else:
            yield m.start("label"), m.end("label"), _name_label(m.group("label"))
    for m in _TITLED_FIELD.finditer(text):
        if "/" in m.group("title"):
            yield m.start("title"), m.end("label"), "Mr./Ms. Lastname"
        else:
            yield m.start("label"), m.end("label"), _name_label(m.group("label"))
    for m in _NAME_TOKENS.finditer(text):
        yield m.start(), m.end(), _name_label(m.group(0))
    for m in _SO_AND_SO.finditer(text):
        before = text[max(0, m.start() - 8):m.start()].rstrip(" \t\"'“‘(")
        if before and before[-1] not in ".!?:\n":  # "So-and-so" capitalised mid-sentence
            yield m.start(), m.end(), "name"
    for m in _STOCK_COMPANY.finditer(text):
        yield m.start(), m.end(), "company"
    for m in _XYZ.finditer(text):
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 20]
        if _ORG_CUE_BEFORE.search(before) or _ORG_CUE_AFTER.match(after):
            yield m.start(), m.end(), "company"
    for m in _DOLLAR_VAR.finditer(text):
        var = m.group("var")
        if "_" in var.strip("_") or field_key(var):
            yield m.start(), m.end(), var
    yield from _caps_fields(text)


def _caps_fields(text: str) -> Iterator[tuple[int, int, str]]:
    """Field labels in capitals: "COMPANY NAME", "JOB TITLE", "NAME OF SCHOOL"; one word only when it
    cannot be anything else ("FIRSTNAME") or a cue asks for a name ("join COMPANY", "Dear NAME,")."""
    for m in _CAPS_RUN.finditer(text):
        words = [(w.start(), w.end(), re.sub(r"['’]S$", "", w.group(0))) for w in re.finditer(r"\S+", m.group(0))]
        bare = [w for _, _, w in words]
        if all(w in _CAPS_FIELD_WORDS for w in bare) and bare[-1] in _CAPS_HEADS:
            if len(bare) >= 2 and len(set(bare) - {"OF"}) >= 2:
                yield m.start(), m.end(), m.group(0)
                continue
            if len(bare) == 1 and bare[0] in _CAPS_WITH_CUE:
                before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 20]
                if _ORG_CUE_BEFORE.search(before) or re.search(rf"{HONORIFIC_RE}[ \t]*$", before) \
                        or _ORG_CUE_AFTER.match(after):
                    yield m.start(), m.end(), m.group(0)
                    continue
        if len(bare) == 1 and bare[0] in _CAPS_ALWAYS:
            yield m.start(), m.end(), m.group(0)
            continue
        # a label inside a longer run: "I AM EXCITED TO JOIN COMPANY NAME"; not "MY NAME IS SAM"
        def window_is_label(i: int, size: int) -> bool:
            nxt = bare[i + size] if i + size < len(bare) else ""
            prev = bare[i - 1] if i else ""
            owners = ("MY", "YOUR", "OUR", "THE", "HIS", "HER", "THEIR")
            return (bare[i] not in owners and prev not in owners and
                    nxt not in ("IS", "WAS", "ARE", "WERE") and _LOOKUP.get(" ".join(bare[i:i + size]).lower())
                    not in (None, "sender"))

        for size in (4, 3, 2):
            hit = next((i for i in range(len(words) - size + 1) if window_is_label(i, size)), None)
            if hit is not None:
                yield m.start() + words[hit][0], m.start() + words[hit + size - 1][1], \
                    " ".join(bare[hit:hit + size])
                break


@per_draft
def placeholder_spans(ctx: "Context") -> list[tuple[Span, str]]:
    """(span, label) of every unfilled field in what the candidate wrote (subject, greeting, body,
    sign-off, signature), computed once per draft. Other rules read it so that a template field is
    reported once, as a placeholder: "COMPANY NAME" is not shouting, "ABC Corp" is not a wrong
    company, "Dear Firstname," is not a wrong interviewer."""
    found: list[tuple[Span, str]] = []
    d = ctx.draft
    for part in d.scope("whole"):
        chunk = ctx.text[part.start:part.end]
        sign_off = part in (d.closing, d.signature)
        for s, e, label in find_placeholders(chunk):
            if sign_off and re.fullmatch(r"x+", chunk[s:e]):
                continue  # "Love, Sam xxx": kisses, not a blank
            found.append((Span(part.start + s, part.start + e), label))
    return found


@per_draft
def _placeholder_bounds(ctx: "Context") -> tuple[list[int], list[int]]:
    """The starts and ends of the draft's fields, sorted by start."""
    spans = sorted(placeholder_spans(ctx), key=lambda x: x[0].start)
    return [p.start for p, _ in spans], [p.end for p, _ in spans]


def in_placeholder(ctx: "Context", span: Span) -> bool:
    """Whether ``span`` overlaps an unfilled template field (see :func:`placeholder_spans`)."""
    starts, ends = _placeholder_bounds(ctx)
    # the fields do not overlap: only the last one starting before the span's end can reach into it
    i = bisect.bisect_left(starts, span.end) - 1
    return i >= 0 and ends[i] > span.start
