"""Training the credibility model from labelled JSONL files (selection on val)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import DataError
from .calibration import best_threshold, fit_platt, macro_f1, verdict_band
from .evaluate import labels, read_labelled
from .features import Analyzer
from .lexical import LexicalVectorizer
from .model import DEFAULT_PATH, FORMAT, CredibilityModel

DATA_DIR = Path("../shared/data/gossipcop")
DEFAULT_DATA = (DATA_DIR / "train.jsonl", DATA_DIR / "extra.jsonl")
DEFAULT_VAL = DATA_DIR / "val.jsonl"
NAME = "content-lexical-lr"
VERSION = "1.0.0"
# Hyper-parameter grid searched on val (macro-F1 at the best threshold).
GRID_C = (3.0, 10.0, 30.0)
ANALYZER = {"max_tokens": 200, "n_max": 2, "drop_tone": True}
MIN_DF = 2


def _training_rows(data: Sequence[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in data:
        for row in read_labelled(path):
            # Counterparts of val/test stories must never be trained on.
            if str(row.get("same_story_as", "")).startswith(("arg-val", "arg-test")):
                continue
            rows.append(row)
    if len({r["label"] for r in rows}) < 2:
        raise DataError("training data needs both 'fake' and 'real' rows")
    return rows


def fit_lexical(texts: Sequence[str], analyzer: Analyzer) -> LexicalVectorizer:
    """Vocabulary and idf from ``texts`` (scikit-learn's smoothed idf)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer=analyzer, min_df=MIN_DF, sublinear_tf=True)
    vec.fit(texts)
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
    return LexicalVectorizer(vocab, vec.idf_, analyzer)


def fit_linear(x: Any, y: np.ndarray, c: float, seed: int) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=seed)
    clf.fit(x, y)
    return clf.coef_[0].astype(np.float64), float(clf.intercept_[0])


def train_model(
    data: Sequence[Path] = DEFAULT_DATA,
    out: Path = DEFAULT_PATH,
    seed: int = 0,
    val: Path | None = DEFAULT_VAL,
) -> dict[str, Any]:
    """Train, select C on ``val``, calibrate on ``val``, write the artifact to ``out``."""
    start = time.time()
    np.random.seed(seed)
    rows = _training_rows(data)
    val_rows = read_labelled(val) if val is not None else None
    texts, y = [r["text"] for r in rows], labels(rows)
    analyzer = Analyzer(**ANALYZER)  # type: ignore[arg-type]
    lexical = fit_lexical(texts, analyzer)
    x = lexical.matrix(texts)

    def margins(coef: np.ndarray, intercept: float, xs: Any) -> np.ndarray:
        return np.asarray(xs @ coef + intercept, dtype=np.float64)

    if val_rows is not None:
        xv, yv = lexical.matrix([r["text"] for r in val_rows]), labels(val_rows)
        results = []
        for c in GRID_C:
            coef, b = fit_linear(x, y, c, seed)
            _, f1 = best_threshold(yv, margins(coef, b, xv))
            results.append((f1, c, coef, b))
        val_f1, c, coef, intercept = max(results, key=lambda r: (r[0], -r[1]))
        s_val = margins(coef, intercept, xv)
        platt = fit_platt(s_val, yv)
        p_val = 1 / (1 + np.exp(-(platt[0] * s_val + platt[1])))
        threshold, val_f1 = best_threshold(yv, p_val)
        band = verdict_band(yv, p_val, threshold)
    else:  # no validation data: fixed C, uncalibrated margins, prior-free cut
        c = GRID_C[1]
        coef, intercept = fit_linear(x, y, c, seed)
        platt, threshold, band, val_f1, yv, p_val = (1.0, 0.0), 0.5, (0.35, 0.65), None, None, None

    meta: dict[str, Any] = {
        "format": FORMAT,
        "name": NAME,
        "version": VERSION,
        "analyzer": analyzer.params,
        "min_df": MIN_DF,
        "C": c,
        "seed": seed,
        "intercept": intercept,
        "platt": list(platt),
        "threshold": round(threshold, 4),
        "thresholds": [round(band[0], 4), round(band[1], 4)],
        "n_train": len(rows),
        "val_macro_f1": None if val_f1 is None else round(val_f1, 4),
    }
    model = CredibilityModel(meta, lexical, coef)
    model.save(Path(out))
    summary = {
        "val_macro_f1": meta["val_macro_f1"],
        "C": c,
        "analyzer": analyzer.params,
        "seed": seed,
        "threshold": meta["threshold"],
        "thresholds": meta["thresholds"],
        "n_train": len(rows),
        "n_features": len(lexical),
        "out": str(out),
        "seconds": round(time.time() - start, 1),
    }
    if yv is not None and p_val is not None:
        summary["val_macro_f1_at_threshold"] = round(macro_f1(yv, p_val >= threshold), 4)
    return summary
