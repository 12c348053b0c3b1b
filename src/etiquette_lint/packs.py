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

import re
from pathlib import Path
from typing import Any

import yaml

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
                return k.start_mark.line + 1
    return None


def load_rule_file(path: Path) -> DeclarativeRule:
    """Load and validate one YAML rule. Raises :class:`RulePackError` naming file, line and field."""
    display = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(f"cannot read rule: {exc}", display) from None
    try:
        data = yaml.load(raw, Loader=_LOADER)  # libyaml when available: packs load on every CLI run
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RulePackError(f"malformed YAML: {getattr(exc, 'problem', None) or exc}", display,
                            mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise RulePackError("a rule file is a mapping of fields (code, name, extends, ...)", display, 1)

    def fail(key: str, problem: str) -> RulePackError:
        # the node tree (for line numbers) is only built when there is an error to point at
        return RulePackError(f"field '{key}': {problem}", display, _line_of(yaml.compose(raw), key) or 1)

    for key in ("code", "name", "extends", "category", "message"):
        if key not in data:
            raise RulePackError(f"missing required field '{key}'", display, 1)
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
    try:
        rule = cls(meta, kind_data)
    except (ValueError, TypeError) as exc:
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
    return rules, errors


def builtin_rules_dir() -> Path:
    """The packs shipped in the wheel (``etiquette_lint/_rules``), or the repo's ``rules/``."""
    here = Path(__file__).resolve().parent
    shipped = here / "_rules"
    if shipped.is_dir():
        return shipped
    return here.parent.parent / "rules"
