"""The end of a message: sign-off (closing), the sender's name, the signature block and
any footer a mail client or employer appends."""

from __future__ import annotations

import re

from ..mentions.words import NAME_TITLE_RE, SURNAME_PARTICLES

SIGN_OFFS = (
    "best regards", "kind regards", "warm regards", "warmest regards", "kindest regards", "regards",
    "best wishes", "warm wishes", "all the best", "all best", "best", "warmly", "warmest",
    "sincerely", "yours sincerely", "sincerely yours", "yours truly", "yours faithfully",
    "respectfully", "respectfully yours", "cordially", "with gratitude", "gratefully",
    "with appreciation", "with thanks", "with many thanks", "many thanks", "thanks again",
    "thank you again", "thank you", "thank you kindly", "thanks so much", "thanks", "thx", "ty",
    "tx", "cheers", "take care", "talk soon", "later", "laters", "peace", "ttyl", "xoxo", "love",
    "yours", "appreciatively", "looking forward", "thanks in advance", "best of luck",
    "with kind regards", "with best regards", "with warm regards", "with warmest regards",
    "with kindest regards", "with best wishes", "with warm wishes", "kind wishes", "best wishes to you",
    "regards and thanks", "thanks and regards", "thanks and best regards", "many thanks again",
    "thanks so much again", "thank you so much", "with sincere thanks", "sincere thanks",
    "yours respectfully", "very best", "all my best", "my best", "warmest wishes",
)
# Sign-off words that are also common first names or texting shorthand: "Ty Nguyen", "Love Adeyemi"
# are a name line, not a sign-off followed by a name, unless punctuation separates them.
AMBIGUOUS_SIGN_OFFS = frozenset({"ty", "tx", "love", "peace", "later", "laters", "yours"})
_SIGN_OFF_ALT = "|".join(sorted((re.escape(s).replace(r"\ ", r"\s+") for s in SIGN_OFFS), key=len, reverse=True))
# A sign-off line: the phrase, optional punctuation, optionally a short name on the same line.
SIGN_OFF_RE = re.compile(
    rf"^\s*(?P<phrase>(?:{_SIGN_OFF_ALT}))(?![\w'’])\s*(?P<punct>[,.!—–-]*)\s*"
    rf"(?P<name>(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}))?\s*$",
    re.I,
)
# The same, with anything after the punctuation (checked as a name by the caller):
# "Best regards, Grace Mwangi, RN", "Cheers, Dev (he/him)".
_SIGN_OFF_ANY_NAME_RE = re.compile(
    rf"^\s*(?P<phrase>(?:{_SIGN_OFF_ALT}))(?![\w'’])\s*(?P<punct>[,!—–-]+)\s*(?P<name>\S(?:.*\S)?)\s*$", re.I)
MAX_LINE = 200  # longer lines are never a sign-off, a name, a signature or header line (and keep regexes linear)
# A longer sign-off sentence: "Thank you again for your time,", "Many thanks and all the best,",
# "Looking forward to hearing from you,". It ends in a comma, or is followed by the name.
_CLOSING_OPENER_RE = re.compile(
    r"^\s*(?:(?:and|so|once\s+again|again|with)\s+)?(?:many\s+|much\s+|huge\s+|big\s+|sincere\s+|warm\s+)?"
    r"(?:thanks?|thank\s+you|thankyou|best|all\s+(?:the|my)\s+best|all\s+best|warm(?:est|ly)?|kind(?:est)?"
    r"|regards|cheers|looking\s+forward|hope\s+to|hoping\s+to|wishing|have\s+a|enjoy|talk\s+soon|speak\s+soon"
    r"|see\s+you|until|yours|sincerely|respectfully|gratefully|appreciatively|with\s+(?:gratitude|appreciation)"
    r"|take\s+care|in\s+appreciation|very\s+best|my\s+best|appreciate|grateful)\b", re.I)

CONTACT_RE = re.compile(
    r"(https?://|www\.|linkedin\.com|github\.com|@[\w-]+\.|\+?\d[\d ().-]{6,}\d|\|)", re.I)
PRONOUNS_RE = re.compile(
    r"(?:\(?\s*(?:pronouns?\s*:\s*)?\b(?:she|he|they|ze|xe|any)\s*/\s*(?:her|him|them|hir|xem|they|he|she|all)"
    r"(?:\s*/\s*\w+)?\s*\)?)", re.I)
_CREDENTIAL_RE = re.compile(
    r"^(?:[A-Z]{2,6}(?:-[A-Z]{1,4})?|(?:[A-Z]\.){2,4}|Ph\.?D\.?|D\.?Phil\.?|M\.?Sc\.?|B\.?Sc\.?|M\.?Eng\.?"
    r"|B\.?Eng\.?|M\.?Ed\.?|Ed\.?D\.?|Psy\.?D\.?|P\.?Eng\.?|C\.?Eng\.?|Esq\.?|Jr\.?|Sr\.?|MAcc|\(Hons\))$")
