"""``etiquette-lint-sendmail``: a sendmail-compatible wrapper that lints before sending.

Configure your mail client to use it in place of sendmail, e.g. in mutt::

    set sendmail = "etiquette-lint-sendmail -- /usr/sbin/sendmail -oem -oi"

It reads the message on standard input, lints it as an .eml, and:

- passes: pipes the message, byte for byte, to the real command and exits with its status;
- fails: sends nothing, prints the findings on stderr and exits 1;
- cannot be checked in full (too large, malformed): sends nothing and exits 2;
- the real command cannot start, or does not finish within ``$ETIQUETTE_LINT_SEND_TIMEOUT``
  seconds (default 120; it is then killed): exits 75 (EX_TEMPFAIL, "try again later");
- the real command fails: exits with its status.

Whenever the message was not sent, a copy is kept, byte for byte, as a private (0600)
file in ``$ETIQUETTE_LINT_HELD`` (default ``~/.local/state/etiquette-lint/held/``, a 0700
folder; if that cannot be used, ``~/.etiquette-lint-held/`` or a private folder in the
temporary directory), and its path is printed.

``--force`` sends anyway (the findings are still printed). The real command comes after
``--``, or from ``$ETIQUETTE_LINT_SENDMAIL``, default ``/usr/sbin/sendmail -t -oi``.
"""

from __future__ import annotations

import argparse
import math
import os
import shlex
import signal
import subprocess
import sys
from typing import Sequence

from .diagnostics import SEVERITIES
from .errors import EtiquetteLintError

SENT_OK = 0
REFUSED = 1
ERROR = 2
TEMPFAIL = 75  # EX_TEMPFAIL in sysexits.h: the mail client keeps the message and may retry
ENV_TIMEOUT = "ETIQUETTE_LINT_SEND_TIMEOUT"
DEFAULT_TIMEOUT = 120.0
PROG = "etiquette-lint-sendmail"


def _say(message: str) -> None:
    try:
        sys.stderr.write(f"{message}\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # stderr closed: the exit status still tells
        pass


def _keep(data: bytes, why: str) -> bool:
    """Keep a copy of a message that was not sent and say where; False if none could be kept."""
    from .presend import HoldError, hold_copy

    problems: list[str] = []
    try:
        held = hold_copy(data, problems=problems)
    except HoldError as exc:
        _say(f"{PROG}: {why}; and {exc}")
        return False
    for problem in problems:
        _say(f"{PROG}: warning: could not keep the copy in {problem}")
    _say(f"{PROG}: {why}; a copy of the message is kept at {held}")
    return True


def send_timeout() -> float:
    """``$ETIQUETTE_LINT_SEND_TIMEOUT`` in seconds (default 120). Raises ValueError when invalid."""
    raw = os.environ.get(ENV_TIMEOUT, "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{ENV_TIMEOUT}={raw!r}: expected a number of seconds greater than 0")
    return value


def _kill_group(proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
    """Stop the send command and whatever it started: TERM, then KILL after 2 s."""
    for sig, wait in ((getattr(signal, "SIGTERM", None), 2.0), (getattr(signal, "SIGKILL", None), 5.0)):
        try:
            if os.name == "posix" and sig is not None:
                os.killpg(proc.pid, sig)
            else:  # pragma: no cover - Windows
                proc.kill()
        except (ProcessLookupError, PermissionError):
            pass
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def run_send(command: list[str], data: bytes, timeout: float) -> tuple[int | None, str]:
    """Run the send command with ``data`` on its stdin. Returns (exit status, "") when it
    finished, or (None, reason) when it could not start or did not finish in time."""
    try:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, start_new_session=(os.name == "posix"))
    except OSError as exc:
        return None, f"cannot run {command[0]!r}: {exc.strerror or exc}"
    try:
        proc.communicate(input=data, timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        return None, f"{command[0]!r} did not finish within {timeout:g} s ({ENV_TIMEOUT}) and was stopped"
    except BaseException:
        _kill_group(proc)
        raise
    if proc.returncode < 0:  # killed by a signal: not an exit status a client understands
        return None, f"{command[0]!r} was killed by signal {-proc.returncode}"
    return proc.returncode, ""


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    real: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, real = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fail-on", choices=SEVERITIES, default="warning")
    parser.add_argument("--force", action="store_true", help="send even with findings")
    parser.add_argument("--kind", help="the message kind, if detection is not enough")
    args, passthrough = parser.parse_known_args(argv)
    if not real:
        real = shlex.split(os.environ.get("ETIQUETTE_LINT_SENDMAIL", "/usr/sbin/sendmail -t -oi"))
    real += passthrough  # sendmail flags given before "--" (e.g. -oi -f addr) go to the real command

    data = sys.stdin.buffer.read()
    try:
        timeout = send_timeout()
    except ValueError as exc:
        return ERROR if _keep(data, f"error: {exc}; not sent") else TEMPFAIL
    if not real:
        return ERROR if _keep(data, "error: no send command given; not sent") else TEMPFAIL

    try:
        from .presend import NotReadyToSend, check_before_send

        report = check_before_send(data, fail_on=args.fail_on, kind=args.kind)
    except NotReadyToSend as exc:
        for d in exc.report.diagnostics:
            _say(f"{d.line}:{d.column}: {d.severity} {d.code} {d.name}: {d.message}")
        if not args.force:
            return REFUSED if _keep(data, "not sent") else TEMPFAIL
    except EtiquetteLintError as exc:
        return ERROR if _keep(data, f"error: {exc}; not sent") else TEMPFAIL
    except Exception as exc:  # a bug must not lose the message, nor send it unchecked
        return ERROR if _keep(data, f"internal error while checking ({type(exc).__name__}: {exc}); not sent") \
            else TEMPFAIL
    else:
        for d in report.diagnostics:
            _say(f"{d.line}:{d.column}: {d.severity} {d.code} {d.name}: {d.message}")
        for note in report.notes:
            _say(f"{PROG}: note: {note}")

    status, problem = run_send(real, data, timeout)
    if status is None:
        _keep(data, f"{problem}; not sent")
        return TEMPFAIL
    if status != 0:
        _keep(data, f"{real[0]!r} exited with status {status}; the message may not have been sent")
    return status


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
