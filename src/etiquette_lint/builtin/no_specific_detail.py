"""EL321 no-specific-detail: a thank-you note with nothing from this interview in it."""

from __future__ import annotations

from ..analysis import topic_mentions
from ..rule import Context, Rule
from ._judged import first_body_line, quote


class NoSpecificDetail(Rule):
    code = "EL321"
    name = "no-specific-detail"
    category = "personalization"
    kinds = ("thank_you",)
    kind_sensitive = True
    guidance = ("G2", "G17", "G19")
    summary = ("Reports a thank-you note in which no sentence refers to anything concrete from the interview "
               "(a topic, a question, a task, a tool, a person, a team, a challenge), as the sentence model "
               "reads them (a sentence it reads as a stock line does not count), and in which no less common concrete word stands (\"billing pipeline\", \"sourdough "
               "starter\"). With `topics` in the facts, a note that mentions none of them but is specific "
               "otherwise gets an info note.")
    why = ("Tailor the message: refer to specific topics, questions or challenges from the interview (G2, "
           "G17); a note that could be sent to anyone reads as a template (G19).")
    instead = "Name one thing you discussed: \"Your question about night-shift handoffs stayed with me.\""

    def check(self, ctx: Context) -> None:
        if not ctx.draft.paragraphs:
            return
        readings = ctx.analysis.readings
        specific = readings.has_detail()
        topics = list(ctx.facts.topics)
        if topics:
            if any(topic_mentions(ctx.draft, ctx.analysis, t) for t in topics):
                return
            listed = ", ".join(f"'{t}'" for t in topics[:3])
            if specific:
                ctx.report(first_body_line(ctx), f"none of the interview topics you listed ({listed}) is "
                                                 "mentioned", severity="info")
            else:
                ctx.report(first_body_line(ctx), "nothing in this thank-you note is specific to your interview: "
                                                 f"mention one of the topics you discussed ({listed})")
            return
        if specific:
            return
        template = next(iter(readings.with_label("template")), None)
        also = f" ('{quote(template.text, 50)}' could go to anyone)" if template else ""
        ctx.report(first_body_line(ctx), f"nothing in this thank-you note is specific to your interview{also}: "
                                         "mention a topic, a question or a challenge you discussed")


RULES = [NoSpecificDetail]
