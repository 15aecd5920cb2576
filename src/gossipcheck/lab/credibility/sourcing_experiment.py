"""Sourcing evidence in the score, re-selected with the current sourcing stage (issue 11.3).

    gossipcheck lab experiment sourcing [--out-dir bench/out/sourcing]

The sourcing, signals, claims and outlets stages run on every train + extra, val and
celebrity_dev article (:func:`.sourcing_stack.article_features`, cached in ``--out-dir``,
a few minutes the first time). The shipped model's lexical, memory and encoder margins are
reused as they are (no block is refitted). Each candidate adds sourcing columns to the
blocks, or a sourcing score: a logistic regression over sourcing features fitted on
train + extra (where 8% of articles rest only on anonymous sources, against too few in val
for a val-fitted weight to learn). Then, as ``gossipcheck lab train --seed 0 --encoder
reuse`` does, the stacking LR, Platt scaling and cut-off are fitted on val. Variants of the
stack's regularisation and a fixed-weight sourcing offset are also tried.

One line per candidate: macro-F1 at the val-chosen cut-off and ECE on val (fitted there, as
the shipped figures are), val macro-F1 5-fold cross-validated (stack, Platt and cut-off
fitted on four folds), and macro-F1, ECE and ROC-AUC on celebrity_dev.
Reads no test, SheepDog or held-out rows; never trains on ``ood/``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from gossipcheck.credibility.calibration import (
    best_threshold,
    expected_calibration_error,
    fit_platt,
    macro_f1,
    roc_auc,
    sigmoid,
)
from gossipcheck.credibility.model import CredibilityModel

from .evaluate import labels, read_labelled
from .sourcing_stack import FEATURES, PROFILE, article_features
from .train import DEFAULT_DATA, DEFAULT_VAL, _training_rows

# Pairs of the single features that moved either set (the rows above them in the table).
PAIRS = (
    ("relayed_only", "outlet_known"),
    ("anonymous_only", "outlet_known"),
    ("anonymous_only", "relayed_only"),
    ("relayed_only", "on_record_denial"),
    ("relayed_only", "hedges"),
)


@dataclass
class SetData:
    """One set's labels, the shipped model's block margins and its sourcing features."""

    y: np.ndarray
    blocks: np.ndarray
    features: np.ndarray  # columns in FEATURES order


def cached_features(rows: Sequence[dict[str, Any]], cache: Path) -> np.ndarray:
    """:data:`FEATURES` per row, cached as JSON; redone when the rows or the stages change."""
    ids = [str(r["id"]) for r in rows]
    key: dict[str, object] = {"ids": ids, "features": list(FEATURES), "stages": _stages()}
    if cache.is_file():
        stored = json.loads(cache.read_text())
        if all(stored.get(k) == v for k, v in key.items()):
            return np.asarray(stored["values"], dtype=np.float64)
    values = [
        [article_features(r["text"], i)[k] for k in FEATURES]
        for r, i in zip(rows, ids, strict=True)
    ]
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({**key, "values": values}))
    return np.asarray(values, dtype=np.float64)


def _stages() -> dict[str, dict[str, str]]:
    """Versions and source digests of the stages the features come from (the cache's key)."""
    from gossipcheck.pipeline import current_versions

    versions = current_versions()
    return {name: versions[name] for name in ("sourcing", "signals", "claims", "outlets")}


def columns(data: np.ndarray, names: Sequence[str]) -> np.ndarray:
    return data[:, [FEATURES.index(n) for n in names]]


class SourcingScore:
    """A logistic regression over sourcing features, fitted on train + extra only."""

    def __init__(self, names: Sequence[str], x: np.ndarray, y: np.ndarray) -> None:
        from sklearn.linear_model import LogisticRegression

        self.names = tuple(names)
        self.clf = LogisticRegression(C=1.0, max_iter=2000).fit(columns(x, names), y)

    def margin(self, x: np.ndarray) -> np.ndarray:
        z: np.ndarray = self.clf.decision_function(columns(x, self.names))
        return z - float(self.clf.intercept_[0])


@dataclass
class Candidate:
    """Stack inputs from a set's data, the stacking LR's C, and a fixed margin offset."""

    name: str
    inputs: Callable[[SetData], np.ndarray]
    c: float = 1e4
    offset: Callable[[SetData], np.ndarray] | None = None


def _fit(x: np.ndarray, y: np.ndarray, c: float, offset: np.ndarray) -> Callable[..., np.ndarray]:
    """Stack (LR on val), then Platt scaling on its margin plus ``offset``: a margin function."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, max_iter=2000).fit(x, y)

    def margin(x_: np.ndarray, off: np.ndarray) -> np.ndarray:
        z: np.ndarray = clf.decision_function(x_) + off
        return z

    a, b = fit_platt(margin(x, offset), y)

    def proba(x_: np.ndarray, off: np.ndarray) -> np.ndarray:
        return sigmoid(a * margin(x_, off) + b)

    return proba


def _fold_f1(cand: Candidate, val: SetData) -> float:
    from sklearn.model_selection import StratifiedKFold

    x, off = cand.inputs(val), _offset(cand, val)
    pred = np.zeros(len(val.y), dtype=bool)
    for fit, held in StratifiedKFold(5, shuffle=True, random_state=0).split(x, val.y):
        proba = _fit(x[fit], val.y[fit], cand.c, off[fit])
        threshold, _ = best_threshold(val.y[fit], proba(x[fit], off[fit]))
        pred[held] = proba(x[held], off[held]) >= threshold
    return macro_f1(val.y, pred)


def _offset(cand: Candidate, data: SetData) -> np.ndarray:
    return cand.offset(data) if cand.offset is not None else np.zeros(len(data.y))


@dataclass
class Scored:
    """A candidate's figures and its celebrity_dev predictions (for the paired bootstrap)."""

    cells: list[float]
    dev_pred: np.ndarray


def score(cand: Candidate, val: SetData, dev: SetData) -> Scored:
    """Val (fitted there, and 5-fold CV) and celebrity_dev figures of one candidate."""
    proba = _fit(cand.inputs(val), val.y, cand.c, _offset(cand, val))
    p_val = proba(cand.inputs(val), _offset(cand, val))
    threshold, _ = best_threshold(val.y, p_val)
    threshold = round(threshold, 4)
    p_dev = proba(cand.inputs(dev), _offset(cand, dev))
    cells = [
        macro_f1(val.y, p_val >= threshold),
        expected_calibration_error(val.y, p_val),
        _fold_f1(cand, val),
        macro_f1(dev.y, p_dev >= threshold),
        expected_calibration_error(dev.y, p_dev),
        roc_auc(dev.y, p_dev),
    ]
    return Scored(cells, p_dev >= threshold)


def bootstrap_gain(y: np.ndarray, pred: np.ndarray, base: np.ndarray, n: int = 2000) -> str:
    """95% paired-bootstrap interval of the macro-F1 gain of ``pred`` over ``base``."""
    rng = np.random.default_rng(0)
    gains = []
    for _ in range(n):
        i = rng.integers(0, len(y), len(y))
        gains.append(macro_f1(y[i], pred[i]) - macro_f1(y[i], base[i]))
    low, high = np.percentile(gains, [2.5, 97.5])
    return f"{low:+.3f} .. {high:+.3f}"


def candidates(train_x: np.ndarray, train_y: np.ndarray) -> list[Candidate]:
    """The shipped stack first, then each sourcing candidate."""

    def blocks_plus(*names: str) -> Callable[[SetData], np.ndarray]:
        return lambda d: np.c_[d.blocks, columns(d.features, names)]

    def with_score(score: SourcingScore) -> Callable[[SetData], np.ndarray]:
        return lambda d: np.c_[d.blocks, score.margin(d.features)]

    out = [
        Candidate("shipped 3.1.0 stack (lexical, memory, encoder)", lambda d: d.blocks),
        Candidate("+ old profile (5 features)", blocks_plus(*PROFILE)),
    ]
    out += [Candidate(f"+ {name}", blocks_plus(name)) for name in FEATURES]
    out += [Candidate(f"+ {a}, {b}", blocks_plus(a, b)) for a, b in PAIRS]
    out.append(Candidate("+ outlet reputation, known outlets", blocks_plus(*FEATURES[-2:])))
    transfer = ("anonymous_only", "relayed_only", "on_record_denial", "hedges", "exclusive")
    out.append(
        Candidate(
            "+ anonymous-only, relayed-only, denial, hedges, exclusive", blocks_plus(*transfer)
        )
    )
    sourcing_sets = {
        "profile (5)": PROFILE,
        "profile + relayed-only, exclusive, attributed": (
            *PROFILE,
            "relayed_only",
            "exclusive",
            "attributed",
        ),
        "all but outlet": FEATURES[:-2],
    }
    scores = {k: SourcingScore(v, train_x, train_y) for k, v in sourcing_sets.items()}
    for label, score in scores.items():
        out.append(Candidate(f"+ sourcing score, train+extra LR on {label}", with_score(score)))
    best = scores["all but outlet"]
    for weight in (0.25, 0.5, 1.0):
        out.append(
            Candidate(
                f"shipped stack + {weight} x sourcing score (all but outlet), fixed",
                lambda d: d.blocks,
                offset=lambda d, w=weight: w * best.margin(d.features),  # type: ignore[misc]
            )
        )
    for c in (0.01, 0.1, 1.0):
        out.append(Candidate(f"shipped stack, stacking C={c}", lambda d: d.blocks, c=c))
        out.append(Candidate(f"+ sourcing score (all but outlet), C={c}", with_score(best), c=c))
    out.append(
        Candidate(
            "sourcing score (all but outlet) alone", lambda d: best.margin(d.features)[:, None]
        )
    )
    out.append(
        Candidate(
            "sourcing profile log-odds alone (shipped table)",
            lambda d: columns(d.features, ["profile_log_odds"]),
        )
    )
    return out


def sourcing_report(data_dir: Path, out_dir: Path) -> list[str]:
    """The table: one row per candidate of :func:`candidates`."""
    model = CredibilityModel.load()
    train_rows = _training_rows(DEFAULT_DATA)
    train_x = cached_features(train_rows, out_dir / "features-train-extra.json")
    sets: dict[str, SetData] = {}
    for name, path in (
        ("val", DEFAULT_VAL),
        ("celebrity_dev", data_dir / "ood" / "celebrity_dev.jsonl"),
    ):
        rows = read_labelled(path)
        sets[name] = SetData(
            labels(rows),
            model.blocks([r["text"] for r in rows]),
            cached_features(rows, out_dir / f"features-{name}.json"),
        )
    lines = [
        "| candidate | val F1 | val ECE | val F1 (5-fold CV) | celebrity_dev F1 "
        "| celebrity_dev ECE | celebrity_dev AUC | celebrity_dev gain, 95% paired bootstrap |",
        "|---|---|---|---|---|---|---|---|",
    ]
    val, dev = sets["val"], sets["celebrity_dev"]
    base: Scored | None = None
    for cand in candidates(train_x, labels(train_rows)):
        scored = score(cand, val, dev)
        base = base or scored
        gain = bootstrap_gain(dev.y, scored.dev_pred, base.dev_pred) if scored is not base else "-"
        cells = " | ".join(f"{x:.4f}" for x in scored.cells)
        lines.append(f"| {cand.name} | {cells} | {gain} |")
    return lines
