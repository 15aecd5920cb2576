"""The lexical block at run time: TF-IDF over content n-grams, pure numpy.

Fitted at training time (see :mod:`.fit`), stored as a vocabulary list and an
idf vector; here it is applied without scikit-learn so that loading and scoring
stay fast. The maths is scikit-learn's ``TfidfVectorizer(sublinear_tf=True,
norm="l2")``: ``(1 + log tf) * idf``, then L2-normalised.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import repeat

import numpy as np

from .features import Analyzer, ngrams

SparseRow = tuple[np.ndarray, np.ndarray]


def text_array(text: str) -> np.ndarray:
    """``text`` as a uint8 array of its UTF-8 bytes, for an ``.npz`` entry.

    A numpy string is UTF-32: four times the bytes to inflate, each character
    converted on reading; this form reads back with one ``decode``.
    """
    return np.frombuffer(text.encode("utf-8"), dtype=np.uint8)


def array_text(array: np.ndarray) -> str:
    """The text :func:`text_array` stored (``ValueError`` for any other array)."""
    if array.dtype != np.uint8 or array.ndim != 1:
        raise ValueError("not a UTF-8 text entry")
    return array.tobytes().decode("utf-8")


class LexicalVectorizer:
    """Text -> sparse TF-IDF row (indices, values) over a fixed vocabulary."""

    def __init__(self, vocabulary: Sequence[str], idf: np.ndarray, analyzer: Analyzer) -> None:
        self.vocabulary = list(vocabulary)
        self.index = {term: i for i, term in enumerate(self.vocabulary)}
        self.idf = np.asarray(idf, dtype=np.float64)
        self.analyzer = analyzer

    def __len__(self) -> int:
        return len(self.vocabulary)

    def row(self, text: str) -> SparseRow:
        return self.count(self.analyzer.tokens(text)).row()

    def count(self, tokens: Sequence[str]) -> Counted:
        """The features of content ``tokens`` (as :meth:`Analyzer.tokens` gives them)."""
        return Counted(self, tokens)

    def matrix(self, texts: Sequence[str]) -> object:
        """A scipy CSR matrix of the rows (training and evaluation helper)."""
        from scipy.sparse import csr_matrix

        indptr = [0]
        indices: list[np.ndarray] = []
        values: list[np.ndarray] = []
        for text in texts:
            idx, val = self.row(text)
            indices.append(idx)
            values.append(val)
            indptr.append(indptr[-1] + len(idx))
        return csr_matrix(
            (
                np.concatenate(values) if values else np.zeros(0),
                np.concatenate(indices) if indices else np.zeros(0, dtype=np.int64),
                np.asarray(indptr),
            ),
            shape=(len(texts), len(self.vocabulary)),
        )


class Counted:
    """One text's features under a vectoriser, counted once, before normalising.

    ``ids``: the vocabulary index of every n-gram in :func:`ngrams` order (-1 when
    out of the vocabulary); ``idx``/``counts``: each feature present, in order of
    first appearance, and its count; ``values``: ``(1 + log count) * idf``;
    ``norm2``: their squared norm. :meth:`row` is the L2-normalised row.
    """

    def __init__(self, vectorizer: LexicalVectorizer, tokens: Sequence[str]) -> None:
        self.tokens = list(tokens)
        grams = ngrams(self.tokens, vectorizer.analyzer.n_max)
        found = map(vectorizer.index.get, grams, repeat(-1, len(grams)))
        self.ids = np.fromiter(found, dtype=np.int64, count=len(grams))
        # Each feature once, in order of first appearance (as a Counter lists them).
        idx, first, counts = np.unique(self.ids, return_index=True, return_counts=True)
        order = np.argsort(first[idx >= 0])
        self.idx, self.counts = idx[idx >= 0][order], counts[idx >= 0][order]
        tf = sublinear(int(self.counts.max(initial=0)))[self.counts]
        self.values: np.ndarray = tf * vectorizer.idf[self.idx]
        self.norm2 = float(np.dot(self.values, self.values))

    def row(self) -> SparseRow:
        norm = float(np.sqrt(self.norm2))
        return self.idx, self.values / norm if norm > 0 else self.values


def sublinear(top: int) -> np.ndarray:
    """``1 + log c`` for the counts ``c`` 0..top (0 for 0), as ``math.log`` gives it."""
    return np.array([0.0] + [1.0 + math.log(c) for c in range(1, top + 1)], dtype=np.float64)
