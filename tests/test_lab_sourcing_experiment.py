"""The sourcing experiment's article features, cache and bootstrap (issue 11.3)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from gossipcheck.lab.credibility.sourcing_experiment import (
    bootstrap_gain,
    cached_features,
    columns,
)
from gossipcheck.lab.credibility.sourcing_stack import FEATURES, article_features

ANONYMOUS_RELAYED = (
    "The pop star and her actor husband are headed for a split, according to a new report. "
    "A source close to the couple told Hollywood Buzz Weekly that the pair have been living "
    'apart for months. "They barely speak anymore," an insider said. Another source added '
    "that lawyers may already be involved, though nothing is final yet."
)
ON_RECORD_DENIAL = (
    "The pop star was seen leaving a studio in Burbank on Tuesday afternoon. Her publicist, "
    'Dana Whitfield, said in a statement that the split rumours are false. "They are happy '
    'and planning a summer tour together," Whitfield said. The singer also posted a photo of '
    'the couple on Instagram with the caption "still us".'
)


def test_a_story_resting_on_anonymous_sources_reads_as_anonymous_only() -> None:
    f = article_features(ANONYMOUS_RELAYED, "fixture-1")
    assert set(f) == set(FEATURES)
    assert f["anonymous_only"] == 1.0
    assert f["anonymous_share"] > 0.5  # the report it relays may count as an outlet
    assert f["attributed"] == 1.0
    # The profile's GossipCop fake share is above that of all profiles pooled.
    assert f["profile_log_odds"] > 0


def test_an_on_record_statement_is_not_anonymous_only() -> None:
    f = article_features(ON_RECORD_DENIAL, "fixture-2")
    assert f["anonymous_only"] == 0.0
    assert f["relayed_only"] == 0.0
    assert f["profile_log_odds"] < 0


def test_too_short_a_text_gives_zero_features() -> None:
    assert set(article_features("Too short.", "fixture-3").values()) == {0.0}


def test_features_are_cached_by_row_id_and_redone_when_rows_change(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": ANONYMOUS_RELAYED}, {"id": "b", "text": ON_RECORD_DENIAL}]
    cache = tmp_path / "features.json"
    first = cached_features(rows, cache)
    assert first.shape == (2, len(FEATURES))
    assert columns(first, ["anonymous_only"]).ravel().tolist() == [1.0, 0.0]
    # A cache written for other rows is not reused.
    stored = json.loads(cache.read_text())
    stored["values"] = [[9.0] * len(FEATURES)] * 2
    cache.write_text(json.dumps(stored))
    assert (cached_features(rows, cache) == 9.0).all()
    assert (cached_features(rows[::-1], cache) == first[::-1]).all()


def test_the_bootstrap_interval_of_a_gain() -> None:
    y = np.array([True, False] * 50)
    assert bootstrap_gain(y, y, y) == "+0.000 .. +0.000"
    worse = y.copy()
    worse[:20] = ~worse[:20]
    low, high = (float(x) for x in bootstrap_gain(y, y, worse).split(" .. "))
    assert 0 < low <= high
