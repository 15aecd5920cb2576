"""The tagger's Viterbi scores by guess and check equal the token-by-token loop, bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from gossipcheck.sourcing import viterbi
from gossipcheck.sourcing.tagger import shipped
from gossipcheck.sourcing.viterbi import best_path, forward, sequential


def _log_softmax(x: np.ndarray) -> np.ndarray:
    shifted = x - x.max(axis=1, keepdims=True)
    out: np.ndarray = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return np.ascontiguousarray(out.astype(np.float32))


def _model(seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The shipped transitions (BIO bars included) or, without the artifact, random ones."""
    tagger = shipped()
    if tagger is not None and seed % 2 == 0:
        return tagger.start, tagger.transitions
    rng = np.random.default_rng(seed)
    trans = rng.normal(-2, 2, size=(7, 7)).astype(np.float32)
    trans[0, [2, 4, 6]] = -10000.0
    return rng.normal(-1, 1, size=7).astype(np.float32), trans


def _reference(
    logp: np.ndarray, start: np.ndarray, trans: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    scores = sequential(logp, start, trans)
    return scores, (scores[:-1, :, None] + trans[None]).argmax(axis=1)


@pytest.mark.parametrize("n", [1, 2, 50, viterbi.MIN_TOKENS - 1, viterbi.MIN_TOKENS, 777, 2500])
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_forward_equals_the_loop(n: int, seed: int) -> None:
    rng = np.random.default_rng(seed * 1000 + n)
    start, trans = _model(seed)
    # Peaked rows like a trained tagger's: mostly one clear label, now and then a close call.
    raw = rng.normal(0, 1, size=(n, 7)) + 6 * (rng.random((n, 7)) < 0.15)
    logp = _log_softmax(raw)
    scores, parents = forward(logp, start, trans)
    want_scores, want_parents = _reference(logp, start, trans)
    assert scores.dtype == np.float32
    assert np.array_equal(scores, want_scores)
    assert np.array_equal(parents, want_parents)


def test_exact_ties_pick_the_first_state_as_the_loop_does() -> None:
    start, trans = _model(0)
    logp = np.full((900, 7), np.float32(np.log(1 / 7)), dtype=np.float32)
    scores, parents = forward(logp, start, trans)
    want_scores, want_parents = _reference(logp, start, trans)
    assert np.array_equal(scores, want_scores) and np.array_equal(parents, want_parents)


def test_a_wrong_guess_is_repaired_or_replaced_by_the_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(7)
    start, trans = _model(0)
    logp = _log_softmax(rng.normal(0, 2, size=(1200, 7)))
    want_scores, want_parents = _reference(logp, start, trans)
    monkeypatch.setattr(viterbi, "_guess", lambda lp, s, t: np.zeros((len(lp) - 1, 7), np.int64))
    scores, parents = forward(logp, start, trans)
    assert np.array_equal(scores, want_scores) and np.array_equal(parents, want_parents)


def test_best_path_follows_the_parents_back() -> None:
    parents = np.array([[0, 0, 1], [2, 1, 0], [1, 1, 2]])
    # last state 2 at token 3 <- 2 at token 2 <- 0 at token 1 <- 0 at token 0
    assert best_path(parents, 2) == [0, 0, 2, 2]
    assert best_path(np.zeros((0, 3), np.int64), 1) == [1]


def test_long_texts_take_the_guess_not_the_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    tagger = shipped()
    if tagger is None:
        pytest.skip("no shipped tagger")
    rng = np.random.default_rng(11)
    logp = _log_softmax(rng.normal(0, 1, size=(1500, 7)) + 8 * (rng.random((1500, 7)) < 0.1))
    want_scores, _ = _reference(logp, tagger.start, tagger.transitions)

    def loop(*_: object) -> None:
        raise AssertionError("fell back to the loop")

    monkeypatch.setattr(viterbi, "sequential", loop)
    scores, _ = forward(logp, tagger.start, tagger.transitions)
    assert np.array_equal(scores, want_scores)
