"""Same-story matching benchmark on ``../shared/data`` (called by ``bench/corroboration.py``).

The corpus is built from the GossipCop train/val/test rows (optionally with the
``extra`` rows as distractors); each row of ``stories/counterparts.jsonl`` (another
copy of one of those stories, other formatting, usually longer) is a query whose
right answer is its ``same_story_as`` row.

* Ranking: recall@1, recall@5, MRR (over the top 10).
* Decision: every top-5 candidate of every query is a pair, positive when it is
  the right row; a right row missing from the top 5 counts as a false negative.
  The threshold is chosen on the counterparts of TRAIN rows only (max F1; among
  equally good thresholds the middle one, for the widest margin) and reported on
  the counterparts of val+test rows, which never influenced it.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gossipcheck.corroboration.corpus import Corpus
from gossipcheck.corroboration.matcher import Corroborator
from gossipcheck.errors import DataError

SPLITS = ("train", "val", "test")
PAIR_K = 5
RANK_K = 10


@dataclass(frozen=True, slots=True)
class QueryResult:
    target: str
    split: str  # split of the row the query is a copy of
    ranked: list[tuple[str, float]]  # (id, similarity), best first, top RANK_K
    ms: float


@dataclass(slots=True)
class Figures:
    queries: int = 0
    recall_at_1: float = 0.0
    recall_at_5: float = 0.0
    mrr: float = 0.0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    ms_per_query: float = 0.0
    ms_p95: float = 0.0


def load_queries(data_dir: Path, splits: Sequence[str] = SPLITS) -> list[dict[str, Any]]:
    """Counterpart rows whose ``same_story_as`` row is in one of ``splits``."""
    path = data_dir / "stories" / "counterparts.jsonl"
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise DataError(f"{path}:{number}: not valid JSON") from None
            split = _split_of(str(row.get("same_story_as", "")))
            if split in splits:
                rows.append({**row, "_split": split})
    return rows


def _split_of(row_id: str) -> str:
    """``arg-train-12`` -> ``train``."""
    parts = row_id.split("-")
    return parts[1] if len(parts) >= 3 else ""


def run_queries(corroborator: Corroborator, queries: Iterable[dict[str, Any]]) -> list[QueryResult]:
    results = []
    for row in queries:
        start = time.perf_counter()
        matches = corroborator.find(row["text"], k=RANK_K, min_similarity=0.0)
        ms = (time.perf_counter() - start) * 1000
        results.append(
            QueryResult(
                target=row["same_story_as"],
                split=row["_split"],
                ranked=[(m.id, m.similarity) for m in matches],
                ms=ms,
            )
        )
    return results


def _pairs(results: Sequence[QueryResult]) -> list[tuple[float, bool]]:
    """(similarity, is right row) for the top-PAIR_K candidates; misses score 0."""
    pairs: list[tuple[float, bool]] = []
    for result in results:
        top = result.ranked[:PAIR_K]
        pairs.extend((sim, rid == result.target) for rid, sim in top)
        if all(rid != result.target for rid, _ in top):
            pairs.append((0.0, True))
    return pairs


def _prf(pairs: Sequence[tuple[float, bool]], threshold: float) -> tuple[float, float, float]:
    tp = sum(1 for s, y in pairs if y and s >= threshold)
    fp = sum(1 for s, y in pairs if not y and s >= threshold)
    fn = sum(1 for s, y in pairs if y and s < threshold)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def choose_threshold(results: Sequence[QueryResult]) -> float:
    """Max F1 over a 0.01 grid; the middle of the best plateau (widest margin)."""
    pairs = _pairs(results)
    grid = [round(0.05 + 0.01 * i, 2) for i in range(91)]
    f1s = [_prf(pairs, t)[2] for t in grid]
    best = max(f1s)
    plateau = [t for t, f in zip(grid, f1s, strict=True) if f >= best - 1e-9]
    return plateau[len(plateau) // 2]


def figures(results: Sequence[QueryResult], threshold: float) -> Figures:
    n = len(results)
    if n == 0:
        return Figures()
    ranks = []
    for result in results:
        ids = [rid for rid, _ in result.ranked]
        ranks.append(ids.index(result.target) + 1 if result.target in ids else 0)
    precision, recall, f1 = _prf(_pairs(results), threshold)
    return Figures(
        queries=n,
        recall_at_1=sum(1 for r in ranks if r == 1) / n,
        recall_at_5=sum(1 for r in ranks if 0 < r <= 5) / n,
        mrr=sum(1 / r for r in ranks if r) / n,
        precision=precision,
        recall=recall,
        f1=f1,
        ms_per_query=sum(r.ms for r in results) / n,
        ms_p95=sorted(r.ms for r in results)[int(0.95 * (n - 1))],
    )


def build_corpus(
    path: Path, data_dir: Path, splits: Sequence[str] = SPLITS, *, extra: bool = False
) -> tuple[int, float]:
    """Build a corpus file from GossipCop rows; returns (rows, seconds)."""
    start = time.perf_counter()
    with Corpus(path) as corpus:
        for split in splits:
            corpus.add_jsonl(data_dir / "gossipcop" / f"{split}.jsonl")
        if extra:
            corpus.add_jsonl(data_dir / "gossipcop" / "extra.jsonl")
        size = len(corpus)
    return size, time.perf_counter() - start


def benchmark(data_dir: Path, *, extra: bool = False) -> dict[str, Any]:
    """Build the corpus, run every counterpart query, choose the threshold on
    TRAIN counterparts and report train and held-out (val+test) figures."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.sqlite"
        size, build_s = build_corpus(path, data_dir, extra=extra)
        start = time.perf_counter()
        corroborator = Corroborator.open(path)
        load_s = time.perf_counter() - start
    queries = load_queries(data_dir)
    results = run_queries(corroborator, queries)
    train = [r for r in results if r.split == "train"]
    held_out = [r for r in results if r.split in ("val", "test")]
    threshold = choose_threshold(train)
    return {
        "corpus_size": size,
        "extra_distractors": extra,
        "build_s": round(build_s, 2),
        "load_s": round(load_s, 2),
        "threshold": threshold,
        "train": figures(train, threshold),
        "held_out": figures(held_out, threshold),
    }


def gate(data_dir: Path, split: str = "val") -> Figures:
    """Small, fast slice for the test gate: corpus = one split, queries = its counterparts."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.sqlite"
        build_corpus(path, data_dir, (split,))
        corroborator = Corroborator.open(path)
    results = run_queries(corroborator, load_queries(data_dir, (split,)))
    return figures(results, corroborator.threshold)
