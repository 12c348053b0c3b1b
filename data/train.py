"""Train and evaluate the judgement models: ``python data/train.py``.

One reproducible command (fixed seeds; it prints its time and its numbers):

1. reads the sentence records in ``data/sentences/*.jsonl`` and the labelled messages in
   ``data/messages/*/`` and the project's test corpora (never ``data/blind/``);
2. splits them by a hash of the text (sentences) or file name (messages): one in five is dev;
3. compares candidate sentence models on dev (hashed n-grams alone, static word vectors
   alone, both; optionally spaCy's ``textcat_multilabel``), keeps the best, and picks each
   label's threshold on dev (precision first for the labels that raise findings, recall
   first for the labels whose absence raises one);
4. trains the message-kind model on the messages;
5. writes ``src/etiquette_lint/models/{sentence,kind}.npz`` and ``meta.json`` (the data's
   hash, the seed, the dev scores, the comparison).

Options: ``--build-vectors`` rebuilds ``vectors.npz`` from WordLlama's static embeddings
(needs ``pip install -e '.[train]'``); ``--compare-spacy`` adds spaCy's textcat to the
comparison; ``--card`` prints the counts for docs/data.md; ``--check`` recomputes the data
hash and compares it with the shipped model's (exit 1 when stale).

Training needs the ``[train]`` extra (scikit-learn); linting needs only numpy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
MODEL_DIR = ROOT / "src" / "etiquette_lint" / "models"
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

import numpy as np  # noqa: E402

from etiquette_lint.models import (KIND_HASH_BITS, LABELS, kind_feature_indices,  # noqa: E402
                                   kind_label_features)
from etiquette_lint.models import features as F  # noqa: E402

SEED = 20261202
DEV_SHARE = 5  # one in five
#: labels whose *presence* a rule credits: a missed one raises a false alarm, so recall first
CREDIT_LABELS = ("thanks", "interest", "specific")
#: labels that raise findings: precision first
FLAG_PRECISION = 0.95
CREDIT_PRECISION = 0.75
#: a label that raises findings is never reported below this probability ("more likely than not")
FLAG_FLOOR = 0.5
#: ...and never needs more than this: above it a label loses most of its recall on whole
#: messages (measured with benchmarks/accuracy.py on the dev messages)
FLAG_CEILING = 0.7
MESSAGE_SETS = [DATA / "messages", ROOT / "tests" / "corpus", ROOT / "tests" / "corpus-holdout",
                ROOT / "tests" / "corpus-blind2"]


# -- data ---------------------------------------------------------------------------------

def split_of(key: str) -> str:
    """Frozen split: dev when the hash of ``key`` falls in the dev share, else train."""
    digest = hashlib.blake2b(key.strip().lower().encode("utf-8"), digest_size=8).digest()
    return "dev" if int.from_bytes(digest, "big") % DEV_SHARE == 0 else "train"


def _refuse_blind(path: Path) -> None:
    """Blind sets (data/blind/) and measured blind sets (data/dev/) are never trained on."""
    parts = path.relative_to(ROOT).parts
    if "blind" in parts or parts[:2] == ("data", "dev"):
        raise SystemExit(f"refusing to train on a blind or measured-blind set: {path}")


def sentence_files() -> list[Path]:
    return sorted((DATA / "sentences").glob("*.jsonl"))


def load_sentences() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in sentence_files():
        _refuse_blind(path)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            text = rec["text"].strip()
            bad = set(rec.get("labels", [])) - set(LABELS)
            if bad:
                raise SystemExit(f"{path}:{n}: unknown label {sorted(bad)[0]!r}")
            key = text.lower()
            if key in seen:
                continue
            seen.add(key)
            rec["text"] = text
            rec["labelled"] = rec.get("labelled") or list(LABELS)
            rec["split"] = split_of(text)
            rec["file"] = path.name
            out.append(rec)
    return out


def message_dirs() -> list[Path]:
    dirs = []
    for base in MESSAGE_SETS:
        if (base / "labels.yaml").exists():
            dirs.append(base)
        elif base.exists():
            dirs.extend(p for p in sorted(base.iterdir()) if (p / "labels.yaml").exists())
    return dirs


def load_messages() -> list[dict[str, Any]]:
    import yaml

    out = []
    for d in message_dirs():
        _refuse_blind(d)
        labels = yaml.safe_load((d / "labels.yaml").read_text(encoding="utf-8")) or {}
        for name, lab in sorted(labels.items()):
            path = d / "drafts" / name
            if not path.exists():
                continue
            out.append({"path": path, "kind": lab["kind"], "flags": list(lab.get("flags") or []),
                        "split": split_of(f"{d.name}/{name}"), "set": d.name})
    return out


def data_hash() -> str:
    """Hash of every file the models learn from (sentences and messages), in a fixed order."""
    h = hashlib.sha256()
    files = list(sentence_files())
    for d in message_dirs():
        files.append(d / "labels.yaml")
        files.extend(sorted((d / "drafts").iterdir()))
    for f in files:
        h.update(str(f.relative_to(ROOT)).encode())
        h.update(b"\0")
        h.update(f.read_bytes().replace(b"\r\n", b"\n"))
    return h.hexdigest()


# -- features -------------------------------------------------------------------------------

def hashed_matrix(texts: list[str], vectors: F.Vectors | None = None) -> Any:
    from scipy.sparse import csr_matrix

    rows, cols = F.sparse_rows(texts, vectors.index if vectors is not None else None)
    return csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(texts), F.HASH_SIZE))


def label_matrix(recs: list[dict[str, Any]]) -> tuple[np.ndarray, np.ndarray]:
    y = np.zeros((len(recs), len(LABELS)), dtype=np.int8)
    known = np.zeros((len(recs), len(LABELS)), dtype=bool)
    for i, r in enumerate(recs):
        for j, lab in enumerate(LABELS):
            known[i, j] = lab in r["labelled"]
            y[i, j] = lab in r["labels"]
    return y, known


# -- candidates -----------------------------------------------------------------------------

class Candidate:
    """A linear one-vs-rest model over some feature blocks."""

    def __init__(self, name: str, use_hash: bool, vec_dim: int, C: float, content: bool = False):
        self.name, self.use_hash, self.vec_dim, self.C = name, use_hash, vec_dim, C
        self.content = content  # a second vector block: the mean of the content words' vectors
        self.coef: np.ndarray | None = None  # (n_features, L)
        self.bias = np.zeros(len(LABELS), dtype=np.float32)

    def design(self, texts: list[str], vectors: F.Vectors | None) -> Any:
        from scipy.sparse import csr_matrix, hstack

        blocks = []
        if self.use_hash:
            blocks.append(hashed_matrix(texts, vectors))
        if self.vec_dim:
            assert vectors is not None
            v = vectors.many(texts)[:, : self.vec_dim]
            v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
            blocks.append(csr_matrix(v * VEC_GAIN))
            if self.content:
                c = vectors.many_content(texts)[:, : self.vec_dim]
                c = c / np.maximum(np.linalg.norm(c, axis=1, keepdims=True), 1e-9)
                blocks.append(csr_matrix(c * VEC_GAIN))
        return hstack(blocks).tocsr() if len(blocks) > 1 else blocks[0]

    def fit(self, X: Any, y: np.ndarray, known: np.ndarray) -> "Candidate":
        from sklearn.linear_model import LogisticRegression

        from joblib import Parallel, delayed

        def one(j: int) -> tuple[np.ndarray, float]:
            rows = np.flatnonzero(known[:, j])
            yj = y[rows, j]
            if yj.min() == yj.max():
                return np.zeros(X.shape[1], dtype=np.float32), (-5.0 if yj.max() == 0 else 5.0)
            lr = LogisticRegression(C=self.C, solver="liblinear", max_iter=2000, random_state=SEED)
            lr.fit(X[rows], yj)
            return lr.coef_[0].astype(np.float32), float(lr.intercept_[0])

        # one label per worker: the same result as a loop, in label order
        fitted = Parallel(n_jobs=-1, prefer="threads")(delayed(one)(j) for j in range(len(LABELS)))
        coefs = [c for c, _ in fitted]
        biases = [b for _, b in fitted]
        self.coef = np.stack(coefs, axis=1)
        self.bias = np.asarray(biases, dtype=np.float32)
        return self

    def predict(self, X: Any) -> np.ndarray:
        assert self.coef is not None
        z = X @ self.coef + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


VEC_GAIN = 3.0  # the vector block's scale beside binary n-gram features


def choose_threshold(p: np.ndarray, y: np.ndarray, label: str) -> tuple[float, dict[str, float]]:
    """The threshold for one label, chosen on dev."""
    grid = [round(t, 2) for t in np.arange(0.05, 0.96, 0.05)]
    best = None
    stats = {}
    for t in grid:
        pred = p >= t
        tp = int((pred & (y == 1)).sum())
        fp = int((pred & (y == 0)).sum())
        fn = int((~pred & (y == 1)).sum())
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        stats[t] = (prec, rec)
    if label in CREDIT_LABELS:
        # a missed credit raises a false alarm ("nothing here thanks the reader" on a note
        # that does): recall first, the lowest threshold (from 0.1) whose dev precision still
        # reaches CREDIT_PRECISION
        ok = [t for t in grid if t >= 0.1 and stats[t][0] >= CREDIT_PRECISION]
        best = min(ok) if ok else max(grid)
    else:
        ok = [t for t in grid if stats[t][0] >= FLAG_PRECISION and t >= FLAG_FLOOR]
        best = min(min(ok) if ok else max(grid), FLAG_CEILING)
    prec, rec = stats[best]
    return best, {"threshold": best, "precision": round(prec, 3), "recall": round(rec, 3),
                  "positives": int((y == 1).sum())}


def evaluate(p: np.ndarray, y: np.ndarray, known: np.ndarray) -> dict[str, Any]:
    per = {}
    thresholds = {}
    for j, lab in enumerate(LABELS):
        rows = np.flatnonzero(known[:, j])
        t, s = choose_threshold(p[rows, j], y[rows, j], lab)
        thresholds[lab] = t
        # the scores a neutral threshold gives, too (0.5), for the comparison
        pred = p[rows, j] >= 0.5
        yy = y[rows, j] == 1
        tp, fp, fn = int((pred & yy).sum()), int((pred & ~yy).sum()), int((~pred & yy).sum())
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        s["f1_at_0.5"] = round(f1, 3)
        per[lab] = s
    macro_f1 = float(np.mean([per[lab]["f1_at_0.5"] for lab in LABELS]))
    return {"per_label": per, "thresholds": thresholds, "macro_f1_at_0.5": round(macro_f1, 3)}


# -- spaCy textcat, for the comparison only -------------------------------------------------

def spacy_textcat(train: list[dict[str, Any]], dev: list[dict[str, Any]]) -> dict[str, Any]:
    import random

    import spacy
    from spacy.training import Example

    random.seed(SEED)
    spacy.util.fix_random_seed(SEED)
    nlp = spacy.blank("en")
    tc = nlp.add_pipe("textcat_multilabel")
    for lab in LABELS:
        tc.add_label(lab)
    examples = [Example.from_dict(nlp.make_doc(r["text"]), {"cats": {lab: float(lab in r["labels"]) for lab in LABELS}})
                for r in train]
    opt = nlp.initialize(lambda: examples)
    t0 = time.time()
    for _ in range(8):
        random.shuffle(examples)
        for batch in spacy.util.minibatch(examples, size=32):
            nlp.update(batch, sgd=opt)
    docs = list(nlp.pipe(r["text"] for r in dev))
    p = np.array([[d.cats[lab] for lab in LABELS] for d in docs])
    y, known = label_matrix(dev)
    out = evaluate(p, y, known)
    out["train_seconds"] = round(time.time() - t0, 1)
    t1 = time.perf_counter()
    for _ in range(3):
        list(nlp.pipe(r["text"] for r in dev[:200]))
    out["ms_per_sentence"] = round((time.perf_counter() - t1) / 600 * 1000, 3)
    return out


# -- vectors --------------------------------------------------------------------------------

def build_vectors(sentences: list[dict[str, Any]], top: int = 40000) -> None:
    """``vectors.npz``: WordLlama's static token embeddings averaged per word, for the most
    frequent English words (pyspellchecker's list) and every word of the training data."""
    import gzip
    import os

    import spellchecker
    import wordllama
    from wordllama import WordLlama

    wl = WordLlama.load(cache_dir=os.path.dirname(wordllama.__file__), disable_download=True)
    freq = json.load(gzip.open(Path(spellchecker.__file__).parent / "resources" / "en.json.gz"))
    words = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:top]]
    extra = sorted({t for r in sentences for t in F.tokens(r["text"]) if t[0].isalnum()} - set(words))
    words = [w for w in words + extra if w and "\n" not in w]
    emb = wl.embedding.astype(np.float32)
    mat = np.zeros((len(words), emb.shape[1]), dtype=np.float32)
    for start in range(0, len(words), 2048):
        chunk = words[start:start + 2048]
        enc = wl.tokenizer.encode_batch(chunk, add_special_tokens=False)
        for i, e in enumerate(enc):
            ids = [t for t in e.ids if t != 0]
            if ids:
                mat[start + i] = emb[ids].mean(axis=0)
    scale = np.abs(mat).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.round(mat / scale[:, None]).astype(np.int8)
    np.savez_compressed(MODEL_DIR / "vectors.npz", words=np.array("\n".join(words)), matrix=q,
                        scale=scale.astype(np.float32))
    print(f"vectors: {len(words)} words x {mat.shape[1]} dims -> {MODEL_DIR / 'vectors.npz'}")


