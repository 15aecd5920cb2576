"""The exported encoder graph, specialised to unpadded single rows (lab/credibility/onnx_graph)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from gossipcheck.credibility.model import DEFAULT_PATH

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

from onnx import TensorProto, helper  # noqa: E402

from gossipcheck.lab.credibility.onnx_graph import specialise  # noqa: E402

ENCODER = DEFAULT_PATH.parent / "credibility-encoder.onnx"


def _attention_like(path: Path) -> None:
    """scores + Where(mask, 0, min) -> Softmax -> Where(IsNaN, 0, p) -> MatMul, as torch
    exports one attention layer (names as in the real graph)."""
    self = "/encoder/encoder/layer.0/attention/self"
    f32 = TensorProto.FLOAT
    nodes = [
        helper.make_node("Cast", ["mask"], ["keep"], to=TensorProto.BOOL, name="/encoder/Cast"),
        helper.make_node("Where", ["keep", "zero", "low"], ["bias"], name=f"{self}/Where"),
        helper.make_node("Add", ["scores", "bias"], ["masked"], name=f"{self}/Add"),
        helper.make_node("Softmax", ["masked"], ["p"], axis=-1, name=f"{self}/Softmax"),
        helper.make_node("IsNaN", ["p"], ["nan"], name=f"{self}/IsNaN"),
        helper.make_node("Where", ["nan", "zero", "p"], ["safe"], name=f"{self}/Where_1"),
        helper.make_node("MatMul", ["safe", "values"], ["out"], name=f"{self}/MatMul"),
    ]
    inits = [
        helper.make_tensor("zero", f32, [], [0.0]),
        helper.make_tensor("low", f32, [], [-3.4e38]),
    ]
    graph = helper.make_graph(
        nodes,
        "attention",
        [
            helper.make_tensor_value_info("scores", f32, [1, 4, 4]),
            helper.make_tensor_value_info("mask", TensorProto.INT64, [1, 1, 4]),
            helper.make_tensor_value_info("values", f32, [1, 4, 2]),
        ],
        [helper.make_tensor_value_info("out", f32, [1, 4, 2])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    onnx.save(model, str(path))


def _run(path: Path, feeds: dict[str, np.ndarray]) -> np.ndarray:
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    (out,) = session.run(None, feeds)
    return np.asarray(out)


def test_specialise_drops_the_mask_and_nan_guard_with_the_same_output(tmp_path: Path) -> None:
    path = tmp_path / "attention.onnx"
    _attention_like(path)
    rng = np.random.default_rng(0)
    feeds = {
        "scores": rng.normal(size=(1, 4, 4)).astype(np.float32),
        "mask": np.ones((1, 1, 4), dtype=np.int64),
        "values": rng.normal(size=(1, 4, 2)).astype(np.float32),
    }
    before = _run(path, feeds)
    assert specialise(path) == (7, 2)  # Softmax and MatMul stay; the mask is not read
    ops = [node.op_type for node in onnx.load(str(path)).graph.node]
    assert ops == ["Softmax", "MatMul"]
    assert np.array_equal(_run(path, feeds), before)


def test_the_shipped_encoder_is_specialised(tmp_path: Path) -> None:
    ops = {node.op_type for node in onnx.load(str(ENCODER)).graph.node}
    assert "IsNaN" not in ops
    copy = tmp_path / "encoder.onnx"
    shutil.copyfile(ENCODER, copy)
    before, after = specialise(copy)
    assert before == after  # nothing left to remove
    assert copy.read_bytes() == ENCODER.read_bytes()
