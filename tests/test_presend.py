"""The pre-send API and the sendmail wrapper: a draft that is not ready is not sent."""

from __future__ import annotations

import os
import subprocess
import sys
from email.message import EmailMessage

import pytest

from etiquette_lint.presend import NotReadyToSend, check_before_send, send_if_ready

GOOD = ("From: sam@example.com\nTo: jordan.lee@initech.example\nSubject: Thank you for Tuesday's interview\n"
        "Date: Wed, 18 Nov 2026 09:30:00 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Hi Jordan,\n\nThank you for walking me through the ticket triage process and the on-call rotation "
        "on Tuesday. Hearing how the team cut response times made me even more excited about the Support "
        "Engineer role at Initech.\n\nBest regards,\nSam Rivera\n")
BAD = GOOD.replace("Hi Jordan,", "Dear Sir,")


def test_check_before_send_raises_with_the_report():
    with pytest.raises(NotReadyToSend) as info:
        check_before_send(BAD, fail_on="warning")
    assert any(d.code == "EL201" for d in info.value.report.diagnostics)
    assert "not sent" in str(info.value)


def test_send_if_ready_calls_send_only_when_clean():
    sent = []
    msg = EmailMessage()
    msg["Subject"] = "Thanks"
    msg.set_content("Dear Sir,\n\nThanks for the interview.\n\nBest,\nSam\n")
    with pytest.raises(NotReadyToSend):
        send_if_ready(msg, sent.append)
    assert sent == []
    # A draft with warnings but no error passes at fail_on="error": send is called once, with
    # the message itself, and its result is returned.
    assert not any(d.severity == "error" for d in check_before_send(msg, fail_on="never").diagnostics)
    result = send_if_ready(msg, lambda m: sent.append(m) or "queued", fail_on="error")
    assert result == "queued"
    assert sent == [msg]
    # ... and the same draft is refused at fail_on="warning", without a call.
    with pytest.raises(NotReadyToSend):
        send_if_ready(msg, sent.append, fail_on="warning")
    assert sent == [msg]


@pytest.fixture
def fake_sendmail(tmp_path):
    """A stand-in for sendmail that keeps exactly the bytes it receives, and its arguments."""
    out = tmp_path / "sent.eml"
    script = tmp_path / "sendmail"
    script.write_text(f"#!/bin/sh\ncat > '{out}'\necho \"$@\" > '{tmp_path / 'args'}'\n")
    script.chmod(0o755)
    return script, out


def run_wrapper(args, data: bytes, tmp_path, **env):
    full_env = {**os.environ, "ETIQUETTE_LINT_HELD": str(tmp_path / "held"), **env}
    return subprocess.run([sys.executable, "-m", "etiquette_lint.sendmail", *args], input=data,
                          capture_output=True, env=full_env, timeout=120)


def as_wire(text: str) -> bytes:
    """The message as a mail client hands it over: CRLF line ends, 8-bit UTF-8 body."""
    return text.replace("Content-Type: text/plain; charset=utf-8\n",
                        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n") \
        .replace("Sam Rivera\n", "Sam Rivera \u2014 Tel. +1 555 0100, Z\u00fcrich\n").replace("\n", "\r\n").encode()


BAD_BYTES = as_wire(BAD)
GOOD_BYTES = as_wire(GOOD)


def test_wire_messages_have_crlf_and_8bit():
    assert b"\r\n" in GOOD_BYTES and b"\n\n" not in GOOD_BYTES and max(GOOD_BYTES) > 0x7F


def test_wrapper_refuses_and_keeps_a_copy(tmp_path, fake_sendmail):
    script, out = fake_sendmail
    res = run_wrapper(["--", str(script), "-oi"], BAD_BYTES, tmp_path)
    assert res.returncode == 1
    assert not out.exists()
    err = res.stderr.decode()
    assert "EL201 generic-salutation" in err and "not sent" in err
    held = list((tmp_path / "held").glob("*.eml"))
    assert len(held) == 1 and held[0].read_bytes() == BAD_BYTES
    assert str(held[0]) in err


def test_wrapper_sends_clean_mail_byte_for_byte(tmp_path, fake_sendmail):
    script, out = fake_sendmail
    res = run_wrapper(["--fail-on", "error", "-oi", "--", str(script), "-t"], GOOD_BYTES, tmp_path)
    assert res.returncode == 0, res.stderr.decode()
    assert out.read_bytes() == GOOD_BYTES
    assert (tmp_path / "args").read_text().split() == ["-t", "-oi"]
    assert not (tmp_path / "held").exists() or not list((tmp_path / "held").iterdir())


def test_wrapper_force_sends_anyway(tmp_path, fake_sendmail):
    script, out = fake_sendmail
    res = run_wrapper(["--force", "--", str(script)], BAD_BYTES, tmp_path)
    assert res.returncode == 0
    assert out.read_bytes() == BAD_BYTES
    assert "EL201" in res.stderr.decode()


def test_wrapper_missing_real_sendmail_keeps_the_message(tmp_path):
    res = run_wrapper(["--force", "--", str(tmp_path / "no-such-sendmail")], BAD_BYTES, tmp_path)
    assert res.returncode == 75  # EX_TEMPFAIL: the send command failed to start
    assert "cannot run" in res.stderr.decode()
    (held,) = (tmp_path / "held").glob("*.eml")
    assert held.read_bytes() == BAD_BYTES
