"""EL204 greeting-without-name: a greeting that names nobody ("Hi,", "Hello there,").

The greeting line is read in :mod:`etiquette_lint.mentions.people` (:func:`salutation`)."""

from __future__ import annotations

import re

from ..mentions.people import NAMELESS, greeting_names, salutation
from ..rule import Context, Rule
from ..text import Span


class GreetingWithoutName(Rule):
    code = "EL204"
    name = "greeting-without-name"
    category = "greeting"
    severity = "warning"
    guidance = ("G3",)
    summary = ("Flags a greeting that names nobody: \"Hi,\", \"Hello,\", \"Good morning,\", \"Hi there,\". "
               "When the facts name one interviewer, the fix adds the name (not safe: check the form).")
    why = ("The guidance asks for a personal greeting with the interviewer's name (G3). \"Hello,\" on its own "
           "could open a message to anyone, and suggests you did not catch or keep their name.")
    instead = "Add the name: \"Hello Ms. Harper,\" or \"Hi Jordan,\"."

    def check(self, ctx: Context) -> None:
        sal = salutation(ctx)
        if sal is None or not sal.word or sal.addressee.lower() not in NAMELESS:
            return
        if re.match(r"greetings|to\s+whom", sal.word, re.I):
            return  # EL201 generic-salutation says it
        fix = None
        informal = not sal.word.lower().startswith(("dear", "good", "greetings", "to"))
        names = greeting_names(ctx, informal=informal)
        if names and sal.word_span is not None:
            at = sal.word_span.end if sal.addressee.lower() in ("", "you", "again") else sal.name_span.start
            end = at if at == sal.word_span.end else sal.name_span.end
            fix = ctx.replace_fix(Span(at, end), (" " if at == sal.word_span.end else "") + names, safe=False,
                                  description=f"add {names}")
        ctx.report(sal.span, f"'{sal.text.strip()}' names nobody: greet the interviewer by name "
                             f"(e.g. \"{sal.word.capitalize()} {names or 'Ms. Lee'},\")", fix=fix)


RULES = [GreetingWithoutName]
