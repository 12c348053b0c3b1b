#!/usr/bin/env python3
"""Validate the held-out corpus labels and print counts (stdlib + PyYAML).

Written independently of tests/corpus/check_labels.py. Checks:
- every draft has a label and every label a draft;
- kinds and flag categories come from the fixed lists; 0-3 flags, no duplicates;
- .md drafts start with front matter whose keys come from the facts contract,
  whose `kind` agrees with the label, and whose dates parse;
- `timing` is set exactly when the facts prove a timing fault;
- `timing`/`accuracy` only on drafts with facts, `subject` only on drafts that
  have a subject to judge (.eml, or a `Subject:` first line);
- `gratitude` only on thank_you/rejection_reply/offer_reply, `interest` only on
  thank_you/check_in, `generic` always together with `personalization`;
- clean drafts have 45-180 own words (quoted replies, headers, front matter and
  the subject line excluded).

Usage: check_labels.py [-v]   (-v lists every draft with kind, words and flags)
Exit 0 when everything is consistent, 1 otherwise.
"""
from __future__ import annotations

import collections
import datetime as dt
import email
import email.policy
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DRAFTS = HERE / "drafts"
LABELS = HERE / "labels.yaml"

KINDS = ["thank_you", "check_in", "rejection_reply", "offer_reply",
         "feedback_request", "withdrawal"]
CATEGORIES = ["placeholder", "greeting", "closing", "gratitude", "interest",
              "personalization", "generic", "length", "tone.desperate",
              "tone.pushy", "tone.casual", "tone.negative", "subject",
              "spelling", "grammar", "timing", "accuracy"]
FACT_KEYS = {"kind", "interviewer", "interviewer_email", "company", "role",
             "interview_at", "sent_at", "decision_by", "topics",
             "previous_followups"}
FOLLOWUP_KEYS = {"sent_at", "replied"}
GRATITUDE_KINDS = {"thank_you", "rejection_reply", "offer_reply"}
INTEREST_KINDS = {"thank_you", "check_in"}
EXTS = {".txt", ".md", ".eml"}
CLEAN_WORDS = (45, 180)

errors: list[str] = []


def err(name: str, msg: str) -> None:
    errors.append(f"{name}: {msg}")


