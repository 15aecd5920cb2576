"""Encoders of other depth and reach (issues 11.4 and 13.2), on both selection sets.

    gossipcheck lab experiment encoder-size [--candidate 2x256 --candidate 3x192 ...]
        [--epochs 2] [--limit 0] [--out-dir bench/out/encoder-size]

Each candidate ``LxT`` keeps MiniLM's lower ``L`` layers and reads the first ``T``
word-pieces. It is fine-tuned by :func:`.finetune.finetune_encoder` (the code path of
``gossipcheck lab train --encoder finetune``) on the same rows (GossipCop train + extra,
``--limit`` keeps a seeded subset, for timing), keeping the epoch with the best val
ROC-AUC, and exported to int8 ONNX in ``--out-dir/LxT/``; a candidate already there is
reused, not retrained. The shipped encoder is the first line.
Each encoder's logit replaces the shipped model's encoder column; the stack, Platt scaling
and cut-off are refitted on val as ``gossipcheck lab train --seed 0 --encoder reuse`` does
(see :func:`.windows_experiment.candidate_line`). One line per encoder: macro-F1 at the
val-chosen cut-off, ECE and ROC-AUC on val and celebrity_dev, and the encoder's CPU ms
per article (one onnxruntime thread, ``time.process_time``) on texts long enough to fill
every candidate's window. Reads no test, SheepDog or held-out rows.
With ``--untrained`` each candidate is exported with an untrained head instead, and only
its ms per article is printed (the cost of an architecture, in seconds rather than hours).

Findings (2026-12-03, 1 epoch, on a shared 2-core machine): at the shipped encoder's
cost only 2x192 (0.85x) and 3x160 (1.0x) read more; 2x256 and 3x192 cost 1.2x, 2x128
0.5x. 2x192 and 2x128 (all rows) lost on celebrity_dev (0.662, 0.688 against 0.739) and
held val to within 0.012; none was kept.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from gossipcheck.credibility.encoder import NO_NAMES, READS, ContentEncoder, Windows
from gossipcheck.credibility.model import CredibilityModel
from gossipcheck.errors import InputError

from .evaluate import labels, read_labelled
from .finetune import LAYERS, MAX_TOKENS, export_untrained, finetune_encoder
from .train import DEFAULT_DATA, DEFAULT_VAL, _training_rows
from .weights import source_balanced
from .windows_experiment import Cached, candidate_line

CANDIDATES = ("2x256", "3x192", "2x128")
EPOCHS = 2
TIMED = 100  # texts timed per encoder


@dataclass(frozen=True)
class Size:
    """An encoder's depth (MiniLM layers kept) and reach (word-pieces read)."""

    layers: int
    tokens: int
    reads: str = "content"
    weighted: bool = False  # fine-tuned with source-balanced weights (see .weights)

    @classmethod
    def parse(cls, text: str) -> Size:
        """``"2x256"`` -> 2 layers reading 256 pieces (1-6 layers, 16-512 pieces); options
        after a colon: a reading (``"4x128:nameless"``, without the model's masked proper
        nouns) and ``weighted`` (``"4x128:weighted"``)."""
        found = re.fullmatch(r"\s*(\d+)\s*x\s*(\d+)\s*(?::\s*([\w,\s]+))?", text)
        if not found:
            raise InputError(
                f"encoder size {text!r} is not LAYERSxTOKENS[:OPTIONS], e.g. 2x256 or "
                "4x128:nameless,weighted"
            )
        options = [o.strip() for o in (found[3] or "").split(",") if o.strip()]
        readings = [o for o in options if o in READS]
        unknown = [o for o in options if o not in READS and o != "weighted"]
        if unknown or len(readings) > 1:
            raise InputError(
                f"encoder size {text!r}: options are one of {', '.join(READS)} and 'weighted'"
            )
        size = cls(
            int(found[1]),
            int(found[2]),
            readings[0] if readings else "content",
            "weighted" in options,
        )
        if not (1 <= size.layers <= 6 and 16 <= size.tokens <= 512):
            raise InputError(f"encoder size {text!r}: 1-6 layers and 16-512 word-pieces")
        return size

    @property
    def name(self) -> str:
        base = f"{self.layers}x{self.tokens}"
        if self.reads != "content":
            base += f"-{self.reads}"
        return base + ("-weighted" if self.weighted else "")


SHIPPED = Size(LAYERS, MAX_TOKENS)


class Encoder(Protocol):
    threads: int

    def logits(self, texts: Sequence[str]) -> np.ndarray: ...


def training_subset(rows: list[dict[str, Any]], limit: int, seed: int) -> list[dict[str, Any]]:
    """All ``rows``, or a seeded random ``limit`` of them in their order."""
    if not limit or limit >= len(rows):
        return rows
    keep = sorted(random.Random(seed).sample(range(len(rows)), limit))
    return [rows[i] for i in keep]


