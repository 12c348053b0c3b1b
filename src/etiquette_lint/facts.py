"""Facts: what the user tells us about the interview (field names are a contract).

Sources, lowest precedence first: .eml headers, a sidecar file next to the draft
(``DRAFT.facts.yaml``/``.yml``/``.toml``), front matter, then CLI flags or the
Python API. Each source is validated on its own (a bad key or value raises
:class:`~etiquette_lint.errors.FactsError` naming the file, line and key); the
merged result is checked for consistency (``sent_at`` before ``interview_at``, ...).

Times are timezone-aware. A naive time (``2026-11-17T14:00``) is the user's local
time, with the UTC offset local clocks had on that date (daylight saving time is
respected). ``decision_by`` given as a date means the end of that day.

"Now" comes from :func:`now`: the ``ETIQUETTE_LINT_NOW`` environment variable when
set (reproducible runs and tests), else the system clock. Tests may also
monkeypatch ``etiquette_lint.facts.now``; rules always call it through the module.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from email.utils import parseaddr
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from .errors import FactsError as FactsError  # re-exported: `from .facts import FactsError`

KINDS: tuple[str, ...] = (
    "thank_you", "check_in", "offer_reply", "rejection_reply", "feedback_request", "withdrawal",
)

FIELDS: tuple[str, ...] = (
    "kind", "interviewer", "interviewer_email", "company", "role", "interview_at", "sent_at",
    "decision_by", "topics", "previous_followups",
)

ENV_NOW = "ETIQUETTE_LINT_NOW"
END_OF_DAY = time(23, 59, 59)

Location = tuple[str | None, int | None]  # (file, 1-based line) a fact was read from


def facts_error(key: str | None, message: str, path: str | None = None, line: int | None = None) -> FactsError:
    """A :class:`FactsError` whose ``key`` attribute names the offending fact (for the CLI)."""
    err = FactsError(message, path, line)
    err.key = key  # type: ignore[attr-defined]
    return err


@dataclass(frozen=True)
class FollowUp:
    """An earlier message in the same thread, sent by the candidate (``replied``: did they answer?)."""

    sent_at: datetime
    replied: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "sent_at", parse_time(self.sent_at, "previous_followups.sent_at"))
        if not isinstance(self.replied, bool):
            raise facts_error("previous_followups", f"previous_followups.replied: expected true or false, "
                              f"got {_short(self.replied)}")


@dataclass(frozen=True)
class Facts:
    """What the user tells us about the interview. Every field is optional.

    The constructor validates and normalizes like the other sources do:
    ``Facts(interviewer="Jordan Lee", interview_at="2026-11-17T14:00")`` works, a
    bad value raises :class:`FactsError`. Times are timezone-aware; a naive time
    is taken as the user's local time. ``decision_by`` given as a date means the
    end of that day.
    """

    kind: str | None = None
    interviewer: tuple[str, ...] = ()
    interviewer_email: str | None = None
    company: str | None = None
    role: str | None = None
    interview_at: datetime | None = None
    sent_at: datetime | None = None
    decision_by: datetime | None = None
    topics: tuple[str, ...] = ()
    previous_followups: tuple[FollowUp, ...] = ()
    # Where each field came from (e.g. "front matter", "--company", ".eml Date header").
    origins: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    # The file and line each field was read from, when it came from a file.
    locations: Mapping[str, Location] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for f in fields(self):
            if f.name in ("origins", "locations"):
                continue
            value = getattr(self, f.name)
            if value is None or value == ():
                continue
            object.__setattr__(self, f.name, convert(f.name, value))
        object.__setattr__(self, "origins", dict(self.origins))
        object.__setattr__(self, "locations", dict(self.locations))

    def given(self, name: str) -> bool:
        value = getattr(self, name)
        return value not in (None, (), "")

    @property
    def interviewer_names(self) -> tuple[str, ...]:
        return self.interviewer

    def origin(self, name: str) -> str:
        """Where a field came from ("front matter", "--sent-at", ".eml Date header", "API", ...)."""
        return self.origins.get(name, "facts")

    def merged(self, other: "Facts") -> "Facts":
        """``self`` overridden by every field ``other`` gives."""
        changes: dict[str, Any] = {}
        origins = dict(self.origins)
        locations = dict(self.locations)
        for f in fields(self):
            if f.name in ("origins", "locations"):
                continue
            if other.given(f.name):
                changes[f.name] = getattr(other, f.name)
                origins.pop(f.name, None)
                locations.pop(f.name, None)
                if f.name in other.origins:
                    origins[f.name] = other.origins[f.name]
                if f.name in other.locations:
                    locations[f.name] = other.locations[f.name]
        return replace(self, **changes, origins=origins, locations=locations)

    def words(self) -> list[str]:
        """Every name and term the facts contain (for vocabularies)."""
        out: list[str] = []
        for value in (*self.interviewer, self.company, self.role, *self.topics):
            if value:
                out.append(value)
        return out

    def to_dict(self) -> dict[str, Any]:
        def conv(v: Any) -> Any:
            if isinstance(v, datetime):
                return v.isoformat()
            if isinstance(v, tuple):
                return [conv(x) for x in v]
            if isinstance(v, FollowUp):
                return {"sent_at": v.sent_at.isoformat(), "replied": v.replied}
            return v
        return {f.name: conv(getattr(self, f.name)) for f in fields(self)
                if f.name not in ("origins", "locations") and self.given(f.name)}


# --------------------------------------------------------------------------- time

def local_tz() -> tzinfo:
    """The local time zone as of now (see :func:`localize` for a given date)."""
    tz = datetime.now().astimezone().tzinfo
    return tz if tz is not None else timezone.utc


def localize(dt: datetime) -> datetime:
    """A naive datetime as the user's local time, with the offset in force on that date."""
    if dt.tzinfo is not None and dt.utcoffset() is not None:
        return dt
    try:
        return dt.replace(tzinfo=None).astimezone()
    except (OverflowError, OSError, ValueError):  # outside the platform's time_t range
        return dt.replace(tzinfo=local_tz())


