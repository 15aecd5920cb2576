"""SQLite plumbing shared by the batch store and the corroboration corpus:
connections, transactions, and schema changes as registered migrations
recorded in a ``_migrations`` table."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import DataError

Migration = Callable[[sqlite3.Connection], None]


class Migrations:
    """An ordered registry of named migrations: ``@migrations("0001_name")``."""

    def __init__(self) -> None:
        self.steps: list[tuple[str, Migration]] = []

    def __call__(self, name: str) -> Callable[[Migration], Migration]:
        def register(fn: Migration) -> Migration:
            self.steps.append((name, fn))
            return fn

        return register

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self.steps]

    def apply(self, db: sqlite3.Connection) -> list[str]:
        """Apply the migrations not yet recorded, each in its own transaction."""
        db.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT"
            " NOT NULL DEFAULT (datetime('now')))"
        )
        done = {row[0] for row in db.execute("SELECT name FROM _migrations")}
        applied = []
        for name, fn in self.steps:
            if name in done:
                continue
            with transaction(db):
                fn(db)
                db.execute("INSERT INTO _migrations (name) VALUES (?)", (name,))
            applied.append(name)
        return applied


def connect(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL journal."""
    db = sqlite3.connect(str(path), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def open_database(path: Path, migrations: Migrations, what: str) -> sqlite3.Connection:
    """Connect and migrate; a file that is not a usable database is a one-line DataError."""
    try:
        db = connect(path)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise DataError(f"{path} is not a usable {what}: {exc}") from None
    return db


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    db.execute("BEGIN")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Statements one by one (``executescript`` would commit the open transaction)."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)
