"""Parser behaviour the content rules depend on: which line is the greeting, the sign-off,
the signature. Each case is a bug met on the corpus or the seeds."""

from __future__ import annotations

import pytest

from etiquette_lint.draft import match_sign_off, parse


def parts(text: str, path: str = "<string>"):
    d = parse(text, path)
    return d.part(d.greeting), d.part(d.closing), d.part(d.signature), [d.part(p) for p in d.paragraphs]


def test_greeting_naming_a_panel_is_one_greeting():
    g, _, _, paras = parts("Dear Dr. Haddad, Mr. Ferreira, and Mr. Osei,\n\nThank you for the time you spent "
                           "with me yesterday.\n\nKind regards,\nMeera Pillai")
    assert g == "Dear Dr. Haddad, Mr. Ferreira, and Mr. Osei,"
    assert paras == ["Thank you for the time you spent with me yesterday."]


def test_greeting_sharing_its_line_with_the_body_is_still_split():
    g, _, _, paras = parts("Hi Jordan, thanks for meeting with me today about the role.\n\nBest,\nSam")
    assert g == "Hi Jordan,"
    assert paras == ["thanks for meeting with me today about the role."]


@pytest.mark.parametrize("name", ["Tyrone Baptiste", "Lovell Adams", "Peaceful Okoro", "Bestor Lind"])
def test_a_name_starting_like_a_sign_off_is_not_a_sign_off(name):
    _, closing, sig, _ = parts(f"Hi Hannah,\n\nThank you for the conversation today.\n\nBest,\n{name}")
    assert closing == "Best,"
    assert sig == name


@pytest.mark.parametrize("name", ["Ty Nguyen", "Love Adeyemi", "Peace Mensah"])
def test_a_first_name_that_is_also_a_sign_off_word(name):
    _, closing, sig, _ = parts(f"Hey Rob,\n\nThanks for the tour of the roastery.\n\nLater,\n{name}")
    assert closing == "Later,"
    assert sig == name
    assert match_sign_off(name) is None
    assert match_sign_off(name.split()[0] + ", " + name.split()[1])  # "Ty, Nguyen" is a sign-off + name


def test_a_closing_sentence_is_not_a_sign_off_followed_by_a_name():
    # "Thank you again" + "for this opportunity." used to be read as a sign-off and a name
    _, closing, sig, paras = parts("Dear Dr. Ferris,\n\nI can start on Monday.\n\nThank you again for this opportunity.")
    assert closing == "" and sig == ""
    assert paras[-1] == "Thank you again for this opportunity."


@pytest.mark.parametrize("sign_off", ["With kind regards,", "With best regards,", "With best wishes,",
                                      "Thanks and regards,", "Warmest wishes,", "Many thanks,"])
def test_longer_sign_offs(sign_off):
    _, closing, sig, paras = parts(f"Dear Mr. Lindqvist,\n\nThank you for the interview.\n\n{sign_off}\nKatarzyna Nowak")
    assert closing == sign_off
    assert sig == "Katarzyna Nowak"
    assert paras == ["Thank you for the interview."]


def test_sign_off_without_a_name():
    _, closing, sig, _ = parts("Dear Sir,\n\nThank you for your time.\n\nBest regards,\n")
    assert closing == "Best regards,"
    assert sig == ""


def test_sign_off_and_name_on_one_line():
    _, closing, sig, _ = parts("Hi Jo,\n\nThanks for today.\n\nBest, Sam Rivera")
    assert closing == "Best,"
    assert sig == "Sam Rivera"


def test_lowercase_words_after_a_sign_off_are_not_a_name():
    assert match_sign_off("Thanks again for everything") is None
    m = match_sign_off("Thanks again, Sam")
    assert m and m.group("name") == "Sam"
