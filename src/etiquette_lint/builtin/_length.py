"""What the length rules share: their limit, with per-kind overrides.

Not a rule itself (no ``RULES``): the rules are one module each beside it (long_sentence.py,
long_paragraph.py). Sentences, split at list items, come from :func:`etiquette_lint.sentences.item_sentences`.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..rule import Context


def length_limit(ctx: Context, key: str = "max") -> Any:
    """The option ``key``, or its override for the draft's kind (``per_kind: {thank_you: {max: 200}}``)."""
    per_kind = ctx.options.get("per_kind") or {}
    if isinstance(per_kind, Mapping) and isinstance(per_kind.get(ctx.kind), Mapping) \
            and key in per_kind[ctx.kind]:
        return per_kind[ctx.kind][key]
    return ctx.options.get(key)
