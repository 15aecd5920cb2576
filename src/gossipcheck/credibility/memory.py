"""Story memory: has a fact-checked training article told the same story?

Articles are compared by cosine similarity of unigram TF-IDF over content
words, which a rewrite in another style preserves (names, places, events,
numbers). Training articles at least ``start`` similar vote with their label,
with weight rising linearly to 1 over ``width``; the mean vote, times
``gamma``, is added to the model's log-odds. Stored as an inverted index,
numpy only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any

import numpy as np

from .lexical import LexicalVectorizer, array_text, text_array


class StoryMemory:
    """Inverted index of training articles (term -> article, weight)."""

    def __init__(
        self,
        vectorizer: LexicalVectorizer,
        indptr: np.ndarray,
        docs: np.ndarray,
        values: np.ndarray,
        labels: np.ndarray,
        start: float,
        width: float,
        gamma: float,
    ) -> None:
        self.vectorizer = vectorizer
        self.indptr = np.asarray(indptr, dtype=np.int64)
        self.docs = np.asarray(docs)
        self.values = np.asarray(values, dtype=np.float32)
        self.sign = np.where(np.asarray(labels, dtype=bool), 1.0, -1.0)
        self.start, self.width, self.gamma = float(start), float(width), float(gamma)
        # [title, outlet, date] per training row and each article's row (see .sources),
        # or ``table``, which reads them, until the first story that matches needs them.
        self.sources: list[list[str | None]] | None = None
        self.source_of: list[int] | None = None
        self.table: Callable[[], tuple[list[list[str | None]], list[int]] | None] | None = None

    @classmethod
    def build(
        cls,
        vectorizer: LexicalVectorizer,
        texts: Sequence[str],
        labels: np.ndarray,
        start: float = 0.4,
        width: float = 0.2,
        gamma: float = 0.0,
    ) -> StoryMemory:
        csc = vectorizer.matrix(texts).tocsc()  # type: ignore[attr-defined]
        csc.data = csc.data.astype(np.float16).astype(np.float32)  # as stored
        return cls(
            vectorizer,
            csc.indptr,
            csc.indices.astype(np.int32),
            csc.data,
            labels,
            start,
            width,
            gamma,
        )

    @cached_property
    def nonnegative(self) -> bool:
        """Every stored weight is >= 0 (TF-IDF), so lowering a term lowers every dot."""
        return bool((self.values >= 0).all())

    @property
    def n_docs(self) -> int:
        return len(self.sign)

    @property
    def postings(self) -> Postings:
        return Postings(self.indptr, self.docs, self.values, self.n_docs)

    def similarities(self, text: str) -> np.ndarray:
        """Cosine similarity of ``text`` to every training article."""
        return self.dots(*self.vectorizer.row(text))

    def dots(self, idx: np.ndarray, val: np.ndarray) -> np.ndarray:
        """Dot product of the sparse term vector (``idx``, ``val``) with every training article."""
        out: np.ndarray = self.dots_many([(idx, val)])[0]
        return out

    def dots_many(self, rows: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """:meth:`dots` of several sparse vectors, shape ``(len(rows), n_docs)``."""
        return self.postings.dots_many(rows)

    def restricted(self, idx: np.ndarray, docs: np.ndarray) -> Postings:
        """The postings of the terms ``idx`` in the articles ``docs`` (sorted, distinct)
        only, those numbered by their place in ``docs``: a vector of those terms has the
        dots with them that it has here, each summed in the same order (a bin of
        ``bincount`` sums its postings in the order of the vector's terms)."""
        keys, order = self._keys
        if not len(keys):
            return Postings(np.zeros(len(self.indptr), dtype=np.int64), keys, keys, len(docs))
        terms = np.sort(np.asarray(idx, dtype=np.int64))
        wanted = (terms[:, None] * self.n_docs + docs[None, :]).ravel()
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        found = keys[at] == wanted
        at = at[found] if order is None else order[at[found]]
        indptr = np.zeros(len(self.indptr), dtype=np.int64)
        indptr[terms + 1] = found.reshape(len(terms), len(docs)).sum(axis=1)
        cols = np.tile(np.arange(len(docs)), len(terms))[found]
        return Postings(np.cumsum(indptr), cols, self.values[at], len(docs))

    @cached_property
    def _keys(self) -> tuple[np.ndarray, np.ndarray | None]:
        """``term * n_docs + doc`` of every posting, sorted (and the order that sorts them,
        when the index does not list each term's articles in order)."""
        terms = np.repeat(np.arange(len(self.indptr) - 1, dtype=np.int64), np.diff(self.indptr))
        keys = terms * self.n_docs + self.docs
        if len(keys) < 2 or bool((keys[1:] > keys[:-1]).all()):
            return keys, None
        order = np.argsort(keys, kind="stable")
        return keys[order], order

    def vote(self, sims: np.ndarray) -> float:
        return float(self.votes(sims[None, :])[0])

    def votes(self, sims: np.ndarray, columns: np.ndarray | None = None) -> np.ndarray:
        """:meth:`vote` of each row of a ``(k, n_docs)`` similarity matrix; with ``columns``,
        of rows that hold only those columns of it (every other similarity under ``start``)."""
        w = np.clip((sims - self.start) / self.width, 0.0, 1.0)
        voters = np.count_nonzero(w, axis=1)
        full = np.zeros(self.n_docs) if columns is not None else None
        out: list[float] = []
        for k, n in enumerate(voters):
            row = w[k]
            if n and full is not None:
                full[columns] = row  # the same dot, summed over the same n_docs terms
                row = full
            out.append(float(np.dot(row, self.sign) / n) if n else 0.0)
        return np.array(out)

    def margin(self, texts: Sequence[str]) -> np.ndarray:
        if self.gamma == 0.0:
            return np.zeros(len(texts))
        return np.array([self.margin_of(self.similarities(t)) for t in texts])

    def margin_of(self, sims: np.ndarray) -> float:
        """The memory's margin for a text with these similarities."""
        return self.gamma * self.vote(sims)

    def nearest(self, text: str) -> tuple[float, bool] | None:
        """(similarity, is_fake) of the most similar training article, if any votes."""
        sims = self.similarities(text)
        j = int(np.argmax(sims))
        return (float(sims[j]), bool(self.sign[j] > 0)) if sims[j] >= self.start else None

    def matches(self, text: str, limit: int = 3) -> list[dict[str, Any]]:
        """The fact-checked stories ``text`` is closest to (those that vote), most similar first."""
        return self.matches_of(self.similarities(text), limit)

    def matches_of(self, sims: np.ndarray, limit: int = 3) -> list[dict[str, Any]]:
        """:meth:`matches` of a text with these similarities."""
        voters = np.flatnonzero(sims >= self.start)
        if not len(voters):
            return []
        if self.table is not None:
            self._read_table()
        # The voters, most similar first: as a full argsort orders them, when no two tie.
        tied = len(np.unique(sims[voters])) < len(voters)
        order = np.argsort(-sims) if tied else voters[np.argsort(-sims[voters])]
        out: list[dict[str, Any]] = []
        seen: set[int] = set()
        for j in order:
            if sims[j] < self.start or len(out) >= limit:
                break
            row = self.source_of[j] if self.source_of is not None else -int(j) - 1
            if row in seen:
                continue  # another piece of the same article
            seen.add(row)
            title, outlet, date = (
                self.sources[row] if self.sources is not None and row >= 0 else (None, None, None)
            )
            out.append(
                {
                    "title": title,
                    "outlet": outlet,
                    "date": date,
                    "rating": "fake" if self.sign[j] > 0 else "real",
                    "similarity": round(float(sims[j]), 3),
                }
            )
        return out

    def _read_table(self) -> None:
        # ``sources`` is set before ``table`` is dropped, so a thread that finds no
        # ``table`` finds the sources.
        read = self.table
        found = read() if read is not None else None
        if found is not None:
            self.sources, self.source_of = found
        self.table = None

    def to_arrays(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        meta = {
            "start": self.start,
            "width": self.width,
            "gamma": self.gamma,
            "analyzer": self.vectorizer.analyzer.params,
        }
        arrays = {
            "mem_vocabulary": text_array("\n".join(self.vectorizer.vocabulary)),
            "mem_idf": self.vectorizer.idf.astype(np.float32),
            "mem_indptr": self.indptr.astype(np.int32),
            "mem_docs": self.docs.astype(np.int16 if self.n_docs < 2**15 else np.int32),
            "mem_values": self.values.astype(np.float16),
            "mem_labels": self.sign > 0,
        }
        return meta, arrays

    @classmethod
    def from_arrays(cls, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> StoryMemory:
        from .features import Analyzer

        vocabulary = array_text(arrays["mem_vocabulary"]).split("\n")
        vectorizer = LexicalVectorizer(vocabulary, arrays["mem_idf"], Analyzer(**meta["analyzer"]))
        if len(arrays["mem_indptr"]) != len(vocabulary) + 1:
            raise ValueError("story memory index disagrees with its vocabulary")
        return cls(
            vectorizer,
            arrays["mem_indptr"],
            arrays["mem_docs"].astype(np.int32),
            arrays["mem_values"],
            arrays["mem_labels"],
            meta["start"],
            meta["width"],
            meta["gamma"],
        )


class Postings:
    """An inverted index: term ``t``'s postings are ``docs``/``values`` at
    ``indptr[t]:indptr[t + 1]``, over ``n_docs`` articles."""

    def __init__(self, indptr: np.ndarray, docs: np.ndarray, values: np.ndarray, n_docs: int):
        self.indptr, self.docs, self.values, self.n_docs = indptr, docs, values, n_docs

    def gather(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where the postings of the terms ``idx`` lie (one array, term by term), and how
        many each term has."""
        lo = self.indptr[idx]
        lengths = self.indptr[idx + 1] - lo
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        return np.arange(int(lengths.sum())) + np.repeat(lo - starts, lengths), lengths

    def dots_many(self, rows: Sequence[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """The dots of sparse vectors with every article, shape ``(len(rows), n_docs)``: one
        ``bincount`` over all their postings, row by row (a bin sums its row's terms in
        order, as one row alone would)."""
        n = self.n_docs
        if not rows:
            return np.zeros((0, n))
        idx = np.concatenate([np.asarray(i, dtype=np.int64) for i, _ in rows])
        val = np.concatenate([v for _, v in rows])
        take, lengths = self.gather(idx)
        weights = np.repeat(val, lengths) * self.values[take]
        keys = self.docs[take]
        if len(rows) > 1:  # row k's bins are k * n .. k * n + n - 1
            row_of = np.repeat(np.arange(len(rows)) * n, [len(i) for i, _ in rows])
            keys = keys + np.repeat(row_of, lengths)
        return np.bincount(keys, weights, len(rows) * n).reshape(len(rows), n)
