"""Rules: metadata plus a check. Python rules subclass :class:`Rule`; YAML packs
build instances of the declarative kinds in :mod:`etiquette_lint.checks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, Mapping

from .cases import Case, Example, case_file_for, rule_cases
from .diagnostics import CATEGORIES, SEVERITIES, Diagnostic, Edit, Fix
from .facts import KINDS, Facts
from .text import Span

if TYPE_CHECKING:  # pragma: no cover
    from .draft import Draft
    from .nlp import Analysis

CODE_RE = re.compile(r"^[A-Z]{1,4}\d{3,4}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
ALL_KINDS: tuple[str, ...] = KINDS


class Rule:
    """Base class of every rule. Subclasses set the metadata and implement :meth:`check`.

    Metadata: ``code`` (stable, e.g. ``EL201``), ``name`` (kebab-case, names the
    problem), ``category`` (DESIGN.md), ``severity`` (default), ``kinds`` (message
    kinds it applies to), ``guidance`` (IDs from GUIDANCE.md), ``summary`` (what it
    does), ``why`` (why it matters), ``instead`` (what to write instead),
    ``examples`` (a plugin's cases, ``{"pass": [...], "fail": [...]}``; the built-in rules
    keep theirs in case files, :mod:`etiquette_lint.cases`), ``options`` (tunable
    thresholds with defaults; users override them in config), ``requires_facts``
    (the rule only runs when these facts are given), ``kind_sensitive`` (the finding is only
    right for the kinds in ``kinds``: when the kind was *detected* with low confidence and
    could also be a kind the rule does not cover, the engine reports it at info).
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    category: ClassVar[str] = ""
    severity: ClassVar[str] = "warning"
    kinds: ClassVar[tuple[str, ...]] = ALL_KINDS
    guidance: ClassVar[tuple[str, ...]] = ()
    summary: ClassVar[str] = ""
    why: ClassVar[str] = ""
    instead: ClassVar[str] = ""
    examples: ClassVar[Mapping[str, list[Any]]] = {}
    options: Mapping[str, Any] = {}  # a class's defaults; a YAML rule sets its own
    requires_facts: ClassVar[tuple[str, ...]] = ()
    kind_sensitive: ClassVar[bool] = False
    origin: str = "built-in"

    def check(self, ctx: "Context") -> None:  # pragma: no cover - abstract
        """Inspect ``ctx`` and call ``ctx.report(...)`` for every finding."""
        raise NotImplementedError

    # -- helpers used by the engine, the docs and the tests
    def cases(self) -> list[Case]:
        """The drafts this rule must flag or pass: a built-in rule's case file
        (:mod:`etiquette_lint.cases`), else the rule's ``examples``."""
        return rule_cases(self)

    def example_list(self) -> list[Example]:
        """The same as :meth:`cases` (the older name)."""
        return self.cases()

    def applies_to(self, kind: str | None, facts: Facts) -> bool:
        if kind is not None and kind not in self.kinds:
            return False
        return all(facts.given(f) for f in self.requires_facts)

    def validate(self) -> list[str]:
        """Problems with this rule's metadata (empty when valid)."""
        problems = []
        if not CODE_RE.match(self.code or ""):
            problems.append(f"code {self.code!r} is not like EL201")
        if not NAME_RE.match(self.name or ""):
            problems.append(f"name {self.name!r} is not kebab-case")
        if self.category not in CATEGORIES:
            problems.append(f"category {self.category!r} is not one of {', '.join(CATEGORIES)}")
        if self.severity not in SEVERITIES:
            problems.append(f"severity {self.severity!r} is not one of {', '.join(SEVERITIES)}")
        bad = [k for k in self.kinds if k not in ALL_KINDS]
        if bad or not self.kinds:
            problems.append(f"kinds {list(self.kinds)!r} must be from {', '.join(ALL_KINDS)}")
        for g in self.guidance:
            if not re.match(r"^G([1-9]|1\d|20)$", g):
                problems.append(f"guidance {g!r} is not one of G1..G20")
        if case_file_for(self) is None:  # a built-in rule's case file is checked by the tests, not here
            try:
                self.cases()
            except ValueError as exc:
                problems.append(f"examples: {exc}")
        return problems

    def __repr__(self) -> str:
        return f"<rule {self.code} {self.name}>"


