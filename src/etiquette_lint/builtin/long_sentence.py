"""EL403 long-sentence: a body sentence of more than 50 words; a bulleted or numbered list
counts item by item.

The declarative length rules live in ``rules/length/`` (EL401 too-long, EL402 too-short,
EL404 too-many-paragraphs, EL405 hard-to-read)."""

from __future__ import annotations

from ..rule import Context, Rule
from ..sentences import item_sentences


class LongSentence(Rule):
    code = "EL403"
    name = "long-sentence"
    category = "length"
    severity = "warning"
    guidance = ("G7",)
    options = {"max": 50}
    summary = ("Reports each body sentence of more than 50 words (option `max`). Bulleted and "
               "numbered lists count item by item, so a list without full stops is not one long "
               "sentence.")
    why = ("\"Keep it brief\" (G7): a 50-word sentence strains a reader on a phone, and a "
           "100-word run-on buries the one detail that makes the note specific. Plain-language "
           "guides aim at 15-20 words on average; the limit is set where a recruiter would notice, "
           "not where a style guide would.")
    instead = "Split it: one idea per sentence, and cut the list of everything you discussed down to the one that matters."

    def check(self, ctx: Context) -> None:
        limit = ctx.kind_option("max")
        if not limit:
            return
        for span, n in item_sentences(ctx, "body"):
            if n > limit:
                ctx.report(span, f"this sentence has {n} words (over {limit}): split it so each idea "
                                 "reads on its own")


RULES = [LongSentence]
