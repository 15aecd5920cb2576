"""Export (JSON lines, CSV) and the `gossipcheck report` summary page, on a synthetic store."""

from __future__ import annotations

import base64
import csv
import json
import re
import sqlite3
import sys
from pathlib import Path

import pytest

from gossipcheck.batch.summary import MISSING_MATPLOTLIB, outlet_shares, write_summary
from gossipcheck.errors import GossipcheckError
from gossipcheck.store import Outcome, Store

from .conftest import assert_one_line_error, run_cli

STORIES = [
    # (outlet, verdict, p_fake, published, anonymous, relayed)
    ("Radar Online", "likely fake", 0.81, "2019-03-01", 2, True),
    ("Radar Online", "likely fake", 0.77, "2019-03-15", 1, True),
    ("Radar Online", "likely real", 0.21, "2019-04-02", 0, False),
    ("People", "likely real", 0.12, "2019-04-20", 0, False),
    ("People", "uncertain", 0.48, None, 1, False),
    ("People", "likely real", 0.30, "2019-05-09", 0, False),
    ("<script>alert(1)</script>", "likely fake", 0.90, None, 3, True),
    ("Le Monde", "not applicable", 0.0, None, 0, False),  # not English: no score to plot
]


def fake_report(
    i: int,
    outlet: str,
    verdict: str,
    p_fake: float,
    published: str | None,
    anonymous: int,
    relayed: bool,
) -> dict[str, object]:
    return {
        "article": {
            "title": '=HYPERLINK("x")' if i == 0 else f"Story {i}",
            "url": f"https://news{i}.example/story",
            "outlet": outlet,
            "published": published,
        },
        "credibility": {"p_fake": p_fake, "verdict": verdict},
        "sourcing_summary": {
            "attributions": anonymous + 1,
            "by_type": {"named_person": 1, "anonymous": anonymous},
            "relayed": relayed,
        },
        "attributions": [{"span": {"start": 0, "end": 4, "text": "Mara"}}],  # nested: not read
    }


@pytest.fixture()
def results(tmp_path: Path) -> Path:
    db = tmp_path / "results.sqlite"
    store = Store(db)
    outcomes = [
        Outcome(f"s{i}", f"in.jsonl:{i}", fake_report(i, *row)) for i, row in enumerate(STORIES)
    ]
    outcomes.append(Outcome("broken", "in.jsonl:9", error="in.jsonl:9 is empty"))
    store.save(outcomes)
    store.close()
    return db


def test_export_csv_has_one_row_per_article(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    result = run_cli("export", str(results), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [row["id"] for row in rows] == [f"s{i}" for i in range(len(STORIES))] + ["broken"]
    first = rows[0]
    assert first["title"] == '\'=HYPERLINK("x")'  # a spreadsheet would run it otherwise
    assert first["outlet"] == "Radar Online" and first["verdict"] == "likely fake"
    assert float(first["p_fake"]) == 0.81 and first["published"] == "2019-03-01"
    assert first["sources_anonymous"] == "2" and first["sources_named_person"] == "1"
    assert first["sources_outlet"] == "0" and first["relayed"] == "true"
    assert rows[3]["relayed"] == "false" and rows[3]["error"] == ""
    assert rows[-1]["error"] == "in.jsonl:9 is empty" and rows[-1]["p_fake"] == ""
    stdout = run_cli("export", str(results), "--format", "csv")
    assert stdout.stdout == out.read_bytes()


def test_export_jsonl_is_the_full_reports(results: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports.jsonl"
    assert run_cli("export", str(results), "-o", str(out)).returncode == 0
    reports = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(reports) == len(STORIES)
    assert reports[1]["attributions"][0]["span"]["text"] == "Mara"


@pytest.mark.parametrize("command", ["export", "report"])
def test_refuses_a_file_that_is_not_a_store(tmp_path: Path, command: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE notes (body TEXT)")
    before = other.read_bytes()
    for path in (empty, other):
        result = run_cli(command, str(path))
        assert result.returncode == 2
        assert_one_line_error(result, "is not a gossipcheck results store")
    assert empty.read_bytes() == b"" and other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "other.sqlite"]


def test_export_to_a_missing_folder_is_an_input_error(results: Path, tmp_path: Path) -> None:
    result = run_cli("export", str(results), "-o", str(tmp_path / "nope" / "out.csv"))
    assert result.returncode == 2
    assert_one_line_error(result, "there is no folder")


def _images(page: str) -> list[str]:
    return [
        base64.b64decode(data).decode("utf-8")
        for data in re.findall(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)"', page)
    ]


def test_summary_page_is_offline_with_plots(results: Path, tmp_path: Path) -> None:
    page_path = tmp_path / "summary.html"
    result = run_cli("report", str(results), "-o", str(page_path))
    assert result.returncode == 0, result.stderr.decode()
    page = page_path.read_text(encoding="utf-8")
    images = _images(page)
    assert len(images) == 4  # P(fake), outlets, source types, over time
    assert all(svg.lstrip().startswith("<?xml") and "<svg" in svg for svg in images)
    assert "<script" not in page and not re.search(r"(src|href)=\"https?:", page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # outlet names are escaped
    assert "8 articles checked, 1 inputs could not be checked" in page
    assert "mean P(fake) 0.51" in page  # (0.81 + 0.77 + 0.21 + 0.12 + 0.48 + 0.30 + 0.90) / 7
    assert "Radar Online (2 of 3)" in images[1]  # ranked with counts, in the plot's text
    table = page[page.index("<th>outlet</th>") :]
    assert table.index("&lt;script&gt;") < table.index("Radar Online") < table.index("People")


def test_summary_without_dates_says_so(tmp_path: Path) -> None:
    store = Store(tmp_path / "r.sqlite")
    store.save([Outcome("a", "x", fake_report(1, "People", "likely real", 0.2, None, 0, False))])
    store.close()
    out = tmp_path / "s.html"
    assert write_summary(tmp_path / "r.sqlite", out) == 1
    page = out.read_text(encoding="utf-8")
    assert "No article in the store has a publication date" in page
    assert len(_images(page)) == 3


def test_outlets_ranked_by_share_then_count() -> None:
    rows = [{"outlet": o, "verdict": v} for o, v in
            [("A", "likely fake"), ("A", "likely real"), ("B", "likely fake"),
             ("C", "likely fake"), ("C", "likely fake"), (None, "likely fake")]]  # fmt: skip
    ranked = [(s.outlet, s.likely_fake, s.stories) for s in outlet_shares(rows)]
    assert ranked == [("C", 2, 2), ("B", 1, 1), ("A", 1, 2)]


def test_summary_without_matplotlib_names_the_extra(
    results: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(GossipcheckError) as caught:
        write_summary(results, tmp_path / "s.html")
    assert str(caught.value) == MISSING_MATPLOTLIB and "gossipcheck[report]" in str(caught.value)
    assert not (tmp_path / "s.html").exists()
