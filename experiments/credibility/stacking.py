"""Stacking variants of the shipped model's blocks, scored on val (and own perturbed val).

    PYTHONPATH=src .venv/bin/python experiments/credibility/stacking.py

Fits each variant's weights by logistic regression on val and prints val ROC-AUC and
macro-F1 (threshold chosen on val), plus ROC-AUC on /tmp/val_perturbed*.jsonl when
experiments/credibility/perturb.py has written them. Reads no test or SheepDog rows.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from gossipcheck.credibility.calibration import best_threshold, macro_f1, roc_auc
from gossipcheck.credibility.evaluate import labels, read_labelled
from gossipcheck.credibility.model import CredibilityModel
from gossipcheck.settings import shared_data_dir

VARIANTS = {
    "lexical + memory (one weight)": lambda b: (b[:, 0] + b[:, 1])[:, None],
    "lexical, memory": lambda b: b[:, :2],
    "lexical + memory, encoder": lambda b: np.c_[b[:, 0] + b[:, 1], b[:, 2]],
    "lexical, memory, encoder (shipped)": lambda b: b,
    "encoder alone": lambda b: b[:, 2:],
}


def main() -> None:
    model = CredibilityModel.load()
    sets = {"val": shared_data_dir() / "gossipcop" / "val.jsonl"}
    for name in ("val_perturbed", "val_perturbed_rev"):
        if Path(f"/tmp/{name}.jsonl").is_file():
            sets[name] = Path(f"/tmp/{name}.jsonl")
    blocks, ys = {}, {}
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
        print(line)


if __name__ == "__main__":
    main()