_NOT_NAMES = frozenset({"yes", "no", "ok", "okay", "sure", "done", "bye", "thanks", "thank", "regards", "best",
                        "cheers", "hi", "hello", "dear", "attachments", "attachment", "attached", "enclosure",
                        "enclosures", "enc", "encl", "cc", "ps", "p.s.", "i", "the", "a", "re", "sent", "note",
                        "update", "agenda", "summary", "subject", "signature", "name", "your", "my"})
_CONNECTORS = frozenset({"of", "and", "the", "for", "at", "in", "on", "to", "&", "de", "la", "van", "von", "der",
                         "da", "del", "du", "le", "c/o", "a", "an", "with", "by", "per", "y", "und", "et"})
_ABBREV_END_RE = re.compile(r"(?:\b(?:Ltd|Inc|Co|Corp|LLC|LLP|PLC|GmbH|St|Rd|Ave|Blvd|Ste|Jr|Sr|Esq|Dept|Univ|"
                            r"PhD|Ph\.D|MD|M\.D|B\.Sc|M\.Sc|Hons|No|Apt)\.|\b[A-Z]\.)$")
_FOOTER_TAG_RE = re.compile(
    r"^\s*(?:Sent (?:from|via|with) (?:my |the |Mail |Outlook|Yahoo|Gmail|ProtonMail|Proton|Samsung|BlackBerry)"
    r"|Get Outlook for|Download Outlook for|Please consider the environment|Think before you print"
    r"|Please do not print)", re.I)
_FOOTER_START_RE = re.compile(
    r"^\s*(?:[^\w\s]{1,3}\s*)?(?:This (?:e-?mail|message|letter|communication|transmission|electronic)\b|The (?:information|contents?)"
    r" (?:in|of|contained)\b|(?:CONFIDENTIAL(?:ITY)?|PRIVILEGED|DISCLAIMER|NOTICE|IMPORTANT|LEGAL)\b"
    r"|Confidential(?:ity)?\b|Disclaimer\b|If you (?:have )?received this|If you are not the intended"
    r"|Privileged (?:and|&) confidential|Any views or opinions)")
_FOOTER_WORDS_RE = re.compile(
    r"confidential|privileged|intended (?:solely |only |exclusively )?(?:for|recipient)|in error|disclaim"
    r"|unauthori[sz]ed|prohibited|virus|legally|in confidence", re.I)
_WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
_FUNCTION_END_RE = re.compile(
    r"(?:[,;:\-–—]|\b(?:and|or|but|to|with|the|of|from|for|at|by|a|an|as|in|on|meet|meeting|join|joining|thank|"
    r"thanks|contacting|hearing|your|my|our|dear))\s*$", re.I)


def match_sign_off(line: str) -> "re.Match[str] | None":
    """The sign-off on a line ("Best regards,", "Thanks, Sam"), or None.

    "Tyrone Baptiste" is not "Ty" + a name, and "Ty Nguyen" (no comma) is a name line."""
    m = SIGN_OFF_RE.match(line) if len(line) <= MAX_LINE else None
    if m and m.group("name") and not m.group("punct") \
            and " ".join(m.group("phrase").lower().split()) in AMBIGUOUS_SIGN_OFFS:
        return None
    return m


def sign_off_with_name(line: str) -> tuple[int, int] | None:
    """A sign-off followed on its line by a name that :data:`SIGN_OFF_RE` does not take
    ("Best regards, Grace Mwangi, RN"): (end of the sign-off, start of the name)."""
    m = _SIGN_OFF_ANY_NAME_RE.match(line) if len(line) <= MAX_LINE else None
    if m and is_name_line(m.group("name")):
        return m.end("punct"), m.start("name")
    return None


def is_closing_sentence(line: str, name_follows: bool = False) -> bool:
    """A longer sign-off line ending in a comma: "Thank you again for your time,"; or any short
    line ending in a comma when the sender's name follows ("God bless you,", "Ngā mihi,")."""
    s = line.strip()
    if not s.endswith(",") or s.startswith(("-", "*", "•")) or len(s) > MAX_LINE:
        return False
    words = len(s.split())
    return (words <= 12 and bool(_CLOSING_OPENER_RE.match(s))) or (name_follows and words <= 6)


def is_open_closing_sentence(line: str) -> bool:
    """A longer sign-off line with no punctuation ("Thanks again for your time"): a closing only when
    the sender's name follows."""
    s = line.strip()
    return (bool(s) and len(s) <= MAX_LINE and s[-1].isalnum() and len(s.split()) <= 10 and bool(_CLOSING_OPENER_RE.match(s)))


