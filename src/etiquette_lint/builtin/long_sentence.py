"""EL403 long-sentence: a body sentence of more than 50 words; a bulleted or numbered list
counts item by item.

The declarative length rules live in ``rules/length/`` (EL401 too-long, EL402 too-short,
EL404 too-many-paragraphs, EL405 hard-to-read)."""

from __future__ import annotations

from ..rule import Context, Rule
from ..sentences import item_sentences
from ._length import length_limit


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
    examples = {
        "fail": [
            "Dear Mr. Haverford,\n\nThank you for meeting with me on Thursday about the Facilities Coordinator "
            "role at Pinecrest College, and I wanted to add that after our discussion of the residence hall "
            "renovation schedule, the summer move-out crunch, the contractor badge system you are rolling out, "
            "and the budget review that will happen in January, I feel even more strongly that my six years "
            "coordinating campus maintenance projects would let me step in quickly.\n\nI am very interested "
            "in the position.\n\nBest regards,\nLucia Moreno",
        ],
        "pass": [
            "Dear Mr. Haverford,\n\nThank you for meeting with me on Thursday about the Facilities Coordinator "
            "role. Our talk about the residence hall renovation stayed with me. My six years coordinating "
            "campus projects would let me step in quickly.\n\nBest regards,\nLucia Moreno",
            {"text": "Dear Mr. Haverford,\n\nThank you for meeting with me on Thursday. Three things I would "
                     "bring to the team:\n- six years coordinating campus maintenance projects across two "
                     "colleges\n- two full dormitory renovations delivered on schedule and under budget\n"
                     "- a campus-wide lock replacement finished during a single summer break\n\n"
                     "Best regards,\nLucia Moreno",
             "note": "a bulleted list is not one long sentence"},
        ],
    }

    def check(self, ctx: Context) -> None:
        limit = length_limit(ctx)
        if not limit:
            return
        for span, n in item_sentences(ctx, "body"):
            if n > limit:
                ctx.report(span, f"this sentence has {n} words (over {limit}): split it so each idea "
                                 "reads on its own")


RULES = [LongSentence]
