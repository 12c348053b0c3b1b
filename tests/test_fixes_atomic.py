"""``--fix`` never loses or damages a draft (issue 12, "Loses or damages").

Every test compares bytes: what was on disk before, what is on disk after.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from etiquette_lint import Config, Linter
from etiquette_lint.fixes import FixError, write_fixes

DRAFT = "Dear Ms. Lee,\n\nThank you for the interview at Initech!!! I enjoyed it.\n\nBest regards,\nSam\n"
FIXED = DRAFT.replace("Initech!!!", "Initech!")
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes and links")


@pytest.fixture(scope="module")
def punct() -> Linter:
    return Linter(Config(select=("repeated-punctuation",)))


def lint(linter: Linter, path: Path):
    return linter.lint_file(path, kind="thank_you")


def run_fix(*paths: Path, cwd: Path, extra_env: dict | None = None, preexec=None):
    env = {**os.environ, **(extra_env or {})}
    return subprocess.run([sys.executable, "-m", "etiquette_lint", "--fix", "--select", "repeated-punctuation",
                           "--kind", "thank_you", "--format", "text", *map(str, paths)],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=120, preexec_fn=preexec)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "etiquette-lint" in p.name or p.name.endswith(".tmp"))


def test_the_fix_itself(tmp_path, punct):
    draft = tmp_path / "d.txt"
    draft.write_bytes(DRAFT.encode())
    applied, backup = write_fixes(str(draft), lint(punct, draft))
    assert applied == 1 and draft.read_bytes() == FIXED.encode()
    assert Path(backup).read_bytes() == DRAFT.encode()
    assert leftovers(tmp_path) == []


def test_utf8_bom_does_not_shift_the_edits(tmp_path, punct):
    """Issue 12: with a BOM, "Initech!!!" became "Initec!!"."""
    draft = tmp_path / "bom.txt"
    draft.write_bytes(b"\xef\xbb\xbf" + DRAFT.encode())
    res = run_fix(draft, cwd=tmp_path)
    assert "applied 1 safe fix" in res.stderr, res.stderr
    assert draft.read_bytes() == b"\xef\xbb\xbf" + FIXED.encode()  # the mark is kept, the edit lands
    assert (tmp_path / "bom.txt.orig").read_bytes() == b"\xef\xbb\xbf" + DRAFT.encode()


def test_utf16_and_cp1252_drafts_keep_their_encoding(tmp_path, punct):
    u16 = tmp_path / "u16.txt"
    u16.write_bytes(b"\xff\xfe" + DRAFT.replace("Ms. Lee", "Ms. Lée").encode("utf-16-le"))
    write_fixes(str(u16), lint(punct, u16))
    assert u16.read_bytes() == b"\xff\xfe" + FIXED.replace("Ms. Lee", "Ms. Lée").encode("utf-16-le")
    cp = tmp_path / "cp.txt"
    cp.write_bytes(DRAFT.replace("Ms. Lee", "Ms. Lée").encode("cp1252"))
    write_fixes(str(cp), lint(punct, cp))
    assert cp.read_bytes() == FIXED.replace("Ms. Lee", "Ms. Lée").encode("cp1252")


def test_crlf_is_kept(tmp_path, punct):
    draft = tmp_path / "crlf.txt"
    draft.write_bytes(DRAFT.replace("\n", "\r\n").encode())
    write_fixes(str(draft), lint(punct, draft))
    assert draft.read_bytes() == FIXED.replace("\n", "\r\n").encode()


@POSIX
def test_file_mode_is_kept(tmp_path):
    draft = tmp_path / "private.txt"
    draft.write_bytes(DRAFT.encode())
    draft.chmod(0o600)
    res = run_fix(draft, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert draft.read_bytes() == FIXED.encode()
    assert stat.S_IMODE(draft.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "private.txt.orig").stat().st_mode) == 0o600


@POSIX
def test_read_only_draft_is_refused(tmp_path):
    draft = tmp_path / "ro.txt"
    draft.write_bytes(DRAFT.encode())
    draft.chmod(0o444)
    res = run_fix(draft, cwd=tmp_path)
    assert res.returncode == 2
    assert f"{draft}: not fixed: the file is read-only" in res.stderr and "Traceback" not in res.stderr
    assert "repeated-punctuation" in res.stdout  # the findings are still reported
    assert draft.read_bytes() == DRAFT.encode()
    assert stat.S_IMODE(draft.stat().st_mode) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ro.txt"]


@POSIX
def test_symlinked_draft_is_written_through(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    target = real / "d.txt"
    target.write_bytes(DRAFT.encode())
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    res = run_fix(link, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)  # the link stays a link
    assert target.read_bytes() == FIXED.encode()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert (tmp_path / "link.txt.orig").read_bytes() == DRAFT.encode()
    assert not (tmp_path / "link.txt.orig").is_symlink()


@POSIX
def test_planted_temp_link_is_never_followed(tmp_path):
    """Issue 12: a link at DRAFT.etiquette-lint.tmp made --fix overwrite the link's target."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious\n")
    draft = tmp_path / "d.txt"
    draft.write_bytes(DRAFT.encode())
    planted = tmp_path / "d.txt.etiquette-lint.tmp"
    planted.symlink_to(victim)
    orig_link = tmp_path / "d.txt.orig"
    orig_link.symlink_to(victim)  # a planted backup name is skipped, not followed
    res = run_fix(draft, cwd=tmp_path)
    assert res.returncode == 0, res.stderr
    assert victim.read_bytes() == b"precious\n"
    assert planted.is_symlink() and orig_link.is_symlink()
    assert draft.read_bytes() == FIXED.encode()
    assert (tmp_path / "d.txt.orig.1").read_bytes() == DRAFT.encode()


