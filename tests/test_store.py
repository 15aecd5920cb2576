from __future__ import annotations

from pathlib import Path

import pytest

from gossipcheck.errors import DataError
from gossipcheck.store import MIGRATIONS, Outcome, Store


def report(title: str, p_fake: float) -> dict[str, object]:
    return {
        "article": {"title": title},
        "credibility": {"p_fake": p_fake, "verdict": "uncertain"},
        "sourcing_summary": {"attributions": 3, "by_type": {"anonymous": 2}},
    }


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite")
    assert store.migrate() == []  # already applied on open
    names = [row[0] for row in store.db.execute("SELECT name FROM _migrations")]
    assert names == MIGRATIONS.names


def test_save_is_idempotent_and_resumable(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite"
    store = Store(path)
    assert store.save([Outcome("a", "x", report("A", 0.2)), Outcome("b", "y", error="bad")]) == 2
    # a second save of the same ids does not overwrite anything
    assert store.save([Outcome("a", "x", report("changed", 0.9))]) == 0
    store.close()
    reopened = Store(path)
    assert reopened.done_ids() == {"a", "b"}
    assert reopened.done_ids(include_errors=False) == {"a"}
    assert [r["article"]["title"] for r in reopened.reports()] == ["A"]
    # retrying a failed id replaces the error with the report
    reopened.save([Outcome("b", "y", report("B", 0.5))], replace=True)
    assert reopened.counts() == {"reports": 2, "errors": 0}
    row = reopened.db.execute("SELECT p_fake, anonymous FROM reports WHERE id='b'").fetchone()
    assert row == (0.5, 2)


def test_failed_chunk_rolls_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite")
    store.save([Outcome("kept", "x", report("K", 0.1))])

    unserialisable = {**report("B", 0.3), "bad": {1, 2}}  # json.dumps fails mid-chunk
    with pytest.raises(TypeError):
        store.save([Outcome("new", "x", report("N", 0.1)), Outcome("boom", "x", unserialisable)])
    assert store.done_ids() == {"kept"}


def test_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("this is not sqlite " * 100)
    with pytest.raises(DataError, match="not a usable SQLite database"):
        Store(bogus)
    assert bogus.read_text().startswith("this is not sqlite")  # untouched


def test_lone_surrogates_never_crash_a_write(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite")
    written = store.save(
        [
            Outcome("a\ud800", "x\udfff", report("Ti\ud83dtle", 0.4)),
            Outcome("b", "y", error="cannot encode '\ud800'"),
            Outcome("pair", "z", report("fine \U0001f600", 0.1)),
        ]
    )
    assert written == 3
    titles = [r["article"]["title"] for r in store.reports()]
    assert titles == ["Ti\ufffdtle", "fine \U0001f600"]
    assert store.done_ids() == {"a\ufffd", "b", "pair"}
    message = store.db.execute("SELECT message FROM errors").fetchone()[0]
    assert message == "cannot encode '\ufffd'"
