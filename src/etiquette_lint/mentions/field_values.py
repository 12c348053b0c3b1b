"""What fills a template field: a fact (company, role, interviewer), or the sender's own name
from the .eml From header (safe) or the signature (a suggestion)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..draft import match_sign_off
from ..text import Span
from .fields import field_key, find_placeholders, norm_label
from .words import HONORIFIC_RE

if TYPE_CHECKING:  # pragma: no cover
    from ..rule import Context

_GENERIC_NAMES = ("name", "full name", "recipient", "recipient name", "first", "first name", "firstname", "fname")
# name labels that, in the sign-off or signature, ask for the sender's own name
_SENDER_SLOTS = {"name": "full", "full name": "full", "first name": "first", "firstname": "first",
                 "fname": "first", "first": "first", "last name": "last", "lastname": "last", "surname": "last",
                 "lname": "last"}
_TITLE_WORD = re.compile(HONORIFIC_RE, re.I)


def _from_header_name(ctx: "Context") -> str | None:
    """The display name of the .eml From header, when the draft is an e-mail with its headers."""
    source = ctx.draft.source
    name = source.headers.get("from_name") if isinstance(source.headers, dict) else None
    if isinstance(name, str) and name.strip():
        return name.strip()
    if source.format != "eml" or source.positions != "file":
        return None  # a decoded body: its headers are not in the text
    sep = re.search(r"\r?\n\r?\n", source.text)
    block = source.text[:sep.start()] if sep else source.text
    from email.parser import HeaderParser
    from email.utils import getaddresses

    try:
        value = HeaderParser().parsestr(block + "\n\n").get("from")
        pairs = getaddresses([str(value)]) if value else []
    except Exception:  # a malformed header: no name, no guess
        return None
    display = next((n for n, _ in pairs if n and "@" not in n), "")
    return display.strip().strip('"') or None


def _signature_name(ctx: "Context") -> str | None:
    """The sender's name as the draft signs it ("Best, Sam" or the signature's first line),
    unless that line is itself a placeholder."""
    d = ctx.draft
    lines: list[str] = []
    if d.closing is not None:
        so = match_sign_off(d.part(d.closing).strip().splitlines()[-1] if d.part(d.closing).strip() else "")
        if so and so.group("name"):
            lines.append(so.group("name"))
    if d.signature_name:
        lines.append(d.signature_name)
    for line in lines:
        line = line.strip().rstrip(",.")
        if any(True for _ in find_placeholders(line)):
            continue
        if re.fullmatch(r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){0,3}", line) and not re.search(r"\d", line):
            return line
    return None


def sender_value(ctx: "Context", slot: str = "full") -> tuple[str | None, bool]:
    """(the sender's name, safe): from the .eml From header (safe), else the signature (a suggestion)."""
    name, safe = _from_header_name(ctx), True
    if not name:
        name, safe = _signature_name(ctx), False
    if not name:
        return None, False
    parts = [p for p in name.split() if not _TITLE_WORD.fullmatch(p)] or [name]
    if slot == "first":
        return parts[0], safe
    if slot == "last":
        return (parts[-1], safe) if len(parts) > 1 else (None, False)
    return name, safe


def is_sender_field(label: str, ctx: "Context", span: Span) -> bool:
    """A field for the sender's own name: "[Your Name]" anywhere, a bare name field in the
    sign-off or signature ("Best regards,\nFull Name")."""
    if not label:
        return False
    if field_key(label) == "sender":
        return True
    d = ctx.draft
    return norm_label(label) in _SENDER_SLOTS and any(p is not None and p.contains(span) for p in (d.closing, d.signature))


def fill_value(label: str, ctx: "Context", span: Span) -> tuple[str | None, bool]:
    """(value, safe): the fact that fills a placeholder, and whether filling it is safe.

    A name field is filled only in the greeting ("Dear [name]," is the interviewer;
    "you or [name]" in the body is somebody else). A panel's names are never guessed.
    In the sign-off and signature a name field is the sender's own ("Best regards, Full Name"):
    filled from the .eml From header (safe), else suggested from the signature (unsafe)."""
    key = field_key(label) if label else None
    facts = ctx.facts
    norm = norm_label(label) if label else ""
    d = ctx.draft
    if is_sender_field(label, ctx, span):
        value, safe = sender_value(ctx, _SENDER_SLOTS.get(norm, "full"))
        return value, safe and norm not in ("signature", "your signature")
    if key == "company" and facts.company:
        return facts.company, True
    if key == "role" and facts.role:
        return facts.role, True
    if key and (key.startswith("interviewer") or key == "recruiter") and facts.interviewer:
        if len(facts.interviewer) > 1:
            return None, False
        greeting = d.greeting
        in_greeting = greeting is not None and greeting.contains(span)
        generic = norm in _GENERIC_NAMES or key == "interviewer_titled"
        if generic and not in_greeting:
            return None, False
        name = facts.interviewer[0].strip()
        words = name.split()
        parts = [p for p in words if not _TITLE_WORD.fullmatch(p)]
        if key == "recruiter":
            return name, False  # the recruiter may not be the interviewer: a suggestion
        if key == "interviewer_titled":
            if words and _TITLE_WORD.fullmatch(words[0]) and parts:
                return f"{words[0]} {parts[-1]}", True  # "Dr. Aisha Bello" -> "Dr. Bello"
            return name, False  # the title is unknown: "Dear Jordan Lee," is a suggestion
        if key == "interviewer_first":
            return (parts[0] if parts else name), True
        titled = bool(re.search(rf"{HONORIFIC_RE}[ \t]+$", ctx.text[max(0, span.start - 12):span.start]))
        if key == "interviewer_last" or (titled and norm in ("name", "full name")):
            return (parts[-1] if parts else name), True
        return name, True
    return None, False
