"""Source-balanced training weights (issue 11: celebrity news from other sites), on both
selection sets.

    gossipcheck lab experiment weights [--out-dir bench/out/weights]

Prints the label share and length of each copy of the training data (see :mod:`.weights`),
then retrains each weighting with ``gossipcheck lab train --seed 0 --encoder reuse``
settings into ``--out-dir`` and prints macro-F1 (at the model's val-chosen threshold) and
ROC-AUC on ``gossipcop/val.jsonl`` and ``ood/celebrity_dev.jsonl``, with the mean lexical
and encoder margins of their real articles (how far real articles from other sites drift
towards "fake"). Reads no test, SheepDog or held-out rows; trains on train + extra only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import get_args

import numpy as np

from gossipcheck.credibility.model import CredibilityModel

from .evaluate import labels, read_labelled
from .names_experiment import selection_figures
from .train import DEFAULT_DATA, DEFAULT_VAL, Weights, _training_rows, train_model
from .weights import source_of


def sources_table() -> Iterator[str]:
    """One line per copy of the training data: rows, fake share, median words."""
    by_source: dict[str, list[tuple[bool, int]]] = defaultdict(list)
    for row in _training_rows(DEFAULT_DATA):
        by_source[source_of(row)].append((row["label"] == "fake", len(row["text"].split())))
    for source, rows in sorted(by_source.items()):
        fake = np.mean([f for f, _ in rows])
        words = np.median([w for _, w in rows])
        yield f"{source or '(none)':24s} {len(rows):5d} rows, {fake:.0%} fake, {words:.0f} words"


def real_margins(model: CredibilityModel, path: Path) -> tuple[float, float]:
    """Mean lexical and encoder margins of the real articles of a labelled file."""
    rows = [r for r in read_labelled(path) if not labels([r])[0]]
    blocks = model.blocks([r["text"] for r in rows])
    return float(blocks[:, 0].mean()), float(blocks[:, 2].mean())


def weights_report(data_dir: Path, out_dir: Path) -> Iterator[str]:
    """The sources table, then one line per weighting."""
    yield from sources_table()
    sets = {"val": DEFAULT_VAL, "celebrity_dev": data_dir / "ood" / "celebrity_dev.jsonl"}
    for weighting in get_args(Weights):
        out = out_dir / weighting / "credibility.npz"
        train_model(DEFAULT_DATA, out, seed=0, val=DEFAULT_VAL, encoder="reuse", weights=weighting)
        model = CredibilityModel.load(out)
        line = f"{weighting:16s}"
        for name, file in sets.items():
            f1, auc = selection_figures(model, file)
            lexical, encoder = real_margins(model, file)
            line += (
                f" | {name} F1 {f1:.4f} AUC {auc:.4f}"
                f" real margins lexical {lexical:+.2f} encoder {encoder:+.2f}"
            )
        yield line
