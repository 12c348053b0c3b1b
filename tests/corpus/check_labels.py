#!/usr/bin/env python3
"""Validate tests/corpus/labels.yaml against tests/corpus/drafts/.

Checks that every draft has a label and every label a draft, that kinds and
categories come from the fixed lists, that front-matter facts use only the
contract field names, and a few consistency rules of the label policy
(see README.md). Prints counts per kind and per category and the clean count.

Usage: python tests/corpus/check_labels.py [-v]     (stdlib + PyYAML only)
Exit status: 0 when everything holds, 1 otherwise.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DRAFTS = HERE / "drafts"
LABELS = HERE / "labels.yaml"

KINDS = (
    "thank_you",
    "check_in",
    "offer_reply",
    "rejection_reply",
    "feedback_request",
    "withdrawal",
)
CATEGORIES = (
    "placeholder",
    "greeting",
    "closing",
    "gratitude",
    "interest",
    "personalization",
    "generic",
    "length",
    "tone.desperate",
    "tone.pushy",
    "tone.casual",
    "tone.negative",
    "spelling",
    "grammar",
    "subject",
    "timing",
    "accuracy",
)
FACT_FIELDS = {
    "kind",
    "interviewer",
    "interviewer_email",
    "company",
    "role",
    "interview_at",
    "sent_at",
    "decision_by",
    "topics",
    "previous_followups",
}
LABEL_KEYS = {"kind", "flags", "note"}
NAME_RE = re.compile(r"^\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.(?:txt|md|eml)$")
# Only these kinds are expected to thank / to restate interest (GUIDANCE G4, G5).
GRATITUDE_KINDS = {"thank_you", "rejection_reply", "offer_reply"}
INTEREST_KINDS = {"thank_you", "check_in"}
CLEAN_WORDS = (45, 180)  # own words of a clean draft, greeting to name
MIN_CATEGORY_COUNT = 4


class UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate mapping keys instead of overwriting."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def split_front_matter(text: str):
    """Return (facts or None, rest) for a draft that may start with '---'."""
    if not text.startswith("---\n"):
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        raise ValueError("front matter opened with '---' but never closed")
    facts = yaml.load(text[4 : end + 1], Loader=UniqueKeyLoader) or {}
    if not isinstance(facts, dict):
        raise ValueError("front matter is not a mapping")
    return facts, text[end + 5 :]


def eml_subject_and_body(path: Path):
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain",))
    body = part.get_content() if part is not None else ""
    return msg["subject"], msg["date"], body


def own_text(body: str) -> str:
    """The candidate's own words: no Subject line, no quoted earlier message."""
    lines = body.replace("\r\n", "\n").split("\n")
    if lines and lines[0].lower().startswith("subject:"):
        lines = lines[1:]
    kept = []
    for line in lines:
        if re.match(r"^On .+ wrote:\s*$", line):
            break
        if line.lstrip().startswith(">"):
            continue
        kept.append(line)
    return "\n".join(kept)


def to_dt(value):
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(23, 59))
    return dt.datetime.fromisoformat(str(value))


def timing_faults(kind: str, facts: dict) -> list[str]:
    """Timing faults the facts prove (GUIDANCE G1, G10, G11)."""
    faults = []
    sent = facts.get("sent_at")
    if sent is None:
        return faults
    sent = to_dt(sent)
    if kind == "thank_you" and "interview_at" in facts:
        if sent - to_dt(facts["interview_at"]) > dt.timedelta(hours=48):
            faults.append("thank-you sent more than 48 h after the interview")
    if kind == "check_in" and "decision_by" in facts:
        if sent < to_dt(facts["decision_by"]):
            faults.append("check-in sent before decision_by")
    if kind == "check_in":
        for prev in facts.get("previous_followups") or []:
            if not prev.get("replied", False):
                faults.append("an earlier follow-up is still unanswered")
                break
    return faults


