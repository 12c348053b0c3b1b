"""Measure etiquette-lint against the labelled corpus (tests/corpus/), side by side with proselint.

For every draft in tests/corpus/drafts/ the linter runs as a user would run it
(``Linter().lint_file(path)``: facts from the front matter or the .eml headers,
the kind from the facts or detected). The categories of the diagnostics at
severity warning or error are compared with the labelled ``flags``:

- per category: TP / FP / FN, precision and recall;
- false alarms: clean drafts (``flags: []``) with any warning-or-error diagnostic;
- kind detection: the detected kind against the labelled kind (drafts whose facts
  give no kind), and the detector alone on every draft (facts' kind ignored);
- proselint 0.16 on the same text (the decoded draft without front matter or
  e-mail headers): how many faulty and clean drafts it flags, and which corpus
  categories its checks catch at all.

Usage::

    python benchmarks/accuracy.py                 # table
    python benchmarks/accuracy.py --json          # machine-readable
    python benchmarks/accuracy.py --category personalization   # per-draft misses
    python benchmarks/accuracy.py --no-proselint  # skip the comparison (faster)
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"

# Allow running from a checkout without installing.
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from etiquette_lint import Linter  # noqa: E402
from etiquette_lint.diagnostics import CATEGORIES  # noqa: E402
from etiquette_lint.kinds import LOW_CONFIDENCE, from_probabilities  # noqa: E402
from etiquette_lint.nlp import Analysis  # noqa: E402

FLAG_SEVERITIES = ("warning", "error")
#: the last commit before the trained judgement layer: the pattern-list release
PREVIOUS_RELEASE = "aa16769"

# Which proselint check families bear on which corpus category (by what they look for).
# A proselint hit "catches" a labelled draft only through a family mapped to its category.
PROSELINT_FAMILIES: dict[str, str] = {
    "annotations": "placeholder",
    "spelling": "spelling",
    "nonwords": "spelling",
    "lexical_illusions": "grammar",
    "misc.preferred_forms": "grammar",
    "malapropisms": "grammar",
    "industrial_language.chatspeak": "tone.casual",
    "typography.punctuation": "tone.casual",
    "misc.apologizing": "tone.desperate",
    "cliches": "generic",
    "industrial_language.commercialese": "generic",
    "industrial_language.corporate_speak": "generic",
    "industrial_language.bureaucratese": "generic",
    "hedging": "tone.desperate",
    "psychology": "tone.pushy",
}


@dataclass
class DraftResult:
    name: str
    labelled_kind: str
    flags: set[str]
    kind: str
    kind_detected: bool
    kind_reason: str
    detector_kind: str
    predicted: set[str]
    diagnostics: list[dict[str, Any]]
    notes: list[str]
    proselint: list[str] = field(default_factory=list)  # check paths that fired
    detector_confidence: float = 1.0
    path: Path | None = None

    @property
    def clean(self) -> bool:
        return not self.flags


def load_labels(corpus: Path = CORPUS) -> dict[str, dict[str, Any]]:
    with open(corpus / "labels.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def proselint_checks():  # type: ignore[no-untyped-def]
    try:
        from proselint.checks import __register__
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)

    def run(text: str) -> list[str]:
        if not text.strip():
            return []
        return [r.check_result.check_path for r in LintFile("<draft>", text).lint()]

    return run


def _split_of(corpus: Path, name: str) -> str:
    """The frozen split of a message (the rule of data/train.py)."""
    import hashlib

    key = f"{corpus.name}/{name}".strip().lower()
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return "dev" if int.from_bytes(digest, "big") % 5 == 0 else "train"


def evaluate(with_proselint: bool = True, corpus: Path | list[Path] = CORPUS,
             split: str = "all") -> tuple[list[DraftResult], dict[str, Any]]:
    corpora = corpus if isinstance(corpus, list) else [corpus]
    linter = Linter()
    run_proselint = proselint_checks() if with_proselint else None
    results: list[DraftResult] = []
    t0 = time.perf_counter()
    todo = []
    for c in corpora:
        labels = load_labels(c)
        for name in sorted(labels):
            if split == "all" or _split_of(c, name) == split:
                todo.append((c, name, labels[name]))
    for corpus_dir, name, label in todo:
        path = corpus_dir / "drafts" / name
        if len(corpora) > 1:
            name = f"{corpus_dir.name}/{name}"
        report = linter.lint_file(path)
        draft = report.draft
        assert draft is not None
        diags = [d.to_dict() for d in report.diagnostics]
        predicted = {d.category for d in report.diagnostics if d.severity in FLAG_SEVERITIES}
        detected = from_probabilities(Analysis(draft, linter.nlp).readings.kind_probs)
        res = DraftResult(
            name=name, labelled_kind=label["kind"], flags=set(label.get("flags") or []),
            kind=report.kind, kind_detected=report.kind_detected, kind_reason=report.kind_reason,
            detector_kind=detected.kind, predicted=predicted, diagnostics=diags,
            notes=list(report.notes), detector_confidence=detected.confidence, path=path)
        if run_proselint is not None:
            region = draft.message
            text = draft.text[region.start:region.end] if region is not None else draft.text
            res.proselint = run_proselint(text)
        results.append(res)
    elapsed = time.perf_counter() - t0
    return results, summarize(results, with_proselint=run_proselint is not None, elapsed=elapsed)


_BASELINE_SCRIPT = r"""
import json, sys
src, items = sys.argv[1], json.loads(sys.stdin.read())
sys.path.insert(0, src)
from etiquette_lint import Linter
linter = Linter()
out = {}
for name, path in items:
    try:
        report = linter.lint_file(path)
        out[name] = sorted({d.category for d in report.diagnostics if d.severity in ("warning", "error")})
    except Exception as exc:  # an old release may not read a new layout
        out[name] = {"error": repr(exc)}
