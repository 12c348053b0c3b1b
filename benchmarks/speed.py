"""Speed and memory, side by side with proselint, on the labelled corpus.

Measures, for etiquette-lint and for proselint 0.16 (the general prose linter a user
would otherwise reach for):

- cold start: one CLI run on one draft, as an editor's on-save hook runs it
  (median of --runs runs, each a fresh process);
- warm per-draft latency: a library object created once, then every corpus draft
  (median and 95th percentile);
- peak memory (max RSS) of a process that lints the whole corpus.

Usage::

    python benchmarks/speed.py            # table
    python benchmarks/speed.py --runs 5 --json
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "corpus" / "drafts").glob("*"))
EXAMPLE = ROOT / "docs" / "examples" / "thank-you-draft.txt"

WARM_ETIQUETTE = r"""
import json, resource, sys, time
from etiquette_lint import Linter
paths = sys.argv[1:]
linter = Linter()
times = []
for p in paths:
    t = time.perf_counter()
    try:
        linter.lint_file(p)
    except Exception:
        pass
    times.append(time.perf_counter() - t)
print(json.dumps({"times": times, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

WARM_PROSELINT = r"""
import json, resource, sys, time
from proselint.checks import __register__
from proselint.registry import CheckRegistry
from proselint.tools import LintFile
paths = sys.argv[1:]
registry = CheckRegistry()
if not registry.checks:
    registry.register_many(__register__)
times = []
for p in paths:
    text = open(p, encoding="utf-8", errors="replace").read()
    t = time.perf_counter()
    LintFile(p, text).lint()
    times.append(time.perf_counter() - t)
print(json.dumps({"times": times, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

WARM_PROSELINT_FALLBACK = r"""
import json, resource, subprocess, sys, time
paths = sys.argv[1:]
times = []
for p in paths:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "proselint", "check", p], capture_output=True)
    times.append(time.perf_counter() - t)
print(json.dumps({"times": times, "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "note": "proselint API not found: per-draft times include process start"}))
"""


def cold(cmd: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, cwd=ROOT)
        samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def warm(script: str) -> dict:
    res = subprocess.run([sys.executable, "-c", script, *map(str, CORPUS)], capture_output=True, text=True,
                         cwd=ROOT)
    if res.returncode != 0:
        return {"error": res.stderr.strip().splitlines()[-1] if res.stderr.strip() else "failed"}
    return json.loads(res.stdout.strip().splitlines()[-1])


def summarise(data: dict) -> dict:
    if "times" not in data:
        return data
    t = sorted(data["times"])
    return {"median_ms": round(statistics.median(t) * 1000, 2),
            "p95_ms": round(t[int(0.95 * (len(t) - 1))] * 1000, 2),
            "total_s": round(sum(t), 2), "rss_mb": round(data["rss_mb"], 1), **({"note": data["note"]} if "note" in data else {})}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    results = {
        "drafts": len(CORPUS),
        "etiquette-lint": {
            "cold_cli_s": round(cold([sys.executable, "-m", "etiquette_lint", str(EXAMPLE)], args.runs), 2),
            **summarise(warm(WARM_ETIQUETTE)),
        },
    }
    try:
        import proselint  # noqa: F401
        prose = summarise(warm(WARM_PROSELINT))
        if "error" in prose:
            prose = summarise(warm(WARM_PROSELINT_FALLBACK))
        results["proselint"] = {
            "cold_cli_s": round(cold([sys.executable, "-m", "proselint", "check", str(EXAMPLE)], args.runs), 2),
            **prose}
    except ImportError:
        results["proselint"] = {"error": "proselint is not installed (pip install proselint)"}
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"{len(CORPUS)} corpus drafts, {args.runs} cold runs each, python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs\n")
    print(f"{'tool':<16}{'cold CLI (s)':>14}{'warm median (ms)':>18}{'warm p95 (ms)':>15}{'corpus (s)':>12}{'max RSS (MB)':>14}")
    for tool in ("etiquette-lint", "proselint"):
        r = results[tool]
        if "error" in r:
            print(f"{tool:<16}  {r['error']}")
            continue
        print(f"{tool:<16}{r['cold_cli_s']:>14}{r.get('median_ms', '-'):>18}{r.get('p95_ms', '-'):>15}"
              f"{r.get('total_s', '-'):>12}{r.get('rss_mb', '-'):>14}")
        if r.get("note"):
            print(f"{'':<16}({r['note']})")


if __name__ == "__main__":
    main()
