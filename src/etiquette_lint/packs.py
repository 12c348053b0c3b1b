"""Declarative rule packs: folders of small YAML files, one rule each.

A file looks like::

    code: EL201
    name: generic-salutation
    extends: existence          # existence | substitution | occurrence | metric | required | conditional
    category: greeting
    severity: warning
    kinds: [thank_you, check_in]   # optional; default all kinds
    guidance: [G3]
    scope: greeting
    message: "'{match}' is generic: address {interviewer} by name."
    summary: ...
    why: ...
    instead: ...
    tokens: ['Dear Sir']
    examples:
      fail: ["Dear Sir,\\n\\nThank you ..."]
      pass: ["Dear Ms. Lee,\\n\\nThank you ..."]
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

import yaml

from .bounded_re import trusted as trusted_patterns
from .checks import KINDS as CHECK_KINDS
from .checks import NEEDS_MATCHER, DeclarativeRule
from .errors import RulePackError
from .nlp import SCOPES

META_KEYS = ("code", "name", "extends", "category", "severity", "level", "kinds", "guidance", "message",
             "summary", "why", "instead", "examples", "requires_facts", "link", "options", "kind_sensitive")


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _line_of(node: yaml.Node, key: str) -> int | None:
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if getattr(k, "value", None) == key:
                return int(k.start_mark.line) + 1
    return None


_TEXT = (str,)
_SCALAR_TEXT = (str, int, float)  # written unquoted, a code or a number still reads as text
# The type each field must have; anything else is reported naming the field (the rule is skipped).
FIELD_TYPES: dict[str, tuple[str, tuple[type, ...]]] = {
    "code": ("a string such as EL901", _SCALAR_TEXT), "name": ("a kebab-case string", _TEXT),
    "extends": ("one word", _TEXT), "category": ("a string", _TEXT), "severity": ("a string", _TEXT),
    "level": ("a string", _TEXT), "message": ("a string", _SCALAR_TEXT), "summary": ("a string", _SCALAR_TEXT),
    "why": ("a string", _SCALAR_TEXT), "instead": ("a string", _SCALAR_TEXT), "link": ("a string", _TEXT),
    "scope": ("a string", _TEXT), "metric": ("a string", _TEXT), "replace": ("a string", _SCALAR_TEXT),
    "kinds": ("a list of kinds", (list,)), "guidance": ("a list", (list,)),
    "requires_facts": ("a list of fact names", (list,)), "tokens": ("a list of regular expressions", (list,)),
    "lemmas": ("a list of phrases", (list,)), "exceptions": ("a list of regular expressions", (list,)),
    "unless": ("a list of regular expressions", (list,)), "patterns": ("a list of spaCy token patterns", (list,)),
    "ignorecase": ("true or false", (bool,)), "nonword": ("true or false", (bool,)),
    "safe": ("true or false", (bool,)), "remove": ("true or false", (bool,)),
    "kind_sensitive": ("true or false", (bool,)),
    "max": ("a number", (int, float)), "min": ("a number", (int, float)), "max_reports": ("a number", (int,)),
    "min_words": ("a number", (int,)), "per_kind": ("a mapping of kind: {max: N}", (dict,)),
    "swap": ("a mapping of pattern: replacement", (dict,)), "if": ("a mapping with tokens", (dict,)),
    "then": ("a mapping with tokens", (dict,)), "examples": ("a mapping with 'pass' and 'fail' lists", (dict,)),
    "options": ("a mapping of option: value", (dict,)),
}
_LIST_ITEMS = {"kinds": _TEXT, "guidance": _SCALAR_TEXT, "requires_facts": _TEXT, "tokens": _SCALAR_TEXT,
               "lemmas": _TEXT, "exceptions": _SCALAR_TEXT, "unless": _SCALAR_TEXT, "patterns": (list,)}


def check_field_types(data: dict[Any, Any], fail: Any) -> None:
    """Raise ``fail(field, problem)`` for the first field whose value has the wrong type
    (``extends: [x]``, ``tokens: 5``, ``max: "ten"``), so the rule is skipped with a clear
    warning instead of a traceback that stops the run."""
    import math

    def shown(value: Any) -> str:
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "..."

    for key, value in data.items():
        if not isinstance(key, str):
            raise fail(str(key), "field names are words such as code, name, extends")
        if key not in FIELD_TYPES or value is None and key not in ("code", "name", "extends", "category",
                                                                   "message"):
            continue
        what, types = FIELD_TYPES[key]
        ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
        if ok and isinstance(value, float) and not math.isfinite(value):
            ok = False
        if not ok:
            raise fail(key, f"expected {what}, got {shown(value)}")
        if key in _LIST_ITEMS:
            for item in value:
                if not isinstance(item, _LIST_ITEMS[key]) or isinstance(item, bool):
                    raise fail(key, f"expected {what}, but one item is {shown(item)}")
                if key == "patterns" and not (isinstance(item, list) and all(isinstance(tok, dict) for tok in item)):
                    raise fail(key, f"expected {what} (lists of {{attribute: value}} mappings), got {shown(item)}")
        if key == "per_kind":
            for kind, opts in value.items():
                if not isinstance(opts, dict) or not all(
                        isinstance(v, (int, float)) and not isinstance(v, bool) for v in opts.values()):
                    raise fail(key, f"expected {what}, but {kind} is {shown(opts)}")
        if key == "swap":
            for pattern, replacement in value.items():
                if not isinstance(pattern, _SCALAR_TEXT) or not isinstance(replacement, _SCALAR_TEXT):
                    raise fail(key, f"expected {what} (both strings), got {shown(pattern)}: {shown(replacement)}")
                try:
                    re.compile(str(pattern))
                except re.error as exc:
                    raise fail(key, f"invalid regular expression {shown(pattern)}: {exc}") from None
        if key == "examples":
            for side, cases in value.items():
                if side not in ("pass", "fail") or not isinstance(cases, list):
                    raise fail(key, f"expected {what}, got {side}: {shown(cases)}")
                for case in cases:
                    if not isinstance(case, (str, dict)) or isinstance(case, dict) and not isinstance(
                            case.get("text"), str):
                        raise fail(key, f"each example is a string or a mapping with 'text'; got {shown(case)}")


def _is_shipped(path: Path) -> bool:
    """Is this rule file one of the packs shipped with etiquette-lint (reviewed for linear time)?"""
    try:
        return path.resolve().is_relative_to(builtin_rules_dir())
    except (OSError, ValueError):
        return False


def _refuse_aliases(raw: str, display: str) -> None:
    """A rule never needs a YAML alias (``*name``), and aliases can expand a file of a few
    hundred bytes into gigabytes (a "billion laughs"): refuse them, naming the file and line.
    Only the parser's events are read, so nothing is expanded."""
    if "*" not in raw:
        return
    for event in yaml.parse(raw, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent):
            line = event.start_mark.line + 1 if event.start_mark is not None else None
            raise RulePackError(f"YAML aliases (*{event.anchor}) are not allowed in a rule file: write the "
                                "value out", display, line)