print(json.dumps(out))
"""


def baseline_predictions(rev: str, todo: list[tuple[str, Path]]) -> dict[str, Any]:
    """The categories an earlier revision of etiquette-lint flags on the same drafts: its
    ``src`` and ``rules`` extracted with ``git archive`` into a temporary folder and run in a
    subprocess (nothing installed, the working tree untouched)."""
    import io
    import subprocess
    import tarfile
    import tempfile

    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src", "rules"],
                             capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory(prefix="etiquette-lint-baseline-") as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        payload = json.dumps([[name, str(Path(path).resolve())] for name, path in todo])
        res = subprocess.run([sys.executable, "-c", _BASELINE_SCRIPT, str(Path(tmp) / "src")], input=payload,
                             capture_output=True, text=True, cwd=tmp, timeout=3600)
        if res.returncode != 0:
            raise SystemExit(f"baseline {rev} failed:\n{res.stderr[-2000:]}")
        return json.loads(res.stdout.strip().splitlines()[-1])


def baseline_summary(results: list["DraftResult"], predicted: dict[str, Any]) -> dict[str, Any]:
    """Per-category precision and recall of the baseline's predictions, and its false alarms."""
    rows: dict[str, Any] = {}
    for cat in CATEGORIES:
        tp = fp = fn = 0
        for r in results:
            got = predicted.get(r.name)
            flagged = isinstance(got, list) and cat in got
            tp += cat in r.flags and flagged
            fp += cat not in r.flags and flagged
            fn += cat in r.flags and not flagged
        rows[cat] = {"precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn)}
    clean = [r for r in results if r.clean]
    warned = sum(1 for r in clean if isinstance(predicted.get(r.name), list) and predicted[r.name])
    errors = sum(1 for r in results if isinstance(predicted.get(r.name), dict))
    return {"categories": rows, "false_alarms": {"count": warned, "clean": len(clean),
                                                  "rate": _ratio(warned, len(clean))},
            "macro": macro(rows), "drafts_it_could_not_read": errors}


def macro(rows: dict[str, Any]) -> dict[str, Any]:
    """Macro precision over the categories that reported anything, macro recall over the
    categories that have labels."""
    ps = [r["precision"] for r in rows.values() if r.get("precision") is not None]
    rs = [r["recall"] for r in rows.values() if r.get("recall") is not None]
    return {"precision": round(sum(ps) / len(ps), 3) if ps else None, "precision_over": len(ps),
            "recall": round(sum(rs) / len(rs), 3) if rs else None, "recall_over": len(rs)}


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def summarize(results: list[DraftResult], *, with_proselint: bool, elapsed: float) -> dict[str, Any]:
    per_cat: dict[str, dict[str, Any]] = {}
    for cat in CATEGORIES:
        tp = sum(1 for r in results if cat in r.flags and cat in r.predicted)
        fp = sum(1 for r in results if cat not in r.flags and cat in r.predicted)
        fn = sum(1 for r in results if cat in r.flags and cat not in r.predicted)
        per_cat[cat] = {
            "labelled": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn),
            "fp_drafts": [r.name for r in results if cat not in r.flags and cat in r.predicted],
            "fn_drafts": [r.name for r in results if cat in r.flags and cat not in r.predicted],
        }
    clean = [r for r in results if r.clean]
    faulty = [r for r in results if not r.clean]
    false_alarms = [r.name for r in clean if r.predicted]
    detected = [r for r in results if r.kind_detected]
    kinds = {
        "detected_drafts": len(detected),
        "detected_correct": sum(1 for r in detected if r.kind == r.labelled_kind),
        "detected_accuracy": _ratio(sum(1 for r in detected if r.kind == r.labelled_kind), len(detected)),
        "detector_all_drafts": len(results),
        "detector_correct": sum(1 for r in results if r.detector_kind == r.labelled_kind),
        "detector_accuracy": _ratio(sum(1 for r in results if r.detector_kind == r.labelled_kind), len(results)),
        "reported_correct": sum(1 for r in results if r.kind == r.labelled_kind),
        "reported_accuracy": _ratio(sum(1 for r in results if r.kind == r.labelled_kind), len(results)),
        "wrong": [{"draft": r.name, "labelled": r.labelled_kind, "detector": r.detector_kind}
                  for r in results if r.detector_kind != r.labelled_kind],
        # detector unsure (kind-specific rules step down to info when the kind is not given)
        "unsure": [{"draft": r.name, "labelled": r.labelled_kind, "detector": r.detector_kind,
                    "confidence": r.detector_confidence}
                   for r in results if r.detector_confidence < LOW_CONFIDENCE],
    }
    exact = sum(1 for r in results if r.predicted == r.flags)
    out: dict[str, Any] = {
        "drafts": len(results), "clean": len(clean), "faulty": len(faulty),
        "seconds": round(elapsed, 2),
        "categories": per_cat,
        "false_alarms": {"count": len(false_alarms), "clean": len(clean),
                         "rate": _ratio(len(false_alarms), len(clean)), "drafts": false_alarms},
        "macro": macro(per_cat),
        "faulty_flagged": sum(1 for r in faulty if r.predicted),
        "exact_match": exact,
        "kinds": kinds,
        "notes": {r.name: r.notes for r in results if r.notes},
    }
    if with_proselint:
        caught: dict[str, int] = {}
        false_hits: dict[str, int] = {}
        for cat in CATEGORIES:
            labelled = [r for r in results if cat in r.flags]
            if not labelled:
                continue
            caught[cat] = sum(1 for r in labelled
                              if any(_family_category(p) == cat for p in r.proselint))
            false_hits[cat] = sum(1 for r in results if cat not in r.flags
                                  and any(_family_category(p) == cat for p in r.proselint))
        fired = Counter(p for r in results for p in set(r.proselint))
        out["proselint"] = {
            "faulty_flagged": sum(1 for r in faulty if r.proselint),
            "clean_flagged": sum(1 for r in clean if r.proselint),
            "caught_by_category": caught,
            "fires_without_label": false_hits,
            "checks_fired": dict(fired.most_common()),
        }
    return out


