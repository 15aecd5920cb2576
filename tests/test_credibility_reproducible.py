"""`gossipcheck lab train --seed 0` rebuilds the shipped artifact: the same model and the
same test macro-F1 within 0.005 (the issue's bar).

Fine-tuning the MiniLM encoder takes ~20 minutes on 2 cores and needs torch (the
``train`` extra), so this test rebuilds everything else (lexical block, story memory,
stacking weights, calibration, thresholds) with ``--encoder reuse`` on the shipped
encoder; the full command's reproduction is recorded in BENCHMARKS.md. The bytes of the
lexical block match on a quiet process; after other libraries have run in the parent
(Dask sets allocator variables), the last floating-point bits of a few weights can
differ, so the test compares values, not bytes.

The int8 encoder's logits depend on the CPU: onnxruntime's integer kernels differ between
CPUs with and without VNNI (on AVX2 alone the u8*s8 products saturate), so on another CPU
the stacking weights and the thresholds fitted on those logits move in the third decimal.
They are compared within ``META_TOLERANCE``; the model's quality is held to the issue's
bar (test macro-F1 within 0.005)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from gossipcheck.credibility.lexical import array_text
from gossipcheck.credibility.model import DEFAULT_PATH

from .conftest import SHARED, run_cli

# Stack weights and thresholds: CPU-dependent encoder logits (above). Measured between an
# AVX2-only AMD EPYC and the build machine: stack 0.023, thresholds 0.0006.
META_TOLERANCE = {"stack": 0.05, "thresholds": 0.01}


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
    meta_rebuilt = json.loads(array_text(rebuilt["meta"]))
    meta_shipped = json.loads(array_text(shipped["meta"]))
    assert meta_rebuilt.keys() == meta_shipped.keys()
    assert meta_rebuilt["C"] == meta_shipped["C"]
    for key, tolerance in META_TOLERANCE.items():
        np.testing.assert_allclose(
            np.asarray(meta_rebuilt[key], dtype=float),
            np.asarray(meta_shipped[key], dtype=float),
            rtol=0,
            atol=tolerance,
            err_msg=key,
        )
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
