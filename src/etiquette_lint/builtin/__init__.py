"""Built-in Python rules: what the YAML packs in ``rules/`` cannot say as data.

Every module in this package that defines ``RULES`` (a list of Rule classes)
contributes them. They are registered through the ``etiquette_lint.rules`` entry
point (``core``), exactly as third-party plugins are.
"""

from __future__ import annotations

import importlib
import pkgutil

from ..rule import Rule


def _collect() -> list[type[Rule]]:
    found: list[type[Rule]] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.extend(getattr(module, "RULES", []))
    return found


RULES: list[type[Rule]] = _collect()
