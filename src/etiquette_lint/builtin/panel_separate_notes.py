"""EL910 panel-separate-notes: one note to a whole interview panel."""

from __future__ import annotations

from ..mentions.people import greeting_addressees, join_names, names_person
from ..rule import Context, Rule


class PanelInterview(Rule):
    code = "EL910"
    name = "panel-separate-notes"
    category = "greeting"
    severity = "info"
    kinds = ("thank_you",)
    guidance = ("G3", "G2")
    summary = ("For a panel interview (several names in `interviewer`), suggests addressing one "
               "interviewer by name and sending each a separate, personal note; when the greeting names "
               "none of them, it says so.")
    why = ("The guidance asks you to address the interviewer personally (G3) and to tailor the note "
           "(G2). One note to a whole panel is neither; recruiters expect one short note per "
           "interviewer, each mentioning something you discussed with that person.")
    instead = "Write one note per interviewer: \"Dear Dr. Haddad,\" ... then \"Dear Mr. Ferreira,\" ..."

    def check(self, ctx: Context) -> None:
        panel = list(ctx.facts.interviewer)
        if len(panel) < 2:
            return
        named = set()
        for a in greeting_addressees(ctx):
            for p in panel:
                if names_person(a, p):
                    named.add(p)
        where = ctx.draft.greeting or ctx.anchor()
        others = [p for p in panel if p not in named]
        if not named:
            ctx.report(where, f"panel interview ({join_names(panel)}): address one of them by name, and "
                              "send each a separate note (guidance G3)")
        elif len(named) == 1:
            ctx.report(where, f"panel interview: send {join_names(others)} a separate note too, each "
                              "mentioning something you discussed with them (guidance G2, G3)")
        else:
            also = f", {join_names(others)} included" if others else ""
            ctx.report(where, f"panel interview: rather than one note to {len(named)} interviewers, send "
                              f"each a separate, personal note{also} (guidance G2, G3)")


RULES = [PanelInterview]
