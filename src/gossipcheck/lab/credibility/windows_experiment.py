"""Reading the whole article with the encoder (issue 11.4 and 11.6), on both selection sets.

    gossipcheck lab experiment windows [--out-dir bench/out/windows]

The shipped encoder runs once over every 128-piece window of ``gossipcop/val.jsonl`` and
``ood/celebrity_dev.jsonl`` that starts at a multiple of 63 pieces (and the one that ends
each text), and over the first 192 and 256 pieces, one window per run as at run time; the
logits are cached in ``--out-dir``.
Each candidate :class:`~gossipcheck.credibility.encoder.Windows` pools its windows from
that cache, and the stack, Platt scaling and cut-off are refitted on val exactly as
``gossipcheck lab train --seed 0 --encoder reuse`` does (the lexical and memory blocks do
not depend on the encoder). One line per candidate: macro-F1 at the val-chosen cut-off,
ECE and ROC-AUC on both sets, and the mean windows read per article there (the
encoder's cost against the opening alone; ``bench/scoring.py`` times it).
Reads no test, SheepDog or held-out rows; trains on nothing but the stack.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gossipcheck.credibility.calibration import (
    expected_calibration_error,
    macro_f1,
    roc_auc,
    sigmoid,
)
from gossipcheck.credibility.encoder import Windows
from gossipcheck.credibility.model import CredibilityModel

from .evaluate import labels, read_labelled
from .train import calibration, fit_stack

# Per window size, a reading whose windows hold every window the candidates read of that
# size: for 128 pieces every multiple of 63 (and the window that ends the text); longer
# windows are read once, from the start (a cap on the length instead of windows).
CACHES = {
    128: Windows(size=128, stride=63, limit=0, pool="mean"),
    **{size: Windows(size=size, stride=size - 2, limit=1) for size in (192, 256)},
}
OPENING = Windows()  # model 3.1.0: the first 128 pieces
CANDIDATES = [
    OPENING,
    *(Windows(size=size, stride=size - 2, limit=1) for size in (192, 256)),
    *(
        Windows(size=128, stride=stride, limit=limit, pool=pool)
        for stride in (126, 63)
        for limit in (2, 3, 0)
        for pool in ("mean", "max", "first+mean", "pieces")
    ),
]


@dataclass
class Cached:
    """One set's labels, its encoder-free blocks, and each text's cached window logits."""

    y: np.ndarray
    blocks: np.ndarray
    pieces: list[int]
    logits: list[dict[tuple[int, int], float]]  # (window size, start) -> logit


def cached_set(model: CredibilityModel, path: Path, out_dir: Path) -> Cached:
    """Blocks without the encoder, and the logit of every window of :data:`CACHES`."""
    encoder = model.encoder
    assert encoder is not None, "the shipped model stacks an encoder"
    rows = read_labelled(path)
    texts = [r["text"] for r in rows]
    pieces = [len(ids) for ids in encoder.pieces(texts)]
    logits: list[dict[tuple[int, int], float]] = [{} for _ in texts]
    for size, reading in CACHES.items():
        cache = out_dir / f"{path.stem}-{size}.npz"
        if cache.is_file():
            with np.load(cache) as stored:
                flat, counts = stored["logits"], stored["counts"]
        else:
            per_text = encoder.window_logits(texts, reading)
            flat, counts = np.concatenate(per_text), np.array([len(w) for w in per_text])
            cache.parent.mkdir(parents=True, exist_ok=True)
            np.savez(cache, logits=flat, counts=counts)
        at = 0
        for i, (n, count) in enumerate(zip(pieces, counts, strict=True)):
            starts = reading.starts(n)
            assert len(starts) == count, f"stale window cache {cache}"
            logits[i].update(
                ((size, s), x) for s, x in zip(starts, flat[at : at + count].tolist(), strict=True)
            )
            at += count
    return Cached(labels(rows), model.blocks(texts, encoder=False), pieces, logits)


def pooled(windows: Windows, data: Cached) -> np.ndarray:
    """The encoder column of ``data`` when the encoder reads ``windows``."""
    out = []
    for n, logits in zip(data.pieces, data.logits, strict=True):
        read = np.array([logits[windows.size, s] for s in windows.starts(n)])
        out.append(windows.pooled(read, n))
    return np.asarray(out, dtype=np.float64)


def candidate_line(windows: Windows, val: Cached, others: dict[str, Cached]) -> str:
    """Refit the stack and calibration on val with ``windows``; figures on every set."""
    sets = {"val": val, **others}
    columns = {}
    for name, data in sets.items():
        blocks = data.blocks.copy()
        blocks[:, 2] = pooled(windows, data)
        columns[name] = blocks
    stack = np.asarray(fit_stack(columns["val"], val.y))
    fitted = calibration(columns["val"] @ stack, val.y)
    a, b = fitted["platt"]
    line = (
        f"size {windows.size} stride {windows.stride:3d} limit {windows.limit} "
        f"pool {windows.pool:10s}"
    )
    for name, data in sets.items():
        read = np.mean([len(windows.starts(n)) for n in data.pieces])
        margin = columns[name] @ stack
        p = sigmoid(a * margin + b)
        f1 = macro_f1(data.y, p >= fitted["threshold"])
        ece = expected_calibration_error(data.y, p)
        line += (
            f" | {name} F1 {f1:.4f} ECE {ece:.4f} AUC {roc_auc(data.y, margin):.4f}"
            f" windows {read:.2f}"
        )
    return line + f" | stack {', '.join(f'{w:.3f}' for w in stack)}"


def windows_report(data_dir: Path, out_dir: Path) -> list[str]:
    """One line per candidate in :data:`CANDIDATES` (the first is the shipped opening)."""
    model = CredibilityModel.load()
    assert model.encoder is not None, "the shipped model stacks an encoder"
    val = cached_set(model, data_dir / "gossipcop" / "val.jsonl", out_dir)
    celebrity = cached_set(model, data_dir / "ood" / "celebrity_dev.jsonl", out_dir)
    return [candidate_line(w, val, {"celebrity_dev": celebrity}) for w in CANDIDATES]
