"""``path:line:col: severity CODE name: message`` -- for Vim quickfix, Emacs compile mode,
VS Code problem matchers. The message kind of each file goes to stderr, so the
lines on stdout stay exactly one per diagnostic."""

from __future__ import annotations

from typing import Sequence, TextIO

from ..linter import Report


def render_text(reports: Sequence[Report], out: TextIO, err: TextIO | None = None) -> None:
    for report in reports:
        if err is not None:
            how = report.kind_reason if report.kind_detected else "given"
            err.write(f"{report.path}: kind {report.kind} ({how}); score {report.score}/100\n")
        for d in report.diagnostics:
            message = " ".join(d.message.split())
            out.write(f"{report.path}:{d.line}:{d.column}: {d.severity} {d.code} {d.name}: {message}\n")
