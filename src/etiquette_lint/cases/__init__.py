"""Rule cases: the drafts each rule must flag or pass, kept as data, one file per rule.

As SQLFluff keeps its rule test cases, every built-in rule (Python or YAML) has a case file
beside this module, named after its code (``EL201.yml``). Apart from ``rule`` and ``name``,
every top-level key names one case::

    rule: EL526
    name: repeated-punctuation

    fail_double_exclamation:        # a case that must be flagged
      fail: |-
        Hi Nicole,

        Yes!! I am excited to accept the offer.
      at: ["3:4-3:6"]               # where: line:col-line:col (1-based) of each diagnostic
      fix: |-                       # the text once this rule's fixes are applied
        Hi Nicole,

        Yes! I am excited to accept the offer.

    pass_one_mark:                  # a case that must pass
      pass: "Hi Priya,\\n\\nThanks for the session yesterday!"

A case may also give ``kind`` (the message kind to lint it as), ``facts`` (what the user
knows: ``{company: Initech}``), ``path`` (``x.eml`` parses the text as an e-mail) and
``note``. One parametrised test (``tests/test_rule_cases.py``) runs every case; the rule
reference (``docs/rules.md``, ``etiquette-lint rule CODE``) shows a rule's first ``fail``
case, its fix, and its first ``pass`` case.

Plugins and YAML packs of one's own keep their cases in the rule's ``examples``
(``{"fail": [...], "pass": [...]}``); those become :class:`Case` objects here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

import yaml

if TYPE_CHECKING:  # pragma: no cover
    from ..rule import Rule

#: The folder of the built-in rules' case files.
CASES_DIR = Path(__file__).resolve().parent
CASE_KEYS = ("fail", "pass", "kind", "facts", "path", "note", "at", "fix")
_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
_POSITION_RE = re.compile(r"^(\d+):(\d+)(?:-(\d+):(\d+))?$")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Position = tuple[tuple[int, int], tuple[int, int] | None]


class CaseFileError(ValueError):
    """A case file (or a rule's ``examples``) is malformed; the message names the file and case."""


@dataclass(frozen=True)
class Case:
    """One draft a rule must flag (``expect == "fail"``) or pass, with where it is flagged
    (``at``) and what the rule's fixes make of it (``fix``)."""

    text: str
    expect: str  # "pass" | "fail"
    facts: Mapping[str, Any] = field(default_factory=dict)
    kind: str | None = None
    note: str = ""
    path: str = "<example>"  # e.g. "x.eml" to parse the text as an e-mail
    name: str = ""
    #: each diagnostic's ``line:col-line:col`` (or ``line:col``, its start), in order; None: not stated
    at: tuple[str, ...] | None = None
    #: the text after applying every fix this rule offers; None: not stated (or no fix)
    fix: str | None = None

    def positions(self) -> list[Position]:
        """``at`` parsed: ((line, col), (end_line, end_col) or None) for each diagnostic."""
        out: list[Position] = []
        for spec in self.at or ():
            m = _POSITION_RE.match(spec)
            if m is None:  # pragma: no cover - rejected when the case is read
                raise CaseFileError(f"position {spec!r} is not line:col or line:col-line:col")
            end = (int(m.group(3)), int(m.group(4))) if m.group(3) else None
            out.append(((int(m.group(1)), int(m.group(2))), end))
        return out

    @classmethod
    def coerce(cls, value: Any, expect: str, name: str = "") -> "Case":
        """A case from a rule's ``examples`` entry: a string (the text) or a mapping."""
        if isinstance(value, Case):
            return value
        if isinstance(value, str):
            return cls(text=value, expect=expect, name=name)
        if isinstance(value, Mapping):
            unknown = set(value) - {"text", "facts", "kind", "note", "path", "at", "fix"}
            if unknown:
                raise CaseFileError(f"unknown example key {sorted(unknown)[0]!r}")
            if not isinstance(value.get("text"), str):
                raise CaseFileError("an example needs 'text' (a string)")
            return _build(name, expect, value["text"], value, where="example")
        raise CaseFileError(f"an example is a string or a mapping, not {type(value).__name__}")


#: The name the public API has always used for a case.
Example = Case


def _build(name: str, expect: str, text: str, data: Mapping[str, Any], *, where: str) -> Case:
    facts = data.get("facts") or {}
    if not isinstance(facts, Mapping):
        raise CaseFileError(f"{where}: 'facts' must be a mapping")
    kind = data.get("kind")
    if kind is not None and not isinstance(kind, str):
        raise CaseFileError(f"{where}: 'kind' must be a string")
    at = data.get("at")
    if at is not None:
        if expect != "fail":
            raise CaseFileError(f"{where}: 'at' belongs to a fail case")
        if not isinstance(at, list) or not at:
            raise CaseFileError(f"{where}: 'at' must be a list of \"line:col-line:col\" strings")
        for spec in at:
            if not isinstance(spec, str) or not _POSITION_RE.match(spec):
                raise CaseFileError(f"{where}: position {spec!r} is not a quoted \"line:col-line:col\"")
        at = tuple(at)
    fix = data.get("fix")
    if fix is not None:
        if expect != "fail":
            raise CaseFileError(f"{where}: 'fix' belongs to a fail case")
        if not isinstance(fix, str):
            raise CaseFileError(f"{where}: 'fix' must be a string (the fixed text)")
    return Case(text=text, expect=expect, facts=dict(facts), kind=kind, note=str(data.get("note") or ""),
                path=str(data.get("path") or "<example>"), name=name, at=at, fix=fix)


@dataclass(frozen=True)
class CaseFile:
    """A parsed case file: the rule's code and name, and its cases in file order."""

    path: Path
    code: str
    name: str
    cases: tuple[Case, ...]


def parse_case_file(text: str, where: str = "<cases>") -> CaseFile:
    """Read a case file's text; raises :class:`CaseFileError` naming the case at fault."""
    try:
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise CaseFileError(f"{where}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("rule"), str):
        raise CaseFileError(f"{where}: a case file is a mapping starting with 'rule: CODE'")
    cases: list[Case] = []
    for key, value in data.items():
        if key in ("rule", "name"):
            continue
        here = f"{where}: case {key!r}"
        if not isinstance(key, str) or not _NAME_RE.match(key):
            raise CaseFileError(f"{here}: a case name is lower-case words joined by '_'")
        if not isinstance(value, dict):
            raise CaseFileError(f"{here}: expected a mapping with 'fail' or 'pass'")
        unknown = sorted(set(value) - set(CASE_KEYS))
        if unknown:
            raise CaseFileError(f"{here}: unknown key {unknown[0]!r} (known: {', '.join(CASE_KEYS)})")
        expects = [e for e in ("fail", "pass") if e in value]
        if len(expects) != 1 or not isinstance(value[expects[0]], str):
            raise CaseFileError(f"{here}: give exactly one of 'fail' or 'pass', with the draft's text")
        cases.append(_build(key, expects[0], value[expects[0]], value, where=here))
    return CaseFile(Path(where), data["rule"], str(data.get("name") or ""), tuple(cases))


@lru_cache(maxsize=None)
def load_case_file(path: Path) -> CaseFile:
    """A case file from disk (read once)."""
    parsed = parse_case_file(path.read_text(encoding="utf-8"), str(path))
    return CaseFile(path, parsed.code, parsed.name, parsed.cases)


def case_files() -> list[Path]:
    """The built-in rules' case files, by code."""
    return sorted(CASES_DIR.glob("*.yml"))


def is_builtin(rule: "Rule") -> bool:
    """A rule shipped with etiquette-lint: a module of :mod:`etiquette_lint.builtin`, or a YAML
    rule from the shipped packs."""
    if type(rule).__module__.startswith("etiquette_lint.builtin."):
        return True
    origin = getattr(rule, "origin", "") or ""
    if not origin.endswith((".yml", ".yaml")):
        return False
    from ..packs import builtin_rules_dir

    try:
        Path(origin).resolve().relative_to(builtin_rules_dir().resolve())
    except ValueError:
        return False
    return True


def case_file_for(rule: "Rule") -> Path | None:
    """The case file of a built-in rule (None for a plugin or a pack of one's own)."""
    return CASES_DIR / f"{rule.code}.yml" if is_builtin(rule) else None


def rule_cases(rule: "Rule") -> list[Case]:
    """A rule's cases: from its case file for a built-in rule, else from its ``examples``."""
    path = case_file_for(rule)
    if path is not None:
        if not path.is_file():
            return []
        return list(load_case_file(path).cases)
    out: list[Case] = []
    examples: Mapping[str, Any] = rule.examples or {}
    for expect in ("fail", "pass"):
        for i, value in enumerate(examples.get(expect, []) or []):
            out.append(Case.coerce(value, expect, name=f"{expect}_{i + 1}"))
    return out
