"""Rebuild the story memory's metadata table without retraining.

``gossipcheck lab build-memory-meta`` reads train + extra in the order
:mod:`.train` does, checks that they line up with the shipped memory (same
number of articles, same fake/real label for each), and writes
``data/models/credibility-memory-meta.json`` (see
:mod:`gossipcheck.credibility.sources`). The model artifact is not touched, so
no score changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from gossipcheck.credibility.model import DEFAULT_PATH, CredibilityModel
from gossipcheck.credibility.sources import meta_path, source_table, write_table
from gossipcheck.errors import DataError

from .train import DEFAULT_DATA, _chunked, _training_rows


def build_memory_meta(artifact: Path = DEFAULT_PATH, data: Sequence[Path] = DEFAULT_DATA) -> Path:
    """Write the table next to ``artifact``; refuse if ``data`` is not what its memory holds."""
    memory = CredibilityModel.load(artifact).memory
    if memory is None:
        raise DataError(f"{artifact} has no story memory")
    rows = _training_rows(data)
    _, labels, row_of = _chunked(rows)
    if len(labels) != memory.n_docs or not np.array_equal(labels, memory.sign > 0):
        raise DataError("the training data does not match the model's memory: retrain instead")
    return write_table(meta_path(artifact), source_table(rows, row_of))