def _family_category(check_path: str) -> str | None:
    best = None
    for prefix, cat in PROSELINT_FAMILIES.items():
        if check_path == prefix or check_path.startswith(prefix + "."):
            if best is None or len(prefix) > len(best[0]):
                best = (prefix, cat)
    return best[1] if best else None


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.2f}"


def print_table(summary: dict[str, Any], results: list[DraftResult], category: str | None) -> None:
    print(f"etiquette-lint on {summary.get('corpus', 'tests/corpus')}: {summary['drafts']} drafts "
          f"({summary['faulty']} flagged, {summary['clean']} clean), {summary['seconds']} s")
    print()
    header = f"{'category':<16} {'labelled':>8} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7}"
    if "proselint" in summary:
        header += f" {'proselint':>10} {'(FP)':>5}"
    base = summary.get("baseline")
    if base:
        header += f"  {'P@' + base['rev'][:7]:>9} {'R@' + base['rev'][:7]:>9}"
    print(header)
    print("-" * len(header))
    for cat, row in summary["categories"].items():
        line = (f"{cat:<16} {row['labelled']:>8} {row['tp']:>4} {row['fp']:>4} {row['fn']:>4} "
                f"{_fmt(row['precision']):>10} {_fmt(row['recall']):>7}")
        if "proselint" in summary:
            caught = summary["proselint"]["caught_by_category"].get(cat)
            shown = "-" if caught is None else f"{caught}/{row['labelled']}"
            fp = summary["proselint"]["fires_without_label"].get(cat)
            line += f" {shown:>10} {('' if fp is None else fp):>5}"
        if base:
            b = base["categories"][cat]
            line += f"  {_fmt(b['precision']):>9} {_fmt(b['recall']):>9}"
        print(line)
    m = summary["macro"]
    print()
    print(f"macro precision {_fmt(m['precision'])} over the {m['precision_over']} categories that reported "
          f"anything; macro recall {_fmt(m['recall'])} over the {m['recall_over']} labelled categories")
    if base:
        bm, bf = base["macro"], base["false_alarms"]
        print(f"previous release ({base['rev']}): macro precision {_fmt(bm['precision'])}, macro recall "
              f"{_fmt(bm['recall'])}, clean drafts warned {bf['count']}/{bf['clean']} = {_fmt(bf['rate'])}"
              + (f"; {base['drafts_it_could_not_read']} drafts it could not read"
                 if base["drafts_it_could_not_read"] else ""))
    fa = summary["false_alarms"]
    print()
    print(f"false alarms on clean drafts: {fa['count']}/{fa['clean']} = {_fmt(fa['rate'])}"
          + (f"  ({', '.join(fa['drafts'])})" if fa["drafts"] else ""))
    print(f"faulty drafts flagged: {summary['faulty_flagged']}/{summary['faulty']}; "
          f"drafts whose flagged categories match the labels exactly: {summary['exact_match']}/{summary['drafts']}")
    k = summary["kinds"]
    print(f"kind: detected on {k['detected_drafts']} drafts without a kind in their facts, "
          f"{k['detected_correct']} right ({_fmt(k['detected_accuracy'])}); detector alone on all "
          f"{k['detector_all_drafts']}: {k['detector_correct']} right ({_fmt(k['detector_accuracy'])})")
    for w in k["wrong"]:
        print(f"  kind miss: {w['draft']}: labelled {w['labelled']}, detector says {w['detector']}")
    print(f"kind: detector unsure (confidence < {LOW_CONFIDENCE}) on {len(k['unsure'])} of "
          f"{k['detector_all_drafts']}" + "".join(f"\n  unsure: {u['draft']}: {u['detector']} "
                                                 f"({u['confidence']:.2f}), labelled {u['labelled']}"
                                                 for u in k["unsure"]))
    if "proselint" in summary:
        p = summary["proselint"]
        print()
        print("side by side (a draft counts as flagged when the tool reports anything at warning or above;"
              " proselint has no severities, so any proselint hit counts):")
        print(f"  {'':<16} {'faulty flagged':>15} {'clean flagged':>14}")
        print(f"  {'etiquette-lint':<16} {summary['faulty_flagged']:>9}/{summary['faulty']:<5} "
              f"{fa['count']:>8}/{summary['clean']:<5}")
        print(f"  {'proselint 0.16':<16} {p['faulty_flagged']:>9}/{summary['faulty']:<5} "
              f"{p['clean_flagged']:>8}/{summary['clean']:<5}")
        print("  proselint column: labelled drafts where a proselint check family that looks for that kind of "
              "fault fired\n  (see PROSELINT_FAMILIES); (FP): drafts without the label where such a check fired.")
        print("  proselint checks that fired (drafts): "
              + ", ".join(f"{k} {v}" for k, v in list(p["checks_fired"].items())[:12]))
    if summary["notes"]:
        print()
        for name, notes in summary["notes"].items():
            for n in notes:
                print(f"note: {name}: {n}")
    if category:
        print()
        row = summary["categories"].get(category)
        if row is None:
            print(f"unknown category {category!r}")
            return
        by_name = {r.name: r for r in results}
        for label, names in (("missed (FN)", row["fn_drafts"]), ("false alarm (FP)", row["fp_drafts"])):
            print(f"{category}: {label}: {len(names)}")
            for n in names:
                r = by_name[n]
                print(f"  {n}  [labelled {sorted(r.flags) or 'clean'}; kind {r.kind}]")
                for d in r.diagnostics:
                    if d["category"] == category or label.startswith("missed"):
                        print(f"      {d['line']}:{d['column']} {d['severity']} {d['code']} {d['name']}: "
                              f"{d['message']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print one JSON document")
    ap.add_argument("--category", help="list the per-draft misses and false alarms of one category")
    ap.add_argument("--no-proselint", action="store_true", help="skip the proselint comparison")
    ap.add_argument("--corpus", type=Path, action="append",
                    help="a corpus folder (drafts/ + labels.yaml), e.g. data/blind/2026-12-02; repeat for several "
                         "(default: tests/corpus)")
    ap.add_argument("--dev", action="store_true",
                    help="the development measurement: the dev split of every set the models learn from "
                         "(data/messages/*, tests/corpus*)")
    ap.add_argument("--measured-blind", action="store_true",
                    help="every draft of the blind sets already measured (data/dev/*): development data that "
                         "no model is trained on")
    ap.add_argument("--split", choices=("all", "dev", "train"), default="all",
                    help="only the drafts of this frozen split (see docs/data.md)")
    ap.add_argument("--baseline", metavar="REV",
                    help="also run an earlier revision (a git commit or tag, e.g. the previous release "
                         f"{PREVIOUS_RELEASE}) on the same drafts and print its precision and recall beside")
    args = ap.parse_args(argv)
    corpora = args.corpus or [CORPUS]
    if args.dev:
        corpora = sorted(p.parent for p in (ROOT / "data" / "messages").glob("*/labels.yaml")) + [
            ROOT / "tests" / "corpus", ROOT / "tests" / "corpus-holdout", ROOT / "tests" / "corpus-blind2"]
        args.split = "dev"
    if args.measured_blind:
        # blind sets measured once and then looked at: development data, never trained on
        corpora = sorted(p.parent for p in (ROOT / "data" / "dev").glob("*/labels.yaml"))
        args.split = "all"
    results, summary = evaluate(with_proselint=not args.no_proselint, corpus=corpora, split=args.split)
    if args.baseline:
        predicted = baseline_predictions(args.baseline, [(r.name, r.path) for r in results if r.path])
        summary["baseline"] = {"rev": args.baseline, **baseline_summary(results, predicted)}
    summary["corpus"] = ", ".join(str(c.resolve().relative_to(ROOT)) if c.resolve().is_relative_to(ROOT) else str(c)
                                  for c in corpora) + ("" if args.split == "all" else f" ({args.split} split)")
    if args.json:
        summary["per_draft"] = {
            r.name: {"kind": r.kind, "labelled_kind": r.labelled_kind, "flags": sorted(r.flags),
                     "predicted": sorted(r.predicted), "proselint": sorted(set(r.proselint))}
            for r in results}
        json.dump(summary, sys.stdout, indent=2)
        print()
    else:
        print_table(summary, results, args.category)
    return 0


if __name__ == "__main__":
    sys.exit(main())
