"""The pipeline: input -> Draft -> facts/kind -> NLP doc -> rules -> diagnostics -> Report."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from . import facts as facts_mod
from .config import Config, find_config, load_config
from .errors import ConfigError
from .diagnostics import Diagnostic, severity_rank
from .draft import Draft, parse
from .errors import EtiquetteLintError
from .facts import Facts
from .inputs import Source, read_path, source_from_text
from .kinds import KindResult, label_of, resolve_kind
from .nlp import Analysis, get_nlp
from .registry import RuleSet, add_rules, load_rules
from .rule import Context, Finding, Rule, RuleNotice, make_diagnostic
from .score import readiness_score

JSON_VERSION = 1


@dataclass
class Report:
    """The result of linting one draft."""

    path: str
    kind: str
    kind_reason: str
    kind_detected: bool
    diagnostics: list[Diagnostic]
    score: int
    facts: Facts
    positions: str = "file"
    notes: list[str] = field(default_factory=list)
    text: str = field(default="", repr=False)
    draft: Draft | None = field(default=None, repr=False)
    kind_confidence: float = 1.0
    kind_alternatives: tuple[str, ...] = ()

    def ok(self, fail_on: str = "warning") -> bool:
        """True when no diagnostic is at or above ``fail_on`` (``"never"`` is always ok)."""
        if fail_on == "never":
            return True
        limit = severity_rank(fail_on)
        return all(severity_rank(d.severity) < limit for d in self.diagnostics)

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for d in self.diagnostics:
            out[d.severity] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        """The per-file object of the JSON output."""
        return {
            "path": self.path,
            "kind": self.kind,
            "kind_detected": self.kind_detected,
            "kind_reason": self.kind_reason,
            "kind_confidence": self.kind_confidence,
            "score": self.score,
            "positions": self.positions,
            "facts": self.facts.to_dict(),
            "notes": list(self.notes),
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }


class Linter:
    """Loads rules and the NLP pipeline once, then lints many drafts.

    >>> linter = Linter()
    >>> report = linter.lint("Dear Sir,\\n\\nThank you for the interview.\\n")
    >>> report.kind
    'thank_you'
    """

    def __init__(self, config: Config | None = None, *, rules: Iterable[Any] = ()):
        self.config = config or Config()
        self.ruleset: RuleSet = load_rules(self.config.rule_paths, plugins=self.config.plugins)
        for obj in rules:
            add_rules(self.ruleset, obj, "API")
        self.config.validate_against(self.ruleset.rules)
        if self.config.model:
            try:
                get_nlp(self.config.model)  # fail now, naming the config file, not mid-run
            except ConfigError as exc:
                raise ConfigError(exc.reason, self.config.path, self.config.key_lines.get("model")) from None
        self.cache: dict[str, Any] = {}  # for rules that keep expensive state between drafts
        self._lock = threading.Lock()

    @property
    def problems(self) -> list[str]:
        """Rule packs or plugins that failed to load (they were skipped)."""
        return list(self.ruleset.problems)

    @property
    def rules(self) -> list[Rule]:
        """The enabled rules."""
        return [r for r in self.ruleset.rules if self.config.enabled(r)]

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        return get_nlp(self.config.model)

    def lint(self, text: str, facts: Facts | Mapping[str, Any] | None = None, kind: str | None = None,
             path: str = "<string>") -> Report:
        """Lint a draft given as a string (plain text, Markdown with front matter, or an e-mail
        when ``path`` ends in .eml)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        return self.lint_source(source_from_text(text, path), facts=facts, kind=kind)

    def lint_file(self, path: str | os.PathLike[str], facts: Facts | Mapping[str, Any] | None = None,
                  kind: str | None = None) -> Report:
        """Lint a draft file (``"-"`` reads standard input)."""
        return self.lint_source(read_path(path), facts=facts, kind=kind)

    def lint_source(self, source: Source, facts: Facts | Mapping[str, Any] | None = None,
                    kind: str | None = None) -> Report:
        if kind is not None and kind not in facts_mod.KINDS:
            raise facts_mod.FactsError(f"kind {kind!r} is not one of {', '.join(facts_mod.KINDS)}")
        draft = parse(source)
        all_facts = self.resolve_facts(source, draft, facts)
        if not draft.own_spans() and not draft.subject:
            raise EtiquetteLintError("the draft has no text of its own to lint (only front matter, "
                                     "quoted messages or a signature)", source.path)
        analysis = Analysis(draft, self.nlp)
        kind_result = resolve_kind(kind, all_facts.kind,
                                   None if (kind or all_facts.kind) else analysis.readings.kind_probs)
        diagnostics: list[Diagnostic] = []
        notes: list[str] = []
        services = {"config": self.config, "cache": self.cache, "lock": self._lock}
        for rule in self.rules:
            if not rule.applies_to(kind_result.kind, all_facts):
                continue
            ctx = Context(draft, all_facts, kind_result.kind, analysis, self.config.options_for(rule),
                          kind_detected=kind_result.detected, services=services,
                          kind_confidence=kind_result.confidence, kind_alternatives=kind_result.alternatives)
            try:
                rule.check(ctx)
            except RuleNotice as notice:
                if str(notice) not in notes:
                    notes.append(str(notice))
                continue
            except EtiquetteLintError:
                raise
            except Exception as exc:  # a broken rule must not take the run down
                notes.append(f"rule {rule.code} {rule.name} ({rule.origin}) failed on this draft and was "
                             f"skipped: {type(exc).__name__}: {exc}")
                continue
            notes.extend(n for n in ctx.notes if n not in notes)
            severity = self.config.severity_for(rule)
            unsure = _unsure_for(rule, kind_result)
            for finding in ctx.findings:
                if finding.span.end > len(draft.text):
                    continue
                if unsure and (finding.severity or severity) in ("warning", "error"):
                    finding = Finding(finding.span, finding.message + unsure, finding.fix, "info")
                diagnostics.append(make_diagnostic(rule, finding, draft, severity))
        diagnostics = _drop_shadowed_spelling(diagnostics)
        diagnostics = _one_casual_summary(_drop_shadowed_casual_wording(diagnostics), draft.text)
        diagnostics.sort(key=lambda d: (d.start, d.end, d.code))
        return Report(path=source.path, kind=kind_result.kind, kind_reason=kind_result.reason,
                      kind_detected=kind_result.detected, diagnostics=diagnostics,
                      score=readiness_score(diagnostics), facts=all_facts, positions=source.positions,
                      notes=notes, text=draft.text, draft=draft, kind_confidence=kind_result.confidence,
                      kind_alternatives=kind_result.alternatives)

    def resolve_facts(self, source: Source, draft: Draft, given: Facts | Mapping[str, Any] | None) -> Facts:
        """Facts from .eml headers < sidecar file < front matter < the caller (CLI flags or API)."""
        result = facts_mod.facts_from_headers(source.headers)
        if source.path not in ("<string>", "<stdin>", "<example>"):
            sidecar = facts_mod.load_sidecar(source.path)
            if sidecar is not None:
                result = result.merged(sidecar)
        if draft.front_matter_data:
            fm_lines = facts_mod.key_lines(draft.text[: draft.front_matter.end] if draft.front_matter else "", 1)
            result = result.merged(facts_mod.facts_from_mapping(
                draft.front_matter_data, origin="front matter", path=source.path, lines=fm_lines))
        result = result.merged(facts_mod.coerce(given))
        facts_mod.check_consistency(result, path=source.path)
        return result


