"""The declarative rule kinds a YAML pack can ``extends:``.

existence, substitution, occurrence, metric, required, conditional. Each is a
:class:`~etiquette_lint.rule.Rule` whose behaviour comes from data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping, cast

from .diagnostics import Edit, Fix
from .rule import Context, Rule
from .sentences import sentence_text
from .text import Span

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Span as SpacySpan

_FIELD_RE = re.compile(r"\{(match|replacement|interviewer|company|role|kind|count|limit|value|metric|scope)\}")


def format_message(template: str, ctx: Context, **values: Any) -> str:
    """Fill ``{match}``, ``{interviewer}``, ``{company}``, ``{role}``, ``{kind}``,
    ``{count}``, ``{limit}``, ``{value}``, ``{metric}``; other braces stay literal."""
    facts = ctx.facts
    base = {
        "interviewer": facts.interviewer[0] if facts.interviewer else "the interviewer",
        "company": facts.company or "the company",
        "role": facts.role or "the role",
        "kind": ctx.kind.replace("_", "-"),
    }
    base.update({k: v for k, v in values.items() if v is not None})
    return _FIELD_RE.sub(lambda m: str(base.get(m.group(1), m.group(0))), template)


@dataclass
class Match:
    span: Span
    text: str


@dataclass
class MatcherSpec:
    """What to look for: regex ``tokens``, lemma-insensitive ``lemmas`` phrases,
    spaCy Matcher ``patterns``; minus ``exceptions`` (regexes the matched text
    fully matches) and ``unless`` (regexes found in the match's sentence)."""

    tokens: list[str] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    patterns: list[list[dict[str, Any]]] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    unless: list[str] = field(default_factory=list)
    ignorecase: bool = True
    nonword: bool = False
    scope: str = "message"

    KEYS = ("tokens", "lemmas", "patterns", "exceptions", "unless", "ignorecase", "nonword", "scope")

    def __post_init__(self) -> None:
        from .bounded_re import BoundedPattern  # linear (RE2), or time-bounded: see bounded_re

        flags = re.I if self.ignorecase else 0
        # a token matches only outside words (unless nonword), on every branch of a top-level "a|b"
        self._regexes = [BoundedPattern(tok, flags | re.M, boundary=not self.nonword) for tok in self.tokens]
        self._exceptions = [BoundedPattern(e, re.I) for e in self.exceptions]
        self._unless = [BoundedPattern(u, re.I) for u in self.unless]
        self._matchers: dict[int, tuple[Any, Any]] = {}

    @property
    def empty(self) -> bool:
        return not (self.tokens or self.lemmas or self.patterns)

    def _spacy_matchers(self, nlp: "Language") -> tuple[Any, Any]:
        key = id(nlp)
        if key not in self._matchers:
            from spacy.matcher import Matcher, PhraseMatcher

            phrase = None
            if self.lemmas:
                phrase = PhraseMatcher(nlp.vocab, attr="LEMMA")
                phrase.add("lemmas", list(nlp.pipe(self.lemmas)))
            token = None
            if self.patterns:
                token = Matcher(nlp.vocab)
                token.add("patterns", self.patterns)
            self._matchers[key] = (phrase, token)
        return self._matchers[key]

    def find(self, ctx: Context, scope: str | None = None) -> list[Match]:
        scope = scope or self.scope
        draft = ctx.draft
        found: dict[tuple[int, int], Match] = {}
        for span in draft.scope(scope):
            chunk = draft.text[span.start:span.end]
            for rx in self._regexes:
                for m in rx.finditer(chunk):
                    if m.end() > m.start():
                        s = Span(span.start + m.start(), span.start + m.end())
                        found.setdefault((s.start, s.end), Match(s, m.group(0)))
        if self.lemmas or self.patterns:
            phrase, token = self._spacy_matchers(ctx.analysis.nlp)
            for pd in ctx.analysis.docs(scope):
                hits = []
                if phrase is not None:
                    hits.extend(phrase(pd.doc))
                if token is not None:
                    hits.extend(token(pd.doc))
                for _, start, end in hits:
                    sp = pd.doc[start:end]
                    s = pd.to_span(sp.start_char, sp.end_char)
                    found.setdefault((s.start, s.end), Match(s, sp.text))
        matches = sorted(found.values(), key=lambda m: (m.span.start, -m.span.end))
        # drop matches nested inside an earlier, longer one
        out: list[Match] = []
        for match in matches:
            if out and out[-1].span.contains(match.span):
                continue
            out.append(match)
        return [match for match in out if not self._excluded(ctx, match)]

    def _excluded(self, ctx: Context, m: Match) -> bool:
        if any(e.fullmatch(m.text) for e in self._exceptions):
            return True
        if self._unless:
            sentence = sentence_around(ctx, m.span)
            return any(u.search(sentence) for u in self._unless)
        return False


def sentence_around(ctx: Context, span: Span) -> str:
    """The text of the sentence holding ``span`` (else of its part of the draft)."""
    return sentence_text(ctx, span)


def matcher_from(data: Mapping[str, Any], default_scope: str) -> MatcherSpec:
    kwargs = {k: data[k] for k in MatcherSpec.KEYS if k in data}
    kwargs.setdefault("scope", default_scope)
    return MatcherSpec(**kwargs)


def _scope_span(ctx: Context, scope: str) -> Span:
    spans = ctx.draft.scope(scope)
    if not spans:
        return ctx.anchor()
    first = spans[0]
    line_end = ctx.text.find("\n", first.start, first.end)
    return Span(first.start, line_end if line_end >= 0 else first.end)


class DeclarativeRule(Rule):
    """A rule built from a YAML file. ``data`` holds the kind-specific keys."""

    extends = ""
    KIND_KEYS: tuple[str, ...] = ()
    message_template = ""

    def __init__(self, meta: Mapping[str, Any], data: Mapping[str, Any]):
        for key, value in meta.items():
            setattr(self, key, value)
        self.data = dict(data)
        self.message_template = str(meta.get("message", ""))
        self.scope = str(data.get("scope", "message"))
        self.safe = bool(data.get("safe", False))
        self.setup()

    def setup(self) -> None:
        pass

    def fix_for(self, m: Match, replacement: str | None) -> Fix | None:
        if replacement is None:
            return None
        return Fix((Edit(m.span.start, m.span.end, replacement),), safe=self.safe,
                   description=f"replace {m.text!r} with {replacement!r}" if replacement else f"remove {m.text!r}")


class Existence(DeclarativeRule):
    """Report every match. Optional ``replace`` (a fixed replacement) or ``remove: true``."""

    extends = "existence"
    KIND_KEYS = MatcherSpec.KEYS + ("replace", "remove", "safe", "max_reports")

    def setup(self) -> None:
        self.matcher = matcher_from(self.data, "message")

    def check(self, ctx: Context) -> None:
        replacement = "" if self.data.get("remove") else self.data.get("replace")
        limit = int(self.data.get("max_reports", 0) or 0)
        for n, m in enumerate(self.matcher.find(ctx)):
            if limit and n >= limit:
                break
            ctx.report(m.span, format_message(self.message_template, ctx, match=m.text),
                       fix=self.fix_for(m, replacement))


def match_case(original: str, replacement: str) -> str:
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


class Substitution(DeclarativeRule):
    """``swap: {pattern: replacement}``; the fix offers the replacement (``safe`` says if it is safe)."""

    extends = "substitution"
    KIND_KEYS = ("swap", "exceptions", "unless", "ignorecase", "nonword", "scope", "safe")

    def setup(self) -> None:
        swap = self.data.get("swap") or {}
        self.pairs = []
        for pattern, replacement in swap.items():
            spec = matcher_from({**self.data, "tokens": [str(pattern)]}, "message")
            self.pairs.append((spec, str(replacement)))

    def check(self, ctx: Context) -> None:
        for spec, replacement in self.pairs:
            for m in spec.find(ctx):
                rep = match_case(m.text, replacement)
                ctx.report(m.span, format_message(self.message_template, ctx, match=m.text, replacement=rep),
                           fix=self.fix_for(m, rep))


class Occurrence(DeclarativeRule):
    """Count matches in the scope; report above ``max`` or below ``min``."""

    extends = "occurrence"
    KIND_KEYS = MatcherSpec.KEYS + ("max", "min", "per_kind")

    def setup(self) -> None:
        self.matcher = matcher_from(self.data, "message")
        self.options = {k: self.data[k] for k in ("max", "min", "per_kind") if k in self.data}

    def check(self, ctx: Context) -> None:
        matches = self.matcher.find(ctx)
        hi, lo = ctx.kind_option("max"), ctx.kind_option("min")
        if hi is not None and len(matches) > hi:
            first_excess = matches[int(hi)]
            ctx.report(first_excess.span, format_message(self.message_template, ctx, match=first_excess.text,
                                                         count=len(matches), limit=hi))
        elif lo is not None and len(matches) < lo:
            ctx.report(_scope_span(ctx, self.matcher.scope),
                       format_message(self.message_template, ctx, count=len(matches), limit=lo))


def _grade(text: str) -> float:
    from .readability import flesch_kincaid_grade  # imported lazily: the CLI starts faster

    return flesch_kincaid_grade(text)


METRICS: dict[str, str] = {
    "words": "words of the candidate's own text in the scope",
    "sentences": "sentences in the scope",
    "paragraphs": "body paragraphs",
    "questions": "sentences ending in a question mark",
    "exclamations": "exclamation marks",
    "characters": "characters in the scope",
    "grade": "Flesch-Kincaid reading grade (textstat's formula and Pyphen syllables), for 40 words or more",
    "sentence_words": "words in each sentence (reported per sentence)",
}


class Metric(DeclarativeRule):
    """A condition over counts: ``metric`` (see METRICS), ``max``/``min``, ``per_kind`` overrides."""

    extends = "metric"
    KIND_KEYS = ("metric", "max", "min", "per_kind", "scope", "min_words")

    def setup(self) -> None:
        self.metric = str(self.data.get("metric", ""))
        if self.metric not in METRICS:
            raise ValueError(f"metric {self.metric!r} is not one of {', '.join(METRICS)}")
        self.options = {k: self.data[k] for k in ("max", "min", "per_kind", "min_words") if k in self.data}

    def value(self, ctx: Context) -> float | None:
        a, scope = ctx.analysis, self.scope
        if self.metric == "words":
            return a.word_count(scope)
        if self.metric == "sentences":
            return sum(1 for _ in a.sentences(scope))
        if self.metric == "paragraphs":
            return len(ctx.draft.paragraphs)
        if self.metric == "questions":
            return sum(1 for s, _ in a.sentences(scope) if ctx.text[s.start:s.end].rstrip().endswith("?"))
        if self.metric == "exclamations":
            return sum(ctx.text[s.start:s.end].count("!") for s in ctx.draft.scope(scope))
        if self.metric == "characters":
            return sum(len(s) for s in ctx.draft.scope(scope))
        if self.metric == "grade":
            min_words = int(ctx.options.get("min_words", 40) or 40)
            if a.word_count(scope) < min_words:
                return None
            return round(_grade("\n\n".join(ctx.text[s.start:s.end] for s in ctx.draft.scope(scope))), 1)
        return None

    def check(self, ctx: Context) -> None:
        hi, lo = ctx.kind_option("max"), ctx.kind_option("min")
        if self.metric == "sentence_words":
            for span, sent in ctx.analysis.sentences(self.scope):
                n = sum(1 for t in cast("SpacySpan", sent) if not (t.is_punct or t.is_space))
                if hi is not None and n > hi:
                    ctx.report(span, format_message(self.message_template, ctx, value=n, limit=hi,
                                                    metric=self.metric))
            return
        value = self.value(ctx)
        if value is None:
            return
        shown = int(value) if float(value).is_integer() else value
        if hi is not None and value > hi:
            ctx.report(_scope_span(ctx, self.scope),
                       format_message(self.message_template, ctx, value=shown, limit=hi, metric=self.metric))
        elif lo is not None and value < lo:
            ctx.report(_scope_span(ctx, self.scope),
                       format_message(self.message_template, ctx, value=shown, limit=lo, metric=self.metric))


class Required(DeclarativeRule):
    """An element that must be present in the scope (e.g. thanks in a thank-you)."""

    extends = "required"
    KIND_KEYS = MatcherSpec.KEYS

    def setup(self) -> None:
        self.matcher = matcher_from(self.data, "message")

    def check(self, ctx: Context) -> None:
        if not ctx.draft.own_spans():
            return  # nothing written yet: other rules say so
        if not self.matcher.find(ctx):
            ctx.report(ctx.anchor(), format_message(self.message_template, ctx))


class Conditional(DeclarativeRule):
    """If ``if`` matches, ``then`` must match too (in its own scope); reported at each ``if`` match."""

    extends = "conditional"
    KIND_KEYS = ("if", "then", "scope")

    def setup(self) -> None:
        for key in ("if", "then"):
            if not isinstance(self.data.get(key), Mapping):
                raise ValueError(f"'{key}' must be a mapping with tokens, lemmas or patterns")
        self.first = matcher_from(self.data["if"], self.scope)
        self.second = matcher_from(self.data["then"], self.scope)

    def check(self, ctx: Context) -> None:
        hits = self.first.find(ctx)
        if hits and not self.second.find(ctx):
            for m in hits:
                ctx.report(m.span, format_message(self.message_template, ctx, match=m.text))


KINDS: dict[str, type[DeclarativeRule]] = {
    cls.extends: cls for cls in (Existence, Substitution, Occurrence, Metric, Required, Conditional)
}

# which kinds take a matcher (used to validate that one is given)
NEEDS_MATCHER: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "existence": lambda d: any(d.get(k) for k in ("tokens", "lemmas", "patterns")),
    "occurrence": lambda d: any(d.get(k) for k in ("tokens", "lemmas", "patterns")),
    "required": lambda d: any(d.get(k) for k in ("tokens", "lemmas", "patterns")),
    "substitution": lambda d: bool(d.get("swap")),
    "metric": lambda d: bool(d.get("metric")),
    "conditional": lambda d: bool(d.get("if")) and bool(d.get("then")),
}