def as_datetime(value, name: str, field: str):
    """Front-matter value -> datetime (a bare date means the start of that day)."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    err(name, f"{field}: not a date/time: {value!r}")
    return None


def split_front_matter(text: str, name: str):
    if not text.startswith("---\n"):
        err(name, ".md draft does not start with front matter")
        return None, text
    end = text.find("\n---\n", 4)
    if end < 0:
        err(name, "front matter not closed by a '---' line")
        return None, text
    try:
        facts = yaml.safe_load(text[4:end]) or {}
    except yaml.YAMLError as exc:
        err(name, f"front matter is not valid YAML: {exc}")
        return None, text[end + 5:]
    if not isinstance(facts, dict):
        err(name, "front matter is not a mapping")
        return None, text[end + 5:]
    return facts, text[end + 5:]


def eml_parts(raw: bytes):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    part = msg.get_body(preferencelist=("plain",)) if msg.is_multipart() else msg
    body = part.get_content() if part is not None else ""
    return msg.get("Subject"), body


def own_text(body: str) -> str:
    """Drop the subject line and any quoted earlier message."""
    lines = body.replace("\r\n", "\n").split("\n")
    if lines and lines[0].lower().startswith("subject:"):
        lines = lines[1:]
    out = []
    for line in lines:
        if re.match(r"^On .+wrote:\s*$", line) or line.startswith(">"):
            break
        out.append(line)
    return "\n".join(out)


def words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9À-ÿ£€$%][\w'’\-.,£€$%&]*", text))


def timing_proven(facts: dict, name: str) -> bool:
    kind = facts.get("kind")
    sent = as_datetime(facts["sent_at"], name, "sent_at") if "sent_at" in facts else None
    if kind == "thank_you" and sent and "interview_at" in facts:
        at = as_datetime(facts["interview_at"], name, "interview_at")
        if at and sent - at > dt.timedelta(hours=48):
            return True
    if kind == "check_in":
        if sent and "decision_by" in facts:
            by = as_datetime(facts["decision_by"], name, "decision_by")
            if by and sent.date() <= by.date():
                return True
        for f in facts.get("previous_followups") or []:
            if isinstance(f, dict) and f.get("replied") is False:
                return True
    return False


def check_facts(facts: dict, name: str, label_kind: str) -> None:
    for key in facts:
        if key not in FACT_KEYS:
            err(name, f"unknown fact field {key!r}")
    if facts.get("kind") not in (None, label_kind):
        err(name, f"facts kind {facts.get('kind')!r} != label kind {label_kind!r}")
    for field in ("interview_at", "sent_at", "decision_by"):
        if field in facts:
            as_datetime(facts[field], name, field)
    pf = facts.get("previous_followups")
    if pf is not None:
        if not isinstance(pf, list):
            err(name, "previous_followups must be a list")
        else:
            for f in pf:
                if not isinstance(f, dict) or set(f) - FOLLOWUP_KEYS:
                    err(name, f"bad previous_followups entry {f!r}")
                elif "sent_at" in f:
                    as_datetime(f["sent_at"], name, "previous_followups.sent_at")
    if "topics" in facts and not isinstance(facts["topics"], list):
        err(name, "topics must be a list")
    iv = facts.get("interviewer")
    if iv is not None and not isinstance(iv, (str, list)):
        err(name, "interviewer must be a string or a list")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    labels = yaml.safe_load(LABELS.read_text(encoding="utf-8")) or {}
    files = sorted(p for p in DRAFTS.iterdir() if p.is_file())

    for p in files:
        if p.suffix not in EXTS:
            err(p.name, f"unexpected extension {p.suffix!r}")
        if not re.match(r"^\d{3}-[a-z0-9-]+\.(txt|md|eml)$", p.name):
            err(p.name, "name is not NNN-slug.ext")
        if p.name not in labels:
            err(p.name, "draft has no label")
    names = {p.name for p in files}
    for name in labels:
        if name not in names:
            err(name, "label has no draft")

    kind_count = collections.Counter()
    cat_count = collections.Counter()
    ext_count = collections.Counter()
    clean = 0
    rows = []

    for p in files:
        name = p.name
        lab = labels.get(name)
        if not isinstance(lab, dict):
            continue
        if set(lab) - {"kind", "flags", "note"}:
            err(name, f"unknown label keys {sorted(set(lab) - {'kind', 'flags', 'note'})}")
        kind = lab.get("kind")
        flags = lab.get("flags")
        note = lab.get("note")
        if kind not in KINDS:
            err(name, f"unknown kind {kind!r}")
        if not isinstance(flags, list):
            err(name, "flags must be a list")
            continue
        if not isinstance(note, str) or not note.strip():
            err(name, "note missing")
        for f in flags:
            if f not in CATEGORIES:
                err(name, f"unknown category {f!r}")
        if len(set(flags)) != len(flags):
            err(name, "duplicate flags")
        if len(flags) > 3:
            err(name, "more than three faults")

        facts = None
        has_subject = False
        if p.suffix == ".eml":
            subject, body = eml_parts(p.read_bytes())
            has_subject = True  # present, missing or vague: all judgeable
        else:
            text = p.read_text(encoding="utf-8")
            if p.suffix == ".md":
                facts, text = split_front_matter(text, name)
            body = text
            has_subject = body.lstrip("\n").lower().startswith("subject:")
        n_words = words(own_text(body))

        if facts is not None:
            check_facts(facts, name, kind)
            proven = timing_proven(facts, name)
            if proven and "timing" not in flags:
                err(name, "facts prove a timing fault but 'timing' is not flagged")
            if "timing" in flags and not proven:
                err(name, "'timing' flagged but the facts do not prove it")
        else:
            for f in ("timing", "accuracy"):
                if f in flags:
                    err(name, f"'{f}' flagged on a draft without facts")
        if "subject" in flags and not has_subject:
            err(name, "'subject' flagged on a draft without a subject")
        if "gratitude" in flags and kind not in GRATITUDE_KINDS:
            err(name, f"'gratitude' not labelled on {kind}")
        if "interest" in flags and kind not in INTEREST_KINDS:
            err(name, f"'interest' not labelled on {kind}")
        if "generic" in flags and "personalization" not in flags:
            err(name, "'generic' without 'personalization'")
        if not flags and not CLEAN_WORDS[0] <= n_words <= CLEAN_WORDS[1]:
            err(name, f"clean draft has {n_words} own words (want {CLEAN_WORDS[0]}-{CLEAN_WORDS[1]})")

        kind_count[kind] += 1
        ext_count[p.suffix] += 1
        cat_count.update(flags)
        clean += not flags
        rows.append((name, kind, n_words, flags))

    if verbose:
        for name, kind, n, flags in rows:
            print(f"{name:45s} {kind:17s} {n:4d}  {', '.join(flags) or 'clean'}")
        print()

    print(f"drafts: {len(files)}   clean: {clean}   flagged: {len(files) - clean}")
    print("formats: " + ", ".join(f"{e} {ext_count[e]}" for e in sorted(ext_count)))
    print("per kind:")
    for k in KINDS:
        print(f"  {k:18s} {kind_count[k]}")
    print("per category:")
    for c in CATEGORIES:
        print(f"  {c:18s} {cat_count[c]}")

    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
