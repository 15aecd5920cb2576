"""Calibration and decision thresholds (pure numpy, used at train and run time)."""

from __future__ import annotations

import numpy as np


def sigmoid(z: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0))), dtype=np.float64)


def fit_platt(scores: np.ndarray, y: np.ndarray, iters: int = 100) -> tuple[float, float]:
    """Platt scaling: (a, b) maximising the likelihood of ``sigmoid(a * s + b)``.

    Newton's method with backtracking line search and Platt's smoothed targets
    (Lin, Lin & Weng 2007), so it converges even on separable scores.
    """
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n_pos, n_neg = y.sum(), len(y) - y.sum()
    t = np.where(y > 0, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))

    def loss(a: float, b: float) -> float:
        z = a * s + b
        return float(np.sum(np.logaddexp(0.0, z) - t * z))

    a, b = 1.0, float(np.log((n_pos + 1) / (n_neg + 1)))
    current = loss(a, b)
    for _ in range(iters):
        p = sigmoid(a * s + b)
        g = np.array([np.sum((p - t) * s), np.sum(p - t)])
        w = p * (1 - p)
        h = np.array([[np.sum(w * s * s), np.sum(w * s)], [np.sum(w * s), np.sum(w)]])
        step = np.linalg.solve(h + 1e-12 * np.eye(2), g)
        rate = 1.0
        while rate > 1e-10:
            na, nb = a - rate * step[0], b - rate * step[1]
            new = loss(na, nb)
            if new < current + 1e-4 * rate * float(g @ -step):
                break
            rate /= 2
        else:
            break
        a, b, improved = na, nb, current - new
        current = new
        if np.abs(rate * step).max() < 1e-9 or improved < 1e-12:
            break
    return float(a), float(b)


def expected_calibration_error(y: np.ndarray, p: np.ndarray, bins: int = 15) -> float:
    """ECE with ``bins`` equal-width bins of P(fake) (the predicted-class-free form)."""
    y = np.asarray(y, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(p, edges[1:-1], right=True), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            ece += mask.mean() * abs(p[mask].mean() - y[mask].mean())
    return float(ece)


def macro_f1(y: np.ndarray, pred: np.ndarray) -> float:
    y = np.asarray(y, dtype=bool)
    pred = np.asarray(pred, dtype=bool)
    f1s = []
    for cls in (True, False):
        tp = np.sum((pred == cls) & (y == cls))
        fp = np.sum((pred == cls) & (y != cls))
        fn = np.sum((pred != cls) & (y == cls))
        denom = 2 * tp + fp + fn
        f1s.append(2 * tp / denom if denom else 0.0)
    return float(np.mean(f1s))


def roc_auc(y: np.ndarray, s: np.ndarray) -> float:
    """Area under the ROC curve (Mann-Whitney U, ties count half)."""
    y = np.asarray(y, dtype=bool)
    s = np.asarray(s, dtype=np.float64)
    order = np.argsort(s, kind="mergesort")
    ranks = np.empty(len(s), dtype=np.float64)
    sorted_s = s[order]
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and sorted_s[j + 1] == sorted_s[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if n_pos == 0 or n_neg == 0:
        return float("nan")
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def best_threshold(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    """The P(fake) cut that maximises macro-F1 on (y, p): (threshold, macro-F1)."""
    candidates = np.unique(np.round(np.quantile(p, np.linspace(0.2, 0.98, 157)), 4))
    best_t, best_f = 0.5, -1.0
    for t in candidates:
        f = macro_f1(y, p >= t)
        if f > best_f + 1e-12:
            best_t, best_f = float(t), f
    return best_t, best_f


def verdict_band(
    y: np.ndarray,
    p: np.ndarray,
    threshold: float,
    real_precision: float = 0.95,
    fake_precision: float = 0.75,
) -> tuple[float, float]:
    """(low, high): below ``low`` "likely real", above ``high`` "likely fake".

    ``low`` is the highest cut at which the articles below it are real at least
    ``real_precision`` of the time; ``high`` the lowest cut above which they are
    fake at least ``fake_precision`` of the time; both bracket ``threshold``.
    """
    y = np.asarray(y, dtype=bool)
    grid = np.unique(np.round(np.quantile(p, np.linspace(0.01, 0.99, 99)), 4))
    low = float(min(grid.min(), threshold))
    for t in grid:
        below = p < t
        if below.sum() >= 20 and 1 - y[below].mean() >= real_precision:
            low = float(t)
    high = float(max(grid.max(), threshold))
    for t in grid[::-1]:
        above = p > t
        if above.sum() >= 20 and y[above].mean() >= fake_precision:
            high = float(t)
    return min(low, threshold), max(high, threshold)
