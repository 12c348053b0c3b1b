"""EL252 sign-off-without-name: a sign-off ("Best regards,") with no name after it."""

from __future__ import annotations

import re

from ..rule import Context, Rule


_CONTACT_ONLY = re.compile(
    r"^\s*(?:(?:https?://|www\.)\S+|\S+@\S+\.\S+|(?:phone|mobile|cell|tel|email|e-mail)?:?\s*\+?[\d ().-]{7,}"
    r"|linkedin\.com/\S*|github\.com/\S*)\s*$", re.I)


class SignOffWithoutName(Rule):
    code = "EL252"
    name = "sign-off-without-name"
    category = "closing"
    severity = "warning"
    guidance = ("G3", "G15")
    summary = ("Reports a sign-off (\"Best regards,\") with no name after it -- the message ends on the "
               "sign-off, or only a phone number or link follows. Seed 002's sample thank-you ends this way.")
    why = ("The interviewer should not have to guess who wrote, or look for the name in the mail headers; "
           "a sign-off without a name looks unfinished, the kind of slip a final proofread catches (G15).")
    instead = "Put your full name on the line after the sign-off: \"Best regards,\\nSam Rivera\"."

    def check(self, ctx: Context) -> None:
        d = ctx.draft
        if d.closing is None:
            return  # EL251 reports the missing sign-off (and name)
        if d.sign_off_name is not None:
            return
        if d.signature is not None:
            signature = d.part(d.signature)
            if d.footer is not None and d.signature.contains(d.footer):  # "Sent from my iPhone" is not a name
                signature = d.text[d.signature.start:d.footer.start]
            lines = [l for l in signature.splitlines() if l.strip() and not l.strip().startswith("--")]
            if any(not _CONTACT_ONLY.match(l) for l in lines):
                return
        closing = d.part(d.closing)
        ctx.report(d.closing, f"'{closing.strip()}' is not followed by your name: add it on the next line")


RULES = [SignOffWithoutName]
