"""Evaluation gate: same-story matching on ../shared/data must not regress.

Small slice (< 10 s): corpus = the 1,274 GossipCop val rows, queries = their 322
counterparts (other copies of the same stories, other formatting). Measured
2026-11-26: recall@1, recall@5, MRR and same-story F1 all 1.0 (322/322), about
2.5 ms/query. Floors sit just under (3 misses allowed). Full figures, with the
threshold chosen on train only: bench/corroboration.py.
"""

from __future__ import annotations

import pytest

from gossipcheck.lab.corroboration.evaluate import gate

from .conftest import SHARED

pytestmark = pytest.mark.data("stories", "counterparts.jsonl")


def test_same_story_matching_gate() -> None:
    figures = gate(SHARED, "val")
    assert figures.queries == 322
    assert figures.recall_at_1 >= 0.99
    assert figures.recall_at_5 >= 0.995
    assert figures.mrr >= 0.99
    assert figures.f1 >= 0.98
