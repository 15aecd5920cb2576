from __future__ import annotations

import csv
import json
import os
import threading
from collections.abc import Sequence
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from gossipcheck.batch import run_batch, runner
from gossipcheck.batch.runner import PROCESS_DIED
from gossipcheck.batch.sources import BatchItem
from gossipcheck.batch.worker import check_items
from gossipcheck.settings import Options
from gossipcheck.store import Outcome, Store

from .conftest import EXAMPLE, FIXTURES, assert_one_line_error, run_cli


@pytest.fixture()
def inputs(tmp_path: Path) -> list[Path]:
    body = EXAMPLE.read_text().split("\n", 2)[2]
    rows = [
        {"id": "a", "text": body, "title": "Mara and Theo split?"},
        {"id": "b", "text": body.replace("Mara", "Lena")},
        {"id": "short", "text": "Too short to be an article."},
        {"id": "nohtml", "html": (FIXTURES / "no-article.html").read_text()},
        {"id": "c", "text": body.replace("Theo", "Jonah")},
    ]
    jsonl = tmp_path / "articles.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json at all\n")
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "story.html").write_bytes((FIXTURES / "article.html").read_bytes())
    return [jsonl, folder]


def test_batch_checks_records_errors_and_resumes(tmp_path: Path, inputs: list[Path]) -> None:
    store = Store(tmp_path / "out.sqlite")
    calls: list[int] = []

    def interrupt_after_two_chunks(n: int) -> None:
        calls.append(n)
        if len(calls) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_batch(inputs, store, chunk_size=2, progress=interrupt_after_two_chunks)
    saved = store.done_ids()
    assert len(saved) == 4  # the two finished chunks are kept

    summary = run_batch(inputs, store, chunk_size=2)
    assert summary.total == 7 and summary.skipped == 4 and summary.checked == 3
    counts = store.counts()
    assert counts == {"reports": 4, "errors": 3}
    errors = dict(store.db.execute("SELECT id, message FROM errors").fetchall())
    assert "at least 20" in errors["short"]
    assert "no article text" in errors["nohtml"]
    assert any("not valid JSON" in message for message in errors.values())
    titles = {r["article"]["title"] for r in store.reports()}
    assert "Mara and Theo split?" in titles
    assert "Jessa Rowe Engaged? Star Flashes Huge Ring In Malibu" in titles
    # a third run has nothing left to do
    assert run_batch(inputs, store).checked == 0


def test_the_last_chunks_shrink_so_the_workers_finish_together() -> None:
    items = [BatchItem(id=str(i), source="s", text="t") for i in range(100)]
    given = 0

    def left() -> int:
        return len(items) - given

    sizes = []
    for chunk in runner.chunked(items, 32, left, share=2):
        assert [item.id for item in chunk] == [str(i) for i in range(given, given + len(chunk))]
        given += len(chunk)
        sizes.append(len(chunk))
    assert given == 100
    assert sizes[0] == 25  # a quarter of what is left: two chunks a worker
    assert sizes == sorted(sizes, reverse=True)  # never growing
    assert sizes[-4:-1] == [runner.MIN_CHUNK] * 3  # the tail, in small chunks
    assert [len(c) for c in runner.chunked(items, 32)] == [32, 32, 32, 4]  # no estimate


@pytest.mark.slow
def test_batch_in_a_process_pool_matches_inline(tmp_path: Path, inputs: list[Path]) -> None:
    inline, pooled = Store(tmp_path / "a.sqlite"), Store(tmp_path / "b.sqlite")
    run_batch(inputs, inline, chunk_size=2)
    run_batch(inputs, pooled, chunk_size=2, workers=2)
    query = "SELECT id, p_fake, verdict FROM reports ORDER BY id"
    assert inline.db.execute(query).fetchall() == pooled.db.execute(query).fetchall()


@pytest.mark.slow
def test_batch_on_a_local_dask_cluster(tmp_path: Path, inputs: list[Path]) -> None:
    store = Store(tmp_path / "d.sqlite")
    summary = run_batch(inputs, store, chunk_size=3, dask="local", workers=1)
    assert summary.checked == 7 and store.counts() == {"reports": 4, "errors": 3}


