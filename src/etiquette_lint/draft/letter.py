"""The top of a message: e-mail header lines, a letter's header block and the greeting.

A letter opens with the sender's address, a date, the recipient's name, title, company and
address, and perhaps a reference line, before "Dear Mr. Osei,". Those lines are the
``header``: not the candidate's prose, and not a reason to miss the greeting."""

from __future__ import annotations

import re

from .signoff import CONTACT_RE, is_signature_line, match_sign_off

GREETING_WORDS = (
    r"dear|hi|hello|hey|heya|hiya|yo|greetings|howdy|sup|good\s+(?:morning|afternoon|evening|day)"
    r"|to\s+whom\s+it\s+may\s+concern|hi\s+there|hello\s+there|morning|afternoon|evening"
)
GREETING_RE = re.compile(rf"^\s*(?:{GREETING_WORDS})\b", re.I)
_STRONG_GREETING_RE = re.compile(r"^\s*(?:dear|to\s+whom\s+it\s+may\s+concern)\b", re.I)

# "Subject: ...", "To: ...", "Cc: ..." at the very top of a plain-text draft
EMAIL_HEADER_RE = re.compile(
    r"^\s*(?P<name>Subject|To|Cc|Bcc|From|Date|Reply-To)[ \t]*:[ \t]*(?P<value>(?:.*\S)?)[ \t]*$", re.I)
SUBJECT_LINE_RE = re.compile(r"^\s*Subject:[ \t]*(?P<value>(?:.*\S)?)[ \t]*$", re.I)

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
          r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_LINE_RE = re.compile(
    r"^\s*(?:Date:\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})\s*$", re.I)
_REFERENCE_RE = re.compile(
    r"^\s*(?:re|ref|subject|attn|attention|our\s+ref|your\s+ref|reference|fao|for\s+the\s+attention\s+of"
    r"|to|from|cc|date)\s*[:.]\s*\S", re.I)


_DELIVERY_RE = re.compile(r"^\s*(?:sent\s+)?(?:via|by)\s+(?:e-?mail|post|hand|courier)(?:\s+only)?\.?\s*$", re.I)


def is_greeting_line(text: str) -> bool:
    stripped = text.strip()
    if not stripped:
        return False
    words = stripped.split()
    if GREETING_RE.match(stripped):
        return True
    # "Jordan," / "Ms. Lee," / "Team:" -- a short vocative line ending in a comma or colon
    return (len(words) <= 4 and stripped[-1] in ",:" and stripped[0].isupper()
            and not match_sign_off(stripped))


def is_strong_greeting_line(text: str) -> bool:
    """A greeting that can follow a header block: "Dear Mr. Osei," or "Hello Dana," --
    never a company called "Morning Star Ltd"."""
    s = text.strip()
    if _STRONG_GREETING_RE.match(s):
        return True
    return bool(GREETING_RE.match(s)) and bool(re.search(r"[,:!—–]", s)) and len(s.split()) <= 14


def greeting_end(text: str) -> int | None:
    """Where a greeting that shares its line with the body ends ("Hi Jordan, thanks for ...")."""
    m = re.match(rf"^\s*(?:{GREETING_WORDS})\b[^,!:\n]{{0,40}}?[,!:—–]", text, re.I)
    return m.end() if m else None


def is_name_list(rest: str) -> bool:
    """The rest of a greeting line that names more people: " Mr. Ferreira, and Mr. Osei,"."""
    stripped = rest.strip()
    if not stripped or stripped[-1] not in ",:" or len(stripped.split()) > 12:
        return False
    words = re.findall(r"[\w'’.-]+", stripped)
    return all(w[0].isupper() or w.lower() in ("and", "&") for w in words)


def is_header_line(text: str) -> bool:
    """A line of a letter's header: an address line, a date, a name, a title, a company,
    a phone number or e-mail address, a reference ("Re: Platform Engineer interview")."""
    s = text.strip()
    if not s or len(s) > 200:
        return False
    if DATE_LINE_RE.match(s) or _REFERENCE_RE.match(s) or CONTACT_RE.search(s) or _DELIVERY_RE.match(s):
        return True
    if match_sign_off(s):
        return False
    return is_signature_line(s.rstrip(","))  # "14 Harbour Road," -- some write addresses with commas
