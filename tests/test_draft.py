"""Draft parsing: parts as spans of the original text, and properties over any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from etiquette_lint.draft import parse
from etiquette_lint.inputs import source_from_text

FULL = """---
kind: thank_you
interviewer: Jordan Lee
---
Subject: Thank you for Tuesday

Hi Jordan,

Thank you for walking me through the ticket triage process.

I am even more excited about the role.

Best regards,
Sam Rivera
Support Engineer | +1 555 010 0199
https://www.linkedin.com/in/samrivera

On Tue, Nov 17, 2026 at 3:02 PM Jordan Lee <jordan@initech.example> wrote:
> Hey Sam, thanks ASAP!!
> See you.
"""


def test_parts_of_a_full_draft():
    d = parse(FULL, "d.md")
    assert d.front_matter_data == {"kind": "thank_you", "interviewer": "Jordan Lee"}
    assert d.part(d.front_matter).startswith("---\nkind")
    assert d.subject_text == "Thank you for Tuesday"
    assert d.part(d.subject) == "Thank you for Tuesday"
    assert d.part(d.greeting) == "Hi Jordan,"
    assert [d.part(p) for p in d.paragraphs] == [
        "Thank you for walking me through the ticket triage process.",
        "I am even more excited about the role."]
    assert d.part(d.closing) == "Best regards,"
    assert d.signature_name == "Sam Rivera"
    assert "linkedin" in d.part(d.signature)
    assert len(d.quoted) == 1 and d.part(d.quoted[0]).startswith("On Tue, Nov 17")
    assert "ASAP" not in d.own_text()


def test_front_matter_positions_still_point_into_the_original():
    d = parse(FULL, "d.md")
    assert FULL[d.greeting.start:d.greeting.end] == "Hi Jordan,"
    line, col = d.line_index.position(d.greeting.start)
    assert (line, col) == (7, 1)


def test_greeting_sharing_a_line_with_the_body():
    d = parse("Hi Jordan, thank you so much for meeting with me today.\n\nBest,\nSam\n")
    assert d.part(d.greeting) == "Hi Jordan,"
    assert d.part(d.paragraphs[0]) == "thank you so much for meeting with me today."


def test_sign_off_with_name_on_the_same_line():
    d = parse("Dear Jordan,\n\nThanks for the tour.\n\nBest, Sam\n")
    assert d.part(d.closing) == "Best,"
    assert d.signature_name == "Sam"


def test_signature_delimiter_and_interleaved_quotes():
    text = "Hi Jordan,\n\n> Can you start in March?\n\nYes, March works.\n\nBest,\nSam\n-- \nSam Rivera\n555 0100\n"
    d = parse(text)
    assert [d.part(q) for q in d.quoted] == ["> Can you start in March?"]
    assert [d.part(p) for p in d.paragraphs] == ["Yes, March works."]
    assert "555 0100" in d.part(d.signature)


def test_outlook_original_message_is_quoted():
    text = ("Hi Jordan,\n\nThanks again.\n\nBest,\nSam\n\n-----Original Message-----\nFrom: Jordan\n"
            "Sent: Monday\nHey, thx!!\n")
    d = parse(text)
    assert "thx" not in d.own_text()
    assert d.part(d.quoted[0]).startswith("-----Original Message-----")


def test_unwrapped_lines_are_paragraphs():
    long1 = "Thank you so much for taking the time to meet with me yesterday to discuss the role and the team."
    long2 = "I am excited about the opportunity to join your team and look forward to working together soon."
    d = parse(f"Dear Jordan,\n{long1}\n{long2}\nBest regards,\nSam\n")
    assert len(d.paragraphs) == 2


def test_no_greeting_no_closing():
    d = parse("Thanks for the interview today, it was great.\n")
    assert d.greeting is None and d.closing is None
    assert len(d.paragraphs) == 1


def test_crlf_text():
    d = parse("Dear Jordan,\r\n\r\nThanks for the tour.\r\n\r\nBest,\r\nSam\r\n")
    assert d.part(d.greeting) == "Dear Jordan,"
    assert d.part(d.closing) == "Best,"
    assert d.part(d.paragraphs[0]) == "Thanks for the tour."


# -- properties ---------------------------------------------------------------

email_like = st.lists(
    st.one_of(
        st.sampled_from(["Dear Jordan,", "Hi,", "Best regards,", "Sam", "> quoted line", "",
                         "On Tue, Nov 17, 2026 Jordan wrote:", "-- ", "Subject: hi", "---", "Thanks!",
                         "-----Original Message-----", "From: x", "Sent: y", "[Company Name]",
                         "<!-- note -->", "<!--", "-->", "Dear Mr. Osei,", "9 November 2026", "Grace Mwangi, RN",
                         "Thank you again for your time,", "Sent from my phone", "P.S. one more thing",
                         "This email and any attachments are confidential and intended for the recipient.",
                         "To: dana@x.example", "Cc: Lee", "> > nested", "Dana <d@x.example> wrote:"]),
        st.text(max_size=60),
    ),
    max_size=25,
).map("\n".join)


def _check_spans(text: str) -> None:
    try:
        d = parse(source_from_text(text, "x.txt"))
    except Exception as exc:  # only malformed front matter may raise, and only as InputError
        from etiquette_lint import InputError
        assert isinstance(exc, InputError)
        return
    for name, span in d.iter_parts():
        assert 0 <= span.start <= span.end <= len(text), (name, span)
    # parts nested by design: the sign-off name and footer inside the signature, a Subject: line
    # inside a header block; comments lie outside every paragraph
    nested = ("front_matter", "sign_off_name", "footer", "comment")
    for inner in (d.sign_off_name, d.footer):
        if inner is not None:
            assert d.signature is not None and (d.signature.contains(inner) or inner == d.footer)
    top = [s for n, s in d.iter_parts() if n not in nested
           and not (n == "subject" and d.header is not None and d.header.contains(s))]
    if d.footer is not None and not (d.signature and d.signature.contains(d.footer)):
        top.append(d.footer)
    spans = sorted(top)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start, ("overlap", a, b)
    for c in d.comments:
        assert not any(p.start < c.end and c.start < p.end for p in d.paragraphs), ("comment in text", c)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_parsing_any_text_never_raises_and_spans_lie_inside(text):
    _check_spans(text)


@settings(max_examples=300, deadline=None)
@given(email_like)
def test_parsing_email_like_text(text):
    _check_spans(text)
