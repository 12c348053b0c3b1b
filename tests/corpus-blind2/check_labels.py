#!/usr/bin/env python3
"""Validate the second blind corpus (tests/corpus-blind2) and print its counts.

Checks that every draft has a label and every label a draft; that kinds,
categories and fact fields come from the fixed lists; that flags obey the label
policy (1-3 faults, `generic` only with `personalization`, `gratitude` and
`interest` only on the kinds that call for them, `timing`/`accuracy` only on
drafts with facts, `subject` only on .eml drafts or drafts with a `Subject:`
line); that facts agree with the label (`kind`, and `timing` exactly when the
facts prove a timing fault); and that clean drafts have 50-170 own words.

Usage: python tests/corpus-blind2/check_labels.py [-v]
Only the standard library and PyYAML are used.
"""
from __future__ import annotations

import argparse
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

KINDS = ["thank_you", "check_in", "rejection_reply", "offer_reply",
         "feedback_request", "withdrawal"]
CATEGORIES = ["placeholder", "greeting", "closing", "gratitude", "interest",
              "personalization", "generic", "length", "tone.desperate",
              "tone.pushy", "tone.casual", "tone.negative", "spelling",
              "grammar", "subject", "timing", "accuracy"]
FACT_KEYS = {"kind", "interviewer", "interviewer_email", "company", "role",
             "interview_at", "sent_at", "decision_by", "topics",
             "previous_followups"}
FOLLOWUP_KEYS = {"sent_at", "replied"}
EXTENSIONS = {".txt", ".md", ".eml"}
GRATITUDE_KINDS = {"thank_you", "rejection_reply", "offer_reply"}
INTEREST_KINDS = {"thank_you", "check_in"}
CLEAN_WORDS = (50, 170)
NAME_RE = re.compile(r"^\d{3}-[a-z0-9-]+\.(txt|md|eml)$")
FRONT_RE = re.compile(r"\A---\r?\n(.*?)\r?\n---\r?\n", re.S)
QUOTE_INTRO_RE = re.compile(r"^On .+wrote:\s*$")
WORD_RE = re.compile(r"\w[\w'’-]*")


def to_datetime(value, field, errors, name):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(23, 59))
    try:
        text = str(value)
        if len(text) == 10:
            return dt.datetime.combine(dt.date.fromisoformat(text), dt.time(23, 59))
        return dt.datetime.fromisoformat(text)
    except ValueError:
        errors.append(f"{name}: fact {field!r} is not a date/time: {value!r}")
        return None


def split_draft(path: Path, errors: list[str]):
    """Return (facts or None, has_subject, own_text) for a draft file."""
    raw = path.read_bytes()
    facts = None
    has_subject = False
    if path.suffix == ".eml":
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for header in ("From", "To", "Date", "MIME-Version", "Content-Type"):
            if msg[header] is None:
                errors.append(f"{path.name}: .eml lacks a {header} header")
        has_subject = msg["Subject"] is not None
        part = msg.get_body(preferencelist=("plain",))
        if part is None:
            errors.append(f"{path.name}: .eml has no text/plain body")
            return None, has_subject, ""
        text = part.get_content()
    else:
        text = raw.decode("utf-8")
        m = FRONT_RE.match(text)
        if m:
            facts = yaml.safe_load(m.group(1))
            if not isinstance(facts, dict):
                errors.append(f"{path.name}: front matter is not a mapping")
                facts = {}
            text = text[m.end():]
        if path.suffix == ".md" and facts is None:
            errors.append(f"{path.name}: .md draft without front matter facts")
        if path.suffix != ".md" and facts is not None:
            errors.append(f"{path.name}: only .md drafts carry front matter")
        lines = text.splitlines()
        if lines and lines[0].startswith("Subject:"):
            has_subject = True
            text = "\n".join(lines[1:])
    own = []
    for line in text.splitlines():
        if line.rstrip() == "--":          # signature delimiter "-- "
            break
        if QUOTE_INTRO_RE.match(line) or line.lstrip().startswith(">"):
            continue
        own.append(line)
    return facts, has_subject, "\n".join(own)


