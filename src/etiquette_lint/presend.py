"""Pre-send checks for e-mail scripts: refuse to send a draft that is not ready.

>>> from etiquette_lint.presend import check_before_send, NotReadyToSend
>>> try:
...     check_before_send("Dear Sir,\\n\\nThanks for the interview.\\n\\nBest,\\nSam\\n")
... except NotReadyToSend as exc:
...     print(exc.report.diagnostics[0].code)
EL201

It is safe to call from many threads at once (a mail server's hook, a web app): the
shared :class:`~etiquette_lint.linter.Linter` is created once, under a lock.
"""

from __future__ import annotations

import os
import tempfile
import threading
import time
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any, Callable, Mapping

from .errors import EtiquetteLintError, InputError
from .facts import Facts
from .linter import Linter, Report

_LINTER: Linter | None = None
_LINTER_LOCK = threading.Lock()
ENV_HELD = "ETIQUETTE_LINT_HELD"


class NotReadyToSend(EtiquetteLintError):
    """The draft has findings at or above ``fail_on``; ``report`` holds them."""

    def __init__(self, report: Report, fail_on: str):
        self.report = report
        self.fail_on = fail_on
        worst = [d for d in report.diagnostics if d.severity in ("error", "warning")] or report.diagnostics
        summary = "; ".join(f"{d.line}:{d.column} {d.code} {d.name}" for d in worst[:5])
        more = f" (+{len(worst) - 5} more)" if len(worst) > 5 else ""
        super().__init__(f"not sent: {len(report.diagnostics)} finding(s) at or above {fail_on}: {summary}{more}",
                         report.path)


class NotAMessage(InputError, TypeError):
    """``check_before_send`` was given something that is not a draft (None, a number, ...).

    It is both an :class:`~etiquette_lint.errors.InputError` (so a script that catches the
    project's errors sees it) and a :class:`TypeError` (it is a programming error)."""


class HoldError(EtiquetteLintError):
    """No folder could take a copy of the message."""


def shared_linter() -> Linter:
    """The process-wide default :class:`Linter`, created on first use (thread-safe)."""
    global _LINTER
    linter = _LINTER
    if linter is None:
        with _LINTER_LOCK:
            if _LINTER is None:
                _LINTER = Linter()
            linter = _LINTER
    return linter


def _source_of(message: Any, max_bytes: int | None = None):  # type: ignore[no-untyped-def]
    """The :class:`~etiquette_lint.inputs.Source` of a draft given as text, bytes or a Message,
    measured against the linter's size limit."""
    from .inputs import source_from_bytes, source_from_text

    if isinstance(message, Message):
        try:
            data = message.as_bytes()
        except Exception as exc:  # a message the email package cannot serialise
            raise InputError(f"cannot read the message: {type(exc).__name__}: {exc}", "<message>.eml") from None
        return source_from_bytes(data, "<message>.eml", max_bytes=max_bytes)
    if isinstance(message, (bytes, bytearray, memoryview)):
        # kept as bytes: the .eml parser honours the message's own charset and transfer encoding
        return source_from_bytes(bytes(message), "<message>.eml", max_bytes=max_bytes)
    if isinstance(message, str):
        looks_like_mail = message.lstrip()[:200].lower().startswith(
            ("from:", "to:", "subject:", "date:", "mime-version:"))
        return source_from_text(message, "<message>.eml" if looks_like_mail else "<message>", max_bytes=max_bytes)
    raise NotAMessage(f"check_before_send: the message must be a str, bytes or an email.message.Message, "
                      f"not {'None' if message is None else type(message).__name__}", "<message>")


def check_before_send(message: str | bytes | Message, facts: Facts | Mapping[str, Any] | None = None, *,
                      fail_on: str = "warning", kind: str | None = None, linter: Linter | None = None) -> Report:
    """Lint a draft (plain text, or a whole RFC 5322 message) and raise
    :class:`NotReadyToSend` when it has findings at or above ``fail_on``.
    Returns the report when it is fine to send.

    Anything that is not a draft (``None``, a number) raises :class:`NotAMessage`, a
    :class:`TypeError` and an :class:`~etiquette_lint.errors.InputError`."""
    from .diagnostics import SEVERITIES

    if fail_on not in SEVERITIES + ("never",):
        raise ValueError(f"fail_on: {fail_on!r} is not one of {', '.join(SEVERITIES)}, never")
    linter = linter or shared_linter()
    source = _source_of(message, linter.max_bytes)
    report = linter.lint_source(source, facts=facts, kind=kind)
    if not report.ok(fail_on):
        raise NotReadyToSend(report, fail_on)
    return report