@pytest.mark.slow
def test_batch_cli_and_export(tmp_path: Path, inputs: list[Path]) -> None:
    db = tmp_path / "cli.sqlite"
    result = run_cli("batch", *map(str, inputs), "--db", str(db), "--quiet")
    assert result.returncode == 0, result.stderr.decode()
    assert "7 checked (3 errors)" in result.stdout.decode()
    again = run_cli("batch", *map(str, inputs), "--db", str(db), "--quiet")
    assert "0 checked (0 errors), 7 already done" in again.stdout.decode()
    out = tmp_path / "reports.jsonl"
    assert run_cli("export", str(db), "-o", str(out)).returncode == 0
    assert len(out.read_text().splitlines()) == 4
    missing = run_cli("batch", str(tmp_path / "nope.jsonl"), "--db", str(db))
    assert missing.returncode != 0 and "no such file" in missing.stderr.decode()
    assert len(list(Store(db).reports())) == 4  # nothing stored was lost


@pytest.mark.slow
def test_corpus_cli(tmp_path: Path) -> None:
    body = EXAMPLE.read_text().split("\n", 2)[2]
    jsonl = tmp_path / "corpus.jsonl"
    jsonl.write_text(
        json.dumps({"id": "orig", "text": body, "published": "2019-03-01", "title": "Orig"})
        + "\n"
        + json.dumps({"id": "other", "text": (FIXTURES / "french.txt").read_text() * 2})
        + "\n"
    )
    db = tmp_path / "corpus.sqlite"
    added = run_cli("corpus", "add", str(db), str(jsonl))
    assert added.returncode == 0 and "2 added" in added.stdout.decode()
    assert "0 added" in run_cli("corpus", "add", str(db), str(jsonl)).stdout.decode()
    result = run_cli("check", str(EXAMPLE), "--corpus", str(db), "--format", "json")
    found = json.loads(result.stdout)["corroboration"]
    assert found["corpus_size"] == 2
    assert found["matches"][0]["id"] == "orig" and found["matches"][0]["same_story"]
    assert all(m["id"] != "other" or not m["same_story"] for m in found["matches"])


def test_poison_rows_never_stop_a_batch(tmp_path: Path) -> None:
    body = EXAMPLE.read_text().split("\n", 2)[2]
    good = [
        json.dumps({"id": "first", "text": body}),
        json.dumps({"text": body.replace("Theo", "Jonah")}),  # no id
        json.dumps({"id": "last", "text": body.replace("Mara", "Lena")}),
    ]
    poison = [
        json.dumps({"id": "surrogate", "text": body.replace("Mara", "Ma\ud800ra")}),
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "ma\udc00rk", "text": "short"}),  # a surrogate in the id and the error
    ]
    jsonl = tmp_path / "poison.jsonl"
    jsonl.write_text("\n".join([good[0], *poison, good[1], good[2]]) + "\n")
    store = Store(tmp_path / "p.sqlite")
    summary = run_batch([jsonl], store, chunk_size=16)  # one chunk: poison among the good
    assert summary.checked == 6 and summary.errors == 2
    rows = store.db.execute("SELECT id, count(*) FROM reports GROUP BY id").fetchall()
    assert len(rows) == 4 and all(count == 1 for _, count in rows)
    # the lone surrogate is replaced with U+FFFD, as in every front end
    assert {"first", "last", "surrogate"} <= {row_id for row_id, _ in rows}
    errors = dict(store.db.execute("SELECT id, message FROM errors").fetchall())
    assert any("nested too deeply" in message for message in errors.values())
    assert "ma\ufffdrk" in errors  # stored, with the surrogate replaced
    assert all("\n" not in message for message in errors.values())
    again = run_batch([jsonl], store, chunk_size=16)
    assert again.checked == 0 and again.skipped == 6
    retried = run_batch([jsonl], store, chunk_size=16, retry_errors=True)
    assert retried.errors == retried.checked
    assert store.counts() == {"reports": 4, "errors": 2}


