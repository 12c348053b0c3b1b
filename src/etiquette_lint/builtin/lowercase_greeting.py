"""EL205 lowercase-greeting: a greeting typed in lower case ("hi jordan,").

The greeting line is read in :mod:`etiquette_lint.mentions.people` (:func:`salutation`)."""

from __future__ import annotations

import re

from ..mentions.people import GROUP_ADDRESSEE_RE, NAMELESS, salutation
from ..mentions.words import NAME_PARTICLES
from ..rule import Context, Rule


class LowercaseGreeting(Rule):
    code = "EL205"
    name = "lowercase-greeting"
    category = "greeting"
    severity = "info"  # a style nit with a safe fix: the flag policy's greeting faults are generic or missing ones
    guidance = ("G3", "G8")
    summary = ("Suggests capitals for a greeting typed in lower case: \"hi jordan,\", \"hello mr. osei,\". "
               "A suggestion, not a warning: a recruiter winces at \"Dear Sir\" after meeting you, not at a "
               "lowercase \"hi\" (a chatty register is the casual-tone rules' business). The fix "
               "capitalises the greeting word and the name (safe, unless the name has an unusual form such "
               "as \"McAdams\" or \"O'Neill\").")
    why = ("The greeting is the first thing the interviewer reads; a lowercase name looks careless or like a "
           "text message (G8), and a name deserves its capital letter (G3).")
    instead = "\"Hi Jordan,\" / \"Hello Mr. Osei,\"."

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
            if not w[:1].isalpha() or w.lower() in NAME_PARTICLES or w.lower() in NAMELESS or GROUP_ADDRESSEE_RE.match(w):
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


RULES = [LowercaseGreeting]
