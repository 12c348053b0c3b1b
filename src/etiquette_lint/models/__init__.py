"""The judgement models: trained artefacts shipped in the wheel and their loader.

- :class:`SentenceModel` reads one sentence and gives the probability of each of
  :data:`LABELS` (thanks, interest, specific detail, template line, apology, and the
  four tones). A linear model over hashed word n-grams, shape cues and static word
  vectors; its thresholds were chosen on the dev split for precision.
- :class:`KindModel` reads a whole message (subject, opening, every sentence, and the
  sentence readings) and gives the probability of each message kind.

Both are loaded once per process from ``sentence.npz``, ``kind.npz``, ``vectors.npz``
and ``meta.json`` beside this file, with numpy only: offline and deterministic. They
are trained by ``python data/train.py`` (see docs/data.md); ``meta.json`` records the
hash of the data they were trained on and their dev scores.
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from . import features as F

MODEL_DIR = Path(__file__).resolve().parent

#: the sentence labels, in the order of the model's columns
LABELS: tuple[str, ...] = ("thanks", "interest", "specific", "template", "apology",
                           "desperate", "pushy", "casual", "negative")
KIND_HASH_BITS = 16
_KIND_MASK = (1 << KIND_HASH_BITS) - 1


class ModelError(RuntimeError):
    """The shipped model files are missing or unreadable (a broken install)."""


def _sigmoid(x: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    return (1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))).astype(np.float32)


def _dense(rows: npt.NDArray[Any], values: npt.NDArray[Any], size: int) -> npt.NDArray[np.float32]:
    out = np.zeros((size, values.shape[1]), dtype=np.float32)
    out[rows] = values.astype(np.float32)
    return out


def load_vectors(path: Path) -> F.Vectors | None:
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as z:
        words = str(z["words"]).split("\n")
        return F.Vectors(words, z["matrix"], z["scale"])


class SentenceModel:
    """Multi-label sentence classifier: ``predict(texts) -> (n, len(LABELS))`` probabilities."""

    def __init__(self, weights: npt.NDArray[np.float32], vec_weights: npt.NDArray[np.float32] | None,
                 vectors: F.Vectors | None, thresholds: Mapping[str, float], labels: Sequence[str] = LABELS):
        self.weights = weights  # (HASH_SIZE, L)
        self.vec_weights = vec_weights  # (dim, L) or None
        self.vectors = vectors if vec_weights is not None else None
        self.labels = tuple(labels)
        self.column = {lab: i for i, lab in enumerate(self.labels)}
        self.thresholds = {lab: float(thresholds.get(lab, 0.5)) for lab in self.labels}
        #: word frequency ranks for the rarity features (the vectors' vocabulary order)
        self.rank = vectors.index if vectors is not None else None

    @classmethod
    def from_arrays(cls, z: Mapping[str, Any], vectors: F.Vectors | None) -> "SentenceModel":
        labels = tuple(str(z["labels"]).split(","))
        weights = _dense(z["rows"], z["values"], F.HASH_SIZE)
        vec_w = z["vec_weights"].astype(np.float32) if z["vec_weights"].size else None
        thresholds = dict(zip(labels, (float(t) for t in z["thresholds"])))
        return cls(weights, vec_w, vectors, thresholds, labels)

    def scores(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Raw scores (log-odds), one row per text."""
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self.weights[F.hashed(text, self.rank)].sum(axis=0)
        if self.vec_weights is not None and self.vectors is not None:
            dim = self.vectors.dim
            out += self.vectors.many(texts) @ self.vec_weights[:dim]
            if self.vec_weights.shape[0] == 2 * dim:  # a second block: the content words' vectors
                out += self.vectors.many_content(texts) @ self.vec_weights[dim:]
        return out

    def predict(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        if not texts:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        return _sigmoid(self.scores(texts))

    def cue_words(self, text: str, label: str, limit: int = 3) -> list[tuple[int, int]]:
        """Offsets (into ``text``) of the words that pushed ``label`` up the most: what a
        diagnostic points at. A word's weight is its own and that of the two bigrams it
        stands in."""
        col = self.column[label]
        spans = F.word_token_spans(text)
        if not spans:
            return []
        words = [f[2:] for _, _, f in spans]
        padded = ["<s>", *words, "</s>"]
        weight = np.zeros(len(spans), dtype=np.float32)
        for i, (_, _, feat) in enumerate(spans):
            weight[i] += self.weights[F._h(feat), col]
        for j in range(len(padded) - 1):
            w = self.weights[F._h("b:" + padded[j] + " " + padded[j + 1]), col] / 2
            if 0 <= j - 1 < len(spans):
                weight[j - 1] += w
            if j < len(spans):
                weight[j] += w
        order = [i for i in np.argsort(-weight) if weight[i] > 0.3][:limit]
        return sorted((spans[i][0], spans[i][1]) for i in order)


class KindModel:
    """Multinomial message-kind classifier over the whole message."""

    def __init__(self, weights: npt.NDArray[np.float32], label_weights: npt.NDArray[np.float32],
                 vec_weights: npt.NDArray[np.float32] | None, bias: npt.NDArray[np.float32],
                 kinds: Sequence[str], vectors: F.Vectors | None):
        self.weights = weights  # (2**KIND_HASH_BITS, K)
        self.label_weights = label_weights  # (len(LABELS), K)
        self.vec_weights = vec_weights
        self.bias = bias
        self.kinds = tuple(kinds)
        self.vectors = vectors if vec_weights is not None else None

    @classmethod
    def from_arrays(cls, z: Mapping[str, Any], vectors: F.Vectors | None) -> "KindModel":
        kinds = tuple(str(z["kinds"]).split(","))
        weights = _dense(z["rows"], z["values"], 1 << KIND_HASH_BITS)
        vec_w = z["vec_weights"].astype(np.float32) if z["vec_weights"].size else None
        return cls(weights, z["label_weights"].astype(np.float32), vec_w, z["bias"].astype(np.float32),
                   kinds, vectors)

    def predict(self, subject: str, sentences: Sequence[str],
                readings: npt.NDArray[np.float32]) -> dict[str, float]:
        idx, scale = kind_feature_indices(subject, sentences)
        z = self.bias.copy()
        if idx:
            z += self.weights[idx].sum(axis=0) * scale
        z += kind_label_features(readings) @ self.label_weights
        if self.vec_weights is not None and self.vectors is not None:
            z += self.vectors.sentence(" ".join(sentences)) @ self.vec_weights
        z = z - z.max()
        p = np.exp(z)
        p /= p.sum()
        return {k: float(v) for k, v in zip(self.kinds, p)}


def kind_feature_strings(subject: str, sentences: Sequence[str]) -> list[str]:
    """Binary bag of the message's features: words and bigrams of the body, of the
    opening sentence and of the subject (each marked), de-duplicated."""
    feats: set[str] = set()
    for i, sent in enumerate(sentences):
        toks = F.tokens(sent)
        padded = ["<s>", *toks, "</s>"]
        for t in toks:
            feats.add("w:" + t)
        for a, b in zip(padded, padded[1:]):
            feats.add("b:" + a + " " + b)
        if i < 2:
            for t in toks:
                feats.add("f:" + t)
    for t in F.tokens(subject or ""):
        feats.add("s:" + t)
    return sorted(feats)


def kind_feature_indices(subject: str, sentences: Sequence[str]) -> tuple[list[int], float]:
    """Hashed indices and the L2 scale of the binary bag."""
    feats = kind_feature_strings(subject, sentences)
    if not feats:
        return [], 0.0
    idx = [F._h(f) & _KIND_MASK for f in feats]
    return idx, 1.0 / math.sqrt(len(idx))


def kind_label_features(readings: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """Per label: the highest sentence probability in the message (zeros when empty)."""
    if readings.size == 0:
        return np.zeros(len(LABELS), dtype=np.float32)
    best: npt.NDArray[np.float32] = readings.max(axis=0).astype(np.float32)
    return best


@dataclass(frozen=True)
class Models:
    sentence: SentenceModel
    kind: KindModel
    meta: Mapping[str, Any]


_LOCK = threading.Lock()
_MODELS: dict[str, Models] = {}


def load(directory: Path = MODEL_DIR) -> Models:
    """Load the models in ``directory`` (no caching: see :func:`get_models`)."""
    try:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        vectors = load_vectors(directory / "vectors.npz")
        with np.load(directory / "sentence.npz", allow_pickle=False) as z:
            sentence = SentenceModel.from_arrays(z, vectors)
        with np.load(directory / "kind.npz", allow_pickle=False) as z:
            kind = KindModel.from_arrays(z, vectors)
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"the judgement models in {directory} cannot be loaded ({exc}); "
                         "reinstall etiquette-lint") from exc
    return Models(sentence, kind, meta)


def get_models() -> Models:
    """The shipped models, loaded once per process (thread-safe)."""
    key = str(MODEL_DIR)
    with _LOCK:
        if key not in _MODELS:
            _MODELS[key] = load(MODEL_DIR)
        return _MODELS[key]
