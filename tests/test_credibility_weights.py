"""Source-balanced training weights: a copy of the data says nothing about the label."""

from __future__ import annotations

import numpy as np
import pytest

from gossipcheck.lab.credibility.weights import source_balanced


def rows_of(spec: list[tuple[str, int, int]]) -> tuple[list[dict[str, str]], np.ndarray]:
    rows, fake = [], []
    for source, n_fake, n_real in spec:
        rows += [{"dataset": source}] * (n_fake + n_real)
        fake += [True] * n_fake + [False] * n_real
    return rows, np.array(fake)


def test_each_source_with_both_labels_weighs_them_equally() -> None:
    rows, fake = rows_of([("arg", 26, 74), ("maj", 51, 49), ("ffn", 22, 78)])
    w = source_balanced(rows, fake)
    assert w.mean() == pytest.approx(1.0)
    sources = np.array([r["dataset"] for r in rows])
    for source in ("arg", "maj", "ffn"):
        mine = sources == source
        # Half of the source's weight on each label, and the source keeps its share.
        assert w[mine & fake].sum() == pytest.approx(w[mine & ~fake].sum())
        assert w[mine].sum() == pytest.approx(mine.sum())
    # So a feature that marks a source no longer predicts the label.
    marked = sources == "maj"
    share = w[marked & fake].sum() / w[marked].sum()
    assert share == pytest.approx(0.5)


def test_a_one_label_source_keeps_the_global_class_balance() -> None:
    rows, fake = rows_of([("arg", 20, 80), ("fnn", 40, 0)])
    w = source_balanced(rows, fake)
    share = fake.mean()
    one_label = np.array([r["dataset"] == "fnn" for r in rows])
    ratio = w[one_label][0] / w[~one_label & ~fake][0]
    # fnn rows: 1 / (2 share); arg real rows: 100 / (2 * 80)
    assert ratio == pytest.approx((1 / (2 * share)) / (100 / 160))
    assert np.all(w > 0) and w.mean() == pytest.approx(1.0)


def test_rows_without_a_source_are_one_source() -> None:
    w = source_balanced([{}, {}, {}, {}], np.array([True, False, False, False]))
    assert w[0] == pytest.approx(3 * w[1])
    with pytest.raises(ValueError):
        source_balanced([{}], np.array([True, False]))
