"""Applying fixes. Nothing the user wrote is overwritten without a safe copy.

:func:`write_fixes` is the only code that writes to a user's draft. It writes
atomically and never damages the file, whatever happens:

- the draft is read once, as bytes, and decoded exactly as the linter decoded it
  (a UTF-8 byte-order mark is kept, and the edits' offsets, which count from after
  the mark, are applied to the text after it);
- the original is copied to ``DRAFT.orig`` (``.orig.1``, ... if that exists),
  created exclusively, so an existing file or a planted link is never followed;
- the new text goes to a new temporary file with an unpredictable name in the same
  folder (:func:`tempfile.mkstemp`), is flushed to disk (``fsync``), gets the
  draft's permission bits, and replaces the draft with :func:`os.replace`;
- a draft given as a symbolic link is written through to its target: the link stays a link;
- a read-only draft is refused, and so is a draft that changed on disk since it
  was linted, or while the fix was being written;
- on any error (a full disk, a permission problem), the draft is left untouched and
  no temporary file or empty backup is left behind.

Every refusal raises :class:`FixError` (an :class:`~etiquette_lint.errors.InputError`)
naming the file and the problem.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from typing import Iterable

from .diagnostics import Diagnostic, Edit
from .errors import InputError

BOM = "\ufeff"  # a byte-order mark, as text
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class FixError(InputError):
    """A fix could not be written; the draft was left as it was."""


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, int]:
    """Apply non-overlapping edits (later overlapping ones are skipped); returns (text, applied)."""
    chosen: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if chosen and e.start < chosen[-1].end:
            continue
        chosen.append(e)
    for e in reversed(chosen):
        text = text[:e.start] + e.replacement + text[e.end:]
    return text, len(chosen)


def safe_edits(diagnostics: Iterable[Diagnostic]) -> list[Edit]:
    return [e for d in diagnostics if d.fix and d.fix.safe for e in d.fix.edits]


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd`` (short writes are continued)."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def _read_all(fd: int) -> bytes:
    chunks: list[bytes] = []
    while True:
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _read_regular(target: str, display: str) -> tuple[bytes, os.stat_result]:
    """The bytes of ``target`` (already resolved: it must not be a link now) and its stat."""
    try:
        fd = os.open(target, os.O_RDONLY | _NOFOLLOW | _BINARY)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise FixError("not fixed: the file was replaced by a symbolic link while it was being fixed",
                           display) from None
        raise FixError(f"not fixed: cannot read: {exc.strerror or exc}", display) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FixError("not fixed: not a regular file", display)
        return _read_all(fd), st
    finally:
        os.close(fd)


def _encode(text: str, encoding: str, display: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise FixError(f"not fixed: the fix adds {exc.object[exc.start:exc.end]!r}, which the file's encoding "
                       f"({encoding}) cannot hold; save the draft as UTF-8 and run --fix again", display) from None


def _unique_backup(path: str) -> str:
    """A new name ``path.orig`` (``path.orig.1``, ...) that did not exist when it was chosen."""
    backup, n = path + ".orig", 1
    while os.path.lexists(backup):
        backup = f"{path}.orig.{n}"
        n += 1
    return backup


def _create_backup(path: str, data: bytes, mode: int, display: str) -> str:
    """Write ``data`` to a new ``path.orig*`` file, created exclusively; returns its name."""
    for _ in range(1000):
        backup = _unique_backup(path)
        try:
            fd = os.open(backup, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY, 0o600)
        except FileExistsError:
            continue  # somebody made it in between: take the next name
        except OSError as exc:
            raise FixError(f"not fixed: cannot create the backup {backup}: {exc.strerror or exc}", display) from None
        try:
            try:
                _write_all(fd, data)
                os.fsync(fd)
                os.fchmod(fd, mode)
            finally:
                os.close(fd)
        except OSError as exc:
            _remove(backup)
            raise FixError(f"not fixed: cannot write the backup {backup}: {exc.strerror or exc}; "
                           "the draft was not changed", display) from None
        return backup
    raise FixError("not fixed: cannot find a free name for the backup", display)  # pragma: no cover


def _remove(path: str | None) -> None:
    if path:
        try:
            os.unlink(path)
        except OSError:
            pass


def _fsync_dir(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_fixes(path: str, report, *, backup: bool = True) -> tuple[int, str | None]:  # type: ignore[no-untyped-def]
    """Apply the report's safe fixes to ``path`` atomically, after copying it to ``path.orig``
    (``path.orig.1``, ... if that exists). Returns (fixes applied, backup path).

    Raises :class:`FixError` (the draft untouched) when it cannot be done safely: the file
    is read-only, changed since it was linted, or a write fails."""
    if report.positions != "file":
        return 0, None  # offsets point into a decoded body, not the file
    edits = safe_edits(report.diagnostics)
    if not edits:
        return 0, None
    from .inputs import decode_bytes

    display = str(path)
    target = os.path.realpath(path)  # a symlinked draft is written through to its target
    folder = os.path.dirname(target) or "."
    data, st = _read_regular(target, display)
    if not (st.st_mode & 0o222) or not os.access(target, os.W_OK):
        raise FixError("not fixed: the file is read-only (make it writable, or use --diff to see the fixes)",
                       display)
    try:
        text, encoding = decode_bytes(data, display)
    except InputError as exc:
        raise FixError(f"not fixed: {exc.reason}", display) from None
    # decode_bytes drops a byte-order mark, as the linter did: the edits' offsets count from after it
    if text != report.text.lstrip(BOM):
        raise FixError("not fixed: the file changed since it was linted; run etiquette-lint again", display)
    new_text, applied = apply_edits(text, edits)
    if encoding == "utf-16":
        bom = data[:2]
        new_bytes = bom + _encode(new_text, "utf-16-le" if bom == b"\xff\xfe" else "utf-16-be", display)
    else:
        bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
        new_bytes = bom + _encode(new_text, encoding, display)
    if new_bytes == data:
        return 0, None

    mode = stat.S_IMODE(st.st_mode)
    kept = _create_backup(path, data, mode, display) if backup else None
    tmp: str | None = None
    try:
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".etiquette-lint.tmp",
                                       dir=folder)
        except OSError as exc:
            raise FixError(f"not fixed: cannot create a temporary file in {folder}: {exc.strerror or exc}",
                           display) from None
        try:
            try:
                _write_all(fd, new_bytes)
                os.fsync(fd)
                os.fchmod(fd, mode)
                if hasattr(os, "fchown"):
                    try:
                        os.fchown(fd, st.st_uid, st.st_gid)
                    except OSError:
                        pass  # not ours to give away: the new file keeps our ownership
            finally:
                os.close(fd)
        except OSError as exc:
            raise FixError(f"not fixed: cannot write the fixed draft: {exc.strerror or exc}; the draft was not "
                           "changed", display) from None
        # the file must be exactly what was read: nobody wrote to it meanwhile
        now_data, now_st = _read_regular(target, display)
        if now_data != data or (now_st.st_ino, now_st.st_dev) != (st.st_ino, st.st_dev):
            raise FixError("not fixed: the file changed while the fix was being written; run etiquette-lint "
                           "again", display)
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise FixError(f"not fixed: cannot replace the draft: {exc.strerror or exc}", display) from None
        tmp = None
        _fsync_dir(folder)
    except BaseException:
        _remove(tmp)
        _remove(kept)
        raise
    return applied, kept


def fix_diff(report) -> str:  # type: ignore[no-untyped-def]
    """The report's safe fixes as a unified diff of the draft (empty when there are none)."""
    import difflib

    edits = safe_edits(report.diagnostics)
    if not edits or report.positions != "file":
        return ""
    fixed, _ = apply_edits(report.text, edits)
    return "".join(difflib.unified_diff(report.text.splitlines(keepends=True), fixed.splitlines(keepends=True),
                                        fromfile=f"a/{report.path}", tofile=f"b/{report.path}"))
