"""Milliseconds per article for the sourcing, signals and claims stages.

Usage: PYTHONPATH=src .venv/bin/python bench/sourcing_speed.py [N] [path/to/extra.jsonl]

Reads the first N (default 200) rows of ``gossipcop/extra.jsonl`` from the shared
data directory, runs each stage on one core, and prints mean and p95 ms/article
plus ms per 600 words (the budget: sourcing <= 60 ms, signals and claims a few ms).
Both wall-clock and CPU time (``time.process_time``) are shown: on a shared, busy
machine the CPU figure is the fair one.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from gossipcheck.article import Article
from gossipcheck.claims import ClaimsStage
from gossipcheck.settings import shared_data_dir
from gossipcheck.signals import SignalsStage
from gossipcheck.sourcing import SourcingStage
from gossipcheck.text import split_sentences


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else shared_data_dir() / "gossipcop/extra.jsonl"
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(n), handle, strict=False)]
    stages = [SourcingStage(), SignalsStage(), ClaimsStage()]
    stages[0](Article(text="Warm-up: a source told People that the model is loaded."))
    timings: dict[str, list[float]] = {s.name: [] for s in stages}
    cpu: dict[str, float] = {s.name: 0.0 for s in stages}
    words = 0
    for text in texts:
        article = Article(text=text)
        article.sentences = split_sentences(text)
        words += article.word_count
        for stage in stages:
            started, started_cpu = time.perf_counter(), time.process_time()
            stage(article)
            timings[stage.name].append((time.perf_counter() - started) * 1000)
            cpu[stage.name] += (time.process_time() - started_cpu) * 1000
    mean_words = words / max(len(texts), 1)
    print(f"{len(texts)} articles, {mean_words:.0f} words on average")
    for name, values in timings.items():
        mean = statistics.fmean(values)
        p95 = sorted(values)[int(0.95 * (len(values) - 1))]
        per600 = sum(values) / max(words, 1) * 600
        cpu_mean = cpu[name] / max(len(values), 1)
        cpu600 = cpu[name] / max(words, 1) * 600
        print(
            f"{name:9s} wall mean {mean:6.1f} ms  p95 {p95:6.1f} ms  {per600:6.1f} ms/600 words"
            f" | cpu mean {cpu_mean:6.1f} ms  {cpu600:6.1f} ms/600 words"
        )


if __name__ == "__main__":
    main()