def _strip_name_decoration(s: str) -> str:
    s = s.strip()
    s = re.sub(r"^(?:[-–—~]+\s*)", "", s)
    s = PRONOUNS_RE.sub("", s).strip(" |,")
    return s


def name_bounds(line: str) -> tuple[int, int]:
    """Where the name is on a name line: without a leading dash ("— Dev") or trailing pronouns
    ("Dev Raman (he/him)"); credentials stay ("Grace Mwangi, RN")."""
    m = re.match(r"^\s*(?:[-–—~]+\s*)?", line)
    start = m.end() if m else 0
    end = len(line.rstrip())
    p = re.search(rf"[\s|,]*{PRONOUNS_RE.pattern}\s*$", line[start:end], re.I)
    if p and p.start() > 0:
        end = start + p.start()
    return start, max(start, end)


def is_name_line(line: str) -> bool:
    """A line holding only a person's name: 1-4 capitalised words or initials, an optional
    honorific, optional credentials ("Grace Mwangi, RN") and pronouns ("(she/her)")."""
    if len(line) > MAX_LINE:
        return False
    s = _strip_name_decoration(line)
    if not s or len(s) > 70 or re.search(r"[.?!:;]$", s) and not _ABBREV_END_RE.search(s):
        return False
    if match_sign_off(s) or CONTACT_RE.search(s) or re.search(r"\d", s):
        return False
    head, *creds = [p.strip() for p in s.split(",")]
    if any(not _CREDENTIAL_RE.match(c) for cred in creds for c in cred.split()) or len(creds) > 4:
        return False
    tokens = head.split()
    if tokens and re.fullmatch(NAME_TITLE_RE, tokens[0]):
        tokens = tokens[1:]
    # trailing credentials without a comma: "Grace Mwangi RN"
    while len(tokens) > 1 and re.fullmatch(r"[A-Z]{2,5}|Ph\.?D\.?|M\.?Sc\.?|B\.?Sc\.?|Jr\.?|Sr\.?", tokens[-1]):
        tokens = tokens[:-1]
    words = [t for t in tokens if t.lower() not in SURNAME_PARTICLES]
    if not 1 <= len(words) <= 4 or len(tokens) > 6:
        return False
    if tokens[0].lower() in SURNAME_PARTICLES and not tokens[0][0].isupper():
        return False
    for w in words:
        if not (w[0].isalpha() and not w[0].islower()):
            return False
        if not re.fullmatch(r"[^\W\d_](?:[\w'’-]*[^\W\d_])?\.?|(?:[^\W\d_]\.){1,3}", w):
            return False
    return words[0].lower().strip(".") not in _NOT_NAMES and not all(
        w.lower().strip(".") in _NOT_NAMES for w in words)


def is_contact_line(line: str) -> bool:
    return bool(CONTACT_RE.search(line))


def is_signature_line(line: str) -> bool:
    """A line that may stand in a signature block: a name, a title, a company, pronouns,
    an address, a phone number or a link -- short, and not a sentence."""
    s = line.strip()
    if not s or len(s) > MAX_LINE:
        return False
    if is_contact_line(s) or PRONOUNS_RE.fullmatch(s) or is_name_line(s):
        return True
    if len(s.split()) > 10 or len(s) > 90:
        return False
    if s[-1] in ".?!;,:" and not _ABBREV_END_RE.search(s):
        return False
    lower = [w for w in _WORD_RE.findall(s) if w[0].islower() and w.lower() not in _CONNECTORS]
    return len(lower) <= 1


def is_loose_signature_line(line: str) -> bool:
    """A line that may follow a sign-off: anything short that does not read as a sentence."""
    s = line.strip()
    if len(s) > MAX_LINE:
        return False
    if is_contact_line(s) or len(s.split()) <= 4:
        return True
    return len(s.split()) <= 12 and not re.search(r"[.?!]$", s)


def ends_sentence(line: str) -> bool:
    """The line does not run on into the next one (a name may follow it)."""
    return not _FUNCTION_END_RE.search(line.strip()[-40:])


def is_footer_tag(line: str) -> bool:
    """"Sent from my iPhone", "Get Outlook for Android"."""
    return len(line) <= MAX_LINE and bool(_FOOTER_TAG_RE.match(line)) and len(line.split()) <= 10


def is_footer_start(line: str) -> bool:
    return bool(_FOOTER_START_RE.match(line))


def is_footer_text(text: str) -> bool:
    """A legal or confidentiality notice."""
    return bool(_FOOTER_WORDS_RE.search(text)) and len(text.split()) >= 8