@dataclass
class Finding:
    """What a rule reports before positions are resolved."""

    span: Span
    message: str
    fix: Fix | None = None
    severity: str | None = None


class Context:
    """What a rule sees: the draft, its facts and kind, the shared NLP analysis,
    and the rule's options (defaults merged with the user's configuration)."""

    def __init__(self, draft: "Draft", facts: Facts, kind: str, analysis: "Analysis",
                 options: Mapping[str, Any], *, kind_detected: bool = False, services: Mapping[str, Any] | None = None,
                 kind_confidence: float = 1.0, kind_alternatives: tuple[str, ...] = ()):
        self.draft = draft
        self.facts = facts
        self.kind = kind
        self.kind_detected = kind_detected
        #: 1.0 when the kind was given; for a detected kind, how clearly it won (0..1).
        self.kind_confidence = kind_confidence
        #: other kinds the draft could plausibly be (close scores), when detected.
        self.kind_alternatives = kind_alternatives
        self.analysis = analysis
        self.options = options
        self.services = services or {}
        self.findings: list[Finding] = []
        self.notes: list[str] = []

    @property
    def kind_uncertain(self) -> bool:
        """The kind was detected, not given, and the detector was unsure (see kinds.LOW_CONFIDENCE)."""
        from .kinds import LOW_CONFIDENCE
        return self.kind_detected and self.kind_confidence < LOW_CONFIDENCE

    def note(self, message: str) -> None:
        """Tell the user something that is not a finding (e.g. a backend fell back); shown once."""
        if message not in self.notes:
            self.notes.append(message)

    @property
    def text(self) -> str:
        return self.draft.text

    def kind_option(self, key: str) -> Any:
        """The option ``key``, or its override for the draft's kind: with
        ``per_kind: {thank_you: {max: 200}}``, ``max`` is 200 for a thank-you note."""
        per_kind = self.options.get("per_kind") or {}
        if isinstance(per_kind, Mapping) and isinstance(per_kind.get(self.kind), Mapping) \
                and key in per_kind[self.kind]:
            return per_kind[self.kind][key]
        return self.options.get(key)

    def report(self, where: Span | tuple[int, int], message: str, *, fix: Fix | None = None,
               severity: str | None = None) -> None:
        span = where if isinstance(where, Span) else Span(*where)
        self.findings.append(Finding(span, message, fix, severity))

    def anchor(self) -> Span:
        """Where to report something missing from the message: its first line."""
        d = self.draft
        for s in ([d.greeting] if d.greeting else []) + d.paragraphs + ([d.closing] if d.closing else []):
            first = d.text[s.start:s.end].split("\n", 1)[0]
            return Span(s.start, s.start + len(first.rstrip()))
        if d.message is not None:
            return Span(d.message.start, d.message.start)
        return Span(0, 0)

    def replace_fix(self, span: Span, replacement: str, *, safe: bool, description: str = "") -> Fix:
        return Fix((Edit(span.start, span.end, replacement),), safe=safe, description=description)


def make_diagnostic(rule: Rule, finding: Finding, draft: "Draft", severity: str) -> Diagnostic:
    idx = draft.line_index
    line, col = idx.position(finding.span.start)
    end_line, end_col = idx.position(finding.span.end)
    return Diagnostic(code=rule.code, name=rule.name, category=rule.category,
                      severity=finding.severity or severity, message=finding.message,
                      start=finding.span.start, end=finding.span.end, line=line, column=col,
                      end_line=end_line, end_column=end_col, fix=finding.fix,
                      guidance=tuple(rule.guidance))


def iter_rules(obj: Any) -> Iterable[Rule]:
    """Rules from an entry point's object: a Rule subclass or instance, or an iterable of them."""
    if isinstance(obj, type) and issubclass(obj, Rule):
        yield obj()
    elif isinstance(obj, Rule):
        yield obj
    elif callable(obj) and not isinstance(obj, type):
        yield from iter_rules(obj())
    elif isinstance(obj, Iterable) and not isinstance(obj, (str, bytes)):
        for item in obj:
            yield from iter_rules(item)
    else:
        raise TypeError(f"expected a Rule subclass, instance or a list of them, got {type(obj).__name__}")


class RuleNotice(Exception):
    """Raised by a rule that cannot run on this draft for a reason the user should know
    (e.g. a configured LanguageTool server is down). The message becomes one note in the
    report; the other rules still run."""
