"""EL704 all-caps-subject: a subject line written in capitals."""

from __future__ import annotations

import re

from ..rule import Context, Rule


class AllCapsSubject(Rule):
    code = "EL704"
    name = "all-caps-subject"
    category = "subject"
    severity = "warning"
    guidance = ("G8", "G15")
    summary = ("Reports a subject line written in capitals (\"WITHDRAWAL OF APPLICATION\"): two or more "
               "words and at least 8 letters, none of them lower case. Acronyms inside a normal subject "
               "(\"Re: QA Analyst role\") are fine. The fix rewrites it in sentence case, keeping short "
               "acronyms (not safe: check names).")
    why = ("Capitals read as shouting; a professional, courteous tone (G8) includes the subject line, "
           "which G15 asks you to double-check.")
    instead = "Sentence case: \"Withdrawal of application - Clinical Research Coordinator\"."

    def check(self, ctx: Context) -> None:
        d = ctx.draft
        if d.subject is None:
            return
        subject = d.part(d.subject)
        letters = [c for c in subject if c.isalpha()]
        words = re.findall(r"[^\W\d_]{2,}", subject)
        words = [w for w in words if w.lower() not in ("re", "fw", "fwd", "aw", "sv")]
        if len(words) < 2 or len(letters) < 8 or any(c.islower() for c in letters):
            return
        fixed = _sentence_case(subject)
        fix = ctx.replace_fix(d.subject, fixed, safe=False, description=f"write {fixed!r}")
        ctx.report(d.subject, f"the subject is in capitals, which reads as shouting: write \"{fixed}\"", fix=fix)


def _sentence_case(subject: str) -> str:
    out: list[str] = []
    first = True
    for m in re.finditer(r"[^\W\d_]+|[\W\d_]+", subject):
        w = m.group(0)
        if w[0].isalpha():
            if len(w) <= 3 and w.lower() not in _SMALL_WORDS:
                out.append(w)  # probably an acronym: QA, SRE, HR
            elif first:
                out.append(w[:1].upper() + w[1:].lower())
            else:
                out.append(w.lower())
            if w.lower() not in ("re", "fw", "fwd"):
                first = False
        else:
            out.append(w)
            if ":" in w or "-" in w.strip() or "—" in w:
                first = True
    return "".join(out)


_SMALL_WORDS = frozenset({"of", "the", "a", "an", "for", "to", "and", "or", "in", "on", "at", "my", "me", "you",
                          "is", "it", "re", "fw", "fwd", "by", "as"})


RULES = [AllCapsSubject]
