"""`gossipcheck train --seed 0` rebuilds the shipped artifact byte for byte."""

from __future__ import annotations

from pathlib import Path

from gossipcheck.credibility.model import DEFAULT_PATH

from .conftest import needs_data
from .test_cli_errors import run_cli


@needs_data("gossipcop", "extra.jsonl")
def test_train_seed_0_rebuilds_the_shipped_artifact(tmp_path: Path) -> None:
    out = tmp_path / "model.npz"
    result = run_cli("train", "--seed", "0", "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    assert out.read_bytes() == DEFAULT_PATH.read_bytes()
