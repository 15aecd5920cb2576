"""Which fact-checked story each story-memory article is: title, outlet, date, rating.

The memory holds one vector per training piece (long articles are chunked);
``source_table`` gives one compact record per training row and the row of each
piece, stored in the artifact as ``mem_sources`` (JSON) and ``mem_source_of``.
Train rows have no title: the title is then the article's opening words.

``python -m gossipcheck.credibility.sources [artifact]`` adds the table to an
existing artifact without retraining: it rebuilds the memory's vectors from
train + extra with the stored vocabulary, refuses unless they equal the stored
arrays exactly, and rewrites the file with every existing array unchanged.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np

OPENING_WORDS = 12


def _record(row: dict[str, Any]) -> list[str | None]:
    title = row.get("title") or None
    if not title:
        words = str(row["text"]).split()
        title = " ".join(words[:OPENING_WORDS]) + ("…" if len(words) > OPENING_WORDS else "")
    host = urlsplit(str(row.get("url") or "")).hostname or None
    outlet = host.removeprefix("www.") if host else None
    return [title, outlet, row.get("published") or None]


def source_table(
    rows: Sequence[dict[str, Any]], piece_rows: Sequence[int]
) -> dict[str, np.ndarray]:
    """Arrays for the artifact: one [title, outlet, date] per row, each piece's row."""
    return {
        "mem_sources": np.array(json.dumps([_record(r) for r in rows], ensure_ascii=False)),
        "mem_source_of": np.asarray(piece_rows, dtype=np.int32),
    }


def add_to_artifact(path: Path) -> None:
    from ..lab.credibility.train import DEFAULT_DATA, _chunked, _training_rows
    from .memory import StoryMemory
    from .model import CredibilityModel

    with np.load(path, allow_pickle=False) as data:
        arrays = {k: data[k] for k in data.files}
    model = CredibilityModel.load(path)
    if model.memory is None:
        raise SystemExit("this artifact has no story memory")
    rows = _training_rows(DEFAULT_DATA)
    texts, y, piece_rows = _chunked(rows)
    rebuilt = StoryMemory.build(model.memory.vectorizer, texts, y)
    _, new = rebuilt.to_arrays()
    for key, value in new.items():
        if key in arrays and not np.array_equal(arrays[key], value):
            raise SystemExit(f"{key} differs from a rebuild: retrain instead")
    arrays.update(source_table(rows, piece_rows))
    with path.open("wb") as handle:
        np.savez_compressed(handle, **arrays)


if __name__ == "__main__":
    from .model import DEFAULT_PATH

    add_to_artifact(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_PATH)
