"""What the proofreading rules share: one run of the configured backend per draft.

Offline by default (a bundled dictionary, no network); LanguageTool when a server
URL or a local install is configured. Names and terms from the facts, the user's
vocabulary and common trade terms are never misspellings.

Not a rule itself (no ``RULES``): the rules are one module each beside it
(misspelled_word.py, grammar_slip.py).
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Edit, Fix
from ..perdraft import per_draft
from ..proofread import BackendUnavailable, Finding, Vocabulary, get_backend
from ..rule import Context
from ..text import Span


def _regions(ctx: Context) -> list[tuple[int, int]]:
    d = ctx.draft
    spans = ([d.subject] if d.subject else []) + d.own_spans()
    return [(s.start, s.end) for s in spans]


def _backend(ctx: Context) -> tuple[Any, list[str]]:
    """The configured backend (cached per linter); falls back to offline with a note."""
    config = ctx.services.get("config")
    options = dict(getattr(config, "proofread", {}) or {})
    name = options.get("backend", "offline")
    cache = ctx.services.get("cache", {})
    key = f"proofread:{name}:{sorted(options.items())}"
    if key not in cache:
        notes: list[str] = []
        try:
            backend = get_backend(name, **{k: v for k, v in options.items() if k != "backend"})
        except BackendUnavailable as exc:
            notes.append(f"proofreading: {exc}; using the offline checker instead")
            backend = get_backend("offline", **_offline_options(options))
        cache[key] = (backend, notes)
    found: tuple[Any, list[str]] = cache[key]
    return found


def _offline_options(options: dict[str, Any]) -> dict[str, Any]:
    """The user's proofreading options the offline checker understands (a fallback keeps them)."""
    return {k: options[k] for k in ("dialect", "comma-splices") if k in options}


@per_draft
def _checked(ctx: Context) -> tuple[list[Finding], list[str]]:
    """(findings, notes): the backend run once per draft; both rules share the result."""
    config = ctx.services.get("config")
    vocab_cfg = dict(getattr(config, "vocabulary", {}) or {})
    vocabulary = Vocabulary.from_facts(ctx.facts.words(), accept=vocab_cfg.get("accept", ()),
                                       reject=vocab_cfg.get("reject", ()))
    backend, notes = _backend(ctx)
    notes = list(notes)
    try:
        result = backend.check(ctx.text, _regions(ctx), vocabulary)
    except BackendUnavailable as exc:
        notes.append(f"proofreading: {exc}; spelling and grammar were checked offline instead")
        config = ctx.services.get("config")
        options = dict(getattr(config, "proofread", {}) or {})
        result = get_backend("offline", **_offline_options(options)).check(ctx.text, _regions(ctx), vocabulary)
    return result, notes


def findings(ctx: Context) -> list[Finding]:
    """The backend's findings on this draft (computed once, shared by both rules)."""
    return _checked(ctx)[0]


def report(ctx: Context, category: str) -> None:
    """Report the findings of one category ("spelling" or "grammar"), and the backend's notes."""
    for f in findings(ctx):
        if f.category != category:
            continue
        fix = None
        severity = None
        if f.suggestions:
            fix = Fix((Edit(f.start, f.end, f.suggestions[0]),), safe=False,
                      description=f"replace with {f.suggestions[0]!r}" if f.suggestions[0] else "delete")
        elif category == "spelling" and f.rule != "rejected-term":
            severity = "info"  # no plausible correction: more likely a term than a typo
        ctx.report(Span(f.start, f.end), f.message, fix=fix, severity=severity)
    for note in _checked(ctx)[1]:
        ctx.note(note)
