"""``gossipcheck lab train-extractor``: the attribution tagger (:mod:`gossipcheck.sourcing.tagger`).

Softmax regression over the tagger's feature templates, trained with seeded
mini-batch AdaGrad in numpy on PolNeAR train; the epoch is chosen by the tagger's
own attribution F1 on PolNeAR dev (content-overlap matching, :mod:`.polnear`). BIO
transitions are log relative frequencies from train, with impossible moves barred.
Gold spans are tagged content first, then cue and source over it, so a nested
attribution's source and cue interrupt the outer content.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from gossipcheck.settings import shared_data_dir
from gossipcheck.sourcing.learned import group
from gossipcheck.sourcing.tagger import (
    LABELS,
    FloatArray,
    IntArray,
    Tagger,
    features,
    sizes,
    tokenize,
)
from gossipcheck.text import split_sentences

from .polnear import Row, Tally, read_polnear

MAX_WORDS = 40000
MAX_SUFFIXES = 5000
BARRED = -1e4
PENALTIES = (0.0, 0.5, 1.0, 1.5)  # O-label penalties tried on dev (recall against precision)
MIN_CUE_COUNT = 20  # a learned cue word is inside a gold cue at least this often in train
MIN_CUE_RATE = 0.5  # and that often per occurrence (chosen on PolNeAR and celebrity dev)


def default_paths() -> tuple[Path, Path]:
    base = shared_data_dir() / "attribution"
    return base / "polnear_train.jsonl", base / "polnear_dev.jsonl"


def labels_for(row: Row, starts: list[int], ends: list[int]) -> IntArray:
    """Token labels (indices into LABELS) from the row's gold spans."""
    out = np.zeros(len(starts), dtype=np.int64)
    s_arr, e_arr = np.asarray(starts), np.asarray(ends)
    for role, tag in (("content", 5), ("cue", 3), ("source", 1)):
        for att in row.attributions:
            span = att.get(role)
            if span is None:
                continue
            hit = np.flatnonzero((s_arr < span[1]) & (e_arr > span[0]))
            if len(hit):
                out[hit[0]] = tag
                out[hit[1:]] = tag + 1
    return out


def _vocabularies(rows: list[Row]) -> tuple[list[str], list[str]]:
    words: Counter[str] = Counter()
    for row in rows:
        words.update(w.lower() for w in tokenize(row.text).words)
    suffixes: Counter[str] = Counter()
    for w, n in words.items():
        suffixes[w[-3:]] += n
    keep = sorted((w for w, n in words.items() if n >= 2), key=lambda w: (-words[w], w))
    keep_s = sorted((s for s, n in suffixes.items() if n >= 2), key=lambda s: (-suffixes[s], s))
    return keep[:MAX_WORDS], keep_s[:MAX_SUFFIXES]


def learned_cue_words(rows: list[Row]) -> list[str]:
    """Words (alphabetic, two letters or more) that are part of a gold cue in at least
    MIN_CUE_COUNT attributions and MIN_CUE_RATE of their occurrences ("argued", "noted")."""
    in_cue: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for row in rows:
        seen.update(w.lower() for w in tokenize(row.text).words)
        for att in row.attributions:
            cue = att.get("cue")
            if cue is not None:
                in_cue.update({w.lower() for w in tokenize(row.text[cue[0] : cue[1]]).words})
    return sorted(
        w
        for w, n in in_cue.items()
        if n >= MIN_CUE_COUNT and n >= MIN_CUE_RATE * seen[w] and w.isalpha() and len(w) >= 2
    )


def _starts(text: str) -> list[int]:
    return [s.span.start for s in split_sentences(text)]


def transitions(sequences: Iterable[IntArray]) -> tuple[FloatArray, FloatArray]:
    """Log relative frequencies of label bigrams and first labels; never-seen moves barred."""
    n = len(LABELS)
    trans = np.zeros((n, n))
    first = np.zeros(n)
    for seq in sequences:
        if len(seq):
            first[seq[0]] += 1
            np.add.at(trans, (seq[:-1], seq[1:]), 1)
    with np.errstate(divide="ignore"):
        t = np.log(trans / np.maximum(trans.sum(axis=1, keepdims=True), 1))
        f = np.log(first / max(first.sum(), 1))
    return (
        np.where(np.isfinite(t), t, BARRED).astype(np.float32),
        np.where(np.isfinite(f), f, BARRED).astype(np.float32),
    )


