"""EL701 missing-subject: an e-mail (.eml) with no subject, or an empty one."""

from __future__ import annotations

from ..rule import Context, Rule


_SUBJECT_BY_KIND = {
    "thank_you": "Thank you - {role} interview",
    "check_in": "Following up on the {role} position",
    "offer_reply": "Re: Offer - {role}",
    "rejection_reply": "Re: {role} position",
    "feedback_request": "Request for feedback - {role} interview",
    "withdrawal": "Withdrawing my application - {role}",
}


class MissingSubject(Rule):
    code = "EL701"
    name = "missing-subject"
    category = "subject"
    severity = "warning"
    guidance = ("G15",)
    summary = ("Reports an e-mail (.eml) with no Subject header or an empty one. Plain-text drafts without a "
               "`Subject:` line are not flagged: the subject may simply live in the mail client.")
    why = ("Double-check the subject line (G15): a message with no subject is easy to overlook, lands in "
           "spam filters more often and cannot be found again by searching for the role.")
    instead = "A short subject naming the purpose and the role: \"Re: Offer - High School Mathematics Teacher\"."

    def check(self, ctx: Context) -> None:
        d = ctx.draft
        if d.source.format != "eml" or (d.subject_text or "").strip():
            return
        if ctx.facts.role:
            suggestion = f"such as \"{_SUBJECT_BY_KIND.get(ctx.kind, '{role}').replace('{role}', ctx.facts.role)}\""
        else:
            suggestion = f"such as \"{_SUBJECT_BY_KIND.get(ctx.kind, '{role}').replace(' - {role}', '').replace(' {role}', '').replace('{role}', 'Interview')}\" plus the job title"
        ctx.report(ctx.anchor(), f"this e-mail has no subject: add one {suggestion}")


RULES = [MissingSubject]
