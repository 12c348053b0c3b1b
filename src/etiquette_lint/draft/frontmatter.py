"""YAML front matter between ``---`` lines at the top of a draft."""

from __future__ import annotations

import re
from typing import Any

import yaml

from ..errors import InputError
from ..facts import load_yaml
from ..text import Span
from .model import split_lines


def split_front_matter(text: str, path: str) -> tuple[Span | None, dict[str, Any], int]:
    """Return (front matter span, parsed mapping, offset where the draft starts)."""
    if not re.match(r"^(?:\ufeff)?---[ \t]*\r?\n", text):
        return None, {}, 0
    lines = split_lines(text)
    for i, line in enumerate(lines[1:], start=1):
        if line.text.rstrip() in ("---", "..."):
            yaml_text = text[lines[1].start: line.start] if i > 1 else ""
            after = lines[i + 1].start if i + 1 < len(lines) else len(text)
            data = _load_front_matter(yaml_text, path)
            return Span(0, line.end), data, after
    raise InputError("malformed front matter: the opening '---' on line 1 has no closing '---'", path, 1)


def _load_front_matter(yaml_text: str, path: str) -> dict[str, Any]:
    try:
        # facts' own loader: a bad date stays a string for facts validation to name; no aliases
        data = load_yaml(yaml_text) if yaml_text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None  # +1 for the '---' line, +1 for 1-based
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InputError(f"malformed front matter: {problem}", path, line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise InputError("malformed front matter: expected 'key: value' lines, got "
                         f"a {type(data).__name__}", path, 2)
    return data
