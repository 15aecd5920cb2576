"""The corroboration corpus: one SQLite file of article fingerprints.

Kept apart from the batch store (``store.py``) but built the same way: schema
changes are registered migrations recorded in ``_migrations``. Adding is
idempotent (an id already present is skipped, never duplicated or overwritten)
and each call runs in one transaction, so a bad row leaves the file as it was.

Full texts are not stored unless ``store_text=True``: matching only needs the
hashed fingerprints, and publishers hold the copyright of the texts.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from ..article import Article
from ..errors import DataError, InputError
from ..jsonl import read_rows
from ..sqlite import Migrations, open_database, run_script, transaction
from .fingerprint import FINGERPRINT_VERSION, Fingerprint, fingerprint
from .normalize import check_published, outlet_from_url

MIGRATIONS = Migrations()


@MIGRATIONS("0001_articles")
def _articles(db: sqlite3.Connection) -> None:
    run_script(
        db,
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            title TEXT,
            url TEXT,
            outlet TEXT,
            published TEXT,
            n_tokens INTEGER NOT NULL,
            term_ids BLOB NOT NULL,
            term_counts BLOB NOT NULL,
            shingles BLOB NOT NULL,
            text TEXT,
            added_at TEXT NOT NULL DEFAULT (datetime('now'))
        );
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)
        """,
    )


@MIGRATIONS("0002_published_index")
def _published_index(db: sqlite3.Connection) -> None:
    db.execute("CREATE INDEX articles_published ON articles(published)")


@dataclass(frozen=True, slots=True)
class Record:
    """One stored article: metadata and fingerprint (``text`` only if stored)."""

    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    fingerprint: Fingerprint
    text: str | None = None


def article_id(text: str, url: str | None = None) -> str:
    """A stable id for an article that has none: its URL, else a hash of its text."""
    if url:
        return url
    return "sha1:" + hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:20]


class Corpus:
    """A SQLite file of article fingerprints.

    >>> with Corpus("corpus.sqlite") as corpus:          # doctest: +SKIP
    ...     corpus.add_jsonl("articles.jsonl")
    """

    def __init__(self, path: Path | str, *, store_text: bool = False) -> None:
        self.path = Path(path)
        self.store_text = store_text
        self.db = open_database(self.path, MIGRATIONS, "corpus database")
        try:
            self._check_version()
        except sqlite3.DatabaseError as exc:
            raise DataError(f"{self.path} is not a usable corpus database: {exc}") from None

    # ---- schema ----------------------------------------------------------
    def migrate(self) -> list[str]:
        return MIGRATIONS.apply(self.db)

    def _check_version(self) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'fingerprint_version'").fetchone()
        if row is None:
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES ('fingerprint_version', ?)",
                (FINGERPRINT_VERSION,),
            )
        elif row[0] != FINGERPRINT_VERSION:
            raise DataError(
                f"{self.path} was built with fingerprint version {row[0]}, this gossipcheck"
                f" uses {FINGERPRINT_VERSION}: rebuild the corpus"
            )

    # ---- adding ----------------------------------------------------------
    def add_articles(self, items: Iterable[Article | Mapping[str, Any]]) -> int:
        """Add articles (or JSON-like rows); returns how many were new.

        A row needs a non-empty ``text``; ``id``, ``title``, ``url``, ``outlet`` and
        ``published`` are optional (the id defaults to the URL, else a text hash).
        """
        return self._add((item, f"item {n}") for n, item in enumerate(items, start=1))

    def add_jsonl(self, path: Path | str) -> int:
        """Add every row of a JSON Lines file; returns how many were new."""
        path = Path(path)
        if not path.is_file():
            raise InputError(f"no such file: {path}")
        return self._add(read_rows(path))

    def _add(self, rows: Iterable[tuple[Article | Mapping[str, Any], str]]) -> int:
        added = 0
        with transaction(self.db):
            for item, where in rows:
                record = _record(item, where, store_text=self.store_text)
                ids, counts, shingles = record.fingerprint.to_blobs()
                cursor = self.db.execute(
                    "INSERT OR IGNORE INTO articles (id, title, url, outlet, published, n_tokens,"
                    " term_ids, term_counts, shingles, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        record.id,
                        record.title,
                        record.url,
                        record.outlet,
                        record.published,
                        record.fingerprint.n_tokens,
                        ids,
                        counts,
                        shingles,
                        record.text,
                    ),
                )
                added += cursor.rowcount
        return added

    # ---- reading ---------------------------------------------------------
    def __len__(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def __contains__(self, article_id: object) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def records(self) -> Iterator[Record]:
        cursor = self.db.execute(
            "SELECT id, title, url, outlet, published, term_ids, term_counts, shingles, n_tokens,"
            " text FROM articles ORDER BY rowid"
        )
        for row in cursor:
            yield Record(
                id=row[0],
                title=row[1],
                url=row[2],
                outlet=row[3],
                published=row[4],
                fingerprint=Fingerprint.from_blobs(row[5], row[6], row[7], row[8]),
                text=row[9],
            )

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _optional_str(row: Mapping[str, Any], key: str, where: str) -> str | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise DataError(f"{where}: '{key}' must be a string, got {type(value).__name__}")
    return str(value).strip() or None


def _record(item: Article | Mapping[str, Any], where: str, *, store_text: bool) -> Record:
    if isinstance(item, Article):
        row: Mapping[str, Any] = {
            "text": item.text,
            "title": item.title,
            "url": item.url,
            "outlet": item.outlet,
            "published": item.published,
        }
    elif isinstance(item, Mapping):
        row = item
    else:
        raise DataError(f"{where}: expected an Article or a mapping, got {type(item).__name__}")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DataError(f"{where}: 'text' must be a non-empty string")
    url = _optional_str(row, "url", where)
    return Record(
        id=_optional_str(row, "id", where) or article_id(text, url),
        title=_optional_str(row, "title", where),
        url=url,
        outlet=_optional_str(row, "outlet", where) or outlet_from_url(url),
        published=check_published(row.get("published"), where),
        fingerprint=fingerprint(text),
        text=text if store_text else None,
    )
