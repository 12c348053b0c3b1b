"""The send path loses nothing (issue 12): ``etiquette-lint-sendmail`` with fake send
commands, run as a mail client runs it, and the held copies it keeps.

Every comparison is on bytes, with CRLF line ends and an 8-bit body.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from etiquette_lint import presend
from etiquette_lint.presend import hold_copy

POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX modes, process groups and shell scripts")

MESSAGE = ("From: Sam Rivera <sam@example.com>\r\nTo: Jordan Lee <jordan.lee@initech.example>\r\n"
           "Subject: Thank you for Tuesday's interview for the Support Engineer role\r\n"
           "Date: Wed, 18 Nov 2026 09:30:00 +0000\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
           "Hi Jordan,\r\n\r\nThank you for walking me through the ticket triage process and the on-call "
           "rotation on Tuesday. Hearing how the team cut response times made me even more excited about "
           "the Support Engineer role at Initech.\r\n\r\nBest regards,\r\nSam Rivera \u2014 Z\u00fcrich\r\n"
           ).encode("utf-8")
REFUSED = MESSAGE.replace(b"Hi Jordan,", b"Dear Sir,")


def script(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(0o755)
    return path


def wrapper(args, data: bytes, tmp_path: Path, timeout: float = 120, **env):
    full = {**os.environ, "ETIQUETTE_LINT_HELD": str(tmp_path / "held"), "HOME": str(tmp_path / "home"), **env}
    return subprocess.run([sys.executable, "-m", "etiquette_lint.sendmail", *args], input=data,
                          capture_output=True, env=full, timeout=timeout)


def held_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.eml")) if folder.is_dir() else []


@POSIX
def test_hanging_send_command_is_killed_and_the_message_kept(tmp_path):
    pids = tmp_path / "pids"
    hang = script(tmp_path, "hang", f"cat > /dev/null\nsleep 300 &\necho $$ $! > '{pids}'\nwait\n")
    start = time.monotonic()
    res = wrapper(["--fail-on", "error", "--", str(hang)], MESSAGE, tmp_path, timeout=60,
                  ETIQUETTE_LINT_SEND_TIMEOUT="2")
    took = time.monotonic() - start
    assert res.returncode == 75, res.stderr.decode()  # EX_TEMPFAIL
    assert took < 30
    err = res.stderr.decode()
    assert "did not finish within 2 s" in err and "ETIQUETTE_LINT_SEND_TIMEOUT" in err
    (held,) = held_files(tmp_path / "held")
    assert held.read_bytes() == MESSAGE and str(held) in err
    # the command and what it started (its process group) are gone
    for pid in pids.read_text().split():
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        else:
            pytest.fail(f"process {pid} survived the timeout")


def test_invalid_timeout_is_an_error_and_keeps_the_message(tmp_path):
    out = tmp_path / "sent.eml"
    send = script(tmp_path, "send", f"cat > '{out}'\n")
    res = wrapper(["--", str(send)], MESSAGE, tmp_path, ETIQUETTE_LINT_SEND_TIMEOUT="soon")
    assert res.returncode == 2
    assert "ETIQUETTE_LINT_SEND_TIMEOUT='soon'" in res.stderr.decode() and not out.exists()
    assert [p.read_bytes() for p in held_files(tmp_path / "held")] == [MESSAGE]


@POSIX
def test_failing_send_command_status_is_passed_on_and_the_message_kept(tmp_path):
    send = script(tmp_path, "send", "cat > /dev/null\necho 'sendmail: queue full' >&2\nexit 69\n")
    res = wrapper(["--fail-on", "error", "--", str(send)], MESSAGE, tmp_path)
    assert res.returncode == 69
    assert "exited with status 69" in res.stderr.decode()
    assert [p.read_bytes() for p in held_files(tmp_path / "held")] == [MESSAGE]


@POSIX
def test_send_command_killed_by_a_signal_is_a_tempfail(tmp_path):
    send = script(tmp_path, "send", "cat > /dev/null\nkill -9 $$\n")
    res = wrapper(["--fail-on", "error", "--", str(send)], MESSAGE, tmp_path)
    assert res.returncode == 75
    assert [p.read_bytes() for p in held_files(tmp_path / "held")] == [MESSAGE]


@POSIX
def test_two_refusals_in_the_same_second_keep_two_files(tmp_path):
    """Issue 12: exists() then write_bytes() raced, and one of two messages was lost."""
    send = script(tmp_path, "send", "cat > /dev/null\n")
    env = {**os.environ, "ETIQUETTE_LINT_HELD": str(tmp_path / "held")}
    second = REFUSED.replace(b"Sam Rivera", b"Samantha Rivera")
    procs = [subprocess.Popen([sys.executable, "-m", "etiquette_lint.sendmail", "--", str(send)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
             for _ in range(2)]
    outs = [p.communicate(data, timeout=120) for p, data in zip(procs, (REFUSED, second))]
    assert [p.returncode for p in procs] == [1, 1], [err.decode()[-600:] for _, err in outs]
    kept = sorted(p.read_bytes() for p in held_files(tmp_path / "held"))
    assert kept == sorted([REFUSED, second])


def test_hold_copy_never_overwrites_within_a_second(tmp_path, monkeypatch):
    monkeypatch.setattr(presend.time, "strftime", lambda fmt: "20261118-093000")
    folder = tmp_path / "held"
    paths = []
    lock = threading.Barrier(8)

    def keep(i: int) -> None:
        lock.wait()
        paths.append(hold_copy(f"message {i}\r\n".encode(), folder))

    threads = [threading.Thread(target=keep, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(paths)) == 8
    assert sorted(p.read_bytes() for p in paths) == sorted(f"message {i}\r\n".encode() for i in range(8))


@POSIX
def test_held_copies_are_private(tmp_path):
    res = wrapper(["--", "/bin/true"], REFUSED, tmp_path)
    assert res.returncode == 1
    folder = tmp_path / "held"
    (held,) = held_files(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(held.stat().st_mode) == 0o600
    assert held.read_bytes() == REFUSED


@POSIX
def test_default_folder_is_tightened_when_it_was_world_readable(tmp_path, monkeypatch):
    monkeypatch.delenv("ETIQUETTE_LINT_HELD", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    old = tmp_path / "state" / "etiquette-lint" / "held"
    old.mkdir(parents=True)
    old.chmod(0o755)  # as an earlier release left it
    path = hold_copy(REFUSED)
    assert path.parent == old and stat.S_IMODE(old.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@POSIX
def test_folder_that_cannot_be_created_falls_back(tmp_path):
    """Issue 12: if the held folder could not be created the wrapper crashed, and the
    message was neither sent nor kept."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be\n")
    res = wrapper(["--", "/bin/true"], REFUSED, tmp_path, ETIQUETTE_LINT_HELD=str(blocker / "held"))
    assert res.returncode == 1, res.stderr.decode()
    err = res.stderr.decode()
    assert "Traceback" not in err and f"could not keep the copy in {blocker / 'held'}" in err
    (held,) = held_files(tmp_path / "home" / ".etiquette-lint-held")
    assert held.read_bytes() == REFUSED and str(held) in err


