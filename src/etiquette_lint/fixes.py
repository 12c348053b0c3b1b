"""Applying fixes. Nothing the user wrote is overwritten without a safe copy."""

from __future__ import annotations

import os
import shutil
from typing import Iterable

from .diagnostics import Diagnostic, Edit


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


def write_fixes(path: str, report) -> tuple[int, str | None]:  # type: ignore[no-untyped-def]
    """Apply the report's safe fixes to ``path`` after copying it to ``path.orig``
    (``path.orig.1``, ... if that exists). Returns (fixes applied, backup path)."""
    if report.positions != "file":
        return 0, None  # offsets point into a decoded body, not the file
    edits = safe_edits(report.diagnostics)
    if not edits:
        return 0, None
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            original = fh.read()
    except (OSError, UnicodeDecodeError):
        return 0, None
    if original.lstrip("\ufeff") != report.text.lstrip("\ufeff"):
        return 0, None  # the file changed since it was linted: leave it alone
    new_text, applied = apply_edits(original, edits)
    backup = path + ".orig"
    n = 1
    while os.path.exists(backup):
        backup = f"{path}.orig.{n}"
        n += 1
    shutil.copy2(path, backup)
    tmp = path + ".etiquette-lint.tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        fh.write(new_text)
    os.replace(tmp, path)
    return applied, backup


def fix_diff(report) -> str:  # type: ignore[no-untyped-def]
    """The report's safe fixes as a unified diff of the draft (empty when there are none)."""
    import difflib

    edits = safe_edits(report.diagnostics)
    if not edits or report.positions != "file":
        return ""
    fixed, _ = apply_edits(report.text, edits)
    return "".join(difflib.unified_diff(report.text.splitlines(keepends=True), fixed.splitlines(keepends=True),
                                        fromfile=f"a/{report.path}", tofile=f"b/{report.path}"))
