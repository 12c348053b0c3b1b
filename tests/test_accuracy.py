"""Accuracy floors on the development data, measured by benchmarks/accuracy.py.

The measurement is the dev split (docs/data.md) of every labelled message set the models
learn from: data/messages/* and the earlier test corpora. Floors hold dev numbers only;
blind sets are measured once and reported in docs/accuracy.md, never asserted here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

MIN_MACRO_PRECISION = 0.85
MAX_CLEAN_WARNED = 0.25
#: categories with enough labelled dev drafts to hold a floor, and their precision floors
PRECISION_FLOORS = {"placeholder": 0.9, "greeting": 0.8, "interest": 0.9, "personalization": 0.9,
                    "length": 0.9, "tone.pushy": 0.9, "tone.casual": 0.9, "tone.negative": 0.75,
                    "subject": 0.9, "accuracy": 0.9}


def _load_benchmark():
    spec = importlib.util.spec_from_file_location("accuracy_benchmark", ROOT / "benchmarks" / "accuracy.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def summary():
    bench = _load_benchmark()
    corpora = sorted(p.parent for p in (ROOT / "data" / "messages").glob("*/labels.yaml")) + [
        ROOT / "tests" / "corpus", ROOT / "tests" / "corpus-holdout", ROOT / "tests" / "corpus-blind2"]
    _, result = bench.evaluate(with_proselint=False, corpus=corpora, split="dev")
    return result


def test_the_dev_split_is_large_enough(summary):
    assert summary["drafts"] >= 60
    assert summary["false_alarms"]["clean"] >= 15


@pytest.mark.parametrize("category", sorted(PRECISION_FLOORS))
def test_precision_floor(summary, category):
    row = summary["categories"][category]
    assert row["labelled"] > 0, f"no dev drafts labelled {category}"
    precision = row["precision"] if row["precision"] is not None else 0.0
    assert precision >= PRECISION_FLOORS[category], (
        f"{category}: precision {precision} < {PRECISION_FLOORS[category]}; false alarms on {row['fp_drafts']}")


def test_macro_precision(summary):
    values = [row["precision"] for row in summary["categories"].values()
              if row["precision"] is not None and row["tp"] + row["fp"] > 0]
    macro = sum(values) / len(values)
    assert macro >= MIN_MACRO_PRECISION, summary["categories"]


def test_clean_drafts_stay_quiet(summary):
    fa = summary["false_alarms"]
    assert fa["rate"] <= MAX_CLEAN_WARNED, f"false alarms on clean dev drafts: {fa['drafts']}"


def test_no_rule_crashes_on_the_dev_drafts(summary):
    crashes = {name: notes for name, notes in summary["notes"].items()
               if any("failed on this draft" in n for n in notes)}
    assert not crashes
