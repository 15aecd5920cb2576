"""Nested cross-validation of the stance rule's settings on the second gold set's DEV half.

``python bench/stance_cv.py`` (from the repository root, ``GOSSIPCHECK_DATA`` or
``../shared/data`` holding the texts). The sourcing stage runs once per dev article; the
stance rule (``gossipcheck.sourcing.stances``) is then re-run for each setting of its three
constants: the lead's length in words, the content words shared with the lead, and how many
sentences on a confirmation continues. Articles are split into 5 folds; on each, the
setting with the best stance accuracy on the other four is scored on the held-out fold,
and the held-out counts are pooled (five shuffles). Rows with ``part == "test"`` are never
read.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from pathlib import Path
from typing import Any

from gossipcheck.article import Article
from gossipcheck.lab.sourcing.evaluate import (
    _attribution_score,
    _match,
    _score_stances,
    load_rows,
    read_gold,
    stage_predictor,
)
from gossipcheck.settings import shared_data_dir
from gossipcheck.sourcing import stances

GOLD = Path("eval/sourcing/set2/annotations.jsonl")
GRID = list(itertools.product((25, 30, 35, 40), (2, 3), (0, 1, 2)))
FOLDS = 5

Setting = tuple[int, int, int]
Row = tuple[dict[str, Any], Article, list[tuple[int, int]]]


def analysed() -> list[Row]:
    rows = read_gold(GOLD, "dev")
    assert all(row["part"] == "dev" for row in rows)
    texts = load_rows(shared_data_dir(), {row["file"] for row in rows})
    predict = stage_predictor()
    out: list[Row] = []
    for row in rows:
        article = predict(texts[(row["file"], str(row["id"]))])
        out.append(
            (row, article, _match(row["attributions"], article.attributions, _attribution_score))
        )
    return out


def counts(rows: list[Row], setting: Setting) -> list[Counter[str]]:
    """Per article, the evaluator's stance counts under ``setting``."""
    stances.LEAD_WORDS, stances.MIN_SHARED, stances.CONTINUATION_SENTENCES = setting
    out: list[Counter[str]] = []
    for row, article, pairs in rows:
        stances.assign_stances(article)
        c: Counter[str] = Counter()
        _score_stances(row["attributions"], article.attributions, pairs, c)
        out.append(c)
    return out


def figures(parts: list[Counter[str]]) -> tuple[float, float]:
    """Stance accuracy and F1 of pooled counts."""
    c: Counter[str] = sum(parts, Counter())
    precision = c["stance_tp"] / c["stance_pred"] if c["stance_pred"] else 0.0
    recall = c["stance_tp"] / c["stance_gold"] if c["stance_gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    pairs = c["stance_pairs"]
    return (c["stance_agree"] / pairs if pairs else 0.0), f1


def main() -> None:
    shipped = (stances.LEAD_WORDS, stances.MIN_SHARED, stances.CONTINUATION_SENTENCES)
    rows = analysed()
    table = {setting: counts(rows, setting) for setting in GRID}
    for seed in range(5):
        order = list(range(len(rows)))
        random.Random(seed).shuffle(order)
        fold = {i: k % FOLDS for k, i in enumerate(order)}
        held: list[Counter[str]] = []
        for k in range(FOLDS):
            train = [i for i in order if fold[i] != k]
            best = max(GRID, key=lambda s: figures([table[s][i] for i in train])[0])
            held += [table[best][i] for i in order if fold[i] == k]
        accuracy, f1 = figures(held)
        print(f"seed {seed}: held-out stance accuracy {accuracy:.3f}, F1 {f1:.3f}")
    accuracy, f1 = figures(counts(rows, shipped))
    print(f"shipped {shipped} on all of dev: accuracy {accuracy:.3f}, F1 {f1:.3f}")


if __name__ == "__main__":
    main()