def now() -> datetime:
    """The current time, timezone-aware. ``ETIQUETTE_LINT_NOW`` (an ISO time) overrides it."""
    override = os.environ.get(ENV_NOW, "").strip()
    if override:
        return parse_time(override, ENV_NOW)
    return datetime.now(timezone.utc).astimezone()


MIN_YEAR, MAX_YEAR = 1900, 2999  # outside this, date arithmetic in the rules could overflow
_ISO_HINT = "use e.g. 2026-11-17T14:00, 2026-11-17 14:00 or 2026-11-17T14:00+01:00"


def parse_time(value: Any, key: str, *, end_of_day: bool = False, path: str | None = None,
               line: int | None = None) -> datetime:
    """A timezone-aware datetime from an ISO string, a date or a datetime.

    Date-only values are midnight, or the end of the day with ``end_of_day``.
    Raises :class:`FactsError` naming ``key`` for anything else.
    """
    err_key = key.split("[")[0].split(".")[0]
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime.combine(value, END_OF_DAY if end_of_day else time(0, 0))
    elif isinstance(value, str):
        text = value.strip()
        if len(text) > 64:  # no date or time is longer; and the patterns below stay linear
            raise facts_error(err_key, f"{key}: {text[:30]!r}... is too long to be a date or time ({_ISO_HINT})",
                              path, line)
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            y, m, d = (int(p) for p in text.split("-"))
            try:
                day = date(y, m, d)
            except ValueError as exc:
                raise facts_error(err_key, f"{key}: {_short(value)} is not a valid date ({exc})", path, line) from None
            dt = datetime.combine(day, END_OF_DAY if end_of_day else time(0, 0))
        else:
            iso = re.sub(r"(?<=\d)\s*(?:Z|UTC|GMT)$", "+00:00", text, flags=re.I)
            iso = re.sub(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]+)(\d{1,2}):(\d{2})",
                         lambda m: f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}T"
                                   f"{int(m.group(4)):02d}:{m.group(5)}", iso)
            iso = re.sub(r"\s+([+-]\d{2}:?\d{2})$", r"\1", iso)
            iso = re.sub(r"(?<=\d)([+-]\d{2})(\d{2})$", r"\1:\2", iso)  # +0100 -> +01:00 (Python 3.10)
            if not re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", iso):
                raise facts_error(err_key, f"{key}: cannot parse {_short(value)} as a date or time ({_ISO_HINT})",
                                  path, line)
            try:
                dt = datetime.fromisoformat(iso)
            except ValueError as exc:
                raise facts_error(err_key, f"{key}: {_short(value)} is not a valid date or time ({exc}; {_ISO_HINT})",
                                  path, line) from None
    else:
        shown = "true/false" if isinstance(value, bool) else f"{type(value).__name__} {_short(value)}"
        raise facts_error(err_key, f"{key}: expected a date or time ({_ISO_HINT}), got {shown}", path, line)
    if not MIN_YEAR <= dt.year <= MAX_YEAR:
        shown = value.isoformat() if isinstance(value, date) else value
        raise facts_error(err_key, f"{key}: {shown!r} is not a plausible date (the year must be between "
                          f"{MIN_YEAR} and {MAX_YEAR})", path, line)
    return localize(dt)


