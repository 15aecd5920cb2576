"""Batch inputs: JSONL files of articles, folders of .txt/.html files, single files."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..jsonl import read_lines

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class BatchItem:
    """One article to check. ``problem`` is set when the input row itself is unusable."""

    id: str
    source: str
    text: str | None = None
    html: str | None = None
    title: str | None = None
    url: str | None = None
    path: str | None = None
    problem: str | None = None


def iter_items(inputs: Sequence[Path]) -> Iterator[BatchItem]:
    for path in inputs:
        if not path.exists():
            raise InputError(f"no such file or folder: {path}")
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES):
                yield BatchItem(id=str(file.relative_to(path)), source=str(file), path=str(file))
        elif path.suffix.lower() == ".jsonl":
            yield from _jsonl_items(path)
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
        else:
            total += 1
    return total


def _jsonl_items(path: Path) -> Iterator[BatchItem]:
    for line in read_lines(path):
        where, row = line.where, line.row
        if row is None:
            yield BatchItem(id=where, source=where, problem=line.problem)
            continue
        item_id = str(row.get("id") or where)
        text, html = row.get("text"), row.get("html")
        if not isinstance(text, str) and not isinstance(html, str):
            yield BatchItem(id=item_id, source=where, problem="row has no 'text' or 'html'")
            continue
        yield BatchItem(
            id=item_id,
            source=where,
            text=text if isinstance(text, str) else None,
            html=html if isinstance(html, str) else None,
            title=row.get("title") if isinstance(row.get("title"), str) else None,
            url=row.get("url") if isinstance(row.get("url"), str) else None,
        )
