"""Collecting rules: built-in YAML packs, built-in Python rules, entry-point plugins, extra
pack folders.

Built-in Python rules are found in the :mod:`etiquette_lint.builtin` package itself (one
module per rule), so they load from a source tree that is not installed; a built-in module
that fails to import is an error (:class:`RuleModuleError`) naming it. A broken plugin or
pack is reported by name and skipped, never fatal.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import sys
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import Iterable

from .errors import RulePackError
from .packs import builtin_rules_dir, load_pack_dir
from .rule import Rule, iter_rules

ENTRY_POINT_GROUP = "etiquette_lint.rules"
#: The package whose modules are the built-in Python rules.
BUILTIN_PACKAGE = "etiquette_lint.builtin"


class RuleModuleError(RulePackError):
    """A built-in rule module failed to import, or defines no rules."""


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


def builtin_rule_modules(package: str = BUILTIN_PACKAGE) -> list[str]:
    """The full names of the rule modules in ``package``, sorted; modules whose name starts
    with ``_`` hold shared helpers and no rule."""
    pkg = importlib.import_module(package)
    names = sorted(m.name for m in pkgutil.iter_modules(getattr(pkg, "__path__", [])))
    return [f"{package}.{name}" for name in names if not name.startswith("_")]


def builtin_rule_classes(package: str = BUILTIN_PACKAGE) -> list[type[Rule]]:
    """Every Rule class the modules of ``package`` list in their ``RULES``, module by module.

    Raises :class:`RuleModuleError`, naming the module, when one fails to import or lists no
    rules: a built-in rule never goes missing silently."""
    found: list[type[Rule]] = []
    for name in builtin_rule_modules(package):
        try:
            module = importlib.import_module(name)
        except Exception as exc:
            raise RuleModuleError(f"built-in rule module {name} ({module_path(name)}) failed to import: "
                                  f"{type(exc).__name__}: {exc}") from exc
        rules = getattr(module, "RULES", None)
        if not rules:
            raise RuleModuleError(f"built-in rule module {name} ({module_path(name)}) defines no RULES "
                                  "(a module of shared helpers is named with a leading '_')")
        found.extend(rules)
    return found


def module_path(module: str) -> str:
    """A module's file relative to its top-level package's parent:
    ``etiquette_lint.builtin.wrong_role`` -> ``etiquette_lint/builtin/wrong_role.py``."""
    mod = sys.modules.get(module)
    file = getattr(mod, "__file__", None) if mod is not None else None
    if file is None:
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            spec = None
        file = spec.origin if spec is not None and spec.has_location else None
    parts = module.split(".")
    if not file:
        return "/".join(parts) + ".py"
    path = Path(file)
    # a module file, or a package's __init__.py, below as many folders as its name has dots
    depth = len(parts) if path.name == "__init__.py" else len(parts) - 1
    try:
        return path.relative_to(path.parents[depth]).as_posix()
    except (IndexError, ValueError):
        return "/".join(parts) + ".py"


def rule_source(rule: Rule) -> str:
    """Where a rule is defined, for a reader: ``etiquette_lint/builtin/wrong_role.py`` for a
    Python rule, ``rules/greeting/generic-salutation.yml`` for a shipped YAML rule, else the
    file it was loaded from."""
    origin = getattr(rule, "origin", "") or ""
    if origin.endswith((".yml", ".yaml")):
        shipped = builtin_rules_dir()
        try:
            return (Path("rules") / Path(origin).resolve().relative_to(shipped.resolve())).as_posix()
        except ValueError:
            return origin
    return module_path(type(rule).__module__)


def load_rules(extra_dirs: Iterable[Path] = (), *, plugins: bool = True,
               builtin_packs: bool = True, builtin_python: bool = True) -> RuleSet:
    """The rules: built-in YAML packs (``builtin_packs``), built-in Python rules
    (``builtin_python``), YAML packs in ``extra_dirs``, and entry-point plugins (``plugins``)."""
    ruleset = RuleSet()
    dirs: list[Path] = []
    if builtin_packs:
        dirs.append(builtin_rules_dir())
    dirs.extend(Path(d) for d in extra_dirs)
    for folder in dirs:
        pack_rules, errors = load_pack_dir(folder)
        for err in errors:
            ruleset.problems.append(f"rule pack: {err} (skipped)")
        for pack_rule in pack_rules:
            ruleset.add(pack_rule, getattr(pack_rule, "origin", str(folder)))
    if builtin_python:
        for rule in iter_rules(builtin_rule_classes()):
            ruleset.add(rule, "built-in")
    if plugins:
        seen: set[tuple[str, str]] = set()
        for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            module = ep.value.split(":", 1)[0].strip()
            if module == BUILTIN_PACKAGE or module.startswith(BUILTIN_PACKAGE + "."):
                continue  # the built-in rules, loaded above from the package itself
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
                if rule.origin == "built-in":
                    rule.origin = origin
                ruleset.add(rule, origin)
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
