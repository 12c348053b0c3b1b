"""EL501 desperate-tone: a sentence the sentence model reads as desperate."""

from __future__ import annotations

from ._judged import SentenceLabelRule


class DesperateTone(SentenceLabelRule):
    code = "EL501"
    name = "desperate-tone"
    category = "tone.desperate"
    guidance = ("G9",)
    label = "desperate"
    reads_as = "reads as desperate"
    advice = "state your interest once, calmly, and let your experience make the case"
    summary = ("Reports sentences that plead, beg, abase the writer, use hardship as leverage or show anxious "
               "over-eagerness, in any wording: the sentence model reads each sentence of your own text and "
               "flags those it judges desperate with a probability above the threshold chosen for precision.")
    why = ("The guidance asks for a balance: neither desperate nor aggressive, not overly eager (G9). A plea "
           "puts the reader in an awkward spot and makes the candidate look weaker than their record.")
    instead = ("One calm line of interest (\"I remain very interested in the role\") and one concrete reason "
               "you would do it well.")


RULES = [DesperateTone]
