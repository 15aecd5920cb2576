"""Training-time only: specialise the exported encoder graph to how the product runs it.

The product runs the encoder on one unpadded row at a time (``ContentEncoder._run``), so its
attention mask is all ones. The graph torch exports still carries, in every layer, the
additive attention mask (``Where`` on the expanded mask, then ``Add`` to the scores) and
the guard that replaces a fully masked row's NaN softmax by zeros (``IsNaN`` + ``Where``).
With a mask of ones the first adds 0.0 and the second never fires, so both are removed:
the logits stay bit-identical (checked on 800 val, celebrity_dev and extra windows when
it was written), ~7% less time per window. The mask input stays for the mean pooling.

Needs the ``onnx`` package (the ``train`` extra). ``lab train --encoder finetune`` runs it
on every export (``finetune._export``); ``python -m gossipcheck.lab.credibility.onnx_graph
FILE`` applies it to an exported file in place.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def specialise(path: Path) -> tuple[int, int]:
    """Rewrite the ONNX file at ``path`` for unpadded single rows; returns the node
    counts before and after (unchanged when nothing matched: a graph already done)."""
    import onnx

    model = onnx.load(str(path))
    graph = model.graph
    before = len(graph.node)
    dropped = _bypass_mask_and_nan_guard(graph)
    if dropped:
        _prune(graph)
        onnx.checker.check_model(model)
        onnx.save(model, str(path))
    return before, len(graph.node)


def _bypass_mask_and_nan_guard(graph: Any) -> set[str]:
    producer = {out: node for node in graph.node for out in node.output}
    consumers: dict[str, list[Any]] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    dropped: set[str] = set()

    def only_consumer(node: Any, op: str) -> Any:
        found = consumers.get(node.output[0], [])
        if len(found) != 1 or found[0].op_type != op:
            raise ValueError(f"unexpected encoder graph after {node.name}")
        return found[0]

    for node in list(graph.node):
        if node.op_type == "IsNaN" and producer[node.input[0]].op_type == "Softmax":
            guard = only_consumer(node, "Where")  # Where(IsNaN(p), 0, p)
            _rewire(graph, guard.output[0], node.input[0])
            dropped |= {node.name, guard.name}
        elif node.op_type == "Where" and node.name.endswith("attention/self/Where"):
            add = only_consumer(node, "Add")  # scores + Where(mask, 0, min)
            (scores,) = (name for name in add.input if name != node.output[0])
            _rewire(graph, add.output[0], scores)
            dropped |= {node.name, add.name}
    kept = [node for node in graph.node if node.name not in dropped]
    del graph.node[:]
    graph.node.extend(kept)
    return dropped


def _rewire(graph: Any, old: str, new: str) -> None:
    for node in graph.node:
        for i, name in enumerate(node.input):
            if name == old:
                node.input[i] = new


def _prune(graph: Any) -> None:
    """Drop the nodes and initializers no output depends on any more."""
    needed = {out.name for out in graph.output}
    live = []
    for node in reversed(list(graph.node)):
        if any(out in needed for out in node.output):
            live.append(node)
            needed.update(node.input)
    del graph.node[:]
    graph.node.extend(reversed(live))
    initializers = [init for init in graph.initializer if init.name in needed]
    del graph.initializer[:]
    graph.initializer.extend(initializers)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, help="an exported credibility-encoder.onnx")
    args = parser.parse_args(argv)
    before, after = specialise(args.path)
    print(f"{args.path}: {before} -> {after} nodes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