def load_rule_file(path: Path) -> DeclarativeRule:
    """Load and validate one YAML rule. Raises :class:`RulePackError` naming file, line and field."""
    display = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(f"cannot read rule: {exc}", display) from None
    try:
        _refuse_aliases(raw, display)
        data = yaml.load(raw, Loader=_LOADER)  # libyaml when available: packs load on every CLI run
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RulePackError(f"malformed YAML: {getattr(exc, 'problem', None) or exc}", display,
                            mark.line + 1 if mark else None) from None
    except (ValueError, OverflowError, RecursionError) as exc:  # e.g. a date YAML cannot build (year 0)
        raise RulePackError(f"malformed YAML: {exc or type(exc).__name__}", display) from None
    if not isinstance(data, dict):
        raise RulePackError("a rule file is a mapping of fields (code, name, extends, ...)", display, 1)

    def fail(key: str, problem: str) -> RulePackError:
        # the node tree (for line numbers) is only built when there is an error to point at
        try:
            line = _line_of(yaml.compose(raw), key)  # type: ignore[arg-type]
        except (yaml.YAMLError, RecursionError):  # the pure-Python composer is stricter than libyaml
            line = None
        return RulePackError(f"field '{key}': {problem}", display, line or 1)

    for key in ("code", "name", "extends", "category", "message"):
        if key not in data:
            raise RulePackError(f"missing required field '{key}'", display, 1)
    check_field_types(data, fail)
    extends = data["extends"]
    if extends not in CHECK_KINDS:
        raise fail("extends", f"{extends!r} is not one of {', '.join(CHECK_KINDS)}")
    cls = CHECK_KINDS[extends]
    allowed = set(META_KEYS) | set(cls.KIND_KEYS) | {"scope"}
    for key in data:
        if key not in allowed:
            raise fail(str(key), f"unknown field for extends: {extends} (allowed: {', '.join(sorted(allowed))})")
    scope = data.get("scope", "message")
    if scope not in SCOPES:
        raise fail("scope", f"{scope!r} is not one of {', '.join(SCOPES)}")
    if not NEEDS_MATCHER[extends](data):
        raise fail("extends", f"a {extends} rule needs " + {
            "substitution": "'swap'", "metric": "'metric'", "conditional": "'if' and 'then'",
        }.get(extends, "'tokens', 'lemmas' or 'patterns'"))
    for key in ("tokens", "exceptions", "unless"):
        for tok in data.get(key) or []:
            try:
                re.compile(str(tok))
            except re.error as exc:
                raise fail(key, f"invalid regular expression {tok!r}: {exc}") from None
    for key in ("kinds", "guidance", "requires_facts", "tokens", "lemmas", "exceptions", "unless"):
        if key in data and not isinstance(data[key], list):
            raise fail(key, "expected a list")
    if "examples" in data and not isinstance(data["examples"], dict):
        raise fail("examples", "expected a mapping with 'pass' and 'fail' lists")

    meta: dict[str, Any] = {
        "code": str(data["code"]), "name": str(data["name"]), "category": str(data["category"]),
        "severity": str(data.get("severity", data.get("level", "warning"))),
        "guidance": tuple(str(g) for g in data.get("guidance") or ()),
        "summary": str(data.get("summary", "")).strip(), "why": str(data.get("why", "")).strip(),
        "instead": str(data.get("instead", "")).strip(), "message": str(data["message"]),
        "examples": data.get("examples") or {}, "requires_facts": tuple(data.get("requires_facts") or ()),
        "origin": display,
    }
    if data.get("kinds"):
        meta["kinds"] = tuple(str(k) for k in data["kinds"])
    if "kind_sensitive" in data:
        if not isinstance(data["kind_sensitive"], bool):
            raise fail("kind_sensitive", "expected true or false")
        meta["kind_sensitive"] = data["kind_sensitive"]
    kind_data = {k: v for k, v in data.items() if k not in META_KEYS}
    shipped = _is_shipped(path)
    try:
        with trusted_patterns() if shipped else contextlib.nullcontext():
            rule = cls(meta, kind_data)
    except (ValueError, TypeError, re.error) as exc:
        raise RulePackError(f"invalid rule: {exc}", display, 1) from None
    if data.get("options"):
        rule.options = {**dict(getattr(rule, "options", {}) or {}), **data["options"]}
    problems = rule.validate()
    if problems:
        first = problems[0]
        key = first.split()[0]
        raise fail(key, first)
    return rule


def load_pack_dir(folder: Path) -> tuple[list[DeclarativeRule], list[RulePackError]]:
    """Every ``*.yml``/``*.yaml`` rule below ``folder``; malformed ones are returned as errors."""
    rules: list[DeclarativeRule] = []
    errors: list[RulePackError] = []
    if not folder.is_dir():
        errors.append(RulePackError("rule pack folder not found", str(folder)))
        return rules, errors
    for path in sorted(folder.rglob("*.y*ml")):
        if path.suffix not in (".yml", ".yaml"):
            continue
        try:
            rules.append(load_rule_file(path))
        except RulePackError as exc:
            errors.append(exc)
        except Exception as exc:  # noqa: BLE001 - one malformed rule must not stop the run
            errors.append(RulePackError(f"malformed rule, skipped: {type(exc).__name__}: {exc}", str(path)))
    return rules, errors


def builtin_rules_dir() -> Path:
    """The packs shipped in the wheel (``etiquette_lint/_rules``), or the repo's ``rules/``."""
    here = Path(__file__).resolve().parent
    shipped = here / "_rules"
    if shipped.is_dir():
        return shipped
    return here.parent.parent / "rules"
