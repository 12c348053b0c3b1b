"""Facts: what the user tells us about the interview (field names are a contract).

Sources, lowest precedence first: .eml headers, a sidecar file next to the draft
(``DRAFT.facts.yaml``/``.yml``/``.toml``), front matter, then CLI flags or the
Python API.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from .errors import FactsError

KINDS: tuple[str, ...] = (
    "thank_you", "check_in", "offer_reply", "rejection_reply", "feedback_request", "withdrawal",
)

FIELDS: tuple[str, ...] = (
    "kind", "interviewer", "interviewer_email", "company", "role", "interview_at", "sent_at",
    "decision_by", "topics", "previous_followups",
)


@dataclass(frozen=True)
class FollowUp:
    """An earlier message in the same thread, sent by the candidate."""

    sent_at: datetime
    replied: bool = False


@dataclass(frozen=True)
class Facts:
    """What the user tells us about the interview. Every field is optional.

    Times are timezone-aware; a naive time is taken as the user's local time.
    ``decision_by`` given as a date means the end of that day.
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

    def given(self, name: str) -> bool:
        value = getattr(self, name)
        return value not in (None, (), "")

    @property
    def interviewer_names(self) -> tuple[str, ...]:
        return self.interviewer

    def merged(self, other: "Facts") -> "Facts":
        """``self`` overridden by every field ``other`` gives."""
        changes: dict[str, Any] = {}
        origins = dict(self.origins)
        for f in fields(self):
            if f.name == "origins":
                continue
            if other.given(f.name):
                changes[f.name] = getattr(other, f.name)
                if f.name in other.origins:
                    origins[f.name] = other.origins[f.name]
        return replace(self, **changes, origins=origins)

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
                if f.name != "origins" and self.given(f.name)}


def local_tz() -> tzinfo:
    tz = datetime.now().astimezone().tzinfo
    return tz if tz is not None else timezone.utc


def now() -> datetime:
    return datetime.now(timezone.utc).astimezone()


def parse_time(value: Any, key: str, *, end_of_day: bool = False, path: str | None = None,
               line: int | None = None) -> datetime:
    """A timezone-aware datetime from an ISO string, a date or a datetime."""
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime.combine(value, time(23, 59, 59) if end_of_day else time(0, 0))
    elif isinstance(value, str):
        text = value.strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                d = date.fromisoformat(text)
            except ValueError as exc:
                raise FactsError(f"{key}: {value!r} is not a valid date ({exc})", path, line) from None
            dt = datetime.combine(d, time(23, 59, 59) if end_of_day else time(0, 0))
        else:
            iso = text.replace("Z", "+00:00")
            iso = re.sub(r"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})", lambda m: f"{m.group(1)}T{m.group(2).zfill(5)}", iso)
            try:
                dt = datetime.fromisoformat(iso)
            except ValueError:
                raise FactsError(
                    f"{key}: cannot parse {value!r} as a date or time (use e.g. 2026-11-17T14:00)",
                    path, line) from None
    else:
        raise FactsError(f"{key}: expected a date or time, got {type(value).__name__} {value!r}", path, line)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=local_tz())
    return dt


def _strings(value: Any, key: str, path: str | None, line: int | None) -> tuple[str, ...]:
    if isinstance(value, str):
        items = [value]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise FactsError(f"{key}: expected a string or a list of strings, got {type(value).__name__}", path, line)
    out = []
    for item in items:
        if not isinstance(item, (str, int, float)) or isinstance(item, bool):
            raise FactsError(f"{key}: expected strings, got {type(item).__name__} {item!r}", path, line)
        s = str(item).strip()
        if s:
            out.append(s)
    return tuple(out)


def _string(value: Any, key: str, path: str | None, line: int | None) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise FactsError(f"{key}: expected a string, got {type(value).__name__} {value!r}", path, line)
    return str(value).strip()


def facts_from_mapping(data: Mapping[str, Any], *, origin: str = "facts", path: str | None = None,
                       lines: Mapping[str, int] | None = None) -> Facts:
    """Validate a mapping of facts. Raises :class:`FactsError` naming the key (and file/line)."""
    lines = lines or {}
    values: dict[str, Any] = {}
    for key, value in data.items():
        line = lines.get(str(key))
        if key not in FIELDS:
            hint = _closest(str(key), FIELDS)
            raise FactsError(f"unknown fact {key!r}" + (f" (did you mean {hint!r}?)" if hint else "")
                             + f"; known facts: {', '.join(FIELDS)}", path, line)
        if value is None:
            continue
        if key == "kind":
            kind = _string(value, key, path, line).replace("-", "_")
            if kind not in KINDS:
                raise FactsError(f"kind: {value!r} is not one of {', '.join(KINDS)}", path, line)
            values[key] = kind
        elif key in ("interviewer", "topics"):
            values[key] = _strings(value, key, path, line)
        elif key in ("interviewer_email", "company", "role"):
            values[key] = _string(value, key, path, line)
            if key == "interviewer_email" and "@" not in values[key]:
                raise FactsError(f"interviewer_email: {value!r} is not an e-mail address", path, line)
        elif key in ("interview_at", "sent_at"):
            values[key] = parse_time(value, key, path=path, line=line)
        elif key == "decision_by":
            values[key] = parse_time(value, key, end_of_day=True, path=path, line=line)
        elif key == "previous_followups":
            values[key] = _followups(value, path, line)
    facts = Facts(**values, origins={k: origin for k in values})
    check_consistency(facts, path=path, lines=lines)
    return facts


