"""Input -> Draft: the parts of a follow-up e-mail, each a span of the original text.

Parts: front matter, subject, header (a letter's address and date lines, ``To:`` lines),
greeting, body paragraphs, closing (sign-off), signature block (with the sender's name and
any footer), quoted earlier messages, HTML comments. Rules about the candidate's wording
look only at the candidate's own parts; everything else is kept apart.

Modules: :mod:`.model` (the Draft), :mod:`.frontmatter`, :mod:`.comments`, :mod:`.thread`
(quoted and forwarded messages), :mod:`.letter` (header lines and the greeting),
:mod:`.signoff` (sign-offs, names, signatures, footers) and :mod:`.parser`.
"""

from __future__ import annotations

from .comments import find_comments
from .frontmatter import split_front_matter
from .letter import GREETING_RE, GREETING_WORDS, SUBJECT_LINE_RE
from .model import Draft, Line, split_lines
from .parser import SIG_DELIMITER_RE, parse
from .signoff import (
    AMBIGUOUS_SIGN_OFFS,
    CONTACT_RE,
    SIGN_OFF_RE,
    SIGN_OFFS,
    is_name_line,
    match_sign_off,
)
from .thread import ATTRIBUTION_RE, ORIGINAL_MESSAGE_RE, OUTLOOK_FROM_RE, OUTLOOK_NEXT_RE

__all__ = [
    "AMBIGUOUS_SIGN_OFFS", "ATTRIBUTION_RE", "CONTACT_RE", "Draft", "GREETING_RE", "GREETING_WORDS", "Line",
    "ORIGINAL_MESSAGE_RE", "OUTLOOK_FROM_RE", "OUTLOOK_NEXT_RE", "SIGN_OFFS", "SIGN_OFF_RE", "SIG_DELIMITER_RE",
    "SUBJECT_LINE_RE", "find_comments", "is_name_line", "match_sign_off", "parse", "split_front_matter",
    "split_lines",
]
