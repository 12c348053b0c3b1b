"""The pipeline: input -> Draft -> facts/kind -> NLP doc -> rules -> diagnostics -> Report."""

from __future__ import annotations

import bisect
import itertools
import os
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping

from . import facts as facts_mod
from .bounded_re import budget as pattern_budget
from .bounded_re import budget_for
from .config import Config, find_config, load_config
from .errors import ConfigError
from .diagnostics import Diagnostic, severity_rank
from .draft import Draft, parse
from .errors import DraftNotChecked, EtiquetteLintError
from .facts import Facts
from .inputs import (Source, clean_surrogates, max_bytes_setting, message_text, read_path, source_from_text,
                     too_large, utf8_size)
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
    #: False when a rule could not run on the draft: such a report is only ever seen on the
    #: :class:`~etiquette_lint.errors.DraftNotChecked` the linter raises, and is never ok.
    complete: bool = True
    failures: list[str] = field(default_factory=list)

    def ok(self, fail_on: str = "warning") -> bool:
        """True when the draft was checked in full and no diagnostic is at or above ``fail_on``
        (``"never"``: any complete report is ok)."""
        if not self.complete or self.failures:
            return False
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

    def __init__(self, config: Config | None = None, *, rules: Iterable[Any] = (), max_bytes: int | None = None):
        self.config = config or Config()
        #: The largest draft this linter checks, in bytes of UTF-8 text: ``max_bytes``, else
        #: ``$ETIQUETTE_LINT_MAX_BYTES``, else the configuration's ``max-size``, else 1 MB.
        self.max_bytes = max_bytes if max_bytes is not None else max_bytes_setting(
            getattr(self.config, "max_size", None))
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
        return self.lint_source(source_from_text(text, path, max_bytes=self.max_bytes), facts=facts, kind=kind)

    def lint_file(self, path: str | os.PathLike[str], facts: Facts | Mapping[str, Any] | None = None,
                  kind: str | None = None) -> Report:
        """Lint a draft file (``"-"`` reads standard input)."""
        return self.lint_source(read_path(path, max_bytes=self.max_bytes), facts=facts, kind=kind)

    def lint_source(self, source: Source, facts: Facts | Mapping[str, Any] | None = None,
                    kind: str | None = None) -> Report:
        """Lint a :class:`~etiquette_lint.inputs.Source`.

        Never a quiet pass: a draft over the size limit raises
        :class:`~etiquette_lint.errors.DraftTooLarge`; a draft the analysis or a rule could not
        run on raises :class:`~etiquette_lint.errors.DraftNotChecked` (naming the rules, with
        what the other rules found on ``exc.report``). Both are errors (exit 2), never a pass."""
        if kind is not None and kind not in facts_mod.KINDS:
            raise facts_mod.FactsError(f"kind {kind!r} is not one of {', '.join(facts_mod.KINDS)}")
        size = utf8_size(message_text(source), self.max_bytes)
        if size > self.max_bytes:
            raise too_large(size, self.max_bytes, source.path)
        notes: list[str] = input_notes(source)
        source = _without_surrogates(source, notes)
        try:
            draft = parse(source)
        except EtiquetteLintError:
            raise
        except Exception as exc:  # a parser bug must not turn into a pass, nor a traceback
            raise DraftNotChecked(f"the draft could not be parsed, so it was not checked "
                                  f"({type(exc).__name__}: {exc})", source.path) from exc
        all_facts = self.resolve_facts(source, draft, facts)
        if not draft.own_spans() and not draft.subject:
            raise EtiquetteLintError("the draft has no text of its own to lint (only front matter, "
                                     "quoted messages or a signature)", source.path)
        nlp = self.nlp
        if nlp.max_length <= self.max_bytes:  # our own limit governs; spaCy's must never bite
            nlp.max_length = self.max_bytes + 1
        analysis = Analysis(draft, nlp)
        try:
            analysis.part_docs
            kind_result = resolve_kind(kind, all_facts.kind,
                                       None if (kind or all_facts.kind) else analysis.readings.kind_probs)
        except EtiquetteLintError:
            raise
        except Exception as exc:
            raise DraftNotChecked(f"the draft could not be analysed, so no rule was checked "
                                  f"({type(exc).__name__}: {exc})", source.path) from exc
        diagnostics: list[Diagnostic] = []
        failures: list[str] = []
        seconds = budget_for(size)
        services = {"config": self.config, "cache": self.cache, "lock": self._lock}
        for rule in self.rules:
            if not rule.applies_to(kind_result.kind, all_facts):
                continue
            ctx = Context(draft, all_facts, kind_result.kind, analysis, self.config.options_for(rule),
                          kind_detected=kind_result.detected, services=services,
                          kind_confidence=kind_result.confidence, kind_alternatives=kind_result.alternatives)
            try:
                with pattern_budget(seconds):  # a pack's patterns that cannot run on RE2 get a time budget
                    rule.check(ctx)
            except RuleNotice as notice:  # the rule says it cannot run here: not checked in full
                failures.append(f"rule {rule.code} {rule.name} ({rule.origin}) could not run: {notice}")
                continue
            except EtiquetteLintError:
                raise
            except Exception as exc:  # noqa: BLE001 - reported below: the draft is not checked in full
                failures.append(f"rule {rule.code} {rule.name} ({rule.origin}) failed: "
                                f"{type(exc).__name__}: {exc}")
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
        report = Report(path=source.path, kind=kind_result.kind, kind_reason=kind_result.reason,
                        kind_detected=kind_result.detected, diagnostics=diagnostics,
                        score=readiness_score(diagnostics), facts=all_facts, positions=source.positions,
                        notes=notes, text=draft.text, draft=draft, kind_confidence=kind_result.confidence,
                        kind_alternatives=kind_result.alternatives, complete=not failures, failures=failures)
        if failures:
            more = f" (and {len(failures) - 1} more rule{'s' if len(failures) > 2 else ''})" if len(failures) > 1 else ""
            raise DraftNotChecked(f"the draft could not be checked in full, so it does not pass: {failures[0]}{more}",
                                  source.path, report=report, failures=tuple(failures))
        return report

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


