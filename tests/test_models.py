"""The shipped judgement models: trained on the data in the repo, and their dev scores hold.

- the data hash in the models' meta.json is the hash of data/ as it is now (retrain after
  changing the data: ``python data/train.py``);
- recomputed with the shipped weights, every label's dev precision and recall match the
  numbers the training recorded, and the kind model's dev accuracy holds;
- loading is offline, deterministic and light enough for the wheel.
"""

from __future__ import annotations

import importlib.util
import json
import socket
from pathlib import Path

import numpy as np
import pytest

from etiquette_lint.models import LABELS, MODEL_DIR, get_models, load

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def train():  # the training module, imported from data/train.py (no scikit-learn needed for these parts)
    spec = importlib.util.spec_from_file_location("etiquette_train", ROOT / "data" / "train.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def meta() -> dict:
    return json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))


def test_models_were_trained_on_the_data_in_the_repo(train, meta) -> None:
    assert meta["data_sha256"] == train.data_hash(), \
        "data/ changed since the models were trained: run `python data/train.py`"


def test_training_never_reads_a_blind_set(train) -> None:
    assert all("blind" not in p.parts for p in train.sentence_files())
    assert all("blind" not in p.parts for p in train.message_dirs())
    with pytest.raises(SystemExit):
        train._refuse_blind(ROOT / "data" / "blind" / "2026-12-02" / "labels.yaml")


def test_training_never_reads_a_measured_blind_set(train) -> None:
    """A blind set that has been measured and looked at is development data: measured, never
    trained on (it lives in data/dev/)."""
    assert all(p.relative_to(ROOT).parts[:2] != ("data", "dev") for p in train.message_dirs())
    assert (ROOT / "data" / "dev").is_dir() and any((ROOT / "data" / "dev").glob("*/labels.yaml"))
    with pytest.raises(SystemExit):
        train._refuse_blind(ROOT / "data" / "dev" / "blind1-2026-12-02" / "labels.yaml")


def test_sentence_dev_scores_hold(train, meta) -> None:
    models = get_models()
    dev = [r for r in train.load_sentences() if r["split"] == "dev"]
    assert len(dev) >= 500
    probs = models.sentence.predict([r["text"] for r in dev])
    recorded = meta["sentence_model"]["dev"]
    for j, label in enumerate(LABELS):
        rows = [i for i, r in enumerate(dev) if label in r["labelled"]]
        y = np.array([label in dev[i]["labels"] for i in rows])
        pred = probs[rows, j] >= models.sentence.thresholds[label]
        tp, fp, fn = int((pred & y).sum()), int((pred & ~y).sum()), int((~pred & y).sum())
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        # the shipped weights are stored in half precision: allow a hair of drift
        assert precision >= recorded[label]["precision"] - 0.03, label
        assert recall >= recorded[label]["recall"] - 0.03, label


def test_flagging_labels_are_precise_on_dev(meta) -> None:
    """Precision first: every label that raises a finding reads at >= 0.85 precision on dev."""
    dev = meta["sentence_model"]["dev"]
    for label in ("template", "apology", "desperate", "pushy", "casual", "negative"):
        assert dev[label]["precision"] >= 0.85, (label, dev[label])


def test_kind_model_dev_accuracy(meta) -> None:
    assert meta["kind_model"]["dev_messages"] >= 50
    assert meta["kind_model"]["dev_accuracy"] >= 0.8


def test_predictions_are_deterministic() -> None:
    a = load(MODEL_DIR).sentence.predict(["I expect a decision by Friday.", "Thanks again for Tuesday!"])
    b = load(MODEL_DIR).sentence.predict(["I expect a decision by Friday.", "Thanks again for Tuesday!"])
    assert np.array_equal(a, b)


def test_loading_needs_no_network(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("the models tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    models = load(MODEL_DIR)
    assert models.sentence.predict(["Thank you for your time."]).shape == (1, len(LABELS))


def test_model_files_fit_the_size_budget() -> None:
    size = sum(p.stat().st_size for p in MODEL_DIR.iterdir() if p.suffix in (".npz", ".json"))
    assert size <= 25 * 1024 * 1024


def test_readings_point_at_the_words_that_weighed() -> None:
    import etiquette_lint

    text = "Dear Ms. Lee,\n\nThank you for Monday. I expect a decision by Friday.\n\nSam"
    report = etiquette_lint.lint(text, kind="check_in")
    pushy = [d for d in report.diagnostics if d.code == "EL511"]
    assert pushy, report.diagnostics
    assert text[pushy[0].start:pushy[0].end].startswith("I expect a decision")
    assert "weigh most" in pushy[0].message
