"""The semantic block at run time: static (distilled MiniLM) word vectors.

A document's vector is the idf-weighted mean of the vectors of its content
tokens (the same tokens the lexical block sees), L2-normalised; its margin is
a dot product with learned weights. Numpy only.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from gossipcheck.credibility.features import Analyzer, content_tokens


class SemanticBlock:
    """Static word-vector document embedding and its linear weights."""

    def __init__(
        self,
        words: Sequence[str],
        vectors: np.ndarray,
        weights: np.ndarray,
        coef: np.ndarray | None = None,
        max_tokens: int = 0,
        scale: float = 1.0,
    ) -> None:
        self.words = list(words)
        self.index = {w: i for i, w in enumerate(self.words)}
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.weights = np.asarray(weights, dtype=np.float32)
        self.coef = None if coef is None else np.asarray(coef, dtype=np.float64)
        self.max_tokens = max_tokens
        self.scale = scale

    @classmethod
    def from_arrays(cls, meta: dict[str, Any], arrays: dict[str, np.ndarray]) -> SemanticBlock:
        words = str(arrays["sem_words"]).split("\n")
        block = cls(
            words,
            arrays["sem_vectors"],
            arrays["sem_weights"],
            arrays["sem_coef"],
            int(meta["max_tokens"]),
            float(meta["scale"]),
        )
        if not (len(words) == len(block.vectors) == len(block.weights)):
            raise ValueError("semantic block arrays disagree in length")
        return block

    def to_arrays(self) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
        assert self.coef is not None
        meta = {"max_tokens": self.max_tokens, "scale": self.scale, "dims": self.dims}
        arrays = {
            "sem_words": np.array("\n".join(self.words)),
            "sem_vectors": self.vectors.astype(np.float16),
            "sem_weights": self.weights.astype(np.float16),
            "sem_coef": self.coef.astype(np.float32),
        }
        return meta, arrays

    @property
    def dims(self) -> int:
        return int(self.vectors.shape[1])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """(n, dims) document vectors, already multiplied by ``scale``."""
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for row, text in enumerate(texts):
            ids = [
                i
                for i in (self.index.get(t) for t in content_tokens(text, self.max_tokens))
                if i is not None
            ]
            if not ids:
                continue
            idx = np.asarray(ids)
            vec = self.weights[idx] @ self.vectors[idx]
            norm = float(np.linalg.norm(vec))
            if norm > 0:
                out[row] = vec / norm
        return out * self.scale

    def margin(self, texts: Sequence[str]) -> np.ndarray:
        assert self.coef is not None
        return np.asarray(self.embed(texts) @ self.coef, dtype=np.float64)


def vocabulary_for(texts: Sequence[str], analyzer: Analyzer, min_df: int = 2) -> list[str]:
    """Content words appearing in at least ``min_df`` of ``texts`` (sorted)."""
    df: dict[str, int] = {}
    for text in texts:
        for tok in set(content_tokens(text, analyzer.max_tokens)):
            df[tok] = df.get(tok, 0) + 1
    return sorted(w for w, n in df.items() if n >= min_df)
