"""Every sentence's removal from a text as changes of its TF-IDF features, at once.

Leaving out the content tokens ``[first, last)`` of a text removes the n-grams
that overlap them and adds the n-grams that bridge the tokens before and after
them. :class:`Edits` works this out for all the sentences of a text together,
with array operations over the text's n-gram ids (:class:`.lexical.Counted`),
instead of building each sentence's n-grams and counting them: per sentence,
the changed features come out in the order of a ``Counter`` over the n-grams
of the sentence's window (its tokens and up to ``n_max - 1`` on either side)
less those of the window without the sentence, as the per-sentence form
counted them, so every sum over them adds in the same order.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise, repeat

import numpy as np

from .lexical import Counted, LexicalVectorizer, sublinear

Span = tuple[int, int]


class Edits:
    """The feature changes of leaving out each ``ranges[k]`` of ``counted``'s tokens.

    Sentence ``k``'s changes are ``[bounds[k], bounds[k + 1])`` of ``idx`` (feature
    ids), ``old``/``new`` (weights ``(1 + log count) * idf`` before and after) and
    ``change`` (``new - old``); ``norm2[k]`` is the text's squared norm after, ``left[k]``
    whether any feature is left and ``raises[k]`` whether any weight grows.
    """

    def __init__(
        self, vectorizer: LexicalVectorizer, counted: Counted, ranges: Sequence[Span]
    ) -> None:
        k_of, self.idx, delta = _changes(vectorizer, counted, ranges)
        old = _present_counts(counted, self.idx)
        new = old + delta
        tf = sublinear(int(max(old.max(initial=0), new.max(initial=0))))
        idf = vectorizer.idf[self.idx]
        self.old: np.ndarray = tf[old] * idf
        self.new: np.ndarray = tf[np.maximum(new, 0)] * idf
        self.change: np.ndarray = self.new - self.old
        n = len(ranges)
        self.bounds: list[int] = np.searchsorted(k_of, np.arange(n + 1)).tolist()
        gone = np.bincount(k_of[(old > 0) & (new <= 0)], minlength=n)
        born = np.bincount(k_of[(old <= 0) & (new > 0)], minlength=n)
        self.left: list[bool] = (len(counted.counts) - gone + born > 0).tolist()
        self.raises: list[bool] = (np.bincount(k_of[self.change > 0], minlength=n) > 0).tolist()
        o, w, b, norm2 = self.old, self.new, self.bounds, counted.norm2
        self.norm2 = [
            norm2 - float(np.dot(o[s:e], o[s:e])) + float(np.dot(w[s:e], w[s:e]))
            for s, e in pairwise(b)
        ]

    def row(self, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Sentence ``k``'s (feature ids, weight changes)."""
        s, e = self.bounds[k], self.bounds[k + 1]
        return self.idx[s:e], self.change[s:e]

    def dots(self, weights: np.ndarray) -> list[float]:
        """Each sentence's ``change . weights[idx]`` (one dot per sentence)."""
        picked, change, b = weights[self.idx], self.change, self.bounds
        return [float(np.dot(change[s:e], picked[s:e])) for s, e in pairwise(b)]


def _changes(
    vectorizer: LexicalVectorizer, counted: Counted, ranges: Sequence[Span]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(sentence, feature id, count change) of every change, sentence by sentence, each
    sentence's in ``Counter`` order (first appearance among the removed n-grams, then
    the added ones); features out of the vocabulary and changes that cancel left out."""
    tokens, n_max, n = counted.tokens, vectorizer.analyzer.n_max, len(counted.tokens)
    span = np.array(ranges, dtype=np.int64).reshape(len(ranges), 2)
    first, last = span[:, :1], span[:, 1:]  # columns, against the orders m = 1..n_max
    lo, hi = np.maximum(0, first - n_max + 1), np.minimum(n, last + n_max - 1)
    m = np.arange(1, n_max + 1)
    base = np.concatenate(([0], np.cumsum(np.maximum(0, n - m + 1))[:-1]))  # m-grams in ids
    # Per sentence, in Counter order: the window's n-grams (removed), then the n-grams of
    # the window less the sentence (added), order by order: before it, across it (j
    # tokens before and m - j after, j falling), after it.
    ids = [counted.ids]
    count = len(counted.ids)
    starts = [base + lo, base + lo]
    lengths = [hi - m + 1 - lo, first - m + 1 - lo]
    across: list[tuple[int, int]] = []
    for size in range(2, n_max + 1):
        for j in range(size - 1, 0, -1):
            across.append((size, j))
            fits = ((first - lo >= j) & (hi - last >= size - j))[:, 0]
            where = np.flatnonzero(fits)
            grams = [
                " ".join(tokens[f - j : f] + tokens[e : e + size - j])
                for f, e in map(ranges.__getitem__, where.tolist())
            ]
            ids.append(np.fromiter(map(vectorizer.index.get, grams, repeat(-1)), np.int64))
            at = np.zeros(len(ranges), dtype=np.int64)
            at[where] = np.arange(count, count + len(where))
            count += len(where)
            starts.append(at[:, None])
            lengths.append(fits[:, None].astype(np.int64))
    starts.append(base + last)
    lengths.append(hi - m + 1 - last)
    columns = _column_order(n_max, across)
    start = np.concatenate(starts, axis=1)[:, columns].ravel()
    length = (np.maximum(np.concatenate(lengths, axis=1), 0) * (first < last))[:, columns]
    signs = np.where(columns < n_max, -1, 1)
    sentence = np.repeat(np.arange(len(ranges)), length.sum(axis=1))
    sign = np.repeat(np.tile(signs, len(ranges)), length.ravel())
    length = length.ravel()
    offset = np.cumsum(length) - length
    take = np.arange(int(length.sum())) + np.repeat(start - offset, length)
    width = len(vectorizer) + 1
    key = sentence * width + np.concatenate(ids)[take] + 1
    # Group equal keys (a stable sort: each group's first member is its first appearance),
    # sum each group's signs, and put the groups back in order of first appearance.
    order = np.argsort(key, kind="stable")
    grouped = key[order]
    heads = np.flatnonzero(np.concatenate((grouped[:1] >= 0, grouped[1:] != grouped[:-1])))
    net = np.add.reduceat(sign[order], heads) if len(heads) else heads
    back = np.argsort(order[heads])
    keys, net = grouped[heads][back], net[back]
    kept = (net != 0) & (keys % width != 0)
    keys, net = keys[kept], net[kept]
    return keys // width, keys % width - 1, net.astype(np.int64)


def _column_order(n_max: int, across: list[tuple[int, int]]) -> np.ndarray:
    """Where each segment of Counter order sits among the columns built in
    :func:`_changes` (removed 1..n_max, before 1..n_max, across, after 1..n_max)."""
    after = 2 * n_max + len(across)
    out = list(range(n_max))
    for order in range(1, n_max + 1):
        out.append(n_max + order - 1)
        out.extend(2 * n_max + i for i, (o, _) in enumerate(across) if o == order)
        out.append(after + order - 1)
    return np.asarray(out, dtype=np.int64)


def _present_counts(counted: Counted, idx: np.ndarray) -> np.ndarray:
    """The counts in ``counted`` of the features ``idx`` (0 where absent)."""
    if not len(counted.idx):
        return np.zeros(len(idx), dtype=np.int64)
    order = np.argsort(counted.idx)
    sorted_idx = counted.idx[order]
    at = np.minimum(np.searchsorted(sorted_idx, idx), len(sorted_idx) - 1)
    return np.where(sorted_idx[at] == idx, counted.counts[order][at], 0)
