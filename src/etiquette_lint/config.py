"""Configuration: ``[tool.etiquette-lint]`` in pyproject.toml, or etiquette-lint.toml.

Found upward from the draft; ``--config`` names one; CLI flags override it.
Unknown keys and invalid values raise :class:`ConfigError` naming file, line and key.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field, fields, replace
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
PROOFREAD_KEYS = ("backend", "languagetool-url", "languagetool-path", "timeout", "language", "dialect", "harper",
                  "comma-splices")
VOCABULARY_KEYS = ("accept", "reject")
TOP_KEYS = ("select", "ignore", "extend-select", "extend-ignore", "fail-on", "rule-paths", "severity",
            "rules", "model", "plugins", "proofread", "vocabulary", "profile", "max-size")
PROFILES = ("default", "assertive")
# What a profile changes: default options of rules, by code, below the user's own options.
# "assertive" follows seed 003's more active follow-up sequence (a thank-you the night of the
# interview, a short touch-base the next day, one reminder at most after silence): a status
# inquiry is not "early" one business day after an interview with no decision date, and a
# message a day after the unanswered thank-you is not "bombarding". A stated decision date
# is still respected, and one unanswered reminder is still the limit (the seed says so too).
PROFILE_OPTIONS: Mapping[str, Mapping[str, Mapping[str, Any]]] = {
    "default": {},
    "assertive": {
        "EL802": {"business_days": 1},
        "EL803": {"min_gap_hours": 12, "business_days": 1},
    },
}
MAX_NESTING = 32  # deeper TOML arrays or tables are refused, never a RecursionError


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
    max_size: int | None = None  # bytes; None: $ETIQUETTE_LINT_MAX_BYTES, else 1 MB (see inputs.py)
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
        """The rule's options: its defaults, then the profile's, then the user's (by code, then
        by name). A value the user sets for every kind (``max = 180``) replaces the rule's
        built-in per-kind values for that option; the user's own ``per_kind`` wins over both."""
        opts = dict(rule.options or {})
        layers = [PROFILE_OPTIONS.get(self.profile, {}).get(rule.code, {})]
        layers += [self.rule_options[key] for key in (rule.code, rule.name) if key in self.rule_options]
        for layer in layers:
            opts = merge_options(opts, layer)
        return opts

    def fingerprint(self) -> str:
        """A string equal for two configs that lint alike (for caches keyed by configuration)."""
        def plain(value: Any) -> Any:
            if isinstance(value, Mapping):
                return {str(k): plain(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
            if isinstance(value, (list, tuple)):
                return [plain(v) for v in value]
            if isinstance(value, (str, int, float, bool)) or value is None:
                return value
            return str(value)

        return json.dumps({f.name: plain(getattr(self, f.name)) for f in fields(self) if f.compare},
                          sort_keys=True)

    def validate_against(self, rules: Iterable["Rule"]) -> None:
        """Check selectors and per-rule options against the loaded rules."""
        rules = list(rules)
        for key_name, selectors in (("select", self.select), ("extend-select", self.extend_select),
                                    ("ignore", self.ignore), ("severity", tuple(self.severity))):
            for sel in selectors:
                if not any(selector_score(sel, r) is not None for r in rules):
                    raise ConfigError(f"{key_name}: {sel!r} matches no rule (use a code prefix such as EL2, "
                                      "a rule name or a category)", self.path, self.key_lines.get(key_name))
        if not any(self.enabled(r) for r in rules):
            key = "select" if "select" in self.key_lines or not self.path else "ignore"
            raise ConfigError("no rule is selected, so nothing would be checked: select at least one rule "
                              "(\"ALL\" for every rule) and turn rules off with ignore", self.path,
                              self.key_lines.get(key))
        by_key = {r.code: r for r in rules} | {r.name: r for r in rules}
        for key, opts in self.rule_options.items():
            rule = by_key.get(key)
            line = self.key_lines.get(f"rules.{key}") or self.key_lines.get("rules")
            if rule is None:
                raise ConfigError(f"rules.{key}: no rule has this code or name", self.path, line)
            defaults = dict(rule.options or {})
            allowed = set(defaults) | ({"per_kind"} if "max" in defaults or "min" in defaults else set())
            for opt, value in opts.items():
                where = self.key_lines.get(f"rules.{key}.{opt}", line)
                if opt not in allowed:
                    raise ConfigError(
                        f"rules.{key}: unknown option {opt!r}" +
                        (f" (options: {', '.join(sorted(allowed))})" if allowed else " (this rule has no options)"),
                        self.path, where)
                if opt == "per_kind":
                    _check_per_kind(f"rules.{key}.per_kind", value, defaults, self.path, where)
                else:
                    _check_option(f"rules.{key}.{opt}", value, defaults.get(opt), self.path, where)


def merge_options(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` options overridden by ``over``. An option ``over`` sets for every kind drops
    ``base``'s per-kind values of that option; ``over``'s ``per_kind`` is merged kind by kind."""
    out = dict(base)
    per_kind: dict[str, dict[str, Any]] = {}
    base_pk = base.get("per_kind")
    if isinstance(base_pk, Mapping):
        per_kind = {str(k): dict(v) for k, v in base_pk.items() if isinstance(v, Mapping)}
    for key, value in over.items():
        if key == "per_kind":
            continue
        out[key] = value
        for kind_opts in per_kind.values():
            kind_opts.pop(key, None)
    over_pk = over.get("per_kind")
    if isinstance(over_pk, Mapping):
        for kind, kind_opts in over_pk.items():
            if isinstance(kind_opts, Mapping):
                per_kind.setdefault(str(kind), {}).update(kind_opts)
    if "per_kind" in base or "per_kind" in over:
        out["per_kind"] = {k: v for k, v in per_kind.items() if v}
    return out


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_option(name: str, value: Any, default: Any, path: str | None, line: int | None) -> None:
    """A number where the rule's default is a number: finite and not negative."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ConfigError(f"{name}: expected a finite number, got {value!r}", path, line)
    if _is_number(default):
        if not _is_number(value):
            raise ConfigError(f"{name}: expected a number, got {value!r}", path, line)
        if not math.isfinite(value) or value < 0:
            raise ConfigError(f"{name}: expected a finite number of 0 or more, got {value!r}", path, line)
    elif isinstance(default, bool) and not isinstance(value, bool):
        raise ConfigError(f"{name}: expected true or false, got {value!r}", path, line)
    elif isinstance(default, str) and not isinstance(value, str):
        raise ConfigError(f"{name}: expected a string, got {value!r}", path, line)
    elif isinstance(default, (list, tuple)) and not (isinstance(value, list) and
                                                     all(isinstance(v, str) for v in value)):
        raise ConfigError(f"{name}: expected a list of strings, got {value!r}", path, line)


def _check_per_kind(name: str, value: Any, defaults: Mapping[str, Any], path: str | None,
                    line: int | None) -> None:
    from .facts import KINDS

    example = "per_kind = { thank_you = { max = 200 }, check_in = { max = 150 } }"
    if not isinstance(value, Mapping):
        raise ConfigError(f"{name}: expected a table of kind = {{ option = value }}, e.g. {example}; "
                          f"got {value!r}", path, line)
    for kind, opts in value.items():
        if kind not in KINDS:
            raise ConfigError(f"{name}: {kind!r} is not a message kind ({', '.join(KINDS)})", path, line)
        if not isinstance(opts, Mapping):
            raise ConfigError(f"{name}.{kind}: expected a table of options, e.g. {{ max = 200 }}; got {opts!r}",
                              path, line)
        for opt, v in opts.items():
            if opt not in defaults or opt == "per_kind":
                allowed = ", ".join(sorted(k for k in defaults if k != "per_kind"))
                raise ConfigError(f"{name}.{kind}: unknown option {opt!r} (options: {allowed})", path, line)
            _check_option(f"{name}.{kind}.{opt}", v, defaults[opt], path, line)


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


_OUR_TABLE = re.compile(rb"^[ \t]*\[+[ \t]*tool[ \t]*\.[ \t]*[\"']?etiquette[-_ ]?lint", re.M | re.I)


def _has_tool_section(path: Path) -> bool:
    """True when a pyproject.toml has a ``[tool.etiquette-lint]`` table, or something that
    looks like one (a typo such as ``[tool.etiquette-lint`` or ``[tool.etiquette_lint]``,
    or an undecodable file that mentions it): :func:`load_config` then says what is wrong,
    instead of the file being skipped in silence."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(4 << 20)
    except OSError:
        return False
    return _OUR_TABLE.search(data) is not None


def load_config(path: Path | str) -> Config:
    path = Path(path)
    display = str(path)
    if not path.is_file():
        raise ConfigError("configuration file not found", display)
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", display) from None
    try:
        raw = raw_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw_bytes[: exc.start].count(b"\n") + 1
        raise ConfigError(f"configuration is not UTF-8 text (invalid byte 0x{raw_bytes[exc.start]:02x}); "
                          "save it as UTF-8", display, line) from None
    data = parse_toml(raw, display)
    if path.name == "pyproject.toml":
        prefix = "tool.etiquette-lint"
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError("tool: expected a table (write [tool.etiquette-lint])", display,
                              _toml_key_lines(raw, "").get("tool"))
        section = tool.get("etiquette-lint")
        if section is None:
            near = [k for k in tool if re.sub(r"[-_ ]", "", str(k).lower()) == "etiquettelint"]
            if near:
                raise ConfigError(f"[tool.{near[0]}] is not read: the table is [tool.etiquette-lint]", display,
                                  _toml_key_lines(raw, "").get(f"tool.{near[0]}"))
            section = {}
        if not isinstance(section, dict):
            raise ConfigError("tool.etiquette-lint: expected a table ([tool.etiquette-lint] with key = value "
                              "lines)", display, _toml_key_lines(raw, "tool").get("etiquette-lint"))
    else:
        section, prefix = data, ""
    return config_from_mapping(section, path=display, lines=_toml_key_lines(raw, prefix), base=path.parent)


def parse_toml(raw: str, display: str) -> dict[str, Any]:
    """Parse TOML, turning every failure into a :class:`ConfigError` naming the file and line."""
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise ConfigError(f"malformed TOML: {exc}", display, int(m.group(1)) if m else None) from None
    except RecursionError:
        raise ConfigError(f"malformed TOML: arrays or tables nested too deeply (more than {MAX_NESTING} "
                          "levels)", display) from None
    depth = _depth(data)
    if depth > MAX_NESTING:
        raise ConfigError(f"arrays or tables nested too deeply ({depth} levels; at most {MAX_NESTING})", display)
    return data


def _depth(value: Any, level: int = 0) -> int:
    """How deeply ``value`` nests (iteratively: it must not overflow the stack itself)."""
    deepest, stack = level, [(value, level)]
    while stack:
        item, lvl = stack.pop()
        deepest = max(deepest, lvl)
        if deepest > MAX_NESTING:
            return deepest
        if isinstance(item, dict):
            stack.extend((v, lvl + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, lvl + 1) for v in item)
    return deepest


def _toml_key_lines(raw: str, prefix: str) -> dict[str, int]:
    """Line of each key, as dotted paths relative to ``prefix`` (best effort, no TOML AST in stdlib)."""
    out: dict[str, int] = {}
    table: str | None = "" if not prefix else None
    for i, line in enumerate(raw.splitlines(), start=1):
        m = re.match(r"^\s*\[([^\]]+)\]\s*$", line)  # no lazy group: linear on long lines
        if m and m.group(1).strip():
            name = ".".join(part.strip() for part in m.group(1).split(".")).replace('"', "")
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
    if not isinstance(data, Mapping):
        raise ConfigError(f"configuration must be a table of key = value, not {type(data).__name__}", path)

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
        if not kwargs["select"]:
            raise err("select", "empty, so no rule would run: write select = [\"ALL\"] (or leave it out) "
                                "and turn rules off with ignore")
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
    if "max-size" in data:
        from .inputs import parse_size

        try:
            kwargs["max_size"] = parse_size(data["max-size"])
        except ValueError as exc:
            raise err("max-size", f"{exc} (e.g. max-size = \"2 MB\")") from None
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
                if "dialect" in value:
                    from .proofread._dialect import normalize_dialect

                    try:
                        if not isinstance(value["dialect"], str):
                            raise ValueError(f"expected a string, got {value['dialect']!r}")
                        normalize_dialect(value["dialect"])
                    except ValueError as exc:
                        raise ConfigError(f"proofread.dialect: {exc}", path,
                                          lines.get("proofread.dialect", lines.get("proofread"))) from None
                if "harper" in value and not (isinstance(value["harper"], bool) or value["harper"] == "auto"):
                    raise ConfigError(f"proofread.harper: expected true, false or \"auto\", got {value['harper']!r}",
                                      path, lines.get("proofread.harper", lines.get("proofread")))
                if "comma-splices" in value and not isinstance(value["comma-splices"], bool):
                    raise ConfigError("proofread.comma-splices: expected true or false", path,
                                      lines.get("proofread.comma-splices", lines.get("proofread")))
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