def timing_fault(kind, facts, name, errors) -> bool:
    sent = to_datetime(facts.get("sent_at"), "sent_at", errors, name)
    interview = to_datetime(facts.get("interview_at"), "interview_at", errors, name)
    decision = to_datetime(facts.get("decision_by"), "decision_by", errors, name)
    if kind == "thank_you" and sent and interview:
        return (sent - interview) > dt.timedelta(hours=48)
    if kind == "check_in":
        if sent and decision and sent.date() <= decision.date():
            return True
        for item in facts.get("previous_followups") or []:
            if isinstance(item, dict) and item.get("replied") is False:
                return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list every draft with kind, word count and flags")
    args = ap.parse_args()

    errors: list[str] = []
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8")) or {}
    files = sorted(p for p in DRAFTS.iterdir() if p.is_file())
    names = {p.name for p in files}

    for p in files:
        if p.suffix not in EXTENSIONS:
            errors.append(f"{p.name}: unexpected extension")
        if not NAME_RE.match(p.name):
            errors.append(f"{p.name}: name is not NNN-slug.ext")
        if p.name not in labels:
            errors.append(f"{p.name}: draft has no label")
    for name in labels:
        if name not in names:
            errors.append(f"{name}: label has no draft")
    numbers = Counter(n[:3] for n in names)
    for num, c in numbers.items():
        if c > 1:
            errors.append(f"number {num} used by {c} drafts")

    kind_counts: Counter = Counter()
    cat_counts: Counter = Counter()
    ext_counts: Counter = Counter()
    clean = 0
    rows = []
    for p in files:
        label = labels.get(p.name)
        if not isinstance(label, dict):
            continue
        extra = set(label) - {"kind", "flags", "note"}
        if extra:
            errors.append(f"{p.name}: unknown label keys {sorted(extra)}")
        kind = label.get("kind")
        flags = label.get("flags")
        if kind not in KINDS:
            errors.append(f"{p.name}: unknown kind {kind!r}")
        if not isinstance(flags, list):
            errors.append(f"{p.name}: flags must be a list")
            flags = []
        if not str(label.get("note") or "").strip():
            errors.append(f"{p.name}: empty note")
        for f in flags:
            if f not in CATEGORIES:
                errors.append(f"{p.name}: unknown category {f!r}")
        if len(set(flags)) != len(flags):
            errors.append(f"{p.name}: duplicate flags")
        if len(flags) > 3:
            errors.append(f"{p.name}: more than three faults")
        if "generic" in flags and "personalization" not in flags:
            errors.append(f"{p.name}: 'generic' without 'personalization'")
        if "gratitude" in flags and kind not in GRATITUDE_KINDS:
            errors.append(f"{p.name}: 'gratitude' on a {kind}")
        if "interest" in flags and kind not in INTEREST_KINDS:
            errors.append(f"{p.name}: 'interest' on a {kind}")

        facts, has_subject, own = split_draft(p, errors)
        words = len(WORD_RE.findall(own))

        if "subject" in flags and not (p.suffix == ".eml" or has_subject):
            errors.append(f"{p.name}: 'subject' on a draft without a subject")
        if ("timing" in flags or "accuracy" in flags) and facts is None:
            errors.append(f"{p.name}: 'timing'/'accuracy' need front matter facts")
        if p.suffix == ".eml" and not has_subject and "subject" not in flags:
            errors.append(f"{p.name}: .eml without Subject must be flagged 'subject'")

        if facts is not None:
            unknown = set(facts) - FACT_KEYS
            if unknown:
                errors.append(f"{p.name}: unknown fact fields {sorted(unknown)}")
            if facts.get("kind") != kind:
                errors.append(f"{p.name}: facts kind {facts.get('kind')!r} != label {kind!r}")
            for item in facts.get("previous_followups") or []:
                if not isinstance(item, dict) or set(item) - FOLLOWUP_KEYS:
                    errors.append(f"{p.name}: previous_followups items are {{sent_at, replied}}")
            proven = timing_fault(kind, facts, p.name, errors)
            if proven != ("timing" in flags):
                errors.append(f"{p.name}: facts {'prove' if proven else 'do not prove'} "
                              f"a timing fault but flags say {flags}")
            if not flags and kind == "check_in" and facts.get("decision_by"):
                sent = to_datetime(facts.get("sent_at"), "sent_at", errors, p.name)
                dec = to_datetime(facts.get("decision_by"), "decision_by", errors, p.name)
                if sent and dec and sent.date() < dec.date() + dt.timedelta(days=7):
                    errors.append(f"{p.name}: clean check-in less than a week after decision_by")

        if not flags:
            clean += 1
            lo, hi = CLEAN_WORDS
            if not lo <= words <= hi:
                errors.append(f"{p.name}: clean draft has {words} own words (want {lo}-{hi})")
        kind_counts[kind] += 1
        ext_counts[p.suffix] += 1
        for f in flags:
            cat_counts[f] += 1
        rows.append((p.name, kind, words, flags))

    if args.verbose:
        for name, kind, words, flags in rows:
            print(f"{name:58} {kind:17} {words:4}  {', '.join(flags) or 'clean'}")
        print()

    print(f"drafts: {len(files)}  labels: {len(labels)}  clean: {clean}  "
          f"flagged: {len(rows) - clean}")
    print("formats: " + ", ".join(f"{e} {ext_counts[e]}" for e in sorted(ext_counts)))
    print("per kind:")
    for k in KINDS:
        print(f"  {k:17} {kind_counts[k]}")
    print("per category:")
    for c in CATEGORIES:
        print(f"  {c:17} {cat_counts[c]}")

    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print(f"  {e}", file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
