"""Training-time only: sample weights that take the label out of where a row comes from.

GossipCop's training rows come from several copies of the data: the ARG split
(26% fake, texts cut to ~130 words, no headline) and three full-length copies
in ``extra.jsonl`` (22%, 51% and 100% fake, most of them opening with a
headline). Whatever marks a copy (length, a headline, page furniture) then
predicts the label, and articles from other sites, which look like the
full-length copies, drift towards "fake" (on celebrity_dev, real articles
averaged a lexical margin of 0.0 against -1.0 for real val articles).

:func:`source_balanced` weights every row so that, within each source holding
both labels, fake and real rows carry half of that source's weight each: a
source's marks then say nothing about the label. A source with one label only
keeps the weight that class balancing over all rows would give it. The
weights replace the learner's global class balancing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

import numpy as np

SOURCE_FIELD = "dataset"


def source_of(row: dict[str, Any]) -> str:
    """The copy of the data a row comes from (its ``dataset`` field; "" when absent)."""
    return str(row.get(SOURCE_FIELD) or "")


def source_balanced(rows: Sequence[dict[str, Any]], fake: np.ndarray) -> np.ndarray:
    """One weight per row (mean 1); see the module docstring."""
    fake = np.asarray(fake, dtype=bool)
    if len(rows) != len(fake):
        raise ValueError("one label per row")
    if not len(rows):
        return np.zeros(0)
    sources = [source_of(r) for r in rows]
    per_source = Counter(sources)
    per_class = Counter(zip(sources, fake.tolist(), strict=True))
    share = float(fake.mean())
    weights = np.empty(len(rows))
    for i, (source, label) in enumerate(zip(sources, fake.tolist(), strict=True)):
        if per_class[(source, True)] and per_class[(source, False)]:
            weights[i] = per_source[source] / (2 * per_class[(source, label)])
        else:
            weights[i] = 1.0 / (2 * (share if label else 1.0 - share))
    out: np.ndarray = weights * (len(weights) / weights.sum())
    return out
