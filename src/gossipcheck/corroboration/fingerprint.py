"""What the corpus keeps of an article: hashed terms and hashed content shingles.

No text is needed to match a story, so by default none is stored. A
:class:`Fingerprint` holds

* ``terms``: hashed content words with their counts (for a TF-IDF cosine, robust
  to paraphrase and reordering: a rewrite in another style keeps the names, places
  and numbers; bigrams were tried and made rewrites score lower), and
* ``shingles``: the set of hashed content-word 3-grams (for containment: how much
  of the shorter copy is found in the longer one, robust to a copy that is
  truncated or padded with other paragraphs).

Hashes are CRC-32 of the UTF-8 token string, stable across processes and
machines (Python's ``hash`` is salted). Bump :data:`FINGERPRINT_VERSION` whenever
the output of :func:`fingerprint` changes: a corpus built with another version
must be rebuilt.
"""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .normalize import content_tokens

FINGERPRINT_VERSION = "1"
TERM_BITS = 20  # hashed term space: 2**20 columns
SHINGLE_BITS = 24  # hashed shingle space: 2**24 columns
SHINGLE_SIZE = 3

U32 = npt.NDArray[np.uint32]


@dataclass(frozen=True, slots=True)
class Fingerprint:
    term_ids: U32  # sorted, unique, < 2**TERM_BITS
    term_counts: U32  # same length as term_ids
    shingles: U32  # sorted, unique, < 2**SHINGLE_BITS
    n_tokens: int  # content tokens seen

    def to_blobs(self) -> tuple[bytes, bytes, bytes]:
        return (
            self.term_ids.astype("<u4").tobytes(),
            self.term_counts.astype("<u4").tobytes(),
            self.shingles.astype("<u4").tobytes(),
        )

    @classmethod
    def from_blobs(cls, ids: bytes, counts: bytes, shingles: bytes, n_tokens: int) -> Fingerprint:
        return cls(
            np.frombuffer(ids, dtype="<u4").astype(np.uint32),
            np.frombuffer(counts, dtype="<u4").astype(np.uint32),
            np.frombuffer(shingles, dtype="<u4").astype(np.uint32),
            int(n_tokens),
        )


def _hash(text: str, bits: int) -> int:
    return zlib.crc32(text.encode("utf-8")) & ((1 << bits) - 1)


def fingerprint(text: str) -> Fingerprint:
    """The fingerprint of an article body (title left out: most copies have none)."""
    toks = content_tokens(text)
    term_mask = (1 << TERM_BITS) - 1
    counts: Counter[int] = Counter()
    for tok in toks:
        counts[zlib.crc32(tok.encode("utf-8")) & term_mask] += 1
    shingles = {
        _hash(" ".join(toks[i : i + SHINGLE_SIZE]), SHINGLE_BITS)
        for i in range(len(toks) - SHINGLE_SIZE + 1)
    }
    ids = np.fromiter(sorted(counts), dtype=np.uint32, count=len(counts))
    values = np.fromiter((counts[int(i)] for i in ids), dtype=np.uint32, count=len(ids))
    shingle_arr = np.fromiter(sorted(shingles), dtype=np.uint32, count=len(shingles))
    return Fingerprint(ids, values, shingle_arr, len(toks))
