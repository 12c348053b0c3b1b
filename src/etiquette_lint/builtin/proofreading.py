"""Spelling and grammar through the configured proofreading backend.

Offline by default (a bundled dictionary, no network); LanguageTool when a server
URL or a local install is configured. Names and terms from the facts, the user's
vocabulary and common trade terms are never misspellings.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Edit, Fix
from ..proofread import BackendUnavailable, Finding, Vocabulary, get_backend
from ..rule import Context, Rule
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
            backend = get_backend("offline")
        cache[key] = (backend, notes)
    return cache[key]


def findings(ctx: Context) -> list[Finding]:
    """Run the backend once per draft; both rules share the result."""
    if "proofread" in ctx.analysis.cache:
        return ctx.analysis.cache["proofread"]  # type: ignore[return-value]
    config = ctx.services.get("config")
    vocab_cfg = dict(getattr(config, "vocabulary", {}) or {})
    vocabulary = Vocabulary.from_facts(ctx.facts.words(), accept=vocab_cfg.get("accept", ()),
                                       reject=vocab_cfg.get("reject", ()))
    backend, notes = _backend(ctx)
    ctx.analysis.cache["proofread_notes"] = list(notes)
    try:
        result = backend.check(ctx.text, _regions(ctx), vocabulary)
    except BackendUnavailable as exc:
        ctx.analysis.cache["proofread_notes"].append(f"proofreading: {exc}; spelling and grammar were checked "
                                                     "offline instead")
        result = get_backend("offline").check(ctx.text, _regions(ctx), vocabulary)
    ctx.analysis.cache["proofread"] = result
    return result


def _report(ctx: Context, category: str) -> None:
    for f in findings(ctx):
        if f.category != category:
            continue
        fix = None
        severity = None
        if f.suggestions:
            fix = Fix((Edit(f.start, f.end, f.suggestions[0]),), safe=False,
                      description=f"replace with {f.suggestions[0]!r}")
        elif category == "spelling" and f.rule != "rejected-term":
            severity = "info"  # no plausible correction: more likely a term than a typo
        ctx.report(Span(f.start, f.end), f.message, fix=fix, severity=severity)
    for note in ctx.analysis.cache.get("proofread_notes") or []:
        ctx.note(note)


class Misspelling(Rule):
    code = "EL601"
    name = "misspelled-word"
    category = "spelling"
    severity = "warning"
    guidance = ("G8", "G15")
    summary = ("Flags words the dictionary does not know, with the likeliest correction first (an unsafe "
               "fix). Names and terms from the facts, capitalised names inside a sentence, acronyms, "
               "URLs, e-mail addresses, handles, hyphenated compounds of known words, your vocabulary "
               "(`[tool.etiquette-lint.vocabulary]`) and common trade terms are not flagged. An unknown "
               "word with no plausible correction is reported as info (more likely a term than a typo), "
               "and a word another rule already reports (\"thx\" as texting shorthand) is not reported twice.")
    why = ("\"Proofread your message carefully to ensure it's free of spelling and grammatical errors\" "
           "(G8); a misspelling in a two-paragraph note is the most visible slip a recruiter sees (G15). "
           "The sample thank-you in seed 002 misspells \"position\" as \"poition\".")
    instead = "Correct the word, or add a real term to `vocabulary.accept` in the configuration."
    examples = {
        "fail": ["Dear Ms. Lee,\n\nThank you for the interview for the Sales Manager poition at ABC.\n\n"
                 "Best regards,\nSam Rivera"],
        "pass": [{"text": "Dear Priya,\n\nThank you for explaining how Acme runs Kubernetes for its SaaS CRM, "
                          "and for the onboarding roadmap. I will send the follow-up by e-mail and connect on "
                          "LinkedIn.\n\nBest regards,\nSam Rivera",
                  "facts": {"interviewer": "Priya Raman", "company": "Acme"}}],
    }

    def check(self, ctx: Context) -> None:
        _report(ctx, "spelling")


class GrammarSlip(Rule):
    code = "EL611"
    name = "grammar-slip"
    category = "grammar"
    severity = "warning"
    guidance = ("G8", "G15")
    summary = ("Flags grammar slips that are certain from context: doubled words (\"the the\"), a/an "
               "before the wrong sound (\"a interview\"), and confusions such as your/you're, its/it's, "
               "then/than, loose/lose, \"could of\". With LanguageTool configured, its grammar findings too.")
    why = ("A grammar slip reads as carelessness in a message whose whole point is to show attention to "
           "detail (G8, G15).")
    instead = "Fix the slip; the suggestion shows the likely correction."
    examples = {
        "fail": ["Dear Ms. Lee,\n\nThank you for the the interview on Tuesday. I look forward to hearing from "
                 "you.\n\nBest regards,\nSam Rivera",
                 "Dear Ms. Lee,\n\nThank you for a interview I enjoyed.\n\nBest regards,\nSam Rivera"],
        "pass": ["Dear Ms. Lee,\n\nThank you for an hour of your time and for your questions about a "
                 "university project; it's clear the team knows its customers better than anyone.\n\n"
                 "Best regards,\nSam Rivera"],
    }

    def check(self, ctx: Context) -> None:
        _report(ctx, "grammar")


RULES = [Misspelling, GrammarSlip]
