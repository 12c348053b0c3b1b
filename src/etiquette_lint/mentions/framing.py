"""Where the candidate speaks, and how the words around a name frame it.

:func:`own_parts` are the parts of a draft the candidate wrote as prose (never the signature
or quoted text); :func:`own_framing` says whether the words around a name make it the
candidate's own past or present, or another company named on purpose.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sentences import sentence_span
from ..text import Span

if TYPE_CHECKING:  # pragma: no cover
    from ..rule import Context

PAST_FRAMING = re.compile(
    r"\b(?:previous(?:ly)?|former(?:ly)?|prior|past|used to|my (?:current|old|last|present|time|years?|"
    r"months|experience|work|tenure|internship|stint|role|job|position|team|employer|company|manager|boss|"
    r"colleagues|days)|I (?:currently |also |recently |once )?(?:work(?:ed)?|spent|led|built|managed|"
    r"interned|studied|graduated|ran|worked|joined|trained|volunteered|was employed)|"
    r"I'?m (?:currently |now )?(?:at|with)|while (?:at|with)|when I (?:was|worked)|during my|since (?:19|20)\d\d|"
    r"studied|graduated|alumn\w*|degree|internship|interned|years at|months at|back at|"
    r"another|other (?:offer|company|companies|interview|application|process|role)s?|competing|"
    r"an offer from|offer from|clients?|customers?|partners?|partnership|vendors?|suppliers?|acquisition|"
    r"acquired|merger|such as|I (?:\w+ )?(?:withdrew|declined|turned down)|"
    r"like (?:at|in)|compared (?:to|with)|competitors?)\b", re.I)


def own_parts(ctx: "Context") -> list[tuple[str, Span]]:
    """Subject, greeting, body paragraphs and closing: never the signature or quoted text."""
    return ctx.draft.named_parts(subject=True, signature=False)


def own_framing(ctx: "Context", span: Span, before: int = 60, after: int = 30) -> bool:
    """The words around the name (within its sentence) frame it as the candidate's own past or
    present, or as another company on purpose: "at my previous company, Globex, I ...",
    "When I worked at Globex", "another offer from Globex". A frame elsewhere in a long
    sentence does not count ("At my previous company, X, I ..., and I am excited about
    joining Globex" still flags Globex)."""
    sent = sentence_span(ctx, span)
    start = max(sent.start, span.start - before)
    if start > sent.start:
        gap = ctx.text.find(" ", start, span.start)
        start = gap + 1 if gap >= 0 else span.start
    end = min(sent.end, span.end + after)
    return bool(PAST_FRAMING.search(ctx.text[start:end]))