def format_times(*times: datetime) -> list[str]:
    """``YYYY-MM-DD HH:MM`` for each time; with ``UTC±HH:MM`` when their offsets differ."""
    offsets = {t.utcoffset() for t in times}
    if len(offsets) <= 1:
        return [t.strftime("%Y-%m-%d %H:%M") for t in times]
    return [t.strftime("%Y-%m-%d %H:%M ") + _offset(t) for t in times]


def _offset(t: datetime) -> str:
    off = t.utcoffset() or timedelta(0)
    minutes = int(off.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def describe_time(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M")


def hours_between(a: datetime, b: datetime) -> float:
    return (b - a) / timedelta(hours=1)


def business_days_between(a: datetime, b: datetime) -> int:
    """Weekdays (Mon-Fri) after ``a``'s date up to and including ``b``'s date, in ``a``'s time zone."""
    start = a.date()
    end = b.astimezone(a.tzinfo).date() if a.tzinfo else b.date()
    if end <= start:
        return 0
    days = (end - start).days
    full_weeks, rest = divmod(days, 7)
    count = full_weeks * 5
    for i in range(1, rest + 1):
        if (start + timedelta(days=full_weeks * 7 + i)).weekday() < 5:
            count += 1
    return count


def sent_time(facts: Facts) -> tuple[datetime, str]:
    """When the draft is (or was) sent, and where that came from: ``sent_at`` from the
    facts (which includes the .eml Date header), else :func:`now`."""
    if facts.sent_at is not None:
        return facts.sent_at, facts.origin("sent_at")
    return now(), "now"


# --------------------------------------------------------------------------- values

def convert(key: str, value: Any, path: str | None = None, line: int | None = None,
            lines: Mapping[str, int] | None = None) -> Any:
    """Validate and normalize one fact value. Raises :class:`FactsError` naming the key."""
    if key == "kind":
        kind = _string(value, key, path, line).lower().replace("-", "_").replace(" ", "_")
        if kind not in KINDS:
            raise facts_error(key, f"kind: {_short(value)} is not one of {', '.join(KINDS)}", path, line)
        return kind
    if key in ("interviewer", "topics"):
        return _strings(value, key, path, line)
    if key in ("company", "role"):
        text = _string(value, key, path, line)
        if not text:
            raise facts_error(key, f"{key}: empty value", path, line)
        return text
    if key == "interviewer_email":
        text = _string(value, key, path, line)
        addr = parseaddr(text.removeprefix("mailto:"))[1] or text
        if len(addr) > 320 or not re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+", addr):
            raise facts_error(key, f"interviewer_email: {_short(value)} is not an e-mail address", path, line)
        return addr
    if key in ("interview_at", "sent_at"):
        return parse_time(value, key, path=path, line=line)
    if key == "decision_by":
        return parse_time(value, key, end_of_day=True, path=path, line=line)
    if key == "previous_followups":
        return _followups(value, path, line, lines or {})
    raise facts_error(key, f"unknown fact {key!r}", path, line)


def _strings(value: Any, key: str, path: str | None, line: int | None) -> tuple[str, ...]:
    if isinstance(value, str):
        items: list[Any] = [value]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise facts_error(key, f"{key}: expected a string or a list of strings, got "
                          f"{_type_name(value)} {_short(value)}", path, line)
    out = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (str, int, float)):
            raise facts_error(key, f"{key}: expected strings, got {_type_name(item)} {_short(item)}", path, line)
        s = " ".join(str(item).split())
        if s and s not in out:
            out.append(s)
    return tuple(out)


def _string(value: Any, key: str, path: str | None, line: int | None) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise facts_error(key, f"{key}: expected a string, got {_type_name(value)} {_short(value)}", path, line)
    return " ".join(str(value).split())


def _short(value: Any, limit: int = 80) -> str:
    """``repr(value)``, cut short: an error message names the value, it does not echo a megabyte."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 4] + "...'"


def _type_name(value: Any) -> str:
    return {bool: "boolean", dict: "mapping", list: "list", tuple: "list", int: "number",
            float: "number"}.get(type(value), type(value).__name__)


def _followups(value: Any, path: str | None, line: int | None,
               lines: Mapping[str, int]) -> tuple[FollowUp, ...]:
    if isinstance(value, (str, date, Mapping, FollowUp)):
        value = [value]
    if not isinstance(value, (list, tuple)):
        raise facts_error("previous_followups", "previous_followups: expected a list of {sent_at, replied}, "
                          f"got {_type_name(value)} {_short(value)}", path, line)
    out = []
    for i, item in enumerate(value):
        where = f"previous_followups[{i}]"
        at = lines.get(where, line)
        if isinstance(item, FollowUp):
            out.append(item)
            continue
        if isinstance(item, (str, date)):
            out.append(FollowUp(parse_time(item, where, path=path, line=at)))
            continue
        if not isinstance(item, Mapping):
            raise facts_error("previous_followups", f"{where}: expected {{sent_at, replied}}, got "
                              f"{_type_name(item)} {_short(item)}", path, at)
        unknown = sorted(str(k) for k in set(item) - {"sent_at", "replied"})
        if unknown:
            raise facts_error("previous_followups", f"{where}: unknown key {unknown[0]!r} (use sent_at, replied)",
                              path, at)
        if item.get("sent_at") is None:
            raise facts_error("previous_followups", f"{where}: sent_at is required", path, at)
        replied = item.get("replied", False)
        if replied is None:
            replied = False
        if not isinstance(replied, bool):
            raise facts_error("previous_followups", f"{where}.replied: expected true or false, got {_short(replied)}",
                              path, at)
        out.append(FollowUp(parse_time(item["sent_at"], f"{where}.sent_at", path=path, line=at), replied))
    return tuple(sorted(out, key=lambda f: f.sent_at))


def facts_from_mapping(data: Mapping[str, Any], *, origin: str = "facts", path: str | None = None,
                       lines: Mapping[str, int] | None = None, check: bool = True) -> Facts:
    """Validate a mapping of facts. Raises :class:`FactsError` naming the key (and file/line).

    ``origin`` says where the values came from (kept in ``Facts.origins``); ``lines``
    maps keys to 1-based lines of ``path``. ``check`` also checks consistency.
    """
    if not isinstance(data, Mapping):
        raise facts_error(None, f"facts must be a mapping of key: value, not {_type_name(data)}", path, 1)
    lines = lines or {}
    values: dict[str, Any] = {}
    for key, value in data.items():
        line = lines.get(str(key))
        if key not in FIELDS:
            hint = _closest(str(key), FIELDS)
            raise facts_error(str(key), f"unknown fact {key!r}" + (f" (did you mean {hint!r}?)" if hint else "")
                              + f"; known facts: {', '.join(FIELDS)}", path, line)
        if value is None or value == "" or value == []:
            continue
        values[key] = convert(key, value, path, line, lines)
    locations = {k: (path, lines.get(k)) for k in values} if path else {}
    facts = Facts(**values, origins={k: origin for k in values}, locations=locations)
    if check:
        check_consistency(facts, path=path)
    return facts


def check_consistency(facts: Facts, *, path: str | None = None, lines: Mapping[str, int] | None = None) -> None:
    """Raise :class:`FactsError` when facts contradict each other (naming the file, line and key)."""
    lines = lines or {}

    def where(key: str) -> tuple[str | None, int | None]:
        loc_path, loc_line = facts.locations.get(key, (None, None))
        if loc_path:
            return loc_path, loc_line
        return path, lines.get(key)

    def shown(key: str, dt: datetime) -> str:
        origin = facts.origins.get(key)
        return f"{key} {describe_time(dt)}" + (f" (from {origin})" if origin and origin != "facts" else "")

    if facts.interview_at and facts.sent_at and facts.sent_at < facts.interview_at:
        raise facts_error("sent_at", f"{shown('sent_at', facts.sent_at)} is before "
                          f"{shown('interview_at', facts.interview_at)}", *where("sent_at"))
    if facts.interview_at and facts.decision_by and facts.decision_by < facts.interview_at:
        raise facts_error("decision_by", f"{shown('decision_by', facts.decision_by)} is before "
                          f"{shown('interview_at', facts.interview_at)}", *where("decision_by"))
    if facts.sent_at and facts.previous_followups:
        for i, f in enumerate(facts.previous_followups):
            if f.sent_at > facts.sent_at:
                raise facts_error("previous_followups", f"previous_followups[{i}].sent_at {describe_time(f.sent_at)} "
                                  f"is after {shown('sent_at', facts.sent_at)}: list only messages sent before "
                                  "this one", *where("previous_followups"))


def _closest(word: str, options: Iterable[str]) -> str | None:
    import difflib
    match = difflib.get_close_matches(word.lower().replace("-", "_"), list(options), n=1, cutoff=0.6)
    return match[0] if match else None


def key_lines(text: str, first_line: int) -> dict[str, int]:
    """1-based line of each top-level key in a YAML or TOML text that starts at ``first_line``,
    plus ``key[i]`` for the items of a block list (``- ...`` lines, or TOML ``[[key]]`` tables)."""
    out: dict[str, int] = {}
    current: str | None = None
    items = 0
    in_tables = False
    for i, line in enumerate(text.splitlines()):
        lineno = first_line + i
        table = re.match(r"^\s*\[\[\s*([A-Za-z_][\w-]*)\s*\]\]", line)
        if table:
            name = table.group(1)
            in_tables = True
            if name != current:
                current, items = name, 0
                out.setdefault(name, lineno)
            out.setdefault(f"{name}[{items}]", lineno)
            items += 1
            continue
        if re.match(r"^\s*\[", line) and not re.match(r"^[A-Za-z_]", line):
            in_tables = True  # a TOML [table]: keys below it are not top-level
            current = None
            continue
        m = re.match(r"^([A-Za-z_][\w-]*)\s*[:=]", line)
        if m and not in_tables:
            current, items = m.group(1), 0
            out.setdefault(m.group(1), lineno)
            # inline items on the same line are not numbered
            continue
        if current and re.match(r"^\s+-\s|^-\s", line):
            out.setdefault(f"{current}[{items}]", lineno)
            items += 1
    return out


# --------------------------------------------------------------------------- YAML

MAX_YAML_DEPTH = 32  # facts are flat: a few levels of lists and mappings


class _FactsLoader(yaml.SafeLoader):
    """PyYAML's safe loader, made safe for facts written by hand:

    - a date YAML cannot build (``2026-02-30``, year 0) stays a string, so that facts
      validation reports it naming the key, the file and the line;
    - aliases (``*name``) are refused: facts never need them, and they can multiply a
      small file into gigabytes;
    - nesting deeper than :data:`MAX_YAML_DEPTH` is refused, never a RecursionError.
    """

    _depth = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, f"aliases (*{event.anchor}) are not allowed in facts: write the value out",
                event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None, f"nested more than {MAX_YAML_DEPTH} levels deep",
                    self.peek_event().start_mark)  # type: ignore[no-untyped-call]
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_lenient_timestamp(self, node):  # type: ignore[no-untyped-def]
        try:
            return yaml.SafeLoader.construct_yaml_timestamp(self, node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


_FactsLoader.add_constructor("tag:yaml.org,2002:timestamp", _FactsLoader.construct_lenient_timestamp)


def load_yaml(text: str) -> Any:
    """Parse the YAML of facts (a sidecar file or front matter) with :class:`_FactsLoader`.

    Every failure is a :class:`yaml.YAMLError` (with ``problem_mark`` where known)."""
    try:
        return yaml.load(text, Loader=_FactsLoader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        raise yaml.YAMLError(f"nested more than {MAX_YAML_DEPTH} levels deep") from None


# --------------------------------------------------------------------------- sources

SIDECAR_SUFFIXES = (".facts.yaml", ".facts.yml", ".facts.toml")


def sidecar_paths(draft_path: str) -> list[Path]:
    """Candidate sidecar files for a draft: ``x.facts.yaml`` and ``x.txt.facts.yaml`` (and .yml, .toml)."""
    p = Path(draft_path)
    names = []
    for base in (p.with_suffix(""), p):
        for ext in SIDECAR_SUFFIXES:
            candidate = base.parent / (base.name + ext)
            if candidate not in names:
                names.append(candidate)
    return names


def load_sidecar(draft_path: str) -> Facts | None:
    """Facts from ``DRAFT.facts.yaml``/``.yml``/``.toml`` next to the draft, if one exists.

    Two sidecars for one draft are an error (which one would win is not obvious)."""
    if draft_path in ("-", "<stdin>", "<string>", "<example>"):
        return None
    found = [c for c in sidecar_paths(draft_path) if c.is_file()]
    if not found:
        return None
    if len(found) > 1:
        raise facts_error(None, f"two facts files for one draft: {found[0]} and {found[1]}; keep one",
                          str(found[1]))
    return load_facts_file(found[0], origin=f"sidecar {found[0].name}")


def load_facts_file(path: Path | str, origin: str | None = None) -> Facts:
    """Facts from a YAML (``.yaml``/``.yml``) or TOML (``.toml``) file."""
    path = Path(path)
    display = str(path)
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise facts_error(None, "no such facts file", display) from None
    except UnicodeDecodeError as exc:
        raise facts_error(None, f"cannot read facts file: not UTF-8 text (invalid byte at {exc.start}); "
                          "save it as UTF-8", display) from None
    except OSError as exc:
        raise facts_error(None, f"cannot read facts file: {exc.strerror or exc}", display) from None
    if path.suffix.lower() == ".toml":
        try:
            import tomllib
        except ModuleNotFoundError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            raise facts_error(None, f"malformed TOML: {exc}", display, int(m.group(1)) if m else None) from None
        except RecursionError:
            raise facts_error(None, "malformed TOML: arrays or tables nested too deeply", display) from None
    else:
        try:
            data = load_yaml(raw)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise facts_error(None, f"malformed YAML: {getattr(exc, 'problem', None) or exc}", display,
                              mark.line + 1 if mark else None) from None
        data = {} if data is None else data
    if not isinstance(data, dict):
        raise facts_error(None, "expected a mapping of facts (key: value lines)", display, 1)
    return facts_from_mapping(data, origin=origin or f"facts file {path.name}", path=display,
                              lines=key_lines(raw, 1))


def facts_from_headers(headers: Mapping[str, Any]) -> Facts:
    """Facts an .eml's headers give: ``sent_at`` (Date) and ``interviewer_email`` (first To address)."""
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    if isinstance(headers.get("date"), datetime) and MIN_YEAR <= headers["date"].year <= MAX_YEAR:
        values["sent_at"] = localize(headers["date"])  # an implausible Date header is no fact
        origins["sent_at"] = ".eml Date header"
    to = headers.get("to")
    first = str(to[0]) if to and isinstance(to, (list, tuple)) else ""
    if len(first) <= 320 and re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", first):
        values["interviewer_email"] = first
        origins["interviewer_email"] = ".eml To header"
    return Facts(**values, origins=origins)


def coerce(facts: Facts | Mapping[str, Any] | None, *, origin: str = "API") -> Facts:
    """Accept a :class:`Facts`, a plain mapping (validated) or None."""
    if facts is None:
        return Facts()
    if isinstance(facts, Facts):
        return facts
    if isinstance(facts, Mapping):
        return facts_from_mapping(facts, origin=origin)
    raise facts_error(None, f"facts must be a mapping or a Facts object, not {type(facts).__name__}")
