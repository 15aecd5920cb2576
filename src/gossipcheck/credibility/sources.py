"""Which fact-checked story each story-memory article is: title, outlet, date.

The memory holds one vector per training piece (long articles may be chunked).
Its metadata table is a small JSON file next to the model artifact
(``credibility-memory-meta.json``), kept apart so that the artifact, and every
score, stays byte-for-byte what it was: ``{"n_docs": N, "rows": [[title,
outlet, date], ...], "row_of": [row of each memory article]}``. Train rows have
no title, so their opening words stand in; dates are ``YYYY-MM-DD``; the outlet is the name
:func:`~gossipcheck.sourcing.outlets.lookup_outlet` gives the URL's domain, or
the bare domain when the outlet is not in the table.

Written by ``gossipcheck lab train`` and, without retraining, by
``gossipcheck lab build-memory-meta``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..sourcing.outlets import domain_of, lookup_outlet

OPENING_WORDS = 12
Record = list[str | None]


def meta_path(artifact: Path) -> Path:
    """Where the memory's metadata table lives for the model artifact ``artifact``."""
    return artifact.with_name(f"{artifact.stem}-memory-meta.json")


def record(row: dict[str, Any]) -> Record:
    """[title, outlet, date] of one labelled row."""
    title = str(row.get("title") or "").strip() or None
    if title is None:
        words = str(row["text"]).split()
        title = " ".join(words[:OPENING_WORDS]) + ("…" if len(words) > OPENING_WORDS else "")
    url = str(row.get("url") or "") or None
    outlet = lookup_outlet(url)
    name = outlet.name if outlet is not None else domain_of(url) if url else None
    return [title, name, iso_date(row.get("published"))]


def iso_date(value: object) -> str | None:
    """``YYYY-MM-DD`` of a ``published`` value: a date-time string or Unix seconds."""
    text = str(value or "").strip()
    try:
        seconds = float(text)
    except ValueError:
        return text[:10] if re.match(r"\d{4}-\d{2}-\d{2}", text) else None
    return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()


def source_table(rows: Sequence[dict[str, Any]], row_of: Sequence[int]) -> dict[str, Any]:
    """The table for memory articles ``row_of`` (their rows in ``rows``)."""
    return {"n_docs": len(row_of), "rows": [record(r) for r in rows], "row_of": list(row_of)}


def write_table(path: Path, table: dict[str, Any]) -> Path:
    path.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")) + "\n")
    return path


def load_table(path: Path, n_docs: int) -> tuple[list[Record], list[int]] | None:
    """(rows, row of each memory article), or None when absent or for another memory."""
    if not path.is_file():
        return None
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
        rows, row_of = table["rows"], table["row_of"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if table.get("n_docs") != n_docs or len(row_of) != n_docs:
        return None
    return [list(r) for r in rows], [int(i) for i in row_of]
