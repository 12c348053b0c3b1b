"""Input -> Source: formats, encodings, .eml handling, and every bad input."""

from __future__ import annotations

import pytest

from etiquette_lint import InputError, Linter
from etiquette_lint.draft import parse
from etiquette_lint.inputs import html_to_text, read_path, source_from_bytes

PLAIN_EML = (
    "From: Sam Rivera <sam@example.com>\r\n"
    "To: Jordan Lee <jordan.lee@initech.example>\r\n"
    "Subject: Thank you, Support Engineer interview\r\n"
    "Date: Wed, 18 Nov 2026 09:30:00 -0500\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "\r\n"
    "Dear Sir,\r\n\r\nThank you for meeting with me about ticket triage.\r\n\r\nBest regards,\r\nSam\r\n"
)


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("binary.txt", b"\x00\x01\x02\x03PNG", "binary file"),
    ("bad-utf8.txt", b"Dear Jordan,\n\nThanks \x81\x8d\x8f\x90 a lot\n", "invalid UTF-8"),
    ("notmail.eml", b"this is not an email\n", "malformed .eml"),
    ("nobody.eml", b"From: a@b.example\nTo: c@d.example\nContent-Type: image/png\n\n\x89PNG", "malformed .eml"),
    ("unclosed.md", b"---\nkind: thank_you\nHi Jordan\n", "no closing '---'"),
    ("badyaml.md", b"---\nkind: [oops\n---\nHi Jordan,\n", "malformed front matter"),
    ("list.md", b"---\n- a\n- b\n---\nHi Jordan,\n", "malformed front matter"),
])
def test_bad_input_raises_input_error_naming_the_file(tmp_path, linter, name, data, reason):
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as info:
        linter.lint_file(path)
    assert reason in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_path_and_directory(tmp_path, linter):
    with pytest.raises(InputError, match="no such file"):
        linter.lint_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        linter.lint_file(tmp_path)


def test_front_matter_error_names_the_line(tmp_path, linter):
    path = write(tmp_path, "d.md", "---\nkind: thank_you\ninterviewer: [Jordan\n---\nHi Jordan,\n")
    with pytest.raises(InputError) as info:
        linter.lint_file(path)
    assert info.value.line is not None and info.value.line >= 3


def test_cp1252_fallback_and_utf8_bom(tmp_path, linter):
    latin = write(tmp_path, "latin.txt", "Dear Jérôme,\n\nThank you for the interview.\n\nBest,\nSam\n".encode("cp1252"))
    report = linter.lint_file(latin)
    assert "Jérôme" in report.text
    bom = write(tmp_path, "bom.txt", b"\xef\xbb\xbfDear Sir,\n\nThanks for the interview.\n\nBest,\nSam\n")
    report = linter.lint_file(bom)
    d = next(d for d in report.diagnostics if d.code == "EL201")
    assert (d.line, d.column) == (1, 1)


def test_utf16_with_bom(tmp_path, linter):
    path = write(tmp_path, "u16.txt", "Dear Sir,\n\nThanks for the interview.\n\nBest,\nSam\n".encode("utf-16"))
    report = linter.lint_file(path)
    assert any(d.code == "EL201" for d in report.diagnostics)


def test_plain_eml_headers_and_positions_point_into_the_file(tmp_path, linter):
    path = write(tmp_path, "t.eml", PLAIN_EML)
    report = linter.lint_file(path)
    assert report.positions == "file"
    assert report.facts.interviewer_email == "jordan.lee@initech.example"
    assert report.facts.sent_at is not None and report.facts.sent_at.hour == 9
    draft = report.draft
    assert draft.subject_text == "Thank you, Support Engineer interview"
    assert draft.part(draft.subject) == "Thank you, Support Engineer interview"
    d = next(d for d in report.diagnostics if d.code == "EL201")
    assert report.text[d.start:d.end] == "Dear Sir"
    assert (d.line, d.column) == (8, 1)


def test_quoted_printable_eml_positions_are_into_the_decoded_body(tmp_path, linter):
    eml = (
        "From: sam@example.com\nTo: jordan@initech.example\nSubject: Thanks\n"
        "Date: Wed, 18 Nov 2026 09:30:00 +0000\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        "Dear Sir,\n\nThank you for the conversation about the caf=C3=A9 project and the =\n"
        "team's roadmap.\n\nBest regards,\nSam\n"
    )
    report = linter.lint_file(write(tmp_path, "qp.eml", eml))
    assert report.positions == "decoded-body"
    assert "café project and the team's roadmap" in report.text
    d = next(d for d in report.diagnostics if d.code == "EL201")
    assert report.text[d.start:d.end] == "Dear Sir"
    assert report.to_dict()["positions"] == "decoded-body"


def test_html_only_eml_is_converted_to_text(tmp_path, linter):
    eml = (
        "From: sam@example.com\nTo: jordan@initech.example\nSubject: Thanks\nMIME-Version: 1.0\n"
        "Content-Type: text/html; charset=utf-8\n\n"
        "<html><head><style>p{}</style></head><body><p>Dear Sir,</p><p>Thank you for the <b>tour</b> "
        "of the lab.</p><p>Best regards,<br>Sam</p></body></html>\n"
    )
    report = linter.lint_file(write(tmp_path, "h.eml", eml))
    assert report.positions == "decoded-body"
    assert "p{}" not in report.text
    assert report.draft.part(report.draft.greeting) == "Dear Sir,"
    assert report.draft.part(report.draft.closing) == "Best regards,"


def test_multipart_prefers_text_plain(tmp_path, linter):
    eml = (
        "From: sam@example.com\nTo: jordan@initech.example\nSubject: Thanks\nMIME-Version: 1.0\n"
        "Content-Type: multipart/alternative; boundary=XX\n\n--XX\n"
        "Content-Type: text/plain; charset=utf-8\n\nHi Jordan,\n\nThanks for the tour of the lab.\n\nBest,\nSam\n"
        "--XX\nContent-Type: text/html; charset=utf-8\n\n<p>HTML version</p>\n--XX--\n"
    )
    report = linter.lint_file(write(tmp_path, "m.eml", eml))
    assert "HTML version" not in report.draft.own_text()
    assert report.positions == "file"
    assert report.draft.part(report.draft.greeting) == "Hi Jordan,"


def test_eml_is_sniffed_without_extension(tmp_path):
    src = source_from_bytes(PLAIN_EML.encode(), "draft")
    assert src.format == "eml"
    src = source_from_bytes(b"Dear Jordan,\n\nFrom: the team\n", "draft")
    assert src.format == "text"


def test_html_to_text_keeps_paragraphs():
    assert html_to_text("<p>One</p><p>Two<br>Three</p>") == "One\n\nTwo\nThree\n"


def test_stdin(monkeypatch, linter):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Dear Sir,\n\nThanks.\n\nBest,\nSam\n")))
    src = read_path("-")
    assert src.path == "<stdin>"
    assert parse(src).part(parse(src).greeting) == "Dear Sir,"
