"""One versioned JSON document for the whole run."""

from __future__ import annotations

import json
from typing import Any, Sequence, TextIO

from ..linter import JSON_VERSION, Report


def run_document(reports: Sequence[Report]) -> dict[str, Any]:
    return {"version": JSON_VERSION, "files": [r.to_dict() for r in reports]}


def render_json(reports: Sequence[Report], out: TextIO) -> None:
    json.dump(run_document(reports), out, indent=2, ensure_ascii=False)
    out.write("\n")
