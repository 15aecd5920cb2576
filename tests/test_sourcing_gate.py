"""Evaluation gate: sourcing figures on the gold set may not fall below pinned floors.

Skipped when the shared data (``../shared/data``) or the gold file is absent. The
floors sit just under the figures measured when they were pinned (see
``docs/notes/sourcing.md``); raise them when the extractor improves.
"""

from __future__ import annotations

import pytest

from gossipcheck.lab.sourcing.evaluate import evaluate_sourcing

from .conftest import GOLD, SHARED

# Measured 2026-11-26 after issue 4 (all 77 articles): attribution .883, speaker exact .848,
# speaker overlap .881, content .859, type accuracy .878, anonymous recall .98, chain exact .896.
# Dev/held-out split figures: `gossipcheck lab bench-sourcing --part each`.
FLOORS = {
    "attribution_overlap": 0.875,
    "speaker_exact": 0.84,
    "speaker_overlap": 0.875,
    "content_overlap": 0.85,
}
TYPE_ACCURACY_FLOOR = 0.87
ANONYMOUS_RECALL_FLOOR = 0.96
# Chain exact against the gold re-annotated under the relay guideline (eval/sourcing/README.md
# "### Chain"; the old labels are `chain_v1`), measured 2026-12-02 after freezing it: dev .944
# (51/54), held-out .783 (18/23), so .896 (69/77) on all 77, which this gate scores.
CHAIN_EXACT_FLOOR = 0.89

pytestmark = [pytest.mark.data("gossipcop", "extra.jsonl")]


@pytest.fixture(scope="module")
def figures() -> dict:
    return evaluate_sourcing(GOLD, SHARED)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_f1_floor(figures: dict, metric: str) -> None:
    assert figures[metric]["f1"] >= FLOORS[metric], figures[metric]


def test_type_accuracy_and_anonymous_recall(figures: dict) -> None:
    assert figures["source_type_accuracy"] >= TYPE_ACCURACY_FLOOR
    assert figures["anonymous_recall"] >= ANONYMOUS_RECALL_FLOOR


def test_chain(figures: dict) -> None:
    assert figures["chain_exact"] >= CHAIN_EXACT_FLOOR