def _epoch(
    w: FloatArray,
    b: FloatArray,
    acc: tuple[FloatArray, FloatArray],
    x: IntArray,
    y: IntArray,
    rng: np.random.Generator,
    lr: float,
    batch: int,
) -> None:
    """One pass of mini-batch AdaGrad on the softmax loss (in place)."""
    g_w, g_b = acc
    order = rng.permutation(len(y))
    eye = np.eye(len(LABELS), dtype=np.float32)
    for lo in range(0, len(order), batch):
        idx = order[lo : lo + batch]
        xb = x[idx]
        s = w[xb].sum(axis=1) + b
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - eye[y[idx]]) / len(idx)
        rows, inv = np.unique(xb.ravel(), return_inverse=True)
        gw = np.zeros((len(rows), len(LABELS)), dtype=np.float32)
        np.add.at(gw, inv, np.repeat(grad, xb.shape[1], axis=0))
        g_w[rows] += gw * gw
        w[rows] -= lr * gw / (np.sqrt(g_w[rows]) + 1e-8)
        gb = grad.sum(axis=0)
        g_b += gb * gb
        b -= lr * gb / (np.sqrt(g_b) + 1e-8)


def score_tagger(tagger: Tagger, rows: list[Row]) -> dict[str, float | int]:
    """The tagger alone on ``rows`` (grouped as at inference), scored by :class:`Tally`."""
    tally = Tally()
    for row in rows:
        starts = _starts(row.text)
        pred = [
            {
                "source": None if t.source is None else (t.source.span.start, t.source.span.end),
                "content": (t.content.span.start, t.content.span.end),
            }
            for t in group(tagger.tag(row.text, starts).spans, row.text, starts)
        ]
        tally.add(row.text, row.attributions, pred)
    return tally.figures()


def train_extractor(
    train: Path,
    dev: Path,
    out: Path,
    *,
    seed: int = 0,
    epochs: int = 3,
    lr: float = 0.3,
    batch: int = 512,
    log: Any = print,
) -> dict[str, Any]:
    """Train, select the epoch on dev, write the artifact; the summary of the run."""
    t0 = time.perf_counter()
    rows = list(read_polnear(train))
    dev_rows = list(read_polnear(dev))
    words, suffix_list = _vocabularies(rows)
    cue_words = learned_cue_words(rows)
    vocab = {w: i + 1 for i, w in enumerate(words)}
    suffixes = {s: i + 1 for i, s in enumerate(suffix_list)}
    xs, ys = [], []
    for row in rows:
        tokens = tokenize(row.text)
        xs.append(features(row.text, tokens, _starts(row.text), vocab, suffixes))
        ys.append(labels_for(row, tokens.starts, tokens.ends))
    x, y = np.concatenate(xs), np.concatenate(ys)
    trans, start = transitions(ys)
    n_features = int(sum(sizes(len(vocab) + 1, len(suffixes) + 1)))
    rng = np.random.default_rng(seed)
    w = np.zeros((n_features, len(LABELS)), dtype=np.float32)
    b = np.zeros(len(LABELS), dtype=np.float32)
    acc = (np.zeros_like(w), np.zeros_like(b))
    log(
        f"{len(rows)} articles, {len(y)} tokens, {n_features} features "
        f"({time.perf_counter() - t0:.0f} s)"
    )
    best: tuple[float, int, float, FloatArray, FloatArray] | None = None
    history = []
    for epoch in range(1, epochs + 1):
        _epoch(w, b, acc, x, y, rng, lr, batch)
        tagger = Tagger(
            w.astype(np.float16).astype(np.float32), b, trans, start, words, suffix_list
        )
        for penalty in PENALTIES:
            tagger.outside_penalty = penalty
            figures = score_tagger(tagger, dev_rows)
            history.append({"epoch": epoch, "outside_penalty": penalty, **figures})
            log(
                f"epoch {epoch} penalty {penalty}: dev {figures} ({time.perf_counter() - t0:.0f} s)"
            )
            if best is None or float(figures["f1"]) > best[0]:
                best = (float(figures["f1"]), epoch, penalty, w.copy(), b.copy())
    assert best is not None
    final = Tagger(best[3], best[4], trans, start, words, suffix_list, best[2], cue_words)
    final.save(out, seed=seed, epoch=best[1])
    return {
        "artifact": str(out),
        "bytes": out.stat().st_size,
        "epoch": best[1],
        "outside_penalty": best[2],
        "dev_f1_tagger_alone": best[0],
        "learned_cue_words": len(cue_words),
        "history": history,
        "seconds": round(time.perf_counter() - t0, 1),
    }
