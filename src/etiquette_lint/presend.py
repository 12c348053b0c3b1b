"""Pre-send checks for e-mail scripts: refuse to send a draft that is not ready.

>>> from etiquette_lint.presend import check_before_send, NotReadyToSend
>>> try:
...     check_before_send("Dear Sir,\\n\\nThanks for the interview.\\n\\nBest,\\nSam\\n")
... except NotReadyToSend as exc:
...     print(exc.report.diagnostics[0].code)
EL201
"""

from __future__ import annotations

import os
import time
from email.message import EmailMessage, Message
from pathlib import Path
from typing import Any, Callable, Mapping

from .errors import EtiquetteLintError
from .facts import Facts
from .linter import Linter, Report

_LINTER: Linter | None = None


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


def _as_eml_text(message: str | bytes | Message) -> tuple[str, str]:
    if isinstance(message, Message):
        return message.as_string(), "<message>.eml"
    if isinstance(message, bytes):
        return message.decode("utf-8", errors="replace"), "<message>.eml"
    looks_like_mail = message.lstrip()[:200].lower().startswith(("from:", "to:", "subject:", "date:", "mime-version:"))
    return message, "<message>.eml" if looks_like_mail else "<message>"


def check_before_send(message: str | bytes | Message, facts: Facts | Mapping[str, Any] | None = None, *,
                      fail_on: str = "warning", kind: str | None = None, linter: Linter | None = None) -> Report:
    """Lint a draft (plain text, or a whole RFC 5322 message) and raise
    :class:`NotReadyToSend` when it has findings at or above ``fail_on``.
    Returns the report when it is fine to send."""
    global _LINTER
    if linter is None:
        if _LINTER is None:
            _LINTER = Linter()
        linter = _LINTER
    text, path = _as_eml_text(message)
    report = linter.lint(text, facts=facts, kind=kind, path=path)
    if not report.ok(fail_on):
        raise NotReadyToSend(report, fail_on)
    return report


def send_if_ready(message: EmailMessage, send: Callable[[EmailMessage], Any], facts: Facts | Mapping[str, Any] |
                  None = None, *, fail_on: str = "warning", linter: Linter | None = None) -> Any:
    """Call ``send(message)`` (e.g. ``smtplib.SMTP(...).send_message``) only if the draft passes."""
    check_before_send(message, facts, fail_on=fail_on, linter=linter)
    return send(message)


def hold_copy(data: bytes, folder: str | os.PathLike[str] | None = None) -> Path:
    """Keep a refused message so nothing the user wrote is lost; returns its path."""
    base = Path(folder or os.environ.get("ETIQUETTE_LINT_HELD") or
                Path(os.environ.get("XDG_STATE_HOME", Path.home() / ".local" / "state")) / "etiquette-lint" / "held")
    base.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = base / f"{stamp}.eml"
    n = 1
    while path.exists():
        path = base / f"{stamp}-{n}.eml"
        n += 1
    path.write_bytes(data)
    return path
