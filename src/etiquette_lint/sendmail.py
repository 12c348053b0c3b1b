"""``etiquette-lint-sendmail``: a sendmail-compatible wrapper that lints before sending.

Configure your mail client to use it in place of sendmail, e.g. in mutt::

    set sendmail = "etiquette-lint-sendmail -- /usr/sbin/sendmail -oem -oi"

It reads the message on standard input, lints it as an .eml, and:

- passes: pipes the message, byte for byte, to the real command and exits with its status;
- fails: sends nothing, prints the findings on stderr, keeps a copy of the message in
  ``~/.local/state/etiquette-lint/held/`` (or ``$ETIQUETTE_LINT_HELD``) and exits 1
  (EX_DATAERR-like refusal that mail clients report to the user).

``--force`` sends anyway (the findings are still printed). The real command comes after
``--``, or from ``$ETIQUETTE_LINT_SENDMAIL``, default ``/usr/sbin/sendmail -t -oi``.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from typing import Sequence

from .diagnostics import SEVERITIES
from .errors import EtiquetteLintError

REFUSED = 1
ERROR = 2


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    real: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, real = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(prog="etiquette-lint-sendmail", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fail-on", choices=SEVERITIES, default="warning")
    parser.add_argument("--force", action="store_true", help="send even with findings")
    parser.add_argument("--kind", help="the message kind, if detection is not enough")
    args, passthrough = parser.parse_known_args(argv)
    if not real:
        real = shlex.split(os.environ.get("ETIQUETTE_LINT_SENDMAIL", "/usr/sbin/sendmail -t -oi"))
    real += passthrough  # sendmail flags given before "--" (e.g. -oi -f addr) go to the real command

    data = sys.stdin.buffer.read()
    from .presend import NotReadyToSend, check_before_send, hold_copy

    try:
        report = check_before_send(data, fail_on=args.fail_on, kind=args.kind)
    except NotReadyToSend as exc:
        for d in exc.report.diagnostics:
            sys.stderr.write(f"{d.line}:{d.column}: {d.severity} {d.code} {d.name}: {d.message}\n")
        if not args.force:
            held = hold_copy(data)
            sys.stderr.write(f"etiquette-lint-sendmail: not sent; a copy of the message is kept at {held}\n")
            return REFUSED
    except EtiquetteLintError as exc:
        held = hold_copy(data)
        sys.stderr.write(f"etiquette-lint-sendmail: error: {exc}; not sent; copy kept at {held}\n")
        return ERROR
    else:
        for d in report.diagnostics:
            sys.stderr.write(f"{d.line}:{d.column}: {d.severity} {d.code} {d.name}: {d.message}\n")
    try:
        proc = subprocess.run(real, input=data)
    except OSError as exc:
        held = hold_copy(data)
        sys.stderr.write(f"etiquette-lint-sendmail: cannot run {real[0]!r}: {exc.strerror}; "
                         f"copy kept at {held}\n")
        return ERROR
    return proc.returncode


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
