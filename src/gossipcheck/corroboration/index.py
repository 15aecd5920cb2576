"""In-memory index over a corpus: two sparse matrices and the scores they give.

* ``terms``: TF-IDF (sublinear tf, smoothed idf) over hashed content words, rows
  L2-normalised, so that a product is a cosine.
* ``shingles``: a binary matrix of hashed content 3-grams, so that a product
  counts shared shingles; divided by the smaller shingle set it is containment.

Hashes seen in the corpus are renumbered to compact columns; a query's hashes
absent from the corpus are dropped (they cannot match anything). A query is a
sparse row times the transposed matrix: cost grows with the postings of the
query's terms, not with the corpus size, well under a millisecond at 10k rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from .fingerprint import Fingerprint

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]

# Containment needs this many shingles in the smaller set to count in full;
# below it, a short text's few shingles cannot make a confident match.
MIN_SHINGLES = 20


@dataclass(frozen=True, slots=True)
class Scores:
    """Per-row scores of one query (dense, one entry per corpus row)."""

    cosine: F32
    containment: F32

    @property
    def combined(self) -> F32:
        return np.maximum(self.cosine, self.containment)


class _Postings:
    """Hashed features renumbered to compact columns, stored transposed (feature x row)."""

    def __init__(self, rows: Sequence[tuple[npt.NDArray[np.uint32], F32]], n_rows: int) -> None:
        all_ids = [ids for ids, _ in rows]
        self.vocab = np.unique(np.concatenate(all_ids)) if all_ids else np.zeros(0, np.uint32)
        lengths = np.fromiter((len(ids) for ids in all_ids), dtype=np.int64, count=len(all_ids))
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        cols = (
            np.searchsorted(self.vocab, np.concatenate(all_ids)) if all_ids else np.zeros(0)
        ).astype(np.int64)
        data = np.concatenate([v for _, v in rows]) if rows else np.zeros(0, np.float32)
        by_row = sparse.csr_matrix((data, cols, indptr), shape=(n_rows, max(len(self.vocab), 1)))
        self.matrix = by_row.T.tocsr()  # feature x row

    def columns(self, ids: npt.NDArray[np.uint32]) -> tuple[I64, npt.NDArray[np.bool_]]:
        """Compact column of each hash, and which hashes the corpus has at all."""
        pos = np.searchsorted(self.vocab, ids).astype(np.int64)
        pos_clipped = np.minimum(pos, max(len(self.vocab) - 1, 0))
        known = (
            (pos < len(self.vocab)) & (self.vocab[pos_clipped] == ids)
            if len(self.vocab)
            else (np.zeros(len(ids), dtype=bool))
        )
        return pos_clipped, known

    def dot(self, ids: npt.NDArray[np.uint32], values: F32, n_rows: int) -> F32:
        cols, known = self.columns(ids)
        if not known.any():
            return np.zeros(n_rows, dtype=np.float32)
        query = sparse.csr_matrix(
            (values[known], cols[known], [0, int(known.sum())]), shape=(1, self.matrix.shape[0])
        )
        return np.asarray((query @ self.matrix).toarray()).ravel().astype(np.float32)


class Index:
    """Scores a fingerprint against every row of a corpus."""

    def __init__(self, prints: Sequence[Fingerprint]) -> None:
        self.size = len(prints)
        # document frequencies over compact term columns -> idf
        term_ids = [p.term_ids for p in prints]
        vocab = np.unique(np.concatenate(term_ids)) if term_ids else np.zeros(0, np.uint32)
        df = np.zeros(len(vocab), dtype=np.float64)
        for ids in term_ids:
            df[np.searchsorted(vocab, ids)] += 1
        self._term_vocab = vocab
        self._idf = (np.log((1 + self.size) / (1 + df)) + 1).astype(np.float32)
        self._idf_unseen = np.float32(np.log(1 + self.size) + 1)
        self.terms = _Postings([(p.term_ids, self._weights(p)) for p in prints], self.size)
        self.shingle_counts = np.fromiter(
            (len(p.shingles) for p in prints), dtype=np.float32, count=self.size
        )
        self.shingles = _Postings(
            [(p.shingles, np.ones(len(p.shingles), dtype=np.float32)) for p in prints], self.size
        )

    def _weights(self, fp: Fingerprint) -> F32:
        """Sublinear TF-IDF of a fingerprint's terms, L2-normalised."""
        tf = 1.0 + np.log(fp.term_counts.astype(np.float32))
        idf = np.full(len(fp.term_ids), self._idf_unseen, dtype=np.float32)
        if len(self._term_vocab):
            pos = np.minimum(np.searchsorted(self._term_vocab, fp.term_ids), len(self._idf) - 1)
            hit = self._term_vocab[pos] == fp.term_ids
            idf[hit] = self._idf[pos[hit]]
        weights = (tf * idf).astype(np.float32)
        norm = float(np.linalg.norm(weights))
        return weights / norm if norm > 0 else weights

    def scores(self, fp: Fingerprint) -> Scores:
        if self.size == 0:
            empty = np.zeros(0, dtype=np.float32)
            return Scores(empty, empty)
        cosine = self.terms.dot(fp.term_ids, self._weights(fp), self.size)
        shared = self.shingles.dot(
            fp.shingles, np.ones(len(fp.shingles), dtype=np.float32), self.size
        )
        smaller = np.minimum(self.shingle_counts, np.float32(len(fp.shingles)))
        containment = shared / np.maximum(smaller, np.float32(MIN_SHINGLES))
        return Scores(np.clip(cosine, 0, 1), np.clip(containment, 0, 1).astype(np.float32))
