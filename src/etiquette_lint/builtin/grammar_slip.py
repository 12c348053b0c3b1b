"""EL611 grammar-slip: grammar slips that are certain from context ("the the", "a interview").

The proofreading backend runs once per draft in :mod:`._proofreading`."""

from __future__ import annotations

from ..rule import Context, Rule
from ._proofreading import report


class GrammarSlip(Rule):
    code = "EL611"
    name = "grammar-slip"
    category = "grammar"
    severity = "warning"
    guidance = ("G8", "G15")
    summary = ("Flags grammar slips that are certain from context: doubled words (\"the the\"), a/an "
               "before the wrong sound (\"a interview\"), and confusions such as your/you're, its/it's, "
               "then/than, loose/lose, \"could of\". With LanguageTool configured, its grammar findings too.")
    why = ("A grammar slip reads as carelessness in a message whose whole point is to show attention to "
           "detail (G8, G15).")
    instead = "Fix the slip; the suggestion shows the likely correction."
    examples = {
        "fail": ["Dear Ms. Lee,\n\nThank you for the the interview on Tuesday. I look forward to hearing from "
                 "you.\n\nBest regards,\nSam Rivera",
                 "Dear Ms. Lee,\n\nThank you for a interview I enjoyed.\n\nBest regards,\nSam Rivera"],
        "pass": ["Dear Ms. Lee,\n\nThank you for an hour of your time and for your questions about a "
                 "university project; it's clear the team knows its customers better than anyone.\n\n"
                 "Best regards,\nSam Rivera"],
    }

    def check(self, ctx: Context) -> None:
        report(ctx, "grammar")


RULES = [GrammarSlip]
