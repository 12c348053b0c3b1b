"""EL311 missing-interest: a thank-you or check-in that never says the candidate still wants the job."""

from __future__ import annotations

from ..analysis import credited
from ..rule import Context, Rule
from ._judged import first_body_line


class MissingInterest(Rule):
    code = "EL311"
    name = "missing-interest"
    category = "interest"
    kinds = ("thank_you", "check_in")
    kind_sensitive = True
    guidance = ("G5",)
    summary = ("Reports a thank-you note or a check-in in which no sentence states continued interest in the "
               "role, in any words (\"I'd welcome the chance to bring that to your crew\", \"Still very keen\", "
               "\"Count me in\"), as the sentence model reads them.")
    why = ("Reaffirm your interest in the position (G5): the interviewer is deciding whether you still want "
           "the job as much as whether you can do it.")
    instead = "One line: \"I remain very interested in the role and would be glad to join the team.\""

    def check(self, ctx: Context) -> None:
        if not ctx.draft.paragraphs or credited(ctx.analysis, "interest"):
            return
        ctx.report(first_body_line(ctx), "nothing here says you still want the job: add one line of continued "
                                         "interest (e.g. \"I remain very interested in the role.\")")


RULES = [MissingInterest]
