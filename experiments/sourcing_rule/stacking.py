"""Does stacking the sourcing features onto the model's score help? (selection on val)

    .venv/bin/python experiments/sourcing_rule/features_dump.py /tmp/sfeat
    .venv/bin/python experiments/sourcing_rule/stacking.py /tmp/sfeat

A logistic regression on the (log1p) sourcing features is trained on train + extra;
a two-input stacker (model margin, sourcing score) is fitted on val. Printed: ROC-AUC
of each part and macro-F1 of the stack vs the shipped model. Measured 2026-11-26:
val AUC 0.900 -> 0.901, val macro-F1 0.810 -> 0.805 (no gain), so the features are
used as a documented rule (gossipcheck.credibility.rules), not in the score.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from gossipcheck.credibility.calibration import best_threshold, macro_f1, roc_auc
from gossipcheck.credibility.model import CredibilityModel
from gossipcheck.settings import shared_data_dir

TRAIN = ("gossipcop/train.jsonl", "gossipcop/extra.jsonl")
EVAL = ("gossipcop/val.jsonl", "gossipcop/test.jsonl", "robustness/sheepdog_A.jsonl",
        "robustness/sheepdog_B.jsonl")


def load(folder: Path, name: str) -> list[dict[str, object]]:
    path = folder / (name.replace("/", "__") + ".features.jsonl")
    return [json.loads(line) for line in path.open()]


def main() -> None:
    folder = Path(sys.argv[1])
    data = {name: load(folder, name) for name in TRAIN + EVAL}
    keys = sorted({k for r in data[TRAIN[0]] for k in r["f"]})  # type: ignore[union-attr]

    def x(rows: list[dict[str, object]]) -> np.ndarray:
        m = np.array([[r["f"].get(k, 0.0) for k in keys] for r in rows])  # type: ignore[union-attr]
        return np.log1p(np.maximum(m, 0))

    def y(rows: list[dict[str, object]]) -> np.ndarray:
        return np.array([r["label"] == "fake" for r in rows])

    train = data[TRAIN[0]] + data[TRAIN[1]]
    sourcing = LogisticRegression(max_iter=2000, class_weight="balanced").fit(x(train), y(train))
    model = CredibilityModel.load()
    texts = {n: [json.loads(line)["text"] for line in (shared_data_dir() / n).open()] for n in EVAL}
    parts = {n: np.c_[model.decision_function(texts[n]), sourcing.decision_function(x(data[n]))]
             for n in EVAL}
    val = EVAL[0]
    stack = LogisticRegression(C=1e3, max_iter=1000).fit(parts[val], y(data[val]))
    threshold, _ = best_threshold(y(data[val]), stack.predict_proba(parts[val])[:, 1])
    for n in EVAL:
        p = stack.predict_proba(parts[n])[:, 1]
        shipped = model.predict_proba(texts[n]) >= model.threshold
        print(
            f"{n}: AUC model {roc_auc(y(data[n]), parts[n][:, 0]):.3f}"
            f" sourcing {roc_auc(y(data[n]), parts[n][:, 1]):.3f}"
            f" stack {roc_auc(y(data[n]), stack.decision_function(parts[n])):.3f};"
            f" macro-F1 stack {macro_f1(y(data[n]), p >= threshold):.4f}"
            f" model {macro_f1(y(data[n]), shipped):.4f}"
        )


if __name__ == "__main__":
    main()
