"""Built-in Python rules: what the YAML packs in ``rules/`` cannot say as data.

They are registered through the ``etiquette_lint.rules`` entry point, exactly as
third-party plugins are.
"""

from __future__ import annotations

from ..rule import Rule
from .placeholders import UnfilledPlaceholder
from .structure import MissingGreeting, MissingSignOff

RULES: list[type[Rule]] = [
    UnfilledPlaceholder,
    MissingGreeting,
    MissingSignOff,
]
