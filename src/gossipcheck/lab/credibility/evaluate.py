"""Reading labelled JSONL data and scoring a model on it."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from gossipcheck.credibility.calibration import expected_calibration_error, macro_f1
from gossipcheck.errors import DataError
from gossipcheck.jsonl import read_rows

if TYPE_CHECKING:
    from gossipcheck.credibility.model import CredibilityModel

LABELS = ("fake", "real")


def read_labelled(path: Path) -> list[dict[str, Any]]:
    """Rows of a labelled JSONL file; each needs a non-empty ``text`` and a label."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"no such labelled data file: {path}")
    rows: list[dict[str, Any]] = []
    for row, where in read_rows(path):
        if not isinstance(row.get("text"), str) or not row["text"].strip():
            raise DataError(f"{where}: missing or empty 'text'")
        if row.get("label") not in LABELS:
            raise DataError(f"{where}: 'label' must be 'fake' or 'real'")
        rows.append(row)
    if not rows:
        raise DataError(f"{path}: no labelled rows")
    return rows


def labels(rows: Sequence[dict[str, Any]]) -> np.ndarray:
    return np.array([r["label"] == "fake" for r in rows], dtype=bool)


def _per_class(y: np.ndarray, pred: np.ndarray) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for name, cls in (("fake", True), ("real", False)):
        tp = int(np.sum((pred == cls) & (y == cls)))
        fp = int(np.sum((pred == cls) & (y != cls)))
        fn = int(np.sum((pred != cls) & (y == cls)))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out[name] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": int(np.sum(y == cls)),
        }
    return out


def evaluate(model: CredibilityModel, rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Macro-F1, accuracy, per-class scores, ECE and speed of ``model`` on ``rows``."""
    if not rows:
        raise DataError("nothing to evaluate: no rows")
    y = labels(rows)
    texts = [r["text"] for r in rows]
    start = time.perf_counter()
    p = model.predict_proba(texts)
    elapsed = max(time.perf_counter() - start, 1e-9)
    pred = p >= model.threshold
    return {
        "n": len(rows),
        "macro_f1": round(macro_f1(y, pred), 4),
        "accuracy": round(float(np.mean(pred == y)), 4),
        "per_class": _per_class(y, pred),
        "ece": round(expected_calibration_error(y, p), 4),
        "threshold": model.threshold,
        "articles_per_second": round(len(rows) / elapsed, 1),
    }
