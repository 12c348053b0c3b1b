"""The whole pipeline on generated drafts, hostile ones included: lone surrogates, CRLF, a
lone CR, NUL, huge tokens, mixed scripts, front matter, quoted threads, .eml containers.

Whatever the draft, ``Linter.lint`` either returns a complete report whose positions point
into the text, or refuses with a clear error (an ``EtiquetteLintError``: one line naming the
draft). A refusal is never a pass, and no other exception escapes.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etiquette_lint.errors import DraftNotChecked, EtiquetteLintError

SENTENCES = [
    "Thank you for the interview on Tuesday.", "I enjoyed our talk about ticket triage at Initech.",
    "Whatever lol, answer me NOW!!!", "I remain very interested in the Support Engineer role.",
    "Sorry to bother you again, just checking in.", "Please find my portfolio attached.",
    "Спасибо за интервью.", "面接の機会をいただきありがとうございました。", "شكرا على المقابلة",
    "Gracias por la entrevista 🙂", "I look forward to hearing from you by [DATE].",
]
GREETINGS = ["Dear Ms. Lee,", "Hi Jordan,", "Dear Sir,", "hey", "Dear [Hiring Manager],", ""]
CLOSINGS = ["Best regards,\nSam Rivera", "Thanks,\nSam", "Sincerely,\n--\nSam Rivera\nsam@example.com", ""]
HOSTILE = st.one_of(
    st.sampled_from(["\ud800", "\udfff", "\udcff\udcfe", "\x00", "\r", "\r\n", "\u2028", "\ufeff", "\u200b",
                     "> quoted line\n", "On Mon, Jordan Lee wrote:\n", "<!-- note -->", "---\n", "Subject: hi\n",
                     "😀" * 3, "e\u0301", "\t", "[[[", "{{name}}"]),
    st.builds(lambda ch, n: ch * n, st.sampled_from(list("x[!-.<_a😀é\u0301 \n")), st.integers(50, 3000)),
    st.text(max_size=30),
)
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def drafts(draw):
    nl = draw(NEWLINES)
    parts = []
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["---\nkind: thank_you\ncompany: Initech\n---", "Subject: Thank you",
                                           "---\ninterviewer: Jordan Lee\n---"])))
    parts.append(draw(st.sampled_from(GREETINGS)))
    for _ in range(draw(st.integers(0, 4))):
        words = draw(st.lists(st.one_of(st.sampled_from(SENTENCES), HOSTILE), min_size=1, max_size=5))
        parts.append(" ".join(words))
    parts.append(draw(st.sampled_from(CLOSINGS)))
    text = (nl * 2).join(parts)
    return text.replace("\n", nl) if nl != "\n" and draw(st.booleans()) else text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=drafts(), path=st.sampled_from(["<string>", "draft.txt", "draft.md", "draft.eml"]),
       kind=st.sampled_from([None, None, "thank_you", "check_in"]))
def test_every_draft_is_linted_in_full_or_refused_clearly(linter, text, path, kind):
    try:
        report = linter.lint(text, path=path, kind=kind)
    except DraftNotChecked as exc:  # a refusal: never a pass
        assert str(exc).strip() and "\n" not in str(exc)
        assert exc.report is None or not exc.report.ok("never")
        return
    except EtiquetteLintError as exc:  # e.g. malformed front matter, no text of its own
        assert str(exc).strip() and "\n" not in str(exc).strip()
        return
    assert report.complete and not report.failures
    n = len(report.text)
    for d in report.diagnostics:
        assert 0 <= d.start <= d.end <= n, d
        assert d.line >= 1 and d.column >= 1 and (d.end_line, d.end_column) >= (d.line, d.column), d
        assert d.severity in ("error", "warning", "info")
    if report.positions == "file" and path != "draft.eml":
        assert len(report.text) == len(text)  # surrogates become U+FFFD one for one: offsets hold
    assert report.ok("never")
