"""``path:line:col: severity CODE name: message`` -- for Vim quickfix, Emacs compile mode,
VS Code problem matchers."""

from __future__ import annotations

from typing import Sequence, TextIO

from ..linter import Report


def render_text(reports: Sequence[Report], out: TextIO) -> None:
    for report in reports:
        for d in report.diagnostics:
            message = " ".join(d.message.split())
            out.write(f"{report.path}:{d.line}:{d.column}: {d.severity} {d.code} {d.name}: {message}\n")