def test_rows_without_id_resume_however_the_path_is_spelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = EXAMPLE.read_text().split("\n", 2)[2]
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": body}) + "\n" + "{broken\n")
    monkeypatch.chdir(tmp_path)
    store = Store(tmp_path / "r.sqlite")
    assert run_batch([Path("a.jsonl")], store).checked == 2
    spellings = [Path("./a.jsonl"), tmp_path / "a.jsonl", Path("..") / tmp_path.name / "a.jsonl"]
    for spelling in spellings:
        assert run_batch([spelling], store).checked == 0
    assert store.counts() == {"reports": 1, "errors": 1}


def test_csv_input_with_named_columns(tmp_path: Path) -> None:
    body = EXAMPLE.read_text().split("\n", 2)[2]
    table = tmp_path / "feed.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "headline", "body", "link"])
        writer.writerow(["k1", "Mara and Theo split?", body, ""])  # a multi-line field
        writer.writerow(["", "No key", body.replace("Theo", "Jonah"), ""])
        writer.writerow(["k3", "Not a web link", "", "ftp://files.example/story"])
        writer.writerow(["k4", "Nothing", "", ""])
    db = tmp_path / "csv.sqlite"
    result = run_cli(
        "batch", str(table), "--db", str(db), "--quiet", "--text-column", "body",
        "--url-column", "link", "--id-column", "key", "--title-column", "headline",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    assert "4 checked (2 errors)" in result.stdout.decode()
    out = tmp_path / "out.csv"
    assert run_cli("export", str(db), "-o", str(out)).returncode == 0
    rows = {row["id"]: row for row in csv.DictReader(out.open(encoding="utf-8", newline=""))}
    assert rows["k1"]["title"] == "Mara and Theo split?" and rows["k1"]["verdict"]
    hashed = [row for key, row in rows.items() if key.startswith("sha256:")]
    assert len(hashed) == 1 and hashed[0]["title"] == "No key"
    assert "not an http(s) URL" in rows["k3"]["error"]
    assert "row has no 'body', 'html' or 'link'" in rows["k4"]["error"]
    missing = run_cli("batch", str(table), "--db", str(db), "--quiet")  # default column names
    assert missing.returncode == 2
    assert_one_line_error(missing, "has no 'text', 'html' or 'url' column")


class Pages(SimpleHTTPRequestHandler):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, directory=str(FIXTURES), **kwargs)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_csv_rows_with_only_a_url_are_fetched(tmp_path: Path) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        table = tmp_path / "links.csv"
        table.write_text(f"url\n{base}/article.html\n{base}/missing.html\n", encoding="utf-8")
        store = Store(tmp_path / "u.sqlite")
        summary = run_batch([table], store, options=Options(explain=False, allow_private=True))
    finally:
        server.shutdown()
        server.server_close()
    assert summary.checked == 2 and summary.errors == 1
    (title,) = [r["article"]["title"] for r in store.reports()]
    assert title == "Jessa Rowe Engaged? Star Flashes Huge Ring In Malibu"
    (message,) = [m for _, _, m in store.errors()]
    assert message.endswith("answered HTTP 404")


def check_or_die(items: Sequence[BatchItem], options: Options) -> list[Outcome]:
    """check_items, except that a row with id "kill" kills its process outright."""
    if any(item.id == "kill" for item in items):
        os._exit(1)
    return check_items(items, options)


def test_a_row_that_kills_its_worker_process_is_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # forked workers inherit the patch; the real model is never loaded (every row is too short)
    monkeypatch.setattr(runner, "check_items", check_or_die)
    ids = ["a", "b", "kill", "c", "d", "e", "f", "g"]
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text("".join(json.dumps({"id": i, "text": f"only {i}"}) + "\n" for i in ids))
    store = Store(tmp_path / "k.sqlite")
    summary = run_batch([jsonl], store, chunk_size=2, workers=2)
    assert summary.checked == len(ids) and summary.errors == len(ids)
    errors = dict(store.db.execute("SELECT id, message FROM errors").fetchall())
    assert sorted(errors) == sorted(ids)
    assert errors["kill"] == PROCESS_DIED
    assert all("at least 20" in message for key, message in errors.items() if key != "kill")
    assert run_batch([jsonl], store, workers=2).checked == 0


def test_a_row_that_keeps_killing_dask_workers_is_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    import dask

    monkeypatch.setattr(runner, "check_items", check_or_die)  # pickled by name for the workers
    jsonl = tmp_path / "rows.jsonl"
    ids = ["a", "kill", "b"]
    jsonl.write_text("".join(json.dumps({"id": i, "text": f"only {i}"}) + "\n" for i in ids))
    store = Store(tmp_path / "kd.sqlite")
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        summary = run_batch([jsonl], store, chunk_size=2, dask="local", workers=1)
    assert summary.checked == 3
    errors = dict(store.db.execute("SELECT id, message FROM errors").fetchall())
    assert errors["kill"] == PROCESS_DIED and "at least 20" in errors["a"] + errors["b"]
