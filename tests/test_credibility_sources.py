"""The story memory's metadata table: records, loading, and the shipped table's rebuild."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gossipcheck.credibility.model import DEFAULT_PATH
from gossipcheck.credibility.sources import load_table, meta_path, record, source_table, write_table


def test_record_names_the_outlet_from_the_url_and_falls_back() -> None:
    known = record({"text": "x", "title": "Stars wed", "url": "https://www.people.com/a/b"})
    assert known == ["Stars wed", "People", None]
    unknown = record({"text": "x", "url": "https://blog.example.org/p", "published": "2018-01-02"})
    assert unknown[1] == "blog.example.org" and unknown[2] == "2018-01-02"
    assert record({"text": "x", "published": "1595307220.0"})[2] == "2020-07-21"
    assert record({"text": "x", "published": "2016-03-31 15:00:00"})[2] == "2016-03-31"
    assert record({"text": "x", "published": "soon"})[2] is None
    words = " ".join(f"w{i}" for i in range(20))
    assert record({"text": words})[0] == " ".join(f"w{i}" for i in range(12)) + "…"
    assert record({"text": "short one"}) == ["short one", None, None]


def test_table_round_trip_and_mismatch(tmp_path: Path) -> None:
    rows = [{"text": "a b c", "title": "T"}, {"text": "d e"}]
    path = write_table(meta_path(tmp_path / "m.npz"), source_table(rows, [0, 1, 1]))
    assert path.name == "m-memory-meta.json"
    assert load_table(path, 3) == ([["T", None, None], ["d e", None, None]], [0, 1, 1])
    assert load_table(path, 4) is None  # a table for another memory is ignored
    assert load_table(tmp_path / "absent.json", 3) is None
    path.write_text("{not json")
    assert load_table(path, 3) is None


@pytest.mark.data("gossipcop", "train.jsonl")
def test_shipped_table_is_what_the_lab_rebuilds() -> None:
    from gossipcheck.lab.credibility.train import DEFAULT_DATA, _chunked, _training_rows

    rows = _training_rows(DEFAULT_DATA)
    _, _, row_of = _chunked(rows)
    shipped = json.loads(meta_path(DEFAULT_PATH).read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(source_table(rows, row_of), ensure_ascii=False))


def test_memory_reads_its_table_when_a_story_first_matches() -> None:
    import numpy as np

    from gossipcheck.credibility.features import Analyzer
    from gossipcheck.credibility.memory import StoryMemory
    from gossipcheck.lab.credibility.train import fit_lexical

    texts = [
        "Brad Pitt and Angelina Jolie reunite in Malibu with their children",
        "Taylor Swift announces a stadium tour across Europe next summer",
    ] * 2
    uni = fit_lexical(texts, Analyzer(max_tokens=0, n_max=1))
    memory = StoryMemory.build(uni, texts, np.array([True, False] * 2), gamma=2.0)
    reads: list[int] = []

    def table() -> tuple[list[list[str | None]], list[int]]:
        reads.append(1)
        return [["Pitt and Jolie reunite", "People", None], ["Swift tour", None, None]], [
            0,
            1,
            0,
            1,
        ]

    memory.table = table
    assert memory.matches("a recipe for lemon cake with fresh berries") == []
    assert reads == []  # no story matched: the table stays unread
    query = "Angelina Jolie and Brad Pitt reunite in Malibu, insiders say"
    (match,) = memory.matches(query)
    assert (match["title"], match["outlet"], match["rating"]) == (
        "Pitt and Jolie reunite",
        "People",
        "fake",
    )
    assert memory.matches(query) == [match] and reads == [1]  # read once