def truncate_vectors(dim: int) -> None:
    """Keep the first ``dim`` dimensions of the shipped vectors (WordLlama's dimensions are
    ordered by importance), re-quantised."""
    from etiquette_lint.models import load_vectors

    v = load_vectors(MODEL_DIR / "vectors.npz")
    assert v is not None
    words = sorted(v.index, key=v.index.__getitem__)
    mat = v.matrix[:, :dim].astype(np.float32) * v.scale[:, None]
    scale = np.abs(mat).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.round(mat / scale[:, None]).astype(np.int8)
    np.savez_compressed(MODEL_DIR / "vectors.npz", words=np.array("\n".join(words)), matrix=q,
                        scale=scale.astype(np.float32))


# -- the kind model ------------------------------------------------------------------------

def message_inputs(msgs: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """(subject, the candidate's own sentences) of each message, read exactly as the linter
    reads them."""
    from etiquette_lint.analysis import kind_inputs_of_file

    return [kind_inputs_of_file(m["path"]) for m in msgs]


def kind_design(inputs: list[tuple[str, list[str]]], sentence_model: Any, vectors: F.Vectors | None,
                vec_dim: int) -> Any:
    from scipy.sparse import csr_matrix, hstack

    rows, cols, vals = [], [], []
    lab_feats = np.zeros((len(inputs), len(LABELS)), dtype=np.float32)
    vecs = np.zeros((len(inputs), vec_dim), dtype=np.float32) if vec_dim else None
    for i, (subject, sents) in enumerate(inputs):
        idx, scale = kind_feature_indices(subject, sents)
        rows.extend([i] * len(idx))
        cols.extend(idx)
        vals.extend([scale] * len(idx))
        lab_feats[i] = kind_label_features(sentence_model.predict(sents))
        if vecs is not None and vectors is not None:
            vecs[i] = vectors.sentence(" ".join(sents))[:vec_dim]
    blocks = [csr_matrix((np.asarray(vals, dtype=np.float32), (rows, cols)), shape=(len(inputs), 1 << KIND_HASH_BITS)),
              csr_matrix(lab_feats)]
    if vecs is not None:
        blocks.append(csr_matrix(vecs))
    return hstack(blocks).tocsr()


# -- main ------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build-vectors", action="store_true")
    ap.add_argument("--compare-spacy", action="store_true")
    ap.add_argument("--card", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--dry-run", action="store_true", help="compare and report; write nothing")
    ap.add_argument("--quick", action="store_true",
                    help="train only the candidate chosen last time (from meta.json), without the comparison "
                         "and the learning curve: for iterating on data; the full run records the comparison")
    args = ap.parse_args(argv)
    t_start = time.time()

    if args.check:
        meta = json.loads((MODEL_DIR / "meta.json").read_text())
        now = data_hash()
        if meta.get("data_sha256") != now:
            print(f"stale: the models were trained on data {meta.get('data_sha256', '?')[:12]}, the data is now {now[:12]}")
            return 1
        print(f"models match the data ({now[:12]})")
        return 0

    sents = load_sentences()
    msgs = load_messages()
    if args.card:
        print_card(sents, msgs)
        return 0
    train = [r for r in sents if r["split"] == "train"]
    dev = [r for r in sents if r["split"] == "dev"]
    print(f"sentences: {len(train)} train, {len(dev)} dev; messages: "
          f"{sum(m['split'] == 'train' for m in msgs)} train, {sum(m['split'] == 'dev' for m in msgs)} dev")

    if args.build_vectors:
        build_vectors(sents)
    from etiquette_lint.models import load_vectors

    vectors = load_vectors(MODEL_DIR / "vectors.npz")
    y_tr, k_tr = label_matrix(train)
    y_dev, k_dev = label_matrix(dev)
    texts_tr = [r["text"] for r in train]
    texts_dev = [r["text"] for r in dev]

    grid: list[Candidate] = []
    previous = json.loads((MODEL_DIR / "meta.json").read_text()) if (MODEL_DIR / "meta.json").exists() else {}
    if args.quick and previous.get("sentence_model", {}).get("chosen_config"):
        cfg = previous["sentence_model"]["chosen_config"]
        grid.append(Candidate(previous["sentence_model"]["chosen"], cfg["use_hash"], cfg["vec_dim"], cfg["C"],
                              cfg.get("content", False)))
    # The comparison: each family at the settings that did best in earlier full sweeps (C from
    # 0.5 to 4, 64 to 256 dimensions); the full sweep is in git history of meta.json.
    if not grid:
        for C in (1.0, 4.0):
            grid.append(Candidate(f"hashed n-grams (C={C})", True, 0, C))
    if vectors is not None and not args.quick:
        dim = min(128, vectors.dim)
        grid.append(Candidate(f"word vectors {dim}d (C=4.0)", False, dim, 4.0))
        grid.append(Candidate(f"hybrid: n-grams + vectors 64d (C=4.0)", True, min(64, dim), 4.0))
        for C in (2.0, 4.0):
            grid.append(Candidate(f"hybrid: n-grams + vectors {dim}d (C={C})", True, dim, C))
        for C in (2.0, 4.0):
            grid.append(Candidate(f"hybrid: n-grams + vectors {dim}d + content-word vectors (C={C})",
                                  True, dim, C, content=True))
    comparison: dict[str, Any] = {}
    best: tuple[float, Candidate, dict[str, Any]] | None = None
    for cand in grid:
        t0 = time.time()
        cand.fit(cand.design(texts_tr, vectors), y_tr, k_tr)
        ev = evaluate(cand.predict(cand.design(texts_dev, vectors)), y_dev, k_dev)
        ev["train_seconds"] = round(time.time() - t0, 1)
        comparison[cand.name] = {"macro_f1_at_0.5": ev["macro_f1_at_0.5"],
                                 "per_label_f1_at_0.5": {lab: ev["per_label"][lab]["f1_at_0.5"] for lab in LABELS}}
        print(f"  {cand.name:45s} dev macro F1 {ev['macro_f1_at_0.5']:.3f}  ({ev['train_seconds']} s)")
        if best is None or ev["macro_f1_at_0.5"] > best[0] + 1e-9:
            best = (ev["macro_f1_at_0.5"], cand, ev)
    if args.compare_spacy:
        ev = spacy_textcat(train, dev)
        comparison["spaCy textcat_multilabel (bow+cnn ensemble, 8 epochs)"] = {
            "macro_f1_at_0.5": ev["macro_f1_at_0.5"], "ms_per_sentence": ev["ms_per_sentence"],
            "per_label_f1_at_0.5": {lab: ev["per_label"][lab]["f1_at_0.5"] for lab in LABELS}}
        print(f"  {'spaCy textcat_multilabel':45s} dev macro F1 {ev['macro_f1_at_0.5']:.3f} "
              f"({ev['train_seconds']} s, {ev['ms_per_sentence']} ms/sentence)")
    assert best is not None
    _, chosen, chosen_eval = best
    print(f"chosen: {chosen.name}")
    for lab in LABELS:
        s = chosen_eval["per_label"][lab]
        print(f"  {lab:10s} threshold {s['threshold']:.2f}  dev P {s['precision']:.2f} R {s['recall']:.2f}  "
              f"(n={s['positives']})")

    # The learning curve: the chosen candidate on growing shares of the training sentences.
    curve = {}
    rng = np.random.default_rng(SEED)
    order = rng.permutation(len(train))
    for share in (0.25, 0.5, 0.75, 1.0) if not args.quick else ():
        take = sorted(order[: int(len(train) * share)])
        sub = Candidate(chosen.name, chosen.use_hash, chosen.vec_dim, chosen.C, chosen.content)
        sub.fit(sub.design([texts_tr[i] for i in take], vectors), y_tr[take], k_tr[take])
        curve[str(share)] = evaluate(sub.predict(sub.design(texts_dev, vectors)), y_dev, k_dev)["macro_f1_at_0.5"]
    print("learning curve (share of train -> dev macro F1): " + ", ".join(f"{k}: {v:.3f}" for k, v in curve.items()))

    # Refit the chosen candidate on train only (dev stays held out for its scores and for CI).
    vec_dim = chosen.vec_dim
    assert chosen.coef is not None
    hash_coef = chosen.coef[: F.HASH_SIZE] if chosen.use_hash else np.zeros((F.HASH_SIZE, len(LABELS)), np.float32)
    # the bias rides on the always-present "bias" feature
    hash_coef = hash_coef.copy()
    hash_coef[F._h("bias")] += chosen.bias
    vec_coef = chosen.coef[F.HASH_SIZE if chosen.use_hash else 0:] * VEC_GAIN if vec_dim else None

    if args.dry_run:
        print(f"dry run: nothing written ({time.time() - t_start:.1f} s)")
        return 0

    if vec_dim and vectors is not None and vec_dim < vectors.dim:
        truncate_vectors(vec_dim)
        vectors = load_vectors(MODEL_DIR / "vectors.npz")
    # (without a vector block the vectors still ship: their vocabulary ranks the words for
    # the rarity features)
    rows = np.flatnonzero(np.abs(hash_coef).max(axis=1) > 1e-6)
    thresholds = np.asarray([chosen_eval["thresholds"][lab] for lab in LABELS], dtype=np.float32)
    np.savez_compressed(MODEL_DIR / "sentence.npz", labels=np.array(",".join(LABELS)), rows=rows.astype(np.int32),
                        values=hash_coef[rows].astype(np.float16),
                        vec_weights=(vec_coef.astype(np.float32) if vec_coef is not None else np.zeros(0, np.float32)),
                        thresholds=thresholds)
    # -- the kind model, on the shipped sentence model's readings
    from etiquette_lint.models import load as load_models  # noqa: F401
    from etiquette_lint.models import SentenceModel

    with np.load(MODEL_DIR / "sentence.npz") as z:
        sm = SentenceModel.from_arrays(z, vectors)
    kind_eval = train_kind(msgs, sm, vectors, vec_dim, sents)
    meta = {
        "trained": time.strftime("%Y-%m-%d"),
        "seed": SEED,
        "data_sha256": data_hash(),
        "sentences": {"train": len(train), "dev": len(dev)},
        "messages": {"train": sum(m["split"] == "train" for m in msgs), "dev": sum(m["split"] == "dev" for m in msgs)},
        "sentence_model": {"chosen": chosen.name, "dev": chosen_eval["per_label"],
                           "chosen_config": {"use_hash": chosen.use_hash, "vec_dim": chosen.vec_dim, "C": chosen.C,
                                             "content": chosen.content},
                           "comparison": comparison if not args.quick else previous.get("sentence_model", {}).get("comparison", {}),
                           "learning_curve": curve if not args.quick else previous.get("sentence_model", {}).get("learning_curve", {}),
                           "quick": bool(args.quick)},
        "kind_model": kind_eval,
        "train_seconds": round(time.time() - t_start, 1),
    }
    (MODEL_DIR / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in MODEL_DIR.glob("*.npz"))
    print(f"kind model: dev accuracy {kind_eval['dev_accuracy']:.3f} on {kind_eval['dev_messages']} messages")
    print(f"wrote {MODEL_DIR} ({size / 1e6:.1f} MB of weights) in {time.time() - t_start:.1f} s")
    return 0


PSEUDO_WEIGHT = 0.5


def pseudo_messages(sentences: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """Groups of two to five training sentences of the same kind, in a seeded order: (kind,
    sentences). A thanks sentence, when the group has one, opens a thank-you as it would."""
    rng = np.random.default_rng(SEED)
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for r in sentences:
        if r["split"] == "train" and r.get("kind"):
            by_kind.setdefault(r["kind"], []).append(r)
    out: list[tuple[str, list[str]]] = []
    for kind in sorted(by_kind):
        recs = by_kind[kind]
        for _ in range(2):  # two different groupings of the same sentences
            order = rng.permutation(len(recs))
            i = 0
            while i < len(order):
                n = int(rng.integers(2, 6))
                group = [recs[j] for j in order[i:i + n]]
                i += n
                group.sort(key=lambda r: 0 if "thanks" in r["labels"] else 1)
                out.append((kind, [r["text"] for r in group]))
    return out


def train_kind(msgs: list[dict[str, Any]], sm: Any, vectors: F.Vectors | None, vec_dim: int,
               sentences: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    from etiquette_lint.facts import KINDS

    from scipy.sparse import vstack

    inputs = message_inputs(msgs)
    tr = [i for i, m in enumerate(msgs) if m["split"] == "train"]
    dv = [i for i, m in enumerate(msgs) if m["split"] == "dev"]
    X = kind_design(inputs, sm, vectors, vec_dim)
    y = np.array([KINDS.index(m["kind"]) for m in msgs])
    # Short pseudo-messages from the training sentences that carry a kind widen the
    # vocabulary the kind model has seen; they weigh less than real messages.
    pseudo = pseudo_messages(sentences or [])
    Xp = kind_design([("", sents) for _, sents in pseudo], sm, vectors, vec_dim) if pseudo else None
    yp = np.array([KINDS.index(k) for k, _ in pseudo])
    X_tr = vstack([X[tr], Xp]).tocsr() if Xp is not None else X[tr]
    y_tr = np.concatenate([y[tr], yp]) if Xp is not None else y[tr]
    w_tr = np.concatenate([np.ones(len(tr)), np.full(len(pseudo), PSEUDO_WEIGHT)])
    print(f"  kind model: {len(tr)} training messages + {len(pseudo)} pseudo-messages "
          f"(weight {PSEUDO_WEIGHT})")
    best = None
    for C in (1.0, 4.0, 16.0):
        lr = LogisticRegression(C=C, max_iter=5000, random_state=SEED)
        lr.fit(X_tr, y_tr, sample_weight=w_tr)
        acc = float((lr.predict(X[dv]) == y[dv]).mean()) if dv else 0.0
        print(f"  kind model C={C}: dev accuracy {acc:.3f}")
        if best is None or acc > best[0]:
            best = (acc, C, lr)
    assert best is not None
    acc, C, lr = best
    # classes present in training, mapped onto all KINDS
    coef = np.zeros((X.shape[1], len(KINDS)), dtype=np.float32)
    bias = np.full(len(KINDS), -10.0, dtype=np.float32)
    for col, cls in enumerate(lr.classes_):
        coef[:, cls] = lr.coef_[col]
        bias[cls] = lr.intercept_[col]
    H = 1 << KIND_HASH_BITS
    hash_part = coef[:H]
    rows = np.flatnonzero(np.abs(hash_part).max(axis=1) > 1e-6)
    label_part = coef[H:H + len(LABELS)]
    vec_part = coef[H + len(LABELS):] if vec_dim else np.zeros(0, np.float32)
    np.savez_compressed(MODEL_DIR / "kind.npz", kinds=np.array(",".join(KINDS)), rows=rows.astype(np.int32),
                        values=hash_part[rows].astype(np.float16), label_weights=label_part,
                        vec_weights=vec_part, bias=bias)
    confusion = Counter((msgs[i]["kind"], KINDS[int(p)]) for i, p in zip(dv, lr.predict(X[dv])) if
                        msgs[i]["kind"] != KINDS[int(p)])
    return {"C": C, "dev_accuracy": round(acc, 3), "dev_messages": len(dv), "train_messages": len(tr),
            "pseudo_messages": len(pseudo), "pseudo_weight": PSEUDO_WEIGHT,
            "dev_confusions": {f"{a} -> {b}": n for (a, b), n in sorted(confusion.items())}}


def print_card(sents: list[dict[str, Any]], msgs: list[dict[str, Any]]) -> None:
    by_label = Counter(lab for r in sents for lab in r["labels"])
    none = sum(1 for r in sents if not r["labels"] and len(r["labelled"]) == len(LABELS))
    voices = Counter(r.get("voice", "?") for r in sents)
    slips = sum(1 for r in sents if r.get("slip"))
    print(f"sentences: {len(sents)} ({sum(r['split'] == 'dev' for r in sents)} dev); no label: {none}; "
          f"with a grammar slip: {slips}")
    print("per label: " + ", ".join(f"{lab} {by_label[lab]}" for lab in LABELS))
    print("voices: " + ", ".join(f"{v} {n}" for v, n in voices.most_common()))
    kinds = Counter(m["kind"] for m in msgs)
    clean = sum(1 for m in msgs if not m["flags"])
    print(f"messages: {len(msgs)} ({sum(m['split'] == 'dev' for m in msgs)} dev); clean {clean}; "
          + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    print("message sets: " + ", ".join(f"{s} {n}" for s, n in Counter(m['set'] for m in msgs).items()))


if __name__ == "__main__":
    raise SystemExit(main())
