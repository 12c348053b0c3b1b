"""EL601 misspelled-word: words the dictionary does not know, with the likeliest correction.

The proofreading backend runs once per draft in :mod:`._proofreading`."""

from __future__ import annotations

from ..rule import Context, Rule
from ._proofreading import report


class Misspelling(Rule):
    code = "EL601"
    name = "misspelled-word"
    category = "spelling"
    severity = "warning"
    guidance = ("G8", "G15")
    summary = ("Flags words the dictionary does not know, with the likeliest correction first (an unsafe "
               "fix). Names and terms from the facts, capitalised names inside a sentence, acronyms, "
               "URLs, e-mail addresses, handles, hyphenated compounds of known words, your vocabulary "
               "(`[tool.etiquette-lint.vocabulary]`), trade terms and every dialect's spellings are not "
               "flagged: an unknown word is flagged only when a believable correction exists (a common word "
               "one typical slip away), and a word another rule already reports (\"thx\" as texting shorthand) is not reported twice.")
    why = ("\"Proofread your message carefully to ensure it's free of spelling and grammatical errors\" "
           "(G8); a misspelling in a two-paragraph note is the most visible slip a recruiter sees (G15). "
           "The sample thank-you in seed 002 misspells \"position\" as \"poition\".")
    instead = "Correct the word, or add a real term to `vocabulary.accept` in the configuration."

    def check(self, ctx: Context) -> None:
        report(ctx, "spelling")


RULES = [Misspelling]