def _followups(value: Any, path: str | None, line: int | None) -> tuple[FollowUp, ...]:
    if not isinstance(value, (list, tuple)):
        raise FactsError("previous_followups: expected a list of {sent_at, replied}", path, line)
    out = []
    for i, item in enumerate(value):
        where = f"previous_followups[{i}]"
        if isinstance(item, (str, date)):
            out.append(FollowUp(parse_time(item, where, path=path, line=line)))
            continue
        if not isinstance(item, Mapping):
            raise FactsError(f"{where}: expected {{sent_at, replied}}, got {type(item).__name__}", path, line)
        unknown = set(item) - {"sent_at", "replied"}
        if unknown:
            raise FactsError(f"{where}: unknown key {sorted(unknown)[0]!r} (use sent_at, replied)", path, line)
        if "sent_at" not in item:
            raise FactsError(f"{where}: sent_at is required", path, line)
        replied = item.get("replied", False)
        if not isinstance(replied, bool):
            raise FactsError(f"{where}.replied: expected true or false, got {replied!r}", path, line)
        out.append(FollowUp(parse_time(item["sent_at"], f"{where}.sent_at", path=path, line=line), replied))
    return tuple(sorted(out, key=lambda f: f.sent_at))


def check_consistency(facts: Facts, *, path: str | None = None, lines: Mapping[str, int] | None = None) -> None:
    lines = lines or {}
    if facts.interview_at and facts.sent_at and facts.sent_at < facts.interview_at:
        raise FactsError(
            f"sent_at ({facts.sent_at:%Y-%m-%d %H:%M}) is before interview_at "
            f"({facts.interview_at:%Y-%m-%d %H:%M})", path, lines.get("sent_at"))


def _closest(word: str, options: Iterable[str]) -> str | None:
    import difflib
    match = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return match[0] if match else None


def key_lines(yaml_text: str, first_line: int) -> dict[str, int]:
    """1-based line of each top-level key in a YAML or TOML text that starts at ``first_line``."""
    out: dict[str, int] = {}
    for i, line in enumerate(yaml_text.splitlines()):
        m = re.match(r"^([A-Za-z_][\w-]*)\s*[:=]", line)
        if m and m.group(1) not in out:
            out[m.group(1)] = first_line + i
    return out


def sidecar_paths(draft_path: str) -> list[Path]:
    p = Path(draft_path)
    names = []
    for base in (p.with_suffix(""), p):
        for ext in (".facts.yaml", ".facts.yml", ".facts.toml"):
            names.append(base.parent / (base.name + ext))
    return names


def load_sidecar(draft_path: str) -> Facts | None:
    """Facts from ``DRAFT.facts.yaml``/``.yml``/``.toml`` next to the draft, if one exists."""
    if draft_path in ("-", "<stdin>", "<string>"):
        return None
    for candidate in sidecar_paths(draft_path):
        if candidate.is_file():
            return load_facts_file(candidate)
    return None


def load_facts_file(path: Path | str) -> Facts:
    path = Path(path)
    display = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactsError(f"cannot read facts file: {exc}", display) from None
    if path.suffix == ".toml":
        try:
            import tomllib
        except ModuleNotFoundError:  # Python 3.10
            import tomli as tomllib  # type: ignore[no-redef]
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            m = re.search(r"line (\d+)", str(exc))
            raise FactsError(f"malformed TOML: {exc}", display, int(m.group(1)) if m else None) from None
    else:
        try:
            data = yaml.safe_load(raw) or {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise FactsError(f"malformed YAML: {getattr(exc, 'problem', exc)}", display,
                             mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise FactsError("expected a mapping of facts (key: value lines)", display, 1)
    return facts_from_mapping(data, origin=f"sidecar {path.name}", path=display, lines=key_lines(raw, 1))


def facts_from_headers(headers: Mapping[str, Any]) -> Facts:
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    if isinstance(headers.get("date"), datetime):
        dt = headers["date"]
        values["sent_at"] = dt if dt.tzinfo else dt.replace(tzinfo=local_tz())
        origins["sent_at"] = ".eml Date header"
    to = headers.get("to")
    if to:
        values["interviewer_email"] = to[0]
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
    raise FactsError(f"facts must be a mapping or a Facts object, not {type(facts).__name__}")


def describe_time(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M")


def hours_between(a: datetime, b: datetime) -> float:
    return (b - a) / timedelta(hours=1)
