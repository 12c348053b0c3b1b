"""Configuration: ``[tool.etiquette-lint]`` in pyproject.toml, or etiquette-lint.toml.

Found upward from the draft; ``--config`` names one; CLI flags override it.
Unknown keys and invalid values raise :class:`ConfigError` naming file, line and key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from .diagnostics import CATEGORIES, SEVERITIES
from .errors import ConfigError

if TYPE_CHECKING:  # pragma: no cover
    from .rule import Rule

try:
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

CONFIG_FILES = ("etiquette-lint.toml", ".etiquette-lint.toml", "pyproject.toml")
PROOFREAD_KEYS = ("backend", "languagetool-url", "languagetool-path", "timeout", "language")
VOCABULARY_KEYS = ("accept", "reject")
TOP_KEYS = ("select", "ignore", "extend-select", "extend-ignore", "fail-on", "rule-paths", "severity",
            "rules", "model", "plugins", "proofread", "vocabulary", "profile")
PROFILES = ("default", "assertive")


@dataclass(frozen=True)
class Config:
    """Settings for a lint run. ``Config()`` is the default (every rule selected)."""

    select: tuple[str, ...] = ("ALL",)
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    fail_on: str = "warning"
    rule_paths: tuple[Path, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    model: str | None = None
    plugins: bool = True
    proofread: Mapping[str, Any] = field(default_factory=dict)
    vocabulary: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    profile: str = "default"
    path: str | None = None
    key_lines: Mapping[str, int] = field(default_factory=dict, compare=False, repr=False)

    def with_overrides(self, **changes: Any) -> "Config":
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    # -- selection ---------------------------------------------------------
    def enabled(self, rule: "Rule") -> bool:
        chosen = _best(self.select + self.extend_select, rule)
        dropped = _best(self.ignore, rule)
        if chosen is None:
            return False
        return dropped is None or chosen > dropped

    def severity_for(self, rule: "Rule") -> str:
        best, best_score = rule.severity, -1
        for sel, sev in self.severity.items():
            score = selector_score(sel, rule)
            if score is not None and score > best_score:
                best, best_score = sev, score
        return best

    def options_for(self, rule: "Rule") -> dict[str, Any]:
        opts = dict(rule.options or {})
        for key in (rule.code, rule.name):
            if key in self.rule_options:
                opts.update(self.rule_options[key])
        return opts

    def validate_against(self, rules: Iterable["Rule"]) -> None:
        """Check selectors and per-rule options against the loaded rules."""
        rules = list(rules)
        for key_name, selectors in (("select", self.select), ("extend-select", self.extend_select),
                                    ("ignore", self.ignore), ("severity", tuple(self.severity))):
            for sel in selectors:
                if not any(selector_score(sel, r) is not None for r in rules):
                    raise ConfigError(f"{key_name}: {sel!r} matches no rule (use a code prefix such as EL2, "
                                      "a rule name or a category)", self.path, self.key_lines.get(key_name))
        by_key = {r.code: r for r in rules} | {r.name: r for r in rules}
        for key, opts in self.rule_options.items():
            rule = by_key.get(key)
            line = self.key_lines.get(f"rules.{key}") or self.key_lines.get("rules")
            if rule is None:
                raise ConfigError(f"rules.{key}: no rule has this code or name", self.path, line)
            allowed = set(rule.options or {}) | ({"per_kind"} if "max" in (rule.options or {}) or
                                                 "min" in (rule.options or {}) else set())
            for opt, value in opts.items():
                if opt not in allowed:
                    raise ConfigError(
                        f"rules.{key}: unknown option {opt!r}" +
                        (f" (options: {', '.join(sorted(allowed))})" if allowed else " (this rule has no options)"),
                        self.path, self.key_lines.get(f"rules.{key}.{opt}", line))
                default = (rule.options or {}).get(opt)
                if isinstance(default, (int, float)) and not isinstance(default, bool) and \
                        (not isinstance(value, (int, float)) or isinstance(value, bool)):
                    raise ConfigError(f"rules.{key}.{opt}: expected a number, got {value!r}", self.path,
                                      self.key_lines.get(f"rules.{key}.{opt}", line))


def selector_score(selector: str, rule: "Rule") -> int | None:
    """How specifically ``selector`` names ``rule`` (None: not at all)."""
    s = selector.strip()
    if s.upper() == "ALL":
        return 0
    if s.lower() == rule.name:
        return 1000
    if re.fullmatch(r"[A-Za-z]+\d*", s) and rule.code.upper().startswith(s.upper()):
        return 10 * len(s)
    cat = rule.category
    if s.lower() == cat:
        return 25
    if cat.startswith(s.lower() + "."):
        return 15
    return None


def _best(selectors: Iterable[str], rule: "Rule") -> int | None:
    scores = [sc for sc in (selector_score(s, rule) for s in selectors) if sc is not None]
    return max(scores) if scores else None


# -- loading ----------------------------------------------------------------

def find_config(start: Path) -> Path | None:
    """The nearest config file in ``start`` or its parents."""
    start = start.resolve()
    if start.is_file():
        start = start.parent
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and not _has_tool_section(candidate):
                    continue
                return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        return re.search(r"^\[tool\.etiquette-lint[\].]", path.read_text(encoding="utf-8"), re.M) is not None
    except (OSError, UnicodeDecodeError):
        return False


def load_config(path: Path | str) -> Config:
    path = Path(path)
    display = str(path)
    if not path.is_file():
        raise ConfigError("configuration file not found", display)
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw)
    except UnicodeDecodeError:
        raise ConfigError("configuration is not UTF-8 text", display) from None
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(f"malformed TOML: {exc}", display, int(m.group(1)) if m else None) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", display) from None
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("etiquette-lint", {})
        prefix = "tool.etiquette-lint"
    else:
        section, prefix = data, ""
    return config_from_mapping(section, path=display, lines=_toml_key_lines(raw, prefix), base=path.parent)


def _toml_key_lines(raw: str, prefix: str) -> dict[str, int]:
    """Line of each key, as dotted paths relative to ``prefix`` (best effort, no TOML AST in stdlib)."""
    out: dict[str, int] = {}
    table: str | None = "" if not prefix else None
    for i, line in enumerate(raw.splitlines(), start=1):
        m = re.match(r"^\s*\[\s*([^\]]+?)\s*\]\s*$", line)
        if m:
            name = m.group(1).replace('"', "")
            if prefix and (name == prefix or name.startswith(prefix + ".")):
                table = name[len(prefix) + 1:] if name != prefix else ""
            elif not prefix:
                table = name
            else:
                table = None
            if table:
                out.setdefault(table, i)
            continue
        if table is None:
            continue
        m = re.match(r'^\s*"?([A-Za-z0-9_.-]+)"?\s*=', line)
        if m:
            key = f"{table}.{m.group(1)}" if table else m.group(1)
            out.setdefault(key, i)
    return out


def config_from_mapping(data: Mapping[str, Any], *, path: str | None = None,
                        lines: Mapping[str, int] | None = None, base: Path | None = None) -> Config:
    lines = dict(lines or {})

    def err(key: str, problem: str) -> ConfigError:
        return ConfigError(f"{key}: {problem}", path, lines.get(key))

    def str_list(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise err(key, "expected a list of strings")
        return tuple(value)

    for key in data:
        if key not in TOP_KEYS:
            import difflib
            hint = difflib.get_close_matches(key, TOP_KEYS, n=1)
            raise err(key, "unknown key" + (f" (did you mean {hint[0]!r}?)" if hint else "") +
                      f"; known keys: {', '.join(TOP_KEYS)}")
    kwargs: dict[str, Any] = {"path": path, "key_lines": lines}
    if "select" in data:
        kwargs["select"] = str_list("select")
    kwargs["ignore"] = str_list("ignore") + str_list("extend-ignore")
    kwargs["extend_select"] = str_list("extend-select")
    if "fail-on" in data:
        if data["fail-on"] not in SEVERITIES + ("never",):
            raise err("fail-on", f"{data['fail-on']!r} is not one of {', '.join(SEVERITIES)}, never")
        kwargs["fail_on"] = data["fail-on"]
    if "rule-paths" in data:
        base = base or Path.cwd()
        kwargs["rule_paths"] = tuple((base / p).resolve() for p in str_list("rule-paths"))
        for p in kwargs["rule_paths"]:
            if not p.is_dir():
                raise err("rule-paths", f"{str(p)!r} is not a folder")
    if "severity" in data:
        sev = data["severity"]
        if not isinstance(sev, dict):
            raise err("severity", "expected a table of selector = \"error\" | \"warning\" | \"info\"")
        for k, v in sev.items():
            if v not in SEVERITIES:
                raise ConfigError(f"severity.{k}: {v!r} is not one of {', '.join(SEVERITIES)}", path,
                                  lines.get(f"severity.{k}", lines.get("severity")))
        kwargs["severity"] = dict(sev)
    if "rules" in data:
        rules = data["rules"]
        if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
            raise err("rules", "expected tables like [tool.etiquette-lint.rules.EL401] max = 250")
        kwargs["rule_options"] = {k: dict(v) for k, v in rules.items()}
    if "model" in data:
        if not isinstance(data["model"], str):
            raise err("model", "expected the name of an installed spaCy model, e.g. \"en_core_web_sm\"")
        kwargs["model"] = data["model"] or None
    if "plugins" in data:
        if not isinstance(data["plugins"], bool):
            raise err("plugins", "expected true or false")
        kwargs["plugins"] = data["plugins"]
    if "profile" in data:
        if data["profile"] not in PROFILES:
            raise err("profile", f"{data['profile']!r} is not one of {', '.join(PROFILES)}")
        kwargs["profile"] = data["profile"]
    for table, allowed in (("proofread", PROOFREAD_KEYS), ("vocabulary", VOCABULARY_KEYS)):
        if table in data:
            value = data[table]
            if not isinstance(value, dict):
                raise err(table, "expected a table")
            for k in value:
                if k not in allowed:
                    raise ConfigError(f"{table}.{k}: unknown key; known keys: {', '.join(allowed)}", path,
                                      lines.get(f"{table}.{k}", lines.get(table)))
            if table == "vocabulary":
                for k, v in value.items():
                    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                        raise ConfigError(f"vocabulary.{k}: expected a list of strings", path,
                                          lines.get(f"vocabulary.{k}"))
                kwargs["vocabulary"] = {k: tuple(v) for k, v in value.items()}
            else:
                backend = value.get("backend", "offline")
                if backend not in ("offline", "languagetool"):
                    raise ConfigError(f"proofread.backend: {backend!r} is not one of offline, languagetool", path,
                                      lines.get("proofread.backend", lines.get("proofread")))
                timeout = value.get("timeout", 5)
                if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
                    raise ConfigError(f"proofread.timeout: expected a number of seconds, got {timeout!r}", path,
                                      lines.get("proofread.timeout", lines.get("proofread")))
                for key in ("languagetool-url", "languagetool-path", "language"):
                    if key in value and not isinstance(value[key], str):
                        raise ConfigError(f"proofread.{key}: expected a string", path,
                                          lines.get(f"proofread.{key}", lines.get("proofread")))
                if backend == "languagetool" and not (value.get("languagetool-url") or value.get("languagetool-path")):
                    raise ConfigError("proofread: backend = \"languagetool\" needs languagetool-url (a running "
                                      "server) or languagetool-path (a local install)", path,
                                      lines.get("proofread.backend", lines.get("proofread")))
                kwargs["proofread"] = dict(value)
    return Config(**kwargs)


def parse_selectors(values: Iterable[str] | None) -> tuple[str, ...] | None:
    """``--select EL2,tone --select EL101`` -> ("EL2", "tone", "EL101")."""
    if values is None:
        return None
    out: list[str] = []
    for v in values:
        out.extend(s.strip() for s in v.split(",") if s.strip())
    return tuple(out)


def check_category_name(name: str) -> bool:
    return name in CATEGORIES
