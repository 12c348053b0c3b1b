"""Collecting rules: built-in YAML packs, entry-point plugins, extra pack folders.

A broken plugin or pack is reported by name and skipped, never fatal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Iterable

from .errors import RulePackError
from .packs import builtin_rules_dir, load_pack_dir
from .rule import Rule, iter_rules

ENTRY_POINT_GROUP = "etiquette_lint.rules"


@dataclass
class RuleSet:
    rules: list[Rule] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def by_code(self) -> dict[str, Rule]:
        return {r.code: r for r in self.rules}

    def find(self, key: str) -> Rule | None:
        key_l = key.strip().lower()
        for r in self.rules:
            if r.code.lower() == key_l or r.name == key_l:
                return r
        return None

    def add(self, rule: Rule, origin: str) -> None:
        problems = rule.validate()
        if problems:
            self.problems.append(f"rule {rule.code or '?'} from {origin} skipped: {problems[0]}")
            return
        for other in self.rules:
            if other.code == rule.code or other.name == rule.name:
                self.problems.append(
                    f"rule {rule.code} {rule.name} from {origin} skipped: "
                    f"{'code' if other.code == rule.code else 'name'} already used by {other.origin}")
                return
        rule.origin = origin if not getattr(rule, "origin", None) or rule.origin == "built-in" else rule.origin
        self.rules.append(rule)


def load_rules(extra_dirs: Iterable[Path] = (), *, plugins: bool = True,
               builtin_packs: bool = True) -> RuleSet:
    ruleset = RuleSet()
    dirs: list[Path] = []
    if builtin_packs:
        dirs.append(builtin_rules_dir())
    dirs.extend(Path(d) for d in extra_dirs)
    for folder in dirs:
        rules, errors = load_pack_dir(folder)
        for err in errors:
            ruleset.problems.append(f"rule pack: {err} (skipped)")
        for rule in rules:
            ruleset.add(rule, getattr(rule, "origin", str(folder)))
    if plugins:
        seen: set[tuple[str, str]] = set()
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name != "core", e.name)):
            if (ep.name, ep.value) in seen:  # the same distribution found twice on sys.path
                continue
            seen.add((ep.name, ep.value))
            origin = f"plugin {ep.name} ({ep.value})"
            try:
                loaded = ep.load()
                found = list(iter_rules(loaded))
            except Exception as exc:  # a broken plugin must not break the linter
                ruleset.problems.append(f"{origin} failed to load and was skipped: {type(exc).__name__}: {exc}")
                continue
            for rule in found:
                if rule.origin == "built-in" and ep.name != "core":
                    rule.origin = origin
                ruleset.add(rule, origin if ep.name != "core" else "built-in")
    ruleset.rules.sort(key=lambda r: r.code)
    return ruleset


def add_rules(ruleset: RuleSet, obj: object, origin: str) -> None:
    """Register rules from an object (class, instance or list) -- used by tests and embedding apps."""
    try:
        found = list(iter_rules(obj))
    except Exception as exc:
        raise RulePackError(f"cannot load rules from {origin}: {exc}") from None
    for rule in found:
        ruleset.add(rule, origin)
    ruleset.rules.sort(key=lambda r: r.code)