def test_file_changed_since_it_was_linted_is_refused(tmp_path, punct):
    draft = tmp_path / "d.txt"
    draft.write_bytes(DRAFT.encode())
    report = lint(punct, draft)
    draft.write_bytes(DRAFT.replace("Sam", "Samuel").encode())
    with pytest.raises(FixError, match="changed since it was linted"):
        write_fixes(str(draft), report)
    assert draft.read_bytes() == DRAFT.replace("Sam", "Samuel").encode()
    assert leftovers(tmp_path) == [] and not (tmp_path / "d.txt.orig").exists()


def test_file_changed_while_the_fix_is_written_is_refused(tmp_path, punct, monkeypatch):
    import etiquette_lint.fixes as fixes

    draft = tmp_path / "d.txt"
    draft.write_bytes(DRAFT.encode())
    report = lint(punct, draft)
    real_write = fixes._write_all
    calls = []

    def racing_write(fd, data):
        calls.append(len(data))
        if len(calls) == 2:  # the temp file: an editor saves the draft meanwhile
            with open(draft, "ab") as fh:
                fh.write(b"P.S. one more line\n")
        real_write(fd, data)

    monkeypatch.setattr(fixes, "_write_all", racing_write)
    with pytest.raises(FixError, match="changed while the fix was being written"):
        write_fixes(str(draft), report)
    assert draft.read_bytes() == DRAFT.encode() + b"P.S. one more line\n"  # the editor's save wins
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.txt"]


@pytest.mark.parametrize("fail_on_call", [1, 2], ids=["backup", "temp file"])
def test_full_disk_leaves_the_draft_and_no_debris(tmp_path, punct, monkeypatch, fail_on_call):
    import etiquette_lint.fixes as fixes

    draft = tmp_path / "d.txt"
    draft.write_bytes(DRAFT.encode())
    report = lint(punct, draft)
    real_write = fixes._write_all
    calls = []

    def full_disk(fd, data):
        calls.append(1)
        if len(calls) == fail_on_call:
            real_write(fd, data[:7])  # some bytes made it, then the disk filled up
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_write(fd, data)

    monkeypatch.setattr(fixes, "_write_all", full_disk)
    with pytest.raises(FixError, match="No space left on device"):
        write_fixes(str(draft), report)
    assert draft.read_bytes() == DRAFT.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.txt"]  # no empty .orig, no temp file


@POSIX
def test_full_disk_through_the_cli(tmp_path):
    """A real write error (a file-size limit makes write() fail with EFBIG, as a full disk
    fails with ENOSPC): exit 2, the draft intact, no debris."""
    import resource
    import signal

    body = DRAFT.replace("I enjoyed it.", "I enjoyed it. " + "We talked about triage at length. " * 300)
    draft = tmp_path / "big.txt"
    draft.write_bytes(body.encode())
    size = draft.stat().st_size

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, size // 2))

    res = run_fix(draft, cwd=tmp_path, preexec=limit)
    assert res.returncode == 2, res.stderr
    assert "not fixed" in res.stderr and "Traceback" not in res.stderr
    assert draft.read_bytes() == body.encode()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]


@POSIX
def test_unwritable_folder_is_a_clear_error(tmp_path, punct):
    if os.geteuid() == 0:
        pytest.skip("root can write to any folder")
    folder = tmp_path / "locked"
    folder.mkdir()
    draft = folder / "d.txt"
    draft.write_bytes(DRAFT.encode())
    report = lint(punct, draft)
    folder.chmod(0o555)
    try:
        with pytest.raises(FixError, match="not fixed"):
            write_fixes(str(draft), report)
        assert draft.read_bytes() == DRAFT.encode()
        assert sorted(p.name for p in folder.iterdir()) == ["d.txt"]
    finally:
        folder.chmod(0o755)


def test_two_fix_runs_keep_two_backups(tmp_path):
    draft = tmp_path / "d.txt"
    draft.write_bytes(DRAFT.encode())
    assert run_fix(draft, cwd=tmp_path).returncode == 0
    draft.write_bytes(DRAFT.encode())
    assert run_fix(draft, cwd=tmp_path).returncode == 0
    assert (tmp_path / "d.txt.orig").read_bytes() == DRAFT.encode()
    assert (tmp_path / "d.txt.orig.1").read_bytes() == DRAFT.encode()