def _unsure_for(rule: Rule, kind: KindResult) -> str:
    """For a kind-sensitive rule on a draft whose kind was detected with low confidence, and
    which could also be a kind the rule does not cover: the note that steps its warnings
    down to info. Empty when the finding stands."""
    if not rule.kind_sensitive or not kind.uncertain:
        return ""
    others = [k for k in kind.alternatives if k not in rule.kinds]
    if not others:
        return ""
    shown = " or ".join(label_of(k) for k in others[:2])
    return (f" (info only: this applies to a {label_of(kind.kind)}, but the draft could also be a {shown}; "
            "set kind in the facts or pass --kind to be sure)")


def _drop_shadowed_spelling(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """One slip, one message: a spelling finding on a word another rule already reports
    ("thx" as texting shorthand, "[DATE]" as a placeholder) is dropped."""
    others = [(d.start, d.end) for d in diagnostics if d.category != "spelling"]
    if not others:
        return diagnostics

    def same_word(d: Diagnostic, s: int, e: int) -> bool:
        # the other finding is about this word (or a bracket around it), not a whole sentence
        return s < d.end and d.start < e and (e - s) <= (d.end - d.start) + 4

    return [d for d in diagnostics if d.category != "spelling" or not any(same_word(d, s, e) for s, e in others)]


CASUAL_SUMMARY_AT = 4  # this many casual findings become one summary warning


def _drop_shadowed_casual_wording(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """One finding per problem: a sentence read as casual (EL529) is not reported again when an
    exact-form casual rule (slang, texting shorthand, emoji, "!!") already reports words in it."""
    exact = [(d.start, d.end) for d in diagnostics if d.category == "tone.casual" and d.code != "EL529"]
    return [d for d in diagnostics
            if d.code != "EL529" or not any(s < d.end and d.start < e for s, e in exact)]


def _one_casual_summary(diagnostics: list[Diagnostic], text: str) -> list[Diagnostic]:
    """A draft with many casual slips gets one clear warning that lists them; each slip stays
    as info, so an editor still underlines it."""
    casual = [d for d in diagnostics if d.category == "tone.casual" and severity_rank(d.severity) >= severity_rank("warning")]
    if len(casual) < CASUAL_SUMMARY_AT:
        return diagnostics
    first = min(casual, key=lambda d: d.start)
    shown = ", ".join(f"'{_snippet(text, d)}'" for d in sorted(casual, key=lambda d: d.start)[:5])
    more = f" and {len(casual) - 5} more" if len(casual) > 5 else ""
    summary = replace(first, message=f"{len(casual)} casual touches in this draft ({shown}{more}): a follow-up "
                                     "to an interview is professional correspondence; rewrite it in a plain, "
                                     "courteous register (each one is listed as info)")
    out = []
    for d in diagnostics:
        if d is first:
            out.append(summary)
        elif d in casual:
            out.append(replace(d, severity="info"))
        else:
            out.append(d)
    return out


def _snippet(text: str, d: Diagnostic) -> str:
    words = " ".join(text[d.start:d.end].split())
    return words if len(words) <= 30 else words[:29] + "…"


_DEFAULT: dict[Any, Linter] = {}
_DEFAULT_LOCK = threading.Lock()


def _linter_for(config: Config | Mapping[str, Any] | str | os.PathLike[str] | None) -> Linter:
    if config is None:
        key: Any = None
    elif isinstance(config, Config):
        key = id(config)
    else:
        key = None
    if key is not None or config is None:
        with _DEFAULT_LOCK:
            if key not in _DEFAULT:
                _DEFAULT[key] = Linter(config if isinstance(config, Config) else None)
            return _DEFAULT[key]
    if isinstance(config, Mapping):
        from .config import config_from_mapping
        return Linter(config_from_mapping(config, path="<config>"))
    return Linter(load_config(Path(config)))


def lint(text: str, facts: Facts | Mapping[str, Any] | None = None, kind: str | None = None,
         config: Config | Mapping[str, Any] | str | os.PathLike[str] | None = None) -> Report:
    """Lint one draft given as text.

    ``facts``: a mapping with the fields of DESIGN.md (``interviewer``, ``company``,
    ``interview_at``, ...) or a :class:`Facts`. ``kind``: force the message kind.
    ``config``: a :class:`Config`, a mapping of ``[tool.etiquette-lint]`` keys, or a
    path to a config file. Rules and the NLP pipeline are loaded once per process.
    """
    return _linter_for(config).lint(text, facts=facts, kind=kind)


def lint_file(path: str | os.PathLike[str], facts: Facts | Mapping[str, Any] | None = None,
              kind: str | None = None, config: Config | Mapping[str, Any] | str | os.PathLike[str] | None = None
              ) -> Report:
    """Lint a draft file. Without ``config``, the nearest configuration file above it is used."""
    if config is None and str(path) != "-":
        found = find_config(Path(path).absolute().parent)
        if found is not None:
            return _linter_for_file(found).lint_file(path, facts=facts, kind=kind)
    return _linter_for(config).lint_file(path, facts=facts, kind=kind)


_FILE_LINTERS: dict[tuple[str, int], Linter] = {}


def _linter_for_file(path: Path) -> Linter:
    """One Linter per configuration file, reloaded when the file changes."""
    key = (str(path.resolve()), path.stat().st_mtime_ns)
    with _DEFAULT_LOCK:
        if key not in _FILE_LINTERS:
            for old in [k for k in _FILE_LINTERS if k[0] == key[0]]:
                del _FILE_LINTERS[old]
            _FILE_LINTERS[key] = Linter(load_config(path))
        return _FILE_LINTERS[key]
