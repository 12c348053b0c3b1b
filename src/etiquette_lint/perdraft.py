"""Results computed once per draft and read by several rules, kept beside the draft rather
than stashed on a shared object.

:func:`per_draft` wraps a function of a rule's :class:`~etiquette_lint.rule.Context`: the
first rule to call it on a draft computes the result, the others read it. A result is
keyed by the draft's :class:`~etiquette_lint.nlp.Analysis` (held weakly, so it goes when the
draft does) and by the facts it was computed with.
"""

from __future__ import annotations

import functools
import threading
from typing import TYPE_CHECKING, Any, Callable, TypeVar
from weakref import WeakKeyDictionary

if TYPE_CHECKING:  # pragma: no cover
    from .rule import Context

T = TypeVar("T")


def per_draft(fn: "Callable[[Context], T]") -> "Callable[[Context], T]":
    """Compute ``fn(ctx)`` once per draft (and its facts); later calls return the same object."""
    memo: "WeakKeyDictionary[Any, tuple[object, T]]" = WeakKeyDictionary()
    lock = threading.Lock()

    @functools.wraps(fn)
    def once(ctx: "Context") -> T:
        with lock:
            hit = memo.get(ctx.analysis)
        if hit is not None and hit[0] is ctx.facts:
            return hit[1]
        value = fn(ctx)
        with lock:
            memo[ctx.analysis] = (ctx.facts, value)
        return value

    return once