def check(verbose: bool = False) -> int:
    errors: list[str] = []
    warnings: list[str] = []

    try:
        labels = yaml.load(LABELS.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)
    except yaml.YAMLError as exc:
        print(f"labels.yaml: {exc}")
        return 1
    if not isinstance(labels, dict):
        print("labels.yaml: top level must be a mapping of file name to labels")
        return 1

    files = {p.name for p in DRAFTS.iterdir() if p.is_file()}
    for name in sorted(files - set(labels)):
        errors.append(f"{name}: draft has no label")
    for name in sorted(set(labels) - files):
        errors.append(f"{name}: label has no draft")
    numbers = Counter(name[:3] for name in files)
    for num, n in sorted(numbers.items()):
        if n > 1:
            errors.append(f"number {num} is used by {n} drafts")

    kind_counts: Counter = Counter()
    cat_counts: Counter = Counter()
    ext_counts: Counter = Counter()
    clean = 0
    with_facts = 0

    for name in sorted(labels):
        entry = labels[name]
        where = f"labels.yaml[{name}]"
        if not NAME_RE.match(name):
            errors.append(f"{name}: file name does not match NNN-short-slug.(txt|md|eml)")
        if not isinstance(entry, dict):
            errors.append(f"{where}: must be a mapping with kind, flags, note")
            continue
        extra = set(entry) - LABEL_KEYS
        missing = LABEL_KEYS - set(entry)
        if extra:
            errors.append(f"{where}: unknown keys {sorted(extra)}")
        if missing:
            errors.append(f"{where}: missing keys {sorted(missing)}")
        kind = entry.get("kind")
        flags = entry.get("flags")
        note = entry.get("note")
        if kind not in KINDS:
            errors.append(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
        if not isinstance(flags, list):
            errors.append(f"{where}: flags must be a list ([] for clean)")
            flags = []
        for flag in flags:
            if flag not in CATEGORIES:
                errors.append(f"{where}: unknown category {flag!r}")
        if len(set(flags)) != len(flags):
            errors.append(f"{where}: duplicate flags")
        if len(flags) > 3:
            errors.append(f"{where}: more than three flags; rewrite the draft")
        if not isinstance(note, str) or not note.strip():
            errors.append(f"{where}: note must be a non-empty string")
        if kind in KINDS:
            kind_counts[kind] += 1
        cat_counts.update(f for f in flags if f in CATEGORIES)
        if not flags:
            clean += 1

        if kind in KINDS:
            if "gratitude" in flags and kind not in GRATITUDE_KINDS:
                errors.append(f"{where}: gratitude is only labelled on {sorted(GRATITUDE_KINDS)}")
            if "interest" in flags and kind not in INTEREST_KINDS:
                errors.append(f"{where}: interest is only labelled on {sorted(INTEREST_KINDS)}")

        path = DRAFTS / name
        if not path.is_file():
            continue
        ext_counts[path.suffix] += 1

        # Parse the draft.
        facts = None
        subject = None
        try:
            if path.suffix == ".eml":
                subject, date, body = eml_subject_and_body(path)
                if date is None:
                    errors.append(f"{name}: .eml without a Date header")
                has_subject_line = True
            else:
                text = path.read_text(encoding="utf-8")
                facts, body = split_front_matter(text)
                first = body.split("\n", 1)[0]
                has_subject_line = first.lower().startswith("subject:")
                if has_subject_line:
                    subject = first.split(":", 1)[1].strip()
                if path.suffix == ".md" and facts is None:
                    errors.append(f"{name}: .md drafts carry front matter facts")
        except (ValueError, yaml.YAMLError) as exc:
            errors.append(f"{name}: {exc}")
            continue

        if facts is not None:
            with_facts += 1
            unknown = set(facts) - FACT_FIELDS
            if unknown:
                errors.append(f"{name}: front matter uses non-contract fields {sorted(unknown)}")
            if "kind" in facts and facts["kind"] != kind:
                errors.append(f"{name}: facts.kind {facts['kind']!r} != label kind {kind!r}")
            for key in ("interview_at", "sent_at", "decision_by"):
                if key in facts:
                    try:
                        to_dt(facts[key])
                    except ValueError:
                        errors.append(f"{name}: facts.{key} is not a date: {facts[key]!r}")
            for prev in facts.get("previous_followups") or []:
                if not isinstance(prev, dict) or set(prev) - {"sent_at", "replied"}:
                    errors.append(f"{name}: previous_followups items are {{sent_at, replied}}")
            if kind in KINDS:
                faults = timing_faults(kind, facts)
                if "timing" in flags and not faults:
                    errors.append(f"{name}: labelled timing but the facts show no timing fault")
                if "timing" not in flags and faults:
                    errors.append(f"{name}: facts show a timing fault ({faults[0]}) but it is not labelled")

        for needs_facts in ("timing", "accuracy"):
            if needs_facts in flags and facts is None:
                errors.append(f"{name}: {needs_facts} is only labelled on drafts with front matter facts")
        if "subject" in flags and not has_subject_line:
            errors.append(f"{name}: subject is only labelled on .eml drafts or drafts with a Subject line")

        words = len(own_text(body).split())
        if verbose:
            print(f"  {name:48} {kind:17} {words:4} words  {', '.join(flags) or 'clean'}")
        if not flags and not CLEAN_WORDS[0] <= words <= CLEAN_WORDS[1]:
            errors.append(f"{name}: clean draft has {words} own words, outside {CLEAN_WORDS}")
        if subject is not None and not flags and not subject.strip():
            errors.append(f"{name}: clean draft with an empty subject")

    for cat in CATEGORIES:
        if cat_counts[cat] < MIN_CATEGORY_COUNT:
            warnings.append(f"category {cat} is labelled on only {cat_counts[cat]} drafts")

    total = sum(kind_counts.values())
    print(f"drafts: {len(files)}   labels: {len(labels)}   clean: {clean}   flagged: {total - clean}   with facts: {with_facts}")
    print("by extension: " + ", ".join(f"{ext} {n}" for ext, n in sorted(ext_counts.items())))
    print("by kind:")
    for kind in KINDS:
        print(f"  {kind:18} {kind_counts[kind]:3}")
    print("by category:")
    for cat in CATEGORIES:
        print(f"  {cat:18} {cat_counts[cat]:3}")
    for w in warnings:
        print(f"warning: {w}")
    for e in errors:
        print(f"error: {e}")
    if errors:
        print(f"FAILED: {len(errors)} error(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(check(verbose="-v" in sys.argv[1:]))
