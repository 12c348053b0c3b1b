"""EL901 wrong-company: a company named in the draft that is not the one you interviewed with.

Which organisations a draft names, and the role each plays there (the recipient's company,
a former employer, a school, a client, another company on purpose), is read in
:mod:`etiquette_lint.mentions.orgs`; only a mention that reads as the recipient's company
can be a leftover from another application.
"""

from __future__ import annotations

from ..mentions.orgs import FREE_MAIL, domain_label, domain_matches, org_mentions, same_company
from ..rule import Context, Rule


class WrongCompany(Rule):
    code = "EL901"
    name = "wrong-company"
    category = "accuracy"
    severity = "warning"
    guidance = ("G15", "G19")
    requires_facts = ("company",)
    summary = ("Reports a company named in the draft that is not the one you interviewed with "
               "(`company` in the facts): a leftover from another application. Company-like names are "
               "capitalised names after \"join\", \"the team at\", \"the role at\", \"work for\", \"my "
               "application to\", \"my candidacy with\", \"the process at\", \"withdraw from\" or in "
               "\"Dear X team\"; names with a legal suffix (Inc, LLC, Ltd, Corp); names ending in an "
               "industry word (\"Brightwave Audio\"), and ORG entities when a statistical spaCy model is "
               "configured, after \"help\", \"part of\", \"at\" or in the subject. Not checked: the "
               "signature, quoted text, people's names, the role, the topics, products named after the "
               "company (\"Initech Cloud\"), and names the words around them frame as your own past or "
               "present (\"at my previous company, Globex, I ...\") or as another company on purpose "
               "(\"another offer from Globex\").")
    why = ("Naming the wrong company is the most visible copy-paste mistake: it tells the interviewer "
           "the note was recycled from another application, the opposite of a sincere, tailored "
           "message (G15, G19). Double-check every name before you send.")
    instead = "Name the company you interviewed with (the fix offers it), or remove the stray name."

    def check(self, ctx: Context) -> None:
        company = ctx.facts.company
        assert company is not None
        for m in org_mentions(ctx):
            if m.role != "recipient" or same_company(m.text, company):
                continue  # a former employer, a school, a client, ... is not a leftover
            if not m.strong and ctx.facts.interviewer_email:
                label = domain_label(ctx.facts.interviewer_email)
                if label and label not in FREE_MAIL and domain_matches(label, m.text):
                    continue  # the recipient's own company by another name
            fix = ctx.replace_fix(m.span, company, safe=False, description=f"replace {m.text!r} with {company!r}")
            ctx.report(m.span, f"'{m.text}' is not the company you interviewed with ({company}): a leftover "
                               "from another application? (guidance G15)", fix=fix)


RULES = [WrongCompany]
