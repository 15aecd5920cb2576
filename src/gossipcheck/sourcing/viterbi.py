"""Viterbi forward scores in float32, computed mostly without a Python step per token.

``forward`` returns ``scores[t, i] = max_j(scores[t - 1, j] + trans[j, i]) + logp[t, i]``
with ``scores[0] = logp[0] + start``, every sum rounded to float32 in that order. The
plain loop (``sequential``) costs three numpy calls a token. For longer texts the same
float32 values are found by guessing, then checking:

1. guess each token's best predecessors: the text is cut into blocks that run side by
   side (two numpy calls a step for all of them), each from a warm-up of tokens before
   it, so the block's choices no longer depend on where it started;
2. given the predecessors, each score is a chain of float32 sums back to the first
   token: one chain through the whole text (a "trunk") is one ``np.add.accumulate``;
   every other score hangs off it within a few tokens (the chains merge) and is summed
   level by level, by its distance from the trunk;
3. check the recurrence on all tokens at once. Scores that satisfy it exactly are, by
   induction from the first token, the loop's scores bit for bit. When the check fails
   (a guess was off), the predecessors the check found are taken as the next guess;
   after a few failed rounds the plain loop runs.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float32]
IntArray = NDArray[np.int64]

BLOCK = 48  # tokens each block decides
WARM_UP = 32  # tokens a block runs before its own
MIN_TOKENS = 3 * (BLOCK + WARM_UP)  # shorter texts: the plain loop is as quick (measured)
ROUNDS = 4  # guesses tried before the plain loop


def forward(logp: FloatArray, start: FloatArray, trans: FloatArray) -> tuple[FloatArray, IntArray]:
    """The Viterbi forward scores (tokens x states), as :func:`sequential` computes them,
    and each token's best predecessor of each state (tokens - 1 x states, the first
    best on a tie)."""
    if len(logp) >= MIN_TOKENS:
        parents = _guess(logp, start, trans)
        for _ in range(ROUNDS):
            scores = _evaluate(logp, start, trans, parents)
            best, parents = _best_steps(scores[:-1], trans)
            if np.array_equal(best + logp[1:], scores[1:]):
                return scores, parents
    scores = sequential(logp, start, trans)
    return scores, _best_steps(scores[:-1], trans)[1]


def _best_steps(before: FloatArray, trans: FloatArray) -> tuple[FloatArray, IntArray]:
    """For the token after each row of ``before`` and each state: the best float32 sum
    of a ``before`` score and the transition, and its state (the first on a tie)."""
    steps = before.T[:, :, None] + trans[:, None, :]  # (from, tokens, to)
    best = np.maximum.reduce(steps, axis=0)
    parents: IntArray = (steps == best).argmax(axis=0)
    return best, parents


def sequential(logp: FloatArray, start: FloatArray, trans: FloatArray) -> FloatArray:
    """The forward scores one token at a time (three ufunc calls a token)."""
    trans_t = np.ascontiguousarray(trans.T)
    scores = np.empty_like(logp)
    np.add(logp[0], start, out=scores[0])
    buf = np.empty_like(trans_t)
    add, best = np.add, np.maximum.reduce
    views = list(scores)
    for prev, cur, row in zip(views, views[1:], list(logp)[1:], strict=False):
        add(trans_t, prev, out=buf)
        best(buf, 1, out=cur)
        add(cur, row, out=cur)
    return scores


def best_path(parents: IntArray, last: int) -> list[int]:
    """The states from the first token to the last, back from state ``last``
    (``parents[t, i]``: the best state at token ``t`` before state ``i`` at ``t + 1``)."""
    k = parents.shape[1] if parents.ndim == 2 else 1
    flat = parents.reshape(-1).tolist()  # one flat list: cheaper than a list per token
    state = last
    path = [state]
    for row in range(len(flat) - k, -1, -k):
        state = flat[row + state]
        path.append(state)
    return path[::-1]


def _guess(logp: FloatArray, start: FloatArray, trans: FloatArray) -> IntArray:
    """Best predecessors (tokens - 1 x states) from blocks run side by side: block ``k``
    starts at token ``k * BLOCK`` and decides the ``BLOCK`` tokens after its warm-up
    (the first block, which starts at the real start, also decides its warm-up)."""
    n, k = logp.shape
    span = WARM_UP + BLOCK
    blocks = max(1, -(-(n - 1 - WARM_UP) // BLOCK))
    rows = np.arange(span + 1)[:, None] + np.arange(blocks)[None, :] * BLOCK
    padded = np.zeros((blocks * BLOCK + span + 1, k), dtype=logp.dtype)
    padded[:n] = logp
    emit = padded[rows].transpose(0, 2, 1)  # (span + 1, states, blocks)
    # A guess needs no float32 order: each step's emissions go into its transitions.
    moves = trans[None, :, :, None] + emit[1:, None, :, :]  # (span, from, to, blocks)
    scores = np.empty((span + 1, k, blocks), dtype=logp.dtype)
    np.add(emit[0], start[:, None], out=scores[0])
    buf = np.empty((k, k, blocks), dtype=logp.dtype)
    add, best = np.add, np.maximum.reduce
    views = list(scores)
    for prev, cur, move in zip(views, views[1:], moves, strict=False):
        add(prev[:, None, :], move, out=buf)
        best(buf, 0, out=cur)
    # Each token's choice needs only the token before it, taken from a block where that
    # one is past the warm-up (the first block is from the start).
    own = scores[WARM_UP:span].transpose(2, 0, 1).reshape(-1, k)
    rough = np.concatenate([scores[:WARM_UP, :, 0], own])[: n - 1]
    return _best_steps(rough, trans)[1]


def _evaluate(
    logp: FloatArray, start: FloatArray, trans: FloatArray, parents: IntArray
) -> FloatArray:
    """The float32 scores that following ``parents`` gives: each score its parent's plus
    the transition, plus the emission. The chain back from one last state is one
    running sum; the other scores, by their distance from it, one level at a time."""
    n, k = logp.shape
    scores = np.empty((n, k), dtype=logp.dtype)
    np.add(logp[0], start, out=scores[0])
    flat_scores = scores.reshape(-1)
    ids = np.arange(n * k).reshape(n, k)
    parent = np.concatenate([ids[0], (ids[:-1, :1] + parents).reshape(-1)])
    # The trunk: the chain back from a last state (any: the chains soon merge).
    trunk = np.asarray(best_path(parents, 0), dtype=np.int64)
    steps = np.empty(2 * n - 1, dtype=logp.dtype)
    steps[0] = scores[0, trunk[0]]
    steps[1::2] = trans[trunk[:-1], trunk[1:]]
    steps[2::2] = logp[np.arange(1, n), trunk[1:]]
    on_trunk = ids[np.arange(n), trunk]
    flat_scores[on_trunk] = np.add.accumulate(steps)[0::2]
    parent[on_trunk] = on_trunk
    # Distance from the trunk (or the first token) by pointer doubling.
    depth = (parent != np.arange(n * k)).astype(np.int64)
    up = parent
    while True:
        more = depth[up]
        if not more.any():
            break
        depth += more
        up = up[up]
    small = np.int16 if n < 1 << 15 else np.int64  # stable sorts of int16 are radix sorts
    order = np.argsort(depth.astype(small), kind="stable")
    bounds = np.cumsum(np.bincount(depth))
    emission = logp.reshape(-1)[order]
    hop = np.concatenate([np.zeros(k, dtype=logp.dtype), trans[parents, np.arange(k)].reshape(-1)])
    hop = hop[order]
    via = parent[order]
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        flat_scores[order[lo:hi]] = (flat_scores[via[lo:hi]] + hop[lo:hi]) + emission[lo:hi]
    return scores
