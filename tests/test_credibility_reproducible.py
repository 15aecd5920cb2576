"""`gossipcheck lab train --seed 0` rebuilds the shipped artifact: the same model and the
same test macro-F1 within 0.005 (the issue's bar).

Fine-tuning the MiniLM encoder takes ~20 minutes on 2 cores and needs torch (the
``train`` extra), so this test rebuilds everything else (lexical block, story memory,
stacking weights, calibration, thresholds) with ``--encoder reuse`` on the shipped
encoder; the full command's reproduction is recorded in BENCHMARKS.md. The bytes of the
lexical block match on a quiet process; after other libraries have run in the parent
(Dask sets allocator variables), the last floating-point bits of a few weights can
differ, so the test compares values, not bytes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from gossipcheck.credibility.model import DEFAULT_PATH

from .conftest import SHARED, run_cli


@pytest.mark.slow
@pytest.mark.data("gossipcop", "extra.jsonl")
@pytest.mark.data("gossipcop", "test.jsonl")
def test_train_seed_0_rebuilds_the_shipped_artifact(tmp_path: Path) -> None:
    out = tmp_path / "model.npz"
    result = run_cli("lab", "train", "--seed", "0", "--encoder", "reuse", "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    rebuilt, shipped = np.load(out), np.load(DEFAULT_PATH)
    assert rebuilt.files == shipped.files
    for name in rebuilt.files:
        if rebuilt[name].dtype.kind in "fc":
            np.testing.assert_allclose(rebuilt[name], shipped[name], rtol=0, atol=1e-5)
        elif name != "meta":
            assert np.array_equal(rebuilt[name], shipped[name]), name
    meta_rebuilt, meta_shipped = json.loads(str(rebuilt["meta"])), json.loads(str(shipped["meta"]))
    assert meta_rebuilt.keys() == meta_shipped.keys()
    assert meta_rebuilt["thresholds"] == meta_shipped["thresholds"]
    assert meta_rebuilt["C"] == meta_shipped["C"]
    assert meta_rebuilt["stack"] == meta_shipped["stack"]
    encoder = meta_shipped["encoder"]["onnx"]
    assert (tmp_path / "model-encoder.onnx").read_bytes() == (
        DEFAULT_PATH.parent / encoder
    ).read_bytes()

    test = str(SHARED / "gossipcop" / "test.jsonl")
    scores = [
        json.loads(run_cli("lab", "eval", test, "--format", "json", *extra).stdout)["macro_f1"]
        for extra in ((), ("--model", str(out)))
    ]
    assert abs(scores[0] - scores[1]) <= 0.005