def send_if_ready(message: EmailMessage, send: Callable[[EmailMessage], Any], facts: Facts | Mapping[str, Any] |
                  None = None, *, fail_on: str = "warning", linter: Linter | None = None) -> Any:
    """Call ``send(message)`` (e.g. ``smtplib.SMTP(...).send_message``) only if the draft passes."""
    check_before_send(message, facts, fail_on=fail_on, linter=linter)
    return send(message)


# --------------------------------------------------------------------------- held copies

def default_held_folder() -> Path:
    """``$ETIQUETTE_LINT_HELD``, else ``$XDG_STATE_HOME/etiquette-lint/held``
    (``~/.local/state/etiquette-lint/held``)."""
    if os.environ.get(ENV_HELD):
        return Path(os.environ[ENV_HELD])
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "etiquette-lint" / "held"


def fallback_held_folders() -> list[Path]:
    """Where a copy goes when the held folder cannot be used: a folder in the home
    directory, then one in the temporary directory that only this user can open."""
    out = []
    try:
        out.append(Path.home() / ".etiquette-lint-held")
    except (RuntimeError, KeyError):  # no home directory
        pass
    if hasattr(os, "getuid"):
        user = str(os.getuid())
    else:  # pragma: no cover - Windows
        import getpass
        user = getpass.getuser()
    out.append(Path(tempfile.gettempdir()) / f"etiquette-lint-held-{user}")
    return out


def _private_folder(base: Path, *, ours: bool, shared_parent: bool) -> None:
    """Create ``base`` as a 0700 folder, or check an existing one. A folder that is ours
    (the default one, or a fallback) is tightened to 0700; a folder in a shared place
    (the temporary directory) must be a plain folder that belongs to this user."""
    base.mkdir(parents=True, mode=0o700, exist_ok=True)
    if os.name != "posix":
        return
    import stat as stat_mod

    st = os.lstat(base) if shared_parent else os.stat(base)
    if not stat_mod.S_ISDIR(st.st_mode):
        raise OSError(f"{base} is not a plain folder")
    if shared_parent and st.st_uid != os.getuid():
        raise OSError(f"{base} belongs to another user")
    if ours and stat_mod.S_IMODE(st.st_mode) & 0o077:
        os.chmod(base, 0o700)


def _write_new(folder: Path, data: bytes) -> Path:
    """Write ``data`` to a new file in ``folder`` (0600, created exclusively, unique name)."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for n in range(10_000):
        path = folder / (f"{stamp}.eml" if n == 0 else f"{stamp}-{n}.eml")
        try:
            fd = os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError:
            try:
                os.unlink(path)
            except OSError:
                pass
            raise
        return path
    raise OSError(f"no free file name in {folder}")  # pragma: no cover


def hold_copy(data: bytes, folder: str | os.PathLike[str] | None = None, *,
              problems: list[str] | None = None) -> Path:
    """Keep a message that was not sent, byte for byte, so nothing the user wrote is lost.

    The copy is a new 0600 file with a unique name in a 0700 folder: ``folder``, else
    ``$ETIQUETTE_LINT_HELD``, else ``~/.local/state/etiquette-lint/held``; when that cannot
    be used, ``~/.etiquette-lint-held``, then ``$TMPDIR/etiquette-lint-held-UID``. Returns the
    path; raises :class:`HoldError` only if no folder at all could take it. ``problems``,
    when given, receives a line for each folder that could not be used."""
    explicit = folder or os.environ.get(ENV_HELD)
    first = Path(explicit) if explicit else default_held_folder()
    tried: list[str] = []
    for i, base in enumerate([first, *fallback_held_folders()]):
        try:
            _private_folder(base, ours=i > 0 or not explicit, shared_parent=i > 0)
            path = _write_new(base, bytes(data))
        except OSError as exc:
            tried.append(f"{base}: {exc.strerror or exc}")
            continue
        if problems is not None:
            problems.extend(tried)
        return path
    if problems is not None:
        problems.extend(tried)
    raise HoldError("could not keep a copy of the message anywhere (" + "; ".join(tried) + ")")
