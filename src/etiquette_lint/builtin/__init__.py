"""Built-in Python rules: what the YAML packs in ``rules/`` cannot say as data.

One rule per module, named after the rule (``wrong_role.py`` holds EL903 wrong-role); each
defines ``RULES``, the list of its Rule classes. Modules whose name starts with ``_`` hold
what several rules share and define no rule. What the rules read about a draft (people,
organisations, template fields, sentences) lives in the analysis layer:
:mod:`etiquette_lint.mentions`, :mod:`etiquette_lint.sentences`, :mod:`etiquette_lint.analysis`.

The registry finds these modules itself (:func:`etiquette_lint.registry.builtin_rules`), so
they load from a source tree that is not installed; a module that fails to import is an
error naming it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from ..rule import Rule


def __getattr__(name: str) -> Any:
    # ``RULES``: every built-in Rule class, for callers that read it (and for the ``core``
    # entry point an older install may still declare, which the registry skips); imported
    # on first use.
    if name == "RULES":
        from ..registry import builtin_rule_classes

        rules: list[type[Rule]] = builtin_rule_classes()
        return rules
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