def train_candidate(
    size: Size,
    out_dir: Path,
    epochs: int = EPOCHS,
    limit: int = 0,
    seed: int = 0,
    data: Sequence[Path] = DEFAULT_DATA,
    val: Path = DEFAULT_VAL,
    log: Callable[[str], None] = print,
    names: frozenset[str] = NO_NAMES,
) -> Path:
    """Fine-tune ``size`` (unless ``out_dir/<name>/meta.json`` exists); its meta file."""
    folder = out_dir / size.name
    meta_file = folder / "meta.json"
    if meta_file.is_file():
        return meta_file
    rows = training_subset(_training_rows(data), limit, seed)
    val_rows = read_labelled(val)
    started = time.time()
    meta = finetune_encoder(
        [r["text"] for r in rows],
        labels(rows),
        [r["text"] for r in val_rows],
        labels(val_rows),
        folder / "credibility.npz",
        seed=seed,
        epochs=epochs,
        log=lambda line: log(f"{size.name}: {line}"),
        layers=size.layers,
        max_tokens=size.tokens,
        reads=size.reads,
        masked=names,
        weights=source_balanced(rows, labels(rows)) if size.weighted else None,
    )
    meta.update(n_train=len(rows), train_seconds=round(time.time() - started, 1))
    meta_file.write_text(json.dumps(meta, indent=1) + "\n")
    return meta_file


def encoder_ms(encoder: Encoder, texts: Sequence[str]) -> float:
    """CPU ms per text of ``encoder.logits``, one run at a time on one thread."""
    threads, encoder.threads = encoder.threads, 1
    try:
        encoder.logits(texts[:2])  # warm the session
        started = time.process_time()
        encoder.logits(texts)
        return 1000 * (time.process_time() - started) / max(1, len(texts))
    finally:
        encoder.threads = threads


def with_encoder(data: Cached, tokens: int, logits: np.ndarray) -> Cached:
    """``data`` whose encoder logit (read from the first ``tokens`` pieces) is ``logits``."""
    per_text = [{(tokens, 0): float(x)} for x in logits]
    return Cached(data.y, data.blocks, data.pieces, per_text)


def score_line(
    size: Size,
    encoder: Encoder,
    sets: Mapping[str, tuple[Cached, Sequence[str]]],
    timed: Sequence[str],
) -> str:
    """``size``'s figures: stack and calibration refitted on val (the first set)."""
    scored = {
        name: with_encoder(data, size.tokens, encoder.logits(texts))
        for name, (data, texts) in sets.items()
    }
    first, *rest = scored
    line = candidate_line(
        Windows(size=size.tokens, stride=size.tokens - 2),
        scored[first],
        {name: scored[name] for name in rest},
    )
    return f"layers {size.layers} {line} | encoder {encoder_ms(encoder, timed):.2f} ms/article"


def encoder_free(model: CredibilityModel, path: Path) -> tuple[Cached, list[str]]:
    """A set's labels and its lexical and memory margins (encoder column zero)."""
    rows = read_labelled(path)
    texts = [r["text"] for r in rows]
    blocks = model.blocks(texts, encoder=False)
    return Cached(labels(rows), blocks, [0] * len(rows), [{} for _ in rows]), texts


def long_texts(encoder: ContentEncoder, texts: Sequence[str], tokens: int) -> list[str]:
    """Up to :data:`TIMED` of ``texts`` with at least ``tokens`` pieces (so every
    candidate reads a full window), the longest first when too few are that long."""
    pieces = [len(p) for p in encoder.pieces(texts)]
    order = sorted(range(len(texts)), key=lambda i: (pieces[i] < tokens, i))
    return [texts[i] for i in order[:TIMED]]


def timing_lines(
    shipped: ContentEncoder, data_dir: Path, out_dir: Path, sizes: Sequence[Size]
) -> Iterator[str]:
    """The ms per article of the shipped encoder and of each size, exported untrained."""
    texts = [r["text"] for r in read_labelled(data_dir / "ood" / "celebrity_dev.jsonl")]
    reach = max([SHIPPED.tokens, *(s.tokens for s in sizes)]) - 2
    timed = long_texts(shipped, texts, reach)
    encoders: dict[str, Encoder] = {f"{SHIPPED.name} (shipped)": shipped}
    for size in sizes:
        meta = export_untrained(out_dir / size.name / "credibility.npz", size.layers, size.tokens)
        encoders[f"{size.name} (untrained)"] = ContentEncoder.from_meta(meta, out_dir / size.name)
    for name, encoder in encoders.items():
        yield f"{name}: encoder {encoder_ms(encoder, timed):.2f} ms/article"


def encoder_size_report(
    data_dir: Path,
    out_dir: Path,
    sizes: Sequence[Size],
    epochs: int = EPOCHS,
    limit: int = 0,
    log: Callable[[str], None] = print,
    untrained: bool = False,
) -> Iterator[str]:
    """One line for the shipped encoder, then one per candidate as it is fine-tuned."""
    model = CredibilityModel.load()
    shipped = model.encoder
    assert shipped is not None, "the shipped model stacks an encoder"
    if untrained:
        yield from timing_lines(shipped, data_dir, out_dir / "untrained", sizes)
        return
    data = [data_dir / "gossipcop" / "train.jsonl", data_dir / "gossipcop" / "extra.jsonl"]
    val = data_dir / "gossipcop" / "val.jsonl"
    sets = {
        "val": encoder_free(model, val),
        "celebrity_dev": encoder_free(model, data_dir / "ood" / "celebrity_dev.jsonl"),
    }
    reach = max([SHIPPED.tokens, *(s.tokens for s in sizes)]) - 2
    timed = long_texts(shipped, [t for _, texts in sets.values() for t in texts], reach)
    yield score_line(SHIPPED, shipped, sets, timed)
    for size in sizes:
        names = model.lexical.analyzer.names
        meta_file = train_candidate(
            size, out_dir, epochs, limit, data=data, val=val, log=log, names=names
        )
        meta = json.loads(meta_file.read_text())
        encoder = ContentEncoder.from_meta(meta, meta_file.parent, names)
        yield score_line(size, encoder, sets, timed)
