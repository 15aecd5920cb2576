"""Corroboration: corpus building, same-story matching and which copy came first."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from gossipcheck.article import Article
from gossipcheck.corroboration import (
    MIGRATIONS,
    SAME_STORY_THRESHOLD,
    Corpus,
    Corroborator,
    corroborate,
    earliest,
)
from gossipcheck.corroboration.fingerprint import fingerprint
from gossipcheck.corroboration.normalize import outlet_from_url, published_iso, tokens
from gossipcheck.errors import DataError, InputError

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "corroboration_articles.jsonl"
ROWS = {row["id"]: row for row in map(json.loads, FIXTURE.read_text("utf-8").splitlines())}
WIRE = ROWS["wire-1"]


def build(path: Path, exclude: tuple[str, ...] = ()) -> Path:
    with Corpus(path) as corpus:
        corpus.add_articles(row for rid, row in ROWS.items() if rid not in exclude)
    return path


@pytest.fixture
def without_wire(tmp_path: Path) -> Corroborator:
    return Corroborator.open(build(tmp_path / "c.sqlite", exclude=("wire-1",)))


# ---- normalisation -------------------------------------------------------
def test_tokenizer_spacing_and_formatting_are_undone() -> None:
    assert tokens("a six - year - old at RadarOnline. com") == tokens(
        "A six-year-old at RadarOnline.com"
    )
    assert tokens("She ’ s “ Café ” ") == tokens('she\'s "cafe"')
    assert tokens("Встречной Гале") == ["встречнои", "гале"]  # other scripts are words too


def test_fingerprint_ignores_formatting() -> None:
    spaced = "The 68 - year - old Olympic gold medalist signs on the dotted line , “ reportedly ”"
    plain = 'The 68-year-old Olympic gold medalist\n\nsigns on the dotted line, "reportedly"'
    a, b = fingerprint(spaced), fingerprint(plain)
    assert a.shingles.tolist() == b.shingles.tolist()
    assert a.term_ids.tolist() == b.term_ids.tolist()


def test_dates_and_outlets() -> None:
    assert published_iso("2018-01-24 15:00:00") == "2018-01-24T15:00:00Z"
    assert published_iso("2018-01-24T17:00:00+02:00") == "2018-01-24T15:00:00Z"
    assert published_iso("2018-01-24") == "2018-01-24"
    assert published_iso(1516806000.0) == "2018-01-24T15:00:00Z"
    assert published_iso(1516806000000) == "2018-01-24T15:00:00Z"
    assert published_iso("Wed, 24 Jan 2018 15:00:00 GMT") == "2018-01-24T15:00:00Z"
    assert published_iso(None) is None
    with pytest.raises(ValueError):
        published_iso("last Tuesday")
    assert outlet_from_url("https://www.people.com/x/y") == "people.com"
    assert outlet_from_url(None) is None


# ---- matching ------------------------------------------------------------
def test_rewrites_in_two_other_styles_match(without_wire: Corroborator) -> None:
    matches = without_wire.find(WIRE["text"], k=10)
    assert [m.id for m in matches[:2]] == ["arg-style-1", "tabloid-1"]
    assert all(m.same_story for m in matches[:2])
    tokenised, tabloid = matches[0], matches[1]
    assert tokenised.similarity > 0.95  # the same text with tokenizer spacing
    assert tabloid.similarity >= SAME_STORY_THRESHOLD
    assert tabloid.outlet == "gossipdaily.example"
    assert tabloid.published == "2019-03-05T18:00:00Z"


def test_unrelated_story_does_not_match(without_wire: Corroborator) -> None:
    matches = without_wire.find(Article(text=WIRE["text"]), k=10)
    others = [m for m in matches if m.id.startswith("other-")]
    assert all(not m.same_story and m.similarity < 0.2 for m in others)
    unrelated = without_wire.find(ROWS["other-1"]["text"], k=10)
    assert [m.id for m in unrelated if m.same_story] == ["other-1"]


def test_empty_corpus_and_bad_queries(tmp_path: Path) -> None:
    Corpus(tmp_path / "empty.sqlite").close()
    empty = Corroborator.open(tmp_path / "empty.sqlite")
    assert empty.find(WIRE["text"]) == []
    with pytest.raises(InputError, match="no text"):
        empty.find("   ")
    with pytest.raises(InputError, match="k must be"):
        empty.find(WIRE["text"], k=0)
    with pytest.raises(InputError, match="no such corpus"):
        Corroborator.open(tmp_path / "missing.sqlite")


# ---- earliest ------------------------------------------------------------
def test_earliest_copy(without_wire: Corroborator) -> None:
    matches = without_wire.find(WIRE["text"], k=10)
    # no query date: the tabloid (5 March) beat the tokenised re-post (6 March)
    assert earliest(matches).id == "tabloid-1"  # type: ignore[union-attr]
    # the query itself, dated 4 March, came first
    query = Article(text=WIRE["text"], url=WIRE["url"], published=WIRE["published"])
    first = without_wire.earliest(matches, query=query)
    assert first is not None and first.is_query and first.published == "2019-03-04T09:30:00Z"
    assert first.outlet == "wirenews.example"
    # a later query: the tabloid again; an undatable query date is ignored
    late = Article(text=WIRE["text"], published="2019-04-01")
    assert earliest(matches, query=late).id == "tabloid-1"  # type: ignore[union-attr]
    undated = Article(text="x", published="soon")
    assert earliest(matches, query=undated).id == "tabloid-1"  # type: ignore[union-attr]
    # only same-story matches count
    assert earliest([m for m in matches if not m.same_story]) is None


# ---- corpus --------------------------------------------------------------
def test_add_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    with Corpus(path) as corpus:
        assert corpus.add_jsonl(FIXTURE) == len(ROWS)
        assert corpus.add_jsonl(FIXTURE) == 0
        assert corpus.add_articles([ROWS["wire-1"]]) == 0
        # an Article without an id gets a stable one (its URL, else a text hash)
        article = Article(text="A brand new story about nobody in particular at all.")
        assert corpus.add_articles([article, article]) == 1
        assert corpus.add_articles([article]) == 0
        assert len(corpus) == len(ROWS) + 1
        assert "wire-1" in corpus
    with Corpus(path) as reopened:
        assert len(reopened) == len(ROWS) + 1


def test_text_is_not_stored_unless_asked(tmp_path: Path) -> None:
    with Corpus(tmp_path / "a.sqlite") as corpus:
        corpus.add_articles([WIRE])
        assert [r.text for r in corpus.records()] == [None]
        assert corpus.db.execute("SELECT text FROM articles").fetchone() == (None,)
    with Corpus(tmp_path / "b.sqlite", store_text=True) as corpus:
        corpus.add_articles([WIRE])
        assert [r.text for r in corpus.records()] == [WIRE["text"]]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"c\.jsonl:2: not valid JSON"),
        ("[1, 2]", r"c\.jsonl:2: expected a JSON object"),
        ('{"id": "x"}', r"c\.jsonl:2: 'text' must be a non-empty string"),
        ('{"id": "x", "text": "  "}', "'text' must be a non-empty string"),
        ('{"id": ["x"], "text": "words"}', "'id' must be a string"),
        ('{"id": "x", "text": "words", "published": "someday"}', "'published' is not a date"),
    ],
)
def test_bad_jsonl_row_is_a_one_line_data_error(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(WIRE) + "\n" + line + "\n", encoding="utf-8")
    with Corpus(tmp_path / "c.sqlite") as corpus:
        with pytest.raises(DataError, match=message) as info:
            corpus.add_jsonl(path)
        assert "\n" not in str(info.value)
        assert len(corpus) == 0  # the whole file is one transaction


def test_missing_jsonl_is_an_input_error(tmp_path: Path) -> None:
    with Corpus(tmp_path / "c.sqlite") as corpus, pytest.raises(InputError, match="no such"):
        corpus.add_jsonl(tmp_path / "nope.jsonl")


def test_migrations_are_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    corpus = Corpus(path)
    assert corpus.migrate() == []  # applied on open
    names = [row[0] for row in corpus.db.execute("SELECT name FROM _migrations")]
    assert names == MIGRATIONS.names
    corpus.close()
    assert Corpus(path).migrate() == []


def test_not_a_database_and_stale_fingerprints(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("this is not sqlite " * 100)
    with pytest.raises(DataError, match="not a usable corpus database"):
        Corpus(bogus)
    path = tmp_path / "c.sqlite"
    Corpus(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'fingerprint_version'")
    with pytest.raises(DataError, match="rebuild the corpus"):
        Corpus(path)


# ---- integration hook ----------------------------------------------------
def test_corroborate_hook_is_json_ready(tmp_path: Path) -> None:
    path = build(tmp_path / "c.sqlite", exclude=("wire-1",))
    article = Article(text=WIRE["text"], url=WIRE["url"], published=WIRE["published"])
    result = corroborate(article, path, k=3)
    assert set(result) == {"matches", "earliest", "corpus_size"}
    assert result["corpus_size"] == len(ROWS) - 1
    assert [m["id"] for m in result["matches"]][:2] == ["arg-style-1", "tabloid-1"]
    assert result["earliest"]["is_query"] is True
    json.dumps(result)
    # the cached index is reloaded when the corpus changes
    with Corpus(path) as corpus:
        corpus.add_articles([WIRE])
    again = corroborate(article, path, k=3)
    assert again["corpus_size"] == len(ROWS)
    assert "wire-1" in [m["id"] for m in again["matches"]]
