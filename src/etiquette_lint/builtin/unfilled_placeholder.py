"""EL101 unfilled-placeholder: a template field left unfilled where the recipient will read it.

The forms a field takes, and what fills it, are read in :mod:`etiquette_lint.mentions.fields`
and :mod:`etiquette_lint.mentions.field_values`.
"""

from __future__ import annotations

import re

from ..mentions.field_values import fill_value, is_sender_field
from ..mentions.fields import norm_label, placeholder_spans
from ..rule import Context, Rule


class UnfilledPlaceholder(Rule):
    code = "EL101"
    name = "unfilled-placeholder"
    category = "placeholder"
    severity = "error"
    guidance = ("G15", "G19")
    summary = ("Finds template fields left unfilled anywhere the recipient will read them (subject, "
               "greeting, body, sign-off, signature): `[Company Name]`, `[job title]`, `{first_name}`, "
               "`{{name}}`, `<Interviewer>`, `%FIRST_NAME%`, `$first_name`, `«FirstName»`, `XXX`, `X years`, "
               "`___`, `(insert ...)`, `(recruiter's name)`; and fields without brackets, as a reader sees "
               "them: a bare `Full Name`, `Your Name`, `Date` or `Signature` line, `COMPANY NAME` or `JOB "
               "TITLE` in capitals (a template, not shouting), `Job Title` in Title Case, stock names "
               "(`ABC Corp`, `XYZ Ltd`, `Company X`), `Dear So-and-so,`, `Mr./Ms. Lastname`, `Firstname`. "
               "Footnotes (`[1]`), Markdown links, `<https://...>`, `<name@host>`, `(e.g. ...)`, `XXL`, "
               "times such as `10:00`, prices (`$40k`), `ABC` as an acronym, `Date night`, `Company culture`, "
               "`X-ray` and `Generation X` are left alone. When the facts hold the value (company, role, "
               "interviewer), the fix fills it in and is safe; the sender's name comes from the .eml From "
               "header (safe) or, as a suggestion, from the signature.")
    why = ("An unfilled placeholder tells the interviewer the note is a template sent in bulk -- the "
           "opposite of the tailored, sincere message the guidance asks for (G15, G19). Seed 003's own "
           "templates carry \"[job title]\" and \"[company name]\"; it is the one mistake every recruiter "
           "notices.")
    instead = ("Write the real name, company or detail -- or give the facts (`company`, `role`, "
               "`interviewer`) and apply the fix.")

    def check(self, ctx: Context) -> None:
        for span, label in placeholder_spans(ctx):
            shown = ctx.text[span.start:span.end]
            value, safe = fill_value(label, ctx, span)
            if value:
                fix = ctx.replace_fix(span, value, safe=safe, description=f"fill {shown} with {value!r}")
                source = "from the facts" if safe else "suggested: check it"
                ctx.report(span, f"unfilled placeholder {shown}: fill it in ({value!r} {source})", fix=fix)
            else:
                what = norm_label(label) if label and len(label) < 30 and not re.fullmatch(r"[Xx]+", label) \
                    else "detail"
                if what.startswith(("insert ", "enter ", "type ")):
                    what = what.split(" ", 1)[1]
                what = re.sub(r"\s+here$", "", what) or "detail"
                if what == "mr./ms. lastname":
                    what = "title and name"
                if is_sender_field(label, ctx, span):
                    ctx.report(span, f"unfilled placeholder {shown}: write your own name before sending")
                    continue
                ctx.report(span, f"unfilled placeholder {shown}: replace it with the real {what} "
                                 "before sending")


RULES = [UnfilledPlaceholder]
