"""EL902 wrong-interviewer: a greeting, or a direct address in the body, naming someone who is
not the interviewer.

Whom the greeting and the body address, and whether a written name can be a known person,
is read in :mod:`etiquette_lint.mentions.people`.
"""

from __future__ import annotations

import re

from ..mentions.fields import in_placeholder
from ..mentions.people import Addressee, greeting_addressees, join_names, names_person, to_header_people, vocatives
from ..mentions.words import fold, name_tokens
from ..rule import Context, Rule
from ..text import Span


class WrongPerson(Rule):
    code = "EL902"
    name = "wrong-interviewer"
    category = "accuracy"
    severity = "warning"
    guidance = ("G3", "G15")
    summary = ("Reports a greeting, or a direct address in the body (\"Thank you again, Mr. Fowler, "
               "...\"), naming someone who is not the interviewer (`interviewer` in the facts; for an "
               ".eml without it, the person named in the To header). A first name, a nickname "
               "(\"Meg\" for Megan, \"Bob\" for Robert) or a title and surname are all right; "
               "generic salutations are left to the greeting rules, and other people mentioned in the "
               "body (\"Dr. Chen showed me the lab\") are fine.")
    why = ("Greeting the wrong person is a copy-paste leftover the interviewer cannot miss: it says the "
           "note was written for someone else (G15), and it fails the first thing the guidance asks, "
           "to address the interviewer personally by name (G3).")
    instead = "Greet the person you met, by name: \"Dear Ms. Whitfield,\" or \"Hi Dana,\"."

    def check(self, ctx: Context) -> None:
        people = list(ctx.facts.interviewer)
        from_header = False
        if not people:
            people = to_header_people(ctx)
            from_header = True
            if len(people) != 1:
                return
        sender = set(name_tokens(ctx.draft.signature_name or ""))
        candidates = greeting_addressees(ctx) + ([] if from_header else vocatives(ctx))
        for a in candidates:
            if sender and set(a.tokens) <= sender or in_placeholder(ctx, a.span):
                continue  # the sender, or a template field ("Dear Firstname,": EL101's business)
            verdicts = [names_person(a, p) for p in people]
            if any(v is True for v in verdicts) or all(v is None for v in verdicts):
                continue
            whom = join_names(people)
            source = "the recipient in the To header" if from_header else (
                "your interviewer" if len(people) == 1 else "one of your interviewers")
            close = _near_miss(a, people)
            if close:
                spelling = ctx.replace_fix(Span(a.span.end - len(close[0]), a.span.end), close[1], safe=False,
                                           description=f"correct the spelling to {close[1]!r}")
                ctx.report(a.span, f"'{a.text}' looks like a misspelling of {source}'s name ({close[1]}) "
                                   "(guidance G3, G15)", fix=spelling)
                continue
            fix = None
            if len(people) == 1:
                fix = ctx.replace_fix(a.span, people[0], safe=False,
                                      description=f"replace {a.text!r} with {people[0]!r}")
            ctx.report(a.span, f"'{a.text}' is not {source} ({whom}): a leftover from another note? "
                               "(guidance G3, G15)", fix=fix)


def _near_miss(a: Addressee, people: list[str]) -> tuple[str, str] | None:
    """(the misspelt word as written, the right spelling) when the addressee's last name
    word is one or two letters off a word of one of the names ("Jordon" for Jordan)."""
    import difflib

    written = re.findall(r"[\w'’\-]+", a.text)
    if not written:
        return None
    word = written[-1]
    for p in people:
        for right in re.findall(r"[\w'’\-]+", p):
            if len(right) >= 4 and fold(right) != fold(word) and \
                    difflib.SequenceMatcher(None, fold(word), fold(right)).ratio() >= 0.8:
                return word, right
    return None


RULES = [WrongPerson]
