"""Batch inputs: JSONL and CSV files of articles, folders of .txt/.html files, single files.

Rows of JSONL and CSV are read the same way: a text, html or url field (named
by :class:`Columns`), an optional id, title and url. A row without an id gets
a stable id from a hash of its content, so a resumed batch recognises it
however the input path is spelled.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..jsonl import read_lines
from ..settings import MAX_INPUT_BYTES
from ..store import safe_text

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
TABLE_SUFFIXES = (".jsonl", ".csv")


@dataclass(frozen=True, slots=True)
class Columns:
    """Which field of a JSONL or CSV row holds what."""

    text: str = "text"
    html: str = "html"
    url: str = "url"
    id: str = "id"
    title: str = "title"


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One article to check. ``problem`` is set when the input row itself is unusable.

    ``path`` is what :meth:`Ingestor.load` reads: a file, or an http(s) URL for
    a row that has only a url.
    """

    id: str
    source: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None
    problem: str | None = None


def content_id(content: str) -> str:
    """A stable id for a row that has none: a hash of what it holds."""
    digest = hashlib.sha256(content.encode("utf-8", "surrogatepass")).hexdigest()
    return f"sha256:{digest[:20]}"


def iter_items(inputs: Sequence[Path], columns: Columns | None = None) -> Iterator[BatchItem]:
    columns = columns or Columns()
    for path in inputs:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES):
                yield BatchItem(id=str(file.relative_to(path)), source=str(file), path=str(file))
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl_items(path, columns)
        elif path.suffix.lower() == ".csv":
            yield from _csv_items(path, columns)
        else:
            yield BatchItem(id=path.name, source=str(path), path=str(path))


def count_items(inputs: Sequence[Path]) -> int:
    total = 0
    for path in inputs:
        if path.is_dir():
            total += sum(1 for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.suffix.lower() == ".jsonl" and path.exists():
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif path.suffix.lower() == ".csv" and path.exists():
            total += sum(1 for _ in _csv_records(path))
        else:
            total += 1
    return total


def _jsonl_items(path: Path, columns: Columns) -> Iterator[BatchItem]:
    for line in read_lines(path):
        if line.row is None:
            raw = (line.text or line.where).strip()
            yield BatchItem(id=content_id(raw), source=line.where, problem=line.problem)
            continue
        yield row_item(line.row, line.where, columns)


def row_item(row: Mapping[str, Any], where: str, columns: Columns) -> BatchItem:
    """A JSONL object or a CSV record as a batch item (or a problem item)."""

    def field(name: str) -> str | None:
        value = row.get(name)
        return value if isinstance(value, str) and value.strip() else None

    given_id = row.get(columns.id)
    if given_id is not None and str(given_id).strip():
        item_id = safe_text(str(given_id).strip())
    else:
        item_id = content_id(json.dumps(row, sort_keys=True, ensure_ascii=True, default=str))
    text, html, url = field(columns.text), field(columns.html), field(columns.url)
    if text is None and html is None:
        if url is None:
            problem = f"row has no {columns.text!r}, {columns.html!r} or {columns.url!r}"
            return BatchItem(id=item_id, source=where, problem=problem)
        if not url.strip().lower().startswith(("http://", "https://")):
            problem = f"the {columns.url!r} field is not an http(s) URL"
            return BatchItem(id=item_id, source=where, problem=problem)
        return BatchItem(id=item_id, source=where, url=url.strip(), path=url.strip())
    return BatchItem(
        id=item_id, source=where, text=text, html=html, title=field(columns.title), url=url
    )


def _csv_records(path: Path) -> Iterator[tuple[int, dict[str, str] | None, str | None]]:
    """``(line, record, problem)`` for each CSV record after the header."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_INPUT_BYTES))
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle, restkey="_extra")
        while True:
            line = reader.line_num
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                if reader.line_num == line:
                    return  # the reader cannot move past it
                yield reader.line_num, None, f"not a readable CSV record ({exc})"
                continue
            yield reader.line_num, record, None


def _csv_items(path: Path, columns: Columns) -> Iterator[BatchItem]:
    header = _csv_header(path)
    wanted = (columns.text, columns.html, columns.url)
    if not any(name in header for name in wanted):
        named = ", ".join(repr(name) for name in header[:12]) or "none"
        raise InputError(
            f"{path} has no {columns.text!r}, {columns.html!r} or {columns.url!r} column"
            f" (its columns: {named}); name one with --text-column or --url-column"
        )
    for line, record, problem in _csv_records(path):
        where = f"{path}:{line}"
        if record is None:
            problem_id = content_id(f"{path.name}:{line}: {problem}")  # not the path as typed
            yield BatchItem(id=problem_id, source=where, problem=problem)
            continue
        yield row_item(record, where, columns)


def _csv_header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        try:
            return next(csv.reader(handle), [])
        except csv.Error as exc:
            raise InputError(f"{path} is not a readable CSV file ({exc})") from None
