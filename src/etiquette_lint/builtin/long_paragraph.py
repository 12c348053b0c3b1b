"""EL406 long-paragraph: a body paragraph of more than 90 words, a wall of text."""

from __future__ import annotations

from ..rule import Context, Rule
from ..sentences import item_sentences, word_count
from ._length import length_limit


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
    examples = {
        "fail": [
            "Dear Dr. Nakamura,\n\nFirst, the discussion about porting the ocean circulation model from Fortran "
            "to a GPU-friendly codebase. You asked how I would decide which kernels to port first. My short "
            "answer in the interview was profile, then port the hot loops, but I have since thought more "
            "carefully about it. In my current role we found that the hottest loops were not always the best "
            "candidates, because data movement between host and device dominated once we moved them. I would "
            "want to start with a small end-to-end slice, keep the data resident on the device, and measure "
            "before expanding.\n\nSincerely,\nTobias Engel",
        ],
        "pass": [
            "Dear Dr. Nakamura,\n\nThank you for the interview on Monday. Your question about which kernels "
            "to port first stayed with me: I would start with a small end-to-end slice and keep the data on "
            "the device.\n\nI am excited about the role and the coupling work planned for 2028.\n\n"
            "Sincerely,\nTobias Engel",
        ],
    }

    def check(self, ctx: Context) -> None:
        limit = length_limit(ctx)
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
