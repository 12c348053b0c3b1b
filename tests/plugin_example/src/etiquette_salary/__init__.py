"""An example etiquette-lint plugin: one Python rule, registered by entry point."""

from __future__ import annotations

from etiquette_lint import Context, Rule


class SalaryInThankYou(Rule):
    code = "EL990"
    name = "salary-in-thank-you"
    category = "tone.pushy"
    severity = "warning"
    kinds = ("thank_you",)
    guidance = ("G9", "G12")
    summary = "Flags questions about pay or benefits in a thank-you note."
    why = "A thank-you note thanks; terms are for the offer stage (G12), and asking early reads as pushy (G9)."
    instead = "Leave salary and benefits for the offer conversation."
    options = {"words": ["salary", "pay", "compensation", "bonus", "benefit"]}
    examples = {
        "fail": ["Dear Jordan,\n\nThank you for the interview. What would the salary be?\n\nBest,\nSam"],
        "pass": ["Dear Jordan,\n\nThank you for the interview and the tour of the lab.\n\nBest,\nSam"],
    }

    def check(self, ctx: Context) -> None:
        words = set(ctx.options["words"])
        for span, token in ctx.analysis.words("body"):
            if token.lemma_ in words:
                ctx.report(span, f"'{token.text}' in a thank-you note reads as pushy; save it for the offer")


RULES = [SalaryInThankYou]
