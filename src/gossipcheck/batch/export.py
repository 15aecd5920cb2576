"""Export a results store: full reports as JSON lines, or one flat CSV row per article.

The CSV reads only the report's top-level fields (``article.*``,
``credibility.p_fake``/``verdict``, ``sourcing_summary``), so it is the same
across report schema versions. Inputs that failed get a row too, with the
reason in ``error``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from ..article import SOURCE_TYPES
from ..outputs import opened
from ..store import Store


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


CSV_FIELDS = (
    "id",
    "title",
    "url",
    "outlet",
    "published",
    "p_fake",
    "verdict",
    "attributions",
    *(f"sources_{kind}" for kind in SOURCE_TYPES),
    "relayed",
    "source",
    "error",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_format(output: Path | None, chosen: ExportFormat | None) -> ExportFormat:
    """``--format`` if given, else from the output's suffix (``.csv``), else JSON lines."""
    if chosen is not None:
        return chosen
    if output is not None and output.suffix.lower() == ".csv":
        return ExportFormat.csv
    return ExportFormat.jsonl


def outlet_of(article: dict[str, Any]) -> str | None:
    """The outlet a report names, else the site of its URL (without ``www.``)."""
    outlet = article.get("outlet")
    if isinstance(outlet, str) and outlet.strip():
        return outlet.strip()
    url = article.get("url")
    if isinstance(url, str) and url:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            return None
        return host.removeprefix("www.") or None
    return None


def flat_row(row_id: str, source: str, report: dict[str, Any]) -> dict[str, Any]:
    article = report.get("article") or {}
    cred = report.get("credibility") or {}
    summary = report.get("sourcing_summary") or {}
    by_type = summary.get("by_type") or {}
    return {
        "id": row_id,
        "title": article.get("title"),
        "url": article.get("url"),
        "outlet": outlet_of(article),
        "published": article.get("published"),
        "p_fake": cred.get("p_fake"),
        "verdict": cred.get("verdict"),
        "attributions": summary.get("attributions"),
        **{f"sources_{kind}": by_type.get(kind, 0) for kind in SOURCE_TYPES},
        "relayed": summary.get("relayed"),
        "source": source,
        "error": None,
    }


def flat_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One row per stored article, then one per failed input."""
    for row_id, source, report in store.rows():
        yield flat_row(row_id, source, report)
    for row_id, source, message in store.errors():
        yield {"id": row_id, "source": source, "error": message}


def _cell(value: Any) -> Any:
    """Spreadsheets run cells that start like a formula: quote those (OWASP advice)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_csv(rows: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS, extrasaction="ignore")
    writer.writeheader()
    written = 0
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
        written += 1
    return written


def write_jsonl(reports: Iterable[dict[str, Any]], handle: IO[str]) -> int:
    written = 0
    for report in reports:
        handle.write(json.dumps(report, ensure_ascii=False) + "\n")
        written += 1
    return written


def export_store(db: Path, output: Path | None, chosen: ExportFormat | None = None) -> int:
    """Write the store at ``db`` to ``output`` (stdout if None); returns the rows written."""
    store = Store.existing(db)
    try:
        fmt = export_format(output, chosen)
        with opened(output) as handle:
            if fmt is ExportFormat.csv:
                return write_csv(flat_rows(store), handle)
            return write_jsonl(store.reports(), handle)
    finally:
        store.close()