@POSIX
def test_last_fallback_is_a_private_folder_in_the_temporary_directory(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x\n")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    res = wrapper(["--", "/bin/true"], REFUSED, tmp_path, ETIQUETTE_LINT_HELD=str(blocker / "held"),
                  HOME=str(blocker), TMPDIR=str(tmp))
    assert res.returncode == 1, res.stderr.decode()
    (held,) = held_files(tmp / f"etiquette-lint-held-{os.getuid()}")
    assert held.read_bytes() == REFUSED and str(held) in res.stderr.decode()
    assert stat.S_IMODE(held.parent.stat().st_mode) == 0o700


@POSIX
def test_planted_link_in_the_temporary_directory_is_not_used(tmp_path, monkeypatch):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir()
    (tmp / f"etiquette-lint-held-{os.getuid()}").symlink_to(elsewhere)
    blocker = tmp_path / "file"
    blocker.write_text("x\n")
    monkeypatch.setenv("HOME", str(blocker))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(presend.tempfile, "tempdir", None)
    with pytest.raises(presend.HoldError, match="could not keep a copy"):
        hold_copy(REFUSED, blocker / "held")
    assert list(elsewhere.iterdir()) == []


def test_an_internal_error_keeps_the_message_and_sends_nothing(tmp_path, monkeypatch, capsys):
    from etiquette_lint import sendmail

    def broken(*a, **k):
        raise RuntimeError("a bug")

    monkeypatch.setattr(presend, "check_before_send", broken)
    monkeypatch.setenv("ETIQUETTE_LINT_HELD", str(tmp_path / "held"))
    sent = tmp_path / "sent"

    class Stdin:
        buffer = __import__("io").BytesIO(MESSAGE)

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert sendmail.main(["--", "sh", "-c", f"cat > '{sent}'"]) == 2
    assert not sent.exists()
    assert "internal error while checking (RuntimeError: a bug)" in capsys.readouterr().err
    assert [p.read_bytes() for p in held_files(tmp_path / "held")] == [MESSAGE]
