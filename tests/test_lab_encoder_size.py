"""`lab experiment encoder-size`: its options, candidate reuse and scoring glue (issue 11.4)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from gossipcheck.credibility.model import DEFAULT_PATH, CredibilityModel
from gossipcheck.errors import InputError
from gossipcheck.lab.credibility import encoder_size_experiment as experiment
from gossipcheck.lab.credibility.encoder_size_experiment import (
    Size,
    encoder_ms,
    long_texts,
    score_line,
    train_candidate,
    training_subset,
    with_encoder,
)
from gossipcheck.lab.credibility.finetune import encoder_files
from gossipcheck.lab.credibility.windows_experiment import Cached

from .test_lab_cli import one_line_error

RUMOUR = (
    "An insider close to the reality star claims the couple secretly wed in a desert chapel "
    "last weekend, and a second source says the guests were sworn to silence."
)
RECORD = (
    "The actor confirmed at a press event on Monday that filming of the sequel begins in "
    "March, and the studio announced the release date in a statement."
)


class StubEncoder:
    """Fake when a text leans on an insider: the logit every test below can predict."""

    def __init__(self) -> None:
        self.threads = 4
        self.seen_threads: list[int] = []

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        self.seen_threads.append(self.threads)
        return np.array([3.0 if "insider" in t else -3.0 for t in texts])


def labelled_set(n: int, seed: int) -> tuple[Cached, list[str]]:
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 2 == 0
    texts = [RUMOUR if fake else RECORD for fake in y]
    blocks = np.column_stack([rng.normal(size=n), rng.normal(size=n), np.zeros(n)])
    return Cached(y, blocks, [0] * n, [{} for _ in range(n)]), texts


def test_sizes_parse_and_bad_ones_are_input_errors() -> None:
    assert Size.parse("2x256") == Size(2, 256)
    assert Size.parse(" 3 x 192 ").name == "3x192"
    for bad in ("2x", "256", "7x128", "2x8", "twoxten"):
        with pytest.raises(InputError):
            Size.parse(bad)


def test_a_bad_candidate_is_a_one_line_error_before_any_work(
    capsys: pytest.CaptureFixture[str],
) -> None:
    line = one_line_error(capsys, "lab", "experiment", "encoder-size", "--candidate", "4by128")
    assert "4by128" in line and "LAYERSxTOKENS" in line


def test_the_training_subset_is_seeded_and_keeps_row_order() -> None:
    rows = [{"id": str(i)} for i in range(50)]
    first = training_subset(rows, 10, seed=0)
    assert first == training_subset(rows, 10, seed=0)
    assert len(first) == 10 and first == sorted(first, key=lambda r: int(r["id"]))
    assert training_subset(rows, 0, seed=0) is rows
    assert training_subset(rows, 80, seed=0) is rows


def test_a_candidate_already_trained_is_reused_not_retrained(tmp_path: Path) -> None:
    meta = tmp_path / "2x256" / "meta.json"
    meta.parent.mkdir()
    meta.write_text(json.dumps({"layers": 2, "max_tokens": 256}))
    # No torch is needed, and the data paths are never opened.
    missing = tmp_path / "missing.jsonl"
    assert train_candidate(Size(2, 256), tmp_path, data=[missing], val=missing) == meta


def test_scoring_refits_the_stack_on_val_and_times_on_one_thread() -> None:
    encoder = StubEncoder()
    sets = {"val": labelled_set(40, 0), "celebrity_dev": labelled_set(12, 1)}
    line = score_line(Size(2, 256), encoder, sets, [RUMOUR, RECORD] * 3)
    assert line.startswith("layers 2 size 256 stride 254 limit 1 pool first")
    # The stub's logit separates both sets, so the refitted stack does too.
    assert "| val F1 1.0000" in line and "| celebrity_dev F1 1.0000" in line
    assert line.count("AUC 1.0000") == 2
    assert line.endswith("ms/article")
    # Scored with the encoder's own threads, timed on one, and given its threads back.
    assert encoder.seen_threads == [4, 4, 1, 1]
    assert encoder.threads == 4
    assert encoder_ms(encoder, [RECORD]) >= 0.0


def test_the_candidate_logit_replaces_the_encoder_column_only() -> None:
    data, _ = labelled_set(4, 2)
    swapped = with_encoder(data, 192, np.array([1.0, 2.0, 3.0, 4.0]))
    assert swapped.logits[2] == {(192, 0): 3.0}
    assert swapped.blocks is data.blocks and swapped.y is data.y


def test_timing_texts_fill_the_longest_window_first() -> None:
    encoder = CredibilityModel.load().encoder
    assert encoder is not None
    texts = [RECORD, " ".join([RUMOUR] * 12), RUMOUR]
    assert long_texts(encoder, texts, 254)[0] == texts[1]
    assert len(long_texts(encoder, texts * 60, 254)) == experiment.TIMED


def test_untrained_sizes_are_timed_beside_the_shipped_encoder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = CredibilityModel.load().encoder
    assert shipped is not None
    exported: list[tuple[int, int]] = []

    def export(out: Path, layers: int, max_tokens: int) -> dict[str, object]:
        # Stands in for torch's export: the shipped files under the candidate's names.
        exported.append((layers, max_tokens))
        names = encoder_files(out)
        out.parent.mkdir(parents=True)
        for key, name in (
            ("onnx", "credibility-encoder.onnx"),
            ("tokenizer", "credibility-tokenizer.json"),
        ):
            shutil.copyfile(DEFAULT_PATH.parent / name, out.parent / names[key])
        return {**names, "max_tokens": max_tokens, "layers": layers}

    monkeypatch.setattr(experiment, "export_untrained", export)
    ood = tmp_path / "ood" / "celebrity_dev.jsonl"
    ood.parent.mkdir()
    rows = [
        {"id": str(i), "text": t, "label": "fake" if t is RUMOUR else "real"}
        for i, t in enumerate([RUMOUR, RECORD] * 3)
    ]
    ood.write_text("".join(json.dumps(r) + "\n" for r in rows))
    lines = list(experiment.timing_lines(shipped, tmp_path, tmp_path / "untrained", [Size(2, 64)]))
    assert exported == [(2, 64)]
    assert lines[0].startswith("4x128 (shipped): encoder ")
    assert lines[1].startswith("2x64 (untrained): encoder ") and lines[1].endswith("ms/article")
