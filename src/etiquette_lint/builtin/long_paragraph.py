"""EL406 long-paragraph: a body paragraph of more than 90 words, a wall of text."""

from __future__ import annotations

from ..rule import Context, Rule
from ..sentences import item_sentences, word_count


class LongParagraph(Rule):
    code = "EL406"
    name = "long-paragraph"
    category = "length"
    severity = "warning"
    guidance = ("G7",)
    options = {"max": 90}
    summary = ("Reports a body paragraph of more than 90 words (option `max`, with `per_kind` "
               "overrides): a wall of text, even when the whole note is within its length. Reported at the "
               "paragraph's first sentence. A paragraph that is one long sentence is left to EL403.")
    why = ("A follow-up is skimmed: short paragraphs of two or three sentences let the interviewer "
           "find the thanks, the specific detail and your interest at a glance (G7). A 100-word block "
           "reads as an essay, the thing the guidance warns against.")
    instead = "Break it at the change of topic, and cut what does not serve the note's one purpose."

    def check(self, ctx: Context) -> None:
        limit = ctx.kind_option("max")
        if not limit:
            return
        sentences = list(item_sentences(ctx, "body"))
        for pd in ctx.analysis.docs("body"):
            n = word_count(pd)
            if n <= limit:
                continue
            inside = [span for span, _ in sentences if pd.span.contains(span)]
            if len(inside) < 2:
                continue  # a one-sentence paragraph is EL403's finding (long-sentence), not a second one
            ctx.report(inside[0], f"this paragraph has {n} words (over {limit}): break it up or cut it down")


RULES = [LongParagraph]
