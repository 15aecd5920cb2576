"""SQLite storage for batch results, with registered migrations.

Results are written in one transaction per chunk, so an interrupted batch keeps
everything finished before the interruption and a re-run resumes where it
stopped. Nothing is ever overwritten unless asked (``replace=True``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError, missing_path
from .sqlite import Migrations, open_database, run_script, transaction

MIGRATIONS = Migrations()


@MIGRATIONS("0001_reports")
def _reports(db: sqlite3.Connection) -> None:
    run_script(
        db,
        """
        CREATE TABLE reports (
            id TEXT PRIMARY KEY,
            source TEXT,
            title TEXT,
            p_fake REAL,
            verdict TEXT,
            attributions INTEGER,
            anonymous INTEGER,
            report TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE errors (
            id TEXT PRIMARY KEY,
            source TEXT,
            message TEXT NOT NULL,
            created_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE INDEX reports_verdict ON reports(verdict);
        """,
    )


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of checking one input: a report or a one-line error."""

    id: str
    source: str
    report: dict[str, Any] | None = None
    error: str | None = None


def safe_text(value: str) -> str:
    """``value`` with lone surrogates (``"\\ud800"`` from a JSON escape) replaced by U+FFFD.

    SQLite stores UTF-8, which cannot encode a lone surrogate; one such
    character must not crash the write of a whole chunk.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value


def _safe(value: object) -> object:
    return safe_text(value) if isinstance(value, str) else value


SQLITE_HEADER = b"SQLite format 3\x00"


class Store:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.db = open_database(self.path, MIGRATIONS, "SQLite database")

    @classmethod
    def existing(cls, path: Path) -> Store:
        """Open a store that ``gossipcheck batch`` wrote; anything else is refused untouched."""
        if not path.exists():
            raise missing_path(str(path))
        if path.is_dir() or not path.is_file():
            raise InputError(f"{path} is not a file")
        not_a_store = InputError(
            f"{path} is not a gossipcheck results store (write one with `gossipcheck batch`)"
        )
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_HEADER))
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}") from None
        if header != SQLITE_HEADER:
            raise not_a_store
        try:
            with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
                tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError:
            raise not_a_store from None
        if not {"_migrations", "reports", "errors"} <= tables:
            raise not_a_store
        return cls(path)

    def migrate(self) -> list[str]:
        return MIGRATIONS.apply(self.db)

    def done_ids(self, *, include_errors: bool = True) -> set[str]:
        ids = {row[0] for row in self.db.execute("SELECT id FROM reports")}
        if include_errors:
            ids |= {row[0] for row in self.db.execute("SELECT id FROM errors")}
        return ids

    def save(self, outcomes: Iterable[Outcome], *, replace: bool = False) -> int:
        """Write outcomes in one transaction; returns how many rows were written."""
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        written = 0
        with transaction(self.db):
            for outcome in outcomes:
                if outcome.report is not None:
                    written += self._save_report(verb, outcome)
                    self.db.execute("DELETE FROM errors WHERE id = ?", (safe_text(outcome.id),))
                else:
                    cursor = self.db.execute(
                        f"{verb} INTO errors (id, source, message) VALUES (?, ?, ?)",
                        tuple(map(_safe, (outcome.id, outcome.source, outcome.error or "error"))),
                    )
                    written += cursor.rowcount
        return written

    def _save_report(self, verb: str, outcome: Outcome) -> int:
        report = outcome.report or {}
        cred = report.get("credibility") or {}
        summary = report.get("sourcing_summary") or {}
        cursor = self.db.execute(
            f"{verb} INTO reports (id, source, title, p_fake, verdict, attributions, anonymous,"
            " report) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            tuple(
                map(
                    _safe,
                    (
                        outcome.id,
                        outcome.source,
                        (report.get("article") or {}).get("title"),
                        cred.get("p_fake"),
                        cred.get("verdict"),
                        summary.get("attributions"),
                        (summary.get("by_type") or {}).get("anonymous"),
                        json.dumps(report, ensure_ascii=False),
                    ),
                )
            ),
        )
        return cursor.rowcount

    def rows(self) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """``(id, source, report)`` for every stored report, in the order written."""
        query = "SELECT id, source, report FROM reports ORDER BY rowid"
        with closing(self.db.execute(query)) as cursor:
            for row_id, source, payload in cursor:
                yield row_id, source, json.loads(payload)

    def errors(self) -> Iterator[tuple[str, str, str]]:
        """``(id, source, message)`` for every input that failed."""
        query = "SELECT id, source, message FROM errors ORDER BY rowid"
        with closing(self.db.execute(query)) as cursor:
            yield from cursor

    def reports(self) -> Iterator[dict[str, Any]]:
        with closing(self.db.execute("SELECT report FROM reports ORDER BY rowid")) as cursor:
            for (payload,) in cursor:
                yield json.loads(payload)

    def counts(self) -> dict[str, int]:
        reports = self.db.execute("SELECT count(*) FROM reports").fetchone()[0]
        errors = self.db.execute("SELECT count(*) FROM errors").fetchone()[0]
        return {"reports": int(reports), "errors": int(errors)}

    def close(self) -> None:
        self.db.close()
