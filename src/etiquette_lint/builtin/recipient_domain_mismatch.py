"""EL904 recipient-domain-mismatch: a draft addressed to a domain that does not match the company
it names."""

from __future__ import annotations

from ..mentions.orgs import FREE_MAIL, Mention, domain_label, domain_matches, mentions_of, org_mentions
from ..rule import Context, Rule


class RecipientDomainMismatch(Rule):
    code = "EL904"
    name = "recipient-domain-mismatch"
    category = "accuracy"
    severity = "warning"
    guidance = ("G15",)
    requires_facts = ("interviewer_email",)
    summary = ("Reports a draft addressed (To header or `interviewer_email`) to a domain that does not "
               "match the company the draft names: `company` from the facts where the draft mentions it, "
               "else the company-like names EL901 finds. Matching is lenient (initech.example ~ "
               "Initech, vantagecrm ~ Vantage, ibm ~ International Business Machines); free-mail and "
               "applicant-tracking domains (gmail, greenhouse, workday, ...) are never flagged.")
    why = ("\"Double-check recipients\" (G15): a note for Initech sent to an address at Globex goes to "
           "the wrong company, and tells both that you reuse your notes.")
    instead = "Check the To address, or the company you name; one of them is left over from another note."

    def check(self, ctx: Context) -> None:
        email = ctx.facts.interviewer_email
        assert email is not None
        label = domain_label(email)
        if not label or label in FREE_MAIL:
            return
        company = ctx.facts.company
        named: list[Mention] = []
        if company:
            named = mentions_of(ctx, company)
        else:
            named = [m for m in org_mentions(ctx) if m.role == "recipient"]
        if not named:
            return
        if any(domain_matches(label, m.text) for m in named):
            return
        if company and domain_matches(label, company):
            return
        first = named[0]
        domain = email.rsplit("@", 1)[1]
        origin = ctx.facts.origin("interviewer_email")
        where = " (.eml To header)" if origin == ".eml To header" else ""
        ctx.report(first.span, f"the draft names {company or first.text}, but it goes to {email}{where}: "
                               f"{domain} does not look like {company or first.text}; double-check the "
                               "recipient (guidance G15)")


RULES = [RecipientDomainMismatch]
