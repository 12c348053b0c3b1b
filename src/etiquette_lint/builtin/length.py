"""Length rules that need more than a count over a scope: per-sentence and
per-paragraph word counts that do not merge bulleted lines into one "sentence".

The declarative length rules live in ``rules/length/`` (EL401 too-long, EL402
too-short, EL404 too-many-paragraphs, EL405 hard-to-read).
"""

from __future__ import annotations

import re
from typing import Any, Iterator, Mapping

from ..rule import Context, Rule
from ..text import Span

# a line break that starts a new item: before a bullet or a numbered item, or after a line
# ending in a colon or semicolon ("What I would bring:\n- ...")
_ITEM_BREAK = re.compile(r"\n(?=[ \t]*(?:[-*•–·+]|\d{1,2}[.)]|[a-z][.)])[ \t]+)|(?<=[:;])[ \t]*\n")


def _is_word(token: Any) -> bool:
    return not (token.is_punct or token.is_space or token.like_url or token.like_email)


def _limit(ctx: Context, key: str = "max") -> Any:
    per_kind = ctx.options.get("per_kind") or {}
    if isinstance(per_kind, Mapping) and isinstance(per_kind.get(ctx.kind), Mapping) \
            and key in per_kind[ctx.kind]:
        return per_kind[ctx.kind][key]
    return ctx.options.get(key)


def sentence_spans(ctx: Context, scope: str = "body") -> Iterator[tuple[Span, int]]:
    """(span, word count) of every sentence in ``scope``; a bulleted or numbered list is
    split into its items even when they carry no final punctuation."""
    for pd in ctx.analysis.docs(scope):
        doc = pd.doc
        for sent in doc.sents:
            text = sent.text
            cuts = [0] + [m.end() for m in _ITEM_BREAK.finditer(text)] + [len(text)]
            for a, b in zip(cuts, cuts[1:]):
                start, end = sent.start_char + a, sent.start_char + b
                words = [t for t in sent if start <= t.idx < end and _is_word(t)]
                if not words:
                    continue
                first, last = words[0], words[-1]
                # end at the last token of the piece (keeps its final punctuation)
                tail = [t for t in sent if start <= t.idx < end and not t.is_space]
                end_char = tail[-1].idx + len(tail[-1].text) if tail else last.idx + len(last.text)
                yield pd.to_span(first.idx, end_char), len(words)


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
        limit = _limit(ctx)
        if not limit:
            return
        for span, n in sentence_spans(ctx, "body"):
            if n > limit:
                ctx.report(span, f"this sentence has {n} words (over {limit}): split it so each idea "
                                 "reads on its own")


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
        limit = _limit(ctx)
        if not limit:
            return
        sentences = list(sentence_spans(ctx, "body"))
        for pd in ctx.analysis.docs("body"):
            n = sum(1 for t in pd.doc if _is_word(t))
            if n <= limit:
                continue
            inside = [span for span, _ in sentences if pd.span.contains(span)]
            if len(inside) < 2:
                continue  # a one-sentence paragraph is EL403's finding (long-sentence), not a second one
            ctx.report(inside[0], f"this paragraph has {n} words (over {limit}): break it up or cut it down")


RULES = [LongSentence, LongParagraph]
