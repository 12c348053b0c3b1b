"""The line of the draft with the span underlined, for people at a terminal."""

from __future__ import annotations

from typing import Sequence, TextIO

from ..linter import Report

_COLORS = {"error": "\033[1;31m", "warning": "\033[1;33m", "info": "\033[1;36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def render_pretty(reports: Sequence[Report], out: TextIO, color: bool = False) -> None:
    def c(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    total = {"error": 0, "warning": 0, "info": 0}
    for report in reports:
        lines = report.text.split("\n")
        kind = report.kind.replace("_", "-")
        if report.kind_detected:
            kind += f", {report.kind_reason}"
        head = f"{report.path} ({kind}; score {report.score}/100)"
        out.write(c(_BOLD, head) + "\n")
        if not report.diagnostics:
            out.write("  no problems found\n")
        for d in report.diagnostics:
            total[d.severity] += 1
            out.write(f"{c(_COLORS[d.severity], d.severity)} {c(_BOLD, d.code)} {d.name}: {d.message}\n")
            out.write(c(_DIM, f"  --> {report.path}:{d.line}:{d.column}") + "\n")
            if 1 <= d.line <= len(lines):
                src = lines[d.line - 1].rstrip("\r").expandtabs(1)
                gutter = f"{d.line:>4} | "
                out.write(c(_DIM, gutter) + src + "\n")
                start = d.column - 1
                end = d.end_column - 1 if d.end_line == d.line else len(src)
                width = max(1, min(end, len(src)) - start)
                out.write(" " * len(gutter) + " " * start + c(_COLORS[d.severity], "^" * width) + "\n")
            if d.fix and d.fix.edits:
                first = d.fix.edits[0]
                label = "fix" if d.fix.safe else "suggestion"
                shown = first.replacement if first.replacement else "(remove)"
                out.write(f"  {label}: {shown}\n")
        for note in report.notes:
            out.write(c(_DIM, f"  note: {note}") + "\n")
        out.write("\n")
    summary = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in total.items() if n)
    out.write((summary or "no problems") + f" in {len(reports)} file{'s' if len(reports) != 1 else ''}\n")
