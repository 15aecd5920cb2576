"""Stacking variants of the shipped model's blocks, scored on val (and own perturbed val).

    gossipcheck lab experiment stacking [--perturbed-dir bench/out]

Fits each variant's weights by logistic regression on val and prints val ROC-AUC and
macro-F1 (threshold chosen on val), plus ROC-AUC on ``val_perturbed*.jsonl`` in
``--perturbed-dir`` when ``gossipcheck lab experiment perturb`` has written them.
Reads no test or SheepDog rows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from gossipcheck.credibility.calibration import best_threshold, macro_f1, roc_auc
from gossipcheck.credibility.model import CredibilityModel

from .evaluate import labels, read_labelled
from .perturb import PERTURBED

VARIANTS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "lexical + memory (one weight)": lambda b: (b[:, 0] + b[:, 1])[:, None],
    "lexical, memory": lambda b: b[:, :2],
    "lexical + memory, encoder": lambda b: np.c_[b[:, 0] + b[:, 1], b[:, 2]],
    "lexical, memory, encoder (shipped)": lambda b: b,
    "encoder alone": lambda b: b[:, 2:],
}


def stacking_report(val: Path, perturbed_dir: Path) -> list[str]:
    """One line per variant: val ROC-AUC and macro-F1, and AUC on each perturbed val."""
    from sklearn.linear_model import LogisticRegression

    model = CredibilityModel.load()
    sets = {"val": val}
    for name in PERTURBED:
        if (perturbed_dir / f"{name}.jsonl").is_file():
            sets[name] = perturbed_dir / f"{name}.jsonl"
    blocks, ys = {}, {}
    lines = []
    for name, path in sets.items():
        rows = read_labelled(path)
        blocks[name] = model.blocks([r["text"] for r in rows])
        ys[name] = labels(rows)
    for variant, pick in VARIANTS.items():
        clf = LogisticRegression(C=1e4, max_iter=1000).fit(pick(blocks["val"]), ys["val"])
        p_val = clf.predict_proba(pick(blocks["val"]))[:, 1]
        threshold, _ = best_threshold(ys["val"], p_val)
        line = (
            f"{variant:36s} val AUC {roc_auc(ys['val'], p_val):.4f} "
            f"F1 {macro_f1(ys['val'], p_val >= threshold):.4f}"
        )
        for name in sets:
            if name != "val":
                p = clf.predict_proba(pick(blocks[name]))[:, 1]
                line += f" | {name} AUC {roc_auc(ys[name], p):.4f}"
        lines.append(line)
    return lines
