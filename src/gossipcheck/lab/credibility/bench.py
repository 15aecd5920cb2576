"""Benchmark: the shipped model against a TF-IDF + LR baseline, with robustness sets."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from gossipcheck.credibility.calibration import best_threshold, expected_calibration_error, macro_f1
from gossipcheck.credibility.model import CredibilityModel

from .evaluate import labels, read_labelled

SETS = (
    ("test", "gossipcop/test.jsonl"),
    ("sheepdog_A", "robustness/sheepdog_A.jsonl"),
    ("sheepdog_B", "robustness/sheepdog_B.jsonl"),
)
Scorer = Callable[[Sequence[str]], np.ndarray]


def baseline_scorer(data_dir: Path) -> tuple[Scorer, float]:
    """Plain TF-IDF (words 1-2-grams) + LR on train+extra; threshold chosen on val."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = read_labelled(data_dir / "gossipcop/train.jsonl")
    rows += read_labelled(data_dir / "gossipcop/extra.jsonl")
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    clf = LogisticRegression(C=10.0, max_iter=3000)
    clf.fit(vec.fit_transform([r["text"] for r in rows]), labels(rows))

    def score(texts: Sequence[str]) -> np.ndarray:
        return np.asarray(clf.predict_proba(vec.transform(list(texts)))[:, 1])

    val = read_labelled(data_dir / "gossipcop/val.jsonl")
    threshold, _ = best_threshold(labels(val), score([r["text"] for r in val]))
    return score, threshold


def _measure(
    name: str, score: Scorer, threshold: float, split: str, rows: list[dict[str, Any]]
) -> tuple[dict[str, Any], np.ndarray]:
    texts, y = [r["text"] for r in rows], labels(rows)
    with RssPeak() as memory:
        start = time.perf_counter()
        p = score(texts)
        elapsed = max(time.perf_counter() - start, 1e-9)
    pred = p >= threshold
    row = {
        "model": name,
        "set": split,
        "n": len(rows),
        "macro_f1": round(macro_f1(y, pred), 4),
        "accuracy": round(float(np.mean(pred == y)), 4),
        "ece": round(expected_calibration_error(y, p), 4),
        "articles_per_second": round(len(rows) / elapsed, 1),
        "peak_rss_mib": memory.peak_mib,
    }
    return row, p


class RssPeak:
    """Peak resident memory of this process while the block runs (sampled every 20 ms).

    Resident memory, not Python allocations, so that native buffers (onnxruntime's
    arenas, numpy) count. Linux only (``/proc/self/statm``); None elsewhere.
    """

    def __init__(self) -> None:
        self.peak_mib: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    @staticmethod
    def _rss() -> int | None:
        try:
            with open("/proc/self/statm") as fh:
                return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            return None

    def _sample(self) -> None:
        peak = self._rss()
        while not self._stop.wait(0.02):
            now = self._rss()
            if now is not None and peak is not None:
                peak = max(peak, now)
        if peak is not None:
            self.peak_mib = round(peak / 2**20, 1)

    def __enter__(self) -> RssPeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def reliability_plot(y: np.ndarray, p: np.ndarray, path: Path, title: str, bins: int = 15) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(p, edges[1:-1], right=True), 0, bins - 1)
    xs, ys, ns = [], [], []
    for b in range(bins):
        mask = which == b
        if mask.any():
            xs.append(float(p[mask].mean()))
            ys.append(float(y[mask].mean()))
            ns.append(int(mask.sum()))
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.plot(xs, ys, "o-", label="model")
    for x, yy, n in zip(xs, ys, ns, strict=True):
        ax.annotate(str(n), (x, yy), fontsize=7, textcoords="offset points", xytext=(3, -9))
    ax.set_xlabel("predicted P(fake)")
    ax.set_ylabel("observed fraction fake")
    ax.set_title(title)
    ax.legend(loc="upper left")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def run_bench(data_dir: Path, out_dir: Path) -> list[dict[str, Any]]:
    """Baseline and shipped model on test and the SheepDog sets; writes a reliability plot."""
    data_dir, out_dir = Path(data_dir), Path(out_dir)
    sets = [(name, read_labelled(data_dir / rel)) for name, rel in SETS]
    base_score, base_threshold = baseline_scorer(data_dir)
    model = CredibilityModel.load()
    results: list[dict[str, Any]] = []
    for split, rows in sets:
        row, _ = _measure("tfidf-lr baseline", base_score, base_threshold, split, rows)
        results.append(row)
    for split, rows in sets:
        row, p = _measure(
            f"{model.name} {model.version}", model.predict_proba, model.threshold, split, rows
        )
        results.append(row)
        if split == "test":
            reliability_plot(
                labels(rows),
                p,
                out_dir / "reliability_test.png",
                f"{model.name} {model.version} on GossipCop test",
            )
    return results


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    """A markdown table of ``run_bench`` rows."""
    cols = [
        "model",
        "set",
        "n",
        "macro_f1",
        "accuracy",
        "ece",
        "articles_per_second",
        "peak_rss_mib",
    ]
    lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    lines += ["| " + " | ".join(str(r.get(c, "")) for c in cols) + " |" for r in rows]
    return "\n".join(lines)
