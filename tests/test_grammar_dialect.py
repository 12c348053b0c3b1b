"""Dialects: no variety's spelling or usage is an error in another; the dialect only
chooses how suggestions are spelt, Harper's dialect and LanguageTool's language."""

from __future__ import annotations

import pytest

from etiquette_lint.proofread import BackendUnavailable, Vocabulary, get_backend
from etiquette_lint.proofread._dialect import DIALECTS, british_spelling, normalize_dialect
from etiquette_lint.proofread.languagetool import LanguageToolBackend

BRITISH = ("The colour of the programme's centre was analysed; I travelled to the paediatric "
           "ward, organised the catalogue and paid the licence fee. The team have finished the "
           "moulding and the judgement was fair; I learnt a lot and have got the maths right.")
AMERICAN = ("The color of the program's center was analyzed; I traveled to the pediatric ward, "
            "organized the catalog and paid the license fee. The team has finished the molding "
            "and the judgment was fair; I learned a lot and have gotten the math right.")
INDIAN = ("Kindly revert with your comments. Can we prepone the call? The budget is twelve lakh "
          "rupees. Please do the needful. I am having five years of experience in payroll.")


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("text", [BRITISH, AMERICAN, INDIAN])
def test_no_dialect_makes_another_an_error(dialect, text):
    b = get_backend("offline", dialect=dialect)
    assert b.check(text, [(0, len(text))], Vocabulary()) == []


@pytest.mark.parametrize("value,expected", [
    (None, "any"), ("", "any"), ("en-GB", "british"), ("British", "british"), ("en_US", "american"),
    ("en-IN", "indian"), ("Nigeria", "nigerian"), ("en-PH", "philippine"), ("south african", "south-african"),
])
def test_dialect_names(value, expected):
    assert normalize_dialect(value) == expected


def test_unknown_dialect_is_a_one_line_error():
    with pytest.raises(BackendUnavailable) as exc:
        get_backend("offline", dialect="en-XX")
    assert "\n" not in str(exc.value) and "en-XX" in str(exc.value)


def test_suggestions_follow_the_dialect():
    text = "My favorit colr, and I travled to the centr of the organizaton."
    want = {"any": ["favorite", "color", "traveled", "center", "organization"],
            "american": ["favorite", "color", "traveled", "center", "organization"],
            "british": ["favourite", "colour", "travelled", "centre", "organisation"],
            "indian": ["favourite", "colour", "travelled", "centre", "organisation"]}
    for dialect, expected in want.items():
        found = get_backend("offline", dialect=dialect).check(text, [(0, len(text))], Vocabulary())
        assert [f.suggestions[0] for f in found] == expected, dialect


@pytest.mark.parametrize("us,uk", [
    ("color", "colour"), ("neighborhood", "neighbourhood"), ("organize", "organise"),
    ("organization", "organisation"), ("analyze", "analyse"), ("center", "centre"),
    ("traveled", "travelled"), ("canceling", "cancelling"), ("catalog", "catalogue"),
    ("license", "licence"), ("defense", "defence"), ("pediatric", "paediatric"), ("gray", "grey"),
    ("doctor", None), ("size", None), ("error", None), ("model", None),
])
def test_british_spelling(us, uk):
    assert british_spelling(us) == uk


def test_languagetool_language_follows_the_dialect_unless_given():
    b = LanguageToolBackend.from_options(server_url="http://127.0.0.1:9", dialect="british")
    assert b.language == "en-GB"
    b = LanguageToolBackend.from_options(server_url="http://127.0.0.1:9", dialect="british", language="en-US")
    assert b.language == "en-US"
    b = LanguageToolBackend.from_options(server_url="http://127.0.0.1:9")
    assert b.language == "en-US"
