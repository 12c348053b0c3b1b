"""Output formats: text (one line per diagnostic), pretty (underlined source), json."""

from __future__ import annotations

import sys
from typing import Callable, Sequence, TextIO

from ..linter import Report
from .json_format import render_json
from .pretty import render_pretty
from .text_format import render_text

FORMATS: dict[str, Callable[[Sequence[Report], TextIO, bool], None]] = {
    "text": lambda reports, out, color: render_text(reports, out, sys.stderr),
    "pretty": render_pretty,
    "json": lambda reports, out, color: render_json(reports, out),
}

__all__ = ["FORMATS", "render_json", "render_pretty", "render_text"]
