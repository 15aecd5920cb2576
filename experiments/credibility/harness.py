"""Shared loading/reporting for the sweeps: val, own perturbed val, val counterparts."""

from __future__ import annotations

import json
from collections.abc import Callable

import numpy as np

from gossipcheck.credibility.calibration import best_threshold, macro_f1

D = "/work/shared/data/"


def load(path: str, keep: Callable[[dict], bool] = lambda r: True) -> tuple[list[str], np.ndarray]:
    with open(path) as fh:
        rows = [r for r in map(json.loads, fh) if keep(r)]
    return [r["text"] for r in rows], np.array([r["label"] == "fake" for r in rows])


def training() -> tuple[list[str], np.ndarray]:
    tr, ex = load(D + "gossipcop/train.jsonl"), load(D + "gossipcop/extra.jsonl")
    return tr[0] + ex[0], np.concatenate([tr[1], ex[1]])


def selection_sets() -> dict[str, tuple[list[str], np.ndarray]]:
    return {
        "val": load(D + "gossipcop/val.jsonl"),
        "pert": load("/tmp/val_perturbed.jsonl"),
        "pert_rev": load("/tmp/val_perturbed_rev.jsonl"),
        "val_cp": load(
            D + "stories/counterparts.jsonl", lambda r: r["same_story_as"].startswith("arg-val")
        ),
    }


def report(tag: str, sets: dict, score: Callable[[list[str]], np.ndarray]) -> dict[str, float]:
    m = {k: score(tx) for k, (tx, _) in sets.items()}
    t, _ = best_threshold(sets["val"][1], m["val"])
    at = {k: macro_f1(sets[k][1], m[k] >= t) for k in m}
    best = {k: best_threshold(sets[k][1], m[k])[1] for k in m}
    from sklearn.metrics import average_precision_score, roc_auc_score

    auc = {k: roc_auc_score(sets[k][1], m[k]) for k in m}
    ap = {k: average_precision_score(sets[k][1], m[k]) for k in m}
    print(
        tag,
        " ".join(f"{k}={at[k]:.3f}({best[k]:.3f})" for k in m),
        "| AUC " + " ".join(f"{auc[k]:.3f}" for k in m),
        "| AP " + " ".join(f"{ap[k]:.3f}" for k in m),
        f"| sel={(at['val'] + at['pert']) / 2:.4f}",
        flush=True,
    )
    return at
