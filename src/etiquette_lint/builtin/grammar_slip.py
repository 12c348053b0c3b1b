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
    summary = ("Flags grammar slips that are certain from context: doubled words, a/an, your/you're-type "
               "confusions, and the slips non-native writers make most (verb forms after 'looking forward to', "
               "'used to', modals and 'did'; agreement; 'interesting' for 'interested'; 'discuss about', "
               "'revert back', 'since three years'; clear article and preposition slips; a lowercase 'i'). "
               "Comma splices only with `comma-splices = true`. With LanguageTool configured, its grammar "
               "findings too.")
    why = ("A grammar slip reads as carelessness in a message whose whole point is to show attention to "
           "detail (G8, G15).")
    instead = "Fix the slip; the suggestion shows the likely correction."

    def check(self, ctx: Context) -> None:
        report(ctx, "grammar")


RULES = [GrammarSlip]