def _without_surrogates(source: Source, notes: list[str]) -> Source:
    """Lone surrogates (not Unicode text; a str decoded with ``surrogateescape`` holds them)
    break encoders in the analysis: each is read as U+FFFD instead, one for one, so offsets
    hold, and a note says so."""
    text, n = clean_surrogates(source.text)
    subject, m = clean_surrogates(source.subject) if source.subject else (source.subject, 0)
    if not n and not m:
        return source
    notes.append(f"the draft holds {n + m} lone surrogate code point{'s' if n + m != 1 else ''} (not valid "
                 "Unicode text, e.g. from bytes decoded with surrogateescape); each was read as U+FFFD")
    return replace(source, text=text, subject=subject)


def input_notes(source: Source) -> list[str]:
    """What the user should know about how the draft was read (e.g. it was not UTF-8)."""
    if source.encoding == "cp1252":
        return ["the file is not valid UTF-8, so it was read as Windows-1252 (cp1252): check that accented "
                "letters and quotes look right, and save the draft as UTF-8"]
    return []


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
    others = sorted((d.start, d.end) for d in diagnostics if d.category != "spelling")
    if not others:
        return diagnostics
    starts = [s for s, _ in others]

    def shadowed(d: Diagnostic) -> bool:
        # another finding about this word (or a bracket around it), not a whole sentence: it is
        # at most 4 characters longer, so it starts at most that far before the word
        width = (d.end - d.start) + 4
        lo = bisect.bisect_left(starts, d.start - width)
        hi = bisect.bisect_left(starts, d.end)
        return any(d.start < e and (e - s) <= width for s, e in others[lo:hi])

    return [d for d in diagnostics if d.category != "spelling" or not shadowed(d)]


CASUAL_SUMMARY_AT = 4  # this many casual findings become one summary warning


def _drop_shadowed_casual_wording(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """One finding per problem: a sentence read as casual (EL529) is not reported again when an
    exact-form casual rule (slang, texting shorthand, emoji, "!!") already reports words in it."""
    exact = sorted((d.start, d.end) for d in diagnostics if d.category == "tone.casual" and d.code != "EL529")
    starts = [s for s, _ in exact]
    reach = list(itertools.accumulate((e for _, e in exact), max))  # the furthest end so far

    def overlapped(d: Diagnostic) -> bool:
        i = bisect.bisect_left(starts, d.end)  # the exact findings that start before d ends
        return i > 0 and reach[i - 1] > d.start

    return [d for d in diagnostics if d.code != "EL529" or not overlapped(d)]


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
    in_casual = {id(d) for d in casual}
    for d in diagnostics:
        if d is first:
            out.append(summary)
        elif id(d) in in_casual:
            out.append(replace(d, severity="info"))
        else:
            out.append(d)
    return out


def _snippet(text: str, d: Diagnostic) -> str:
    words = " ".join(text[d.start:d.end].split())
    return words if len(words) <= 30 else words[:29] + "…"


# One Linter per distinct configuration (by fingerprint, not object identity), the few most
# recently used only: a server linting with many Config objects stays flat in memory.
_DEFAULT: "OrderedDict[str, Linter]" = OrderedDict()
_DEFAULT_LOCK = threading.Lock()
MAX_CACHED_LINTERS = 8


def _linter_for(config: Config | Mapping[str, Any] | str | os.PathLike[str] | None) -> Linter:
    if config is None or isinstance(config, Config):
        config = config or Config()
        key = config.fingerprint()
        with _DEFAULT_LOCK:
            linter = _DEFAULT.get(key)
            if linter is None:
                linter = _DEFAULT[key] = Linter(config)
                while len(_DEFAULT) > MAX_CACHED_LINTERS:
                    _DEFAULT.popitem(last=False)
            _DEFAULT.move_to_end(key)
            return linter
    if isinstance(config, Mapping):
        from .config import config_from_mapping
        return _linter_for(config_from_mapping(config, path="<config>"))
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
