"""The diagnostic contract (DESIGN.md): what every rule reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "placeholder", "greeting", "closing", "gratitude", "interest", "personalization",
    "generic", "length", "tone.desperate", "tone.pushy", "tone.casual", "tone.negative",
    "spelling", "grammar", "subject", "timing", "accuracy",
)

SEVERITIES: tuple[str, ...] = ("info", "warning", "error")
_RANK = {name: i for i, name in enumerate(SEVERITIES)}


def severity_rank(severity: str) -> int:
    """0 for info, 1 for warning, 2 for error."""
    try:
        return _RANK[severity]
    except KeyError:
        raise ValueError(f"unknown severity {severity!r}; use one of {', '.join(SEVERITIES)}") from None


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of the original input with ``replacement``."""

    start: int
    end: int
    replacement: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


@dataclass(frozen=True)
class Fix:
    """A list of edits; ``safe`` fixes may be applied without asking the user."""

    edits: tuple[Edit, ...]
    safe: bool = False
    description: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"edits": [e.to_dict() for e in self.edits], "safe": self.safe,
                "description": self.description}


@dataclass(frozen=True)
class Diagnostic:
    """One finding. Offsets are into the original input; lines and columns are 1-based."""

    code: str
    name: str
    category: str
    severity: str
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    fix: Fix | None = None
    guidance: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code, "name": self.name, "category": self.category,
            "severity": self.severity, "message": self.message,
            "start": self.start, "end": self.end, "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column,
            "fix": self.fix.to_dict() if self.fix else None,
            "guidance": list(self.guidance),
        }
