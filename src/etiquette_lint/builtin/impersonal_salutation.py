"""EL203 impersonal-salutation: a greeting addressed to a role or a group when the facts name the
interviewer.

The greeting line is read in :mod:`etiquette_lint.mentions.people` (:func:`salutation`)."""

from __future__ import annotations

from ..mentions.people import GROUP_ADDRESSEE_RE, greeting_names, salutation
from ..rule import Context, Rule


class ImpersonalSalutation(Rule):
    code = "EL203"
    name = "impersonal-salutation"
    category = "greeting"
    severity = "warning"
    guidance = ("G3", "G19")
    requires_facts = ("interviewer",)
    summary = ("When the facts name the interviewer, flags a greeting addressed to a role or a group instead: "
               "\"Dear Hiring Manager\", \"Hello team\", \"Dear Recruiter\", \"Hi all\". The fix puts the "
               "interviewer's name in (not safe: check the form of address).")
    why = ("You know who interviewed you, so a salutation to a job title reads like a form letter sent to "
           "every employer (G3, G19). Seed 002 asks you to address the interviewer personally, by name.")
    instead = "Use the name the interviewer gave you: \"Dear Ms. Ashworth,\" or \"Hi Helen,\"."

    def check(self, ctx: Context) -> None:
        sal = salutation(ctx)
        if sal is None or not sal.addressee or not GROUP_ADDRESSEE_RE.match(sal.addressee):
            return
        names = greeting_names(ctx)
        fix = None
        if names:
            fix = ctx.replace_fix(sal.name_span, names, safe=False, description=f"address {names}")
        who = names or "the interviewer"
        ctx.report(sal.span, f"'{sal.text.strip()}' addresses a role, not a person: you know the interviewer's "
                             f"name ({who}), so use it", fix=fix)


RULES = [ImpersonalSalutation]
