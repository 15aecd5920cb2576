"""Unit tests of the credibility model: features, vectoriser, training, loading, scoring."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

import numpy as np
import pytest

from gossipcheck.credibility.calibration import (
    best_threshold,
    expected_calibration_error,
    fit_platt,
    macro_f1,
    sigmoid,
)
from gossipcheck.credibility.features import Analyzer, content_tokens, raw_tokens
from gossipcheck.credibility.lexical import LexicalVectorizer, array_text, text_array
from gossipcheck.credibility.model import DEFAULT_PATH, CredibilityModel, write_npz
from gossipcheck.errors import GossipcheckError, ModelError
from gossipcheck.lab.credibility.bench import format_table
from gossipcheck.lab.credibility.evaluate import evaluate, read_labelled
from gossipcheck.lab.credibility.train import fit_lexical, train_model

from .conftest import SHARED

FAKE_WORDS = [
    "brangelina",
    "reunite",
    "secret",
    "baby",
    "pregnant",
    "twins",
    "divorce",
    "feud",
    "cheating",
]
REAL_WORDS = [
    "premiere",
    "album",
    "tour",
    "award",
    "grammy",
    "film",
    "festival",
    "interview",
    "season",
]
NAMES = [
    "jennifer",
    "aniston",
    "brad",
    "pitt",
    "kim",
    "kardashian",
    "taylor",
    "swift",
    "selena",
    "gomez",
]


def _article(rng: random.Random, words: list[str], n: int = 60) -> str:
    picks = [rng.choice(words if rng.random() < 0.3 else [*NAMES, "the", "and"]) for _ in range(n)]
    sentences = [" ".join(picks[i : i + 10]).capitalize() + "." for i in range(0, n, 10)]
    return " ".join(sentences)


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    rng = random.Random(0)
    d = tmp_path_factory.mktemp("toy")

    def rows(n: int, prefix: str) -> list[dict[str, str]]:
        out = []
        for i in range(n):
            fake = i % 3 == 0
            text = _article(rng, FAKE_WORDS if fake else REAL_WORDS)
            label = fake if i % 10 != 1 else not fake  # 10% label noise, as in real data
            out.append({"id": f"{prefix}-{i}", "text": text, "label": "fake" if label else "real"})
        return out

    train, val = _write(d / "train.jsonl", rows(240, "tr")), _write(d / "val.jsonl", rows(90, "va"))
    out = d / "model.npz"
    summary = train_model([train], out, seed=0, val=val, encoder="none")
    return {"train": train, "val": val, "model": out, "dir": d, "summary": summary}  # type: ignore[dict-item]


def test_tokens_ignore_tokenizer_spacing_and_case() -> None:
    assert raw_tokens("a six - year - old") == raw_tokens("A Six-Year-Old")
    assert raw_tokens("RadarOnline. com") == raw_tokens("radaronline.com")
    assert raw_tokens("Beyoncé’s girl ’ s") == ["beyonce", "s", "girl", "s"]


def test_content_tokens_drop_style_words_and_truncate() -> None:
    plain = content_tokens("Kim Kardashian returned to Paris in 2018.")
    loud = content_tokens("SHOCKING! Kim Kardashian has totally returned to Paris in 2018!!!")
    assert plain == loud == ["kim", "kardashian", "returned", "paris", "0000"]
    assert content_tokens("the kim the paris", max_tokens=2) == ["kim"]


def test_runtime_vectoriser_matches_scikit_learn() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [
        "Kim Kardashian Paris robbery",
        "Brad Pitt Angelina Jolie divorce Paris",
        "Paris fashion week Kim",
        "Taylor Swift new album tour",
    ] * 2
    analyzer = Analyzer(max_tokens=0, n_max=2)
    ours = fit_lexical(texts, analyzer)
    ref = TfidfVectorizer(analyzer=analyzer, min_df=2, sublinear_tf=True).fit(texts)
    expected = ref.transform(texts).toarray()
    order = [ref.vocabulary_[t] for t in ours.vocabulary]
    got = ours.matrix(texts).toarray()  # type: ignore[attr-defined]
    np.testing.assert_allclose(got, expected[:, order], atol=1e-9)


@pytest.mark.slow
def test_training_writes_a_working_calibrated_model(toy: dict[str, Path]) -> None:
    model = CredibilityModel.load(toy["model"])
    rows = read_labelled(toy["val"])
    report = evaluate(model, rows)
    assert report["macro_f1"] > 0.8
    assert set(report) >= {
        "macro_f1",
        "accuracy",
        "n",
        "articles_per_second",
        "per_class",
        "ece",
        "threshold",
    }
    assert report["per_class"]["fake"]["support"] == 33
    p = model.predict_proba([r["text"] for r in rows])
    assert p.shape == (90,) and np.all((p > 0) & (p < 1))
    low, high = model.thresholds
    assert 0 < low <= model.threshold <= high < 1
    summary = toy["summary"]
    assert summary["seed"] == 0 and summary["val_macro_f1"] > 0.8  # type: ignore[index]


@pytest.mark.slow
def test_training_is_deterministic(toy: dict[str, Path]) -> None:
    again = toy["dir"] / "again.npz"
    train_model([toy["train"]], again, seed=0, val=toy["val"], encoder="none")
    texts = [r["text"] for r in read_labelled(toy["val"])]
    a = CredibilityModel.load(toy["model"]).predict_proba(texts)
    b = CredibilityModel.load(again).predict_proba(texts)
    np.testing.assert_allclose(a, b, atol=1e-7)


@pytest.mark.slow
def test_explain_features_and_sentences(toy: dict[str, Path]) -> None:
    model = CredibilityModel.load(toy["model"])
    text = "Brangelina reunite with a secret baby. The film premiere was at the festival."
    cut = text.index("The")
    out = model.explain(text, [(0, cut - 1), (cut, len(text))], top_k=3)
    words = [f for f in out["features"] if not f["feature"].startswith("same story")]
    assert 0 < len(words) <= 3
    assert all(f["direction"] in ("fake", "real") for f in out["features"])
    first, second = out["sentences"]
    assert (first["start"], first["end"]) == (0, cut - 1)
    assert first["direction"] == "fake" and first["contribution"] > 0
    assert second["direction"] == "real" and second["contribution"] < 0


def test_loading_missing_or_corrupt_artifact_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError):
        CredibilityModel.load(tmp_path / "nope.npz")
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a zip file")
    with pytest.raises(ModelError) as info:
        CredibilityModel.load(bad)
    assert "\n" not in str(info.value)


def test_read_labelled_rejects_bad_rows(tmp_path: Path) -> None:
    with pytest.raises(GossipcheckError):
        read_labelled(tmp_path / "missing.jsonl")
    bad = _write(tmp_path / "bad.jsonl", [{"id": "1", "text": "x", "label": "maybe"}])
    with pytest.raises(GossipcheckError, match="label"):
        read_labelled(bad)
    (tmp_path / "junk.jsonl").write_text("{not json\n")
    with pytest.raises(GossipcheckError):
        read_labelled(tmp_path / "junk.jsonl")


def test_calibration_helpers() -> None:
    rng = np.random.default_rng(0)
    s = rng.normal(size=4000)
    y = rng.random(4000) < sigmoid(2.0 * s - 1.0)
    a, b = fit_platt(s, y)
    assert abs(a - 2.0) < 0.3 and abs(b + 1.0) < 0.2
    assert expected_calibration_error(y, sigmoid(a * s + b)) < 0.03
    assert expected_calibration_error(np.array([1, 0]), np.array([1.0, 0.0])) == 0.0
    assert macro_f1(np.array([1, 0, 1, 0]), np.array([1, 0, 1, 0])) == 1.0
    t, f = best_threshold(y, sigmoid(a * s + b))
    assert 0 < t < 1 and f > 0.6


def test_shipped_model_loads_small_and_scores() -> None:
    assert DEFAULT_PATH.stat().st_size < 50 * 2**20
    model = CredibilityModel.load()
    assert model is CredibilityModel.load()  # cached
    assert model.name and model.version
    p = model.predict_proba(
        [
            "Jennifer Aniston and Brad Pitt are secretly back together.",
            "The film premieres at the Venice festival next month.",
        ]
    )
    assert p.shape == (2,) and np.all((p >= 0) & (p <= 1))
    assert model.predict_proba([]).shape == (0,)
    assert model.explain("", []) == {"features": [], "sentences": [], "matches": []}
    assert isinstance(model.lexical, LexicalVectorizer)  # numpy/scipy only, no sklearn


def test_writer_and_reader_round_trip_the_shipped_model(tmp_path: Path) -> None:
    shipped = CredibilityModel.load()
    again = tmp_path / "again.npz"
    shipped.save(again)
    assert again.read_bytes() == DEFAULT_PATH.read_bytes()  # the shipped file is what it writes
    with zipfile.ZipFile(again) as archive:
        kinds = {i.filename: i.compress_type for i in archive.infolist()}
    assert (
        kinds["vocabulary.npy"] == zipfile.ZIP_STORED and kinds["idf.npy"] == zipfile.ZIP_DEFLATED
    )
    for beside in DEFAULT_PATH.parent.glob("credibility-*"):  # encoder, tokenizer, sources
        (tmp_path / beside.name).symlink_to(beside)
    model = CredibilityModel.load(again)
    assert model is not shipped and model.meta == shipped.meta
    assert model.lexical.vocabulary == shipped.lexical.vocabulary
    assert model.memory is not None and shipped.memory is not None
    assert model.memory.vectorizer.vocabulary == shipped.memory.vectorizer.vocabulary
    texts = ["Selena Gómez's «secret» wedding plans, an insider tells Radar."]
    np.testing.assert_array_equal(model.blocks(texts), shipped.blocks(texts))


def test_text_entries_keep_any_text_and_refuse_other_arrays(tmp_path: Path) -> None:
    words = ["brangelina", "gómez", "beyoncé’s", "東京", "new york"]
    path = tmp_path / "words.npz"
    write_npz(path, {"words": text_array("\n".join(words))}, stored=("words",))
    with np.load(path, allow_pickle=False) as data:
        assert array_text(data["words"]).split("\n") == words
    with pytest.raises(ValueError):
        array_text(np.array("\n".join(words)))  # the UTF-32 string format 1 stored


def test_an_artifact_of_the_old_format_is_refused_in_one_line(tmp_path: Path) -> None:
    old = tmp_path / "old.npz"
    np.savez_compressed(old, meta=np.array(json.dumps({"format": 1})), vocabulary=np.array("a"))
    with pytest.raises(ModelError, match="unsupported format") as info:
        CredibilityModel.load(old)
    assert "\n" not in str(info.value)


def test_format_table() -> None:
    table = format_table([{"model": "m", "set": "test", "n": 3, "macro_f1": 0.5}])
    assert table.splitlines()[0].startswith("| model | set |") and "| m | test | 3 | 0.5 |" in table


def test_story_memory_cosine_and_vote() -> None:
    from gossipcheck.credibility.memory import StoryMemory

    texts = [
        "Brad Pitt and Angelina Jolie reunite in Malibu with their children",
        "Taylor Swift announces a stadium tour across Europe next summer",
        "Kim Kardashian launches a fragrance line in Los Angeles",
    ] * 2
    y = np.array([True, False, False] * 2)
    uni = fit_lexical(texts, Analyzer(max_tokens=0, n_max=1))
    memory = StoryMemory.build(uni, texts, y, start=0.4, width=0.2, gamma=2.0)
    dense = uni.matrix(texts).toarray()  # type: ignore[attr-defined]
    query = "Shocking! Angelina Jolie and Brad Pitt reunite in Malibu, insiders say"
    q = uni.matrix([query]).toarray()[0]  # type: ignore[attr-defined]
    np.testing.assert_allclose(memory.similarities(query), dense @ q, atol=2e-3)
    assert memory.vote(memory.similarities(query)) == 1.0  # only the fake story is close
    assert memory.margin([query])[0] == 2.0
    near = memory.nearest(query)
    assert near is not None and near[1] is True and near[0] > 0.6
    assert memory.margin(["completely unrelated words about gardening"])[0] == 0.0


@pytest.mark.data("gossipcop", "train.jsonl")
def test_shipped_model_remembers_a_training_story() -> None:
    model = CredibilityModel.load()
    assert model.memory is not None and model.memory.gamma > 0
    row = read_labelled(SHARED / "gossipcop" / "train.jsonl")[0]
    out = model.explain(row["text"], [(0, len(row["text"]))])
    story = [f for f in out["features"] if f["feature"].startswith("same story")]
    assert story, out["features"]
    assert f"rated {row['label']} by GossipCop" in story[0]["feature"]
    match = out["matches"][0]
    assert match["rating"] == row["label"] and match["similarity"] > 0.99
    assert match["title"] and row["text"].startswith(match["title"].rstrip("…"))
    assert story[0]["direction"] == row["label"]


def test_rss_peak_sees_native_allocations() -> None:
    import time

    from gossipcheck.lab.credibility.bench import RssPeak

    with RssPeak() as idle:
        time.sleep(0.02)
    with RssPeak() as busy:
        block = np.ones(80 * 2**20 // 8)  # 80 MiB held by numpy, not by Python objects
        time.sleep(0.05)
        del block
    assert idle.peak_mib is not None and busy.peak_mib is not None
    assert busy.peak_mib >= idle.peak_mib + 60
