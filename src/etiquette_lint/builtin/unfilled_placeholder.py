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
            {"text": "Dear Ms. Lee,\n\nThank you for the interview yesterday about ticket triage.\n\n"
                     "Best regards,\nFull Name", "note": "a field label standing for the sender's name"},
            {"text": "Dear Ms. Lee,\n\nThank you for the interview for the JOB TITLE role at COMPANY NAME.\n\n"
                     "Best regards,\nSam", "facts": {"company": "Initech", "role": "Support Engineer"},
             "note": "fields in capitals are a template, not shouting"},
            {"text": "Dear So-and-so,\n\nThank you for showing me round ABC Corp yesterday.\n\nBest regards,\nSam",
             "note": "a stock name and a stand-in for a name"},
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
            {"text": "Dear Ms. Lee,\n\nThank you for the interview. The ABC triage model you use, the company "
                     "culture and the $40k equipment budget (see attached notes) all impressed me.\n\n"
                     "Best regards,\nSam", "note": "an acronym, ordinary words, a price, an aside"},
        ],
    }

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
