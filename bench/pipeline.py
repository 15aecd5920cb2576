"""Whole-pipeline speed and memory on real articles, with a per-stage breakdown.

    .venv/bin/python bench/pipeline.py --n 300 [--min-words 450 --max-words 800]

Reads ../shared/data/gossipcop/extra.jsonl (full-length articles), keeps those in the
word range, runs ingest + every stage one article at a time on one core, and prints
ms/article per stage, articles/s and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import time
from collections import defaultdict

os.environ.setdefault("GOSSIPCHECK_THREADS", "1")  # one core: the encoder's threads too

from articles import long_articles

from gossipcheck import Checker
from gossipcheck.ingest import from_text
from gossipcheck.settings import Options


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--min-words", type=int, default=450)
    parser.add_argument("--max-words", type=int, default=800)
    parser.add_argument("--explain", action="store_true", help="include model explanations")
    args = parser.parse_args()

    texts = long_articles(args.n, args.min_words, args.max_words)
    checker = Checker(Options(explain=args.explain))
    started = time.perf_counter()
    stages = checker.stages  # load spaCy and the model
    load_s = time.perf_counter() - started

    timings: dict[str, list[float]] = defaultdict(list)
    started = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter()
        article = from_text(text, source="bench", detect_title=False)
        timings["ingest"].append(time.perf_counter() - t0)
        for stage in stages:
            t0 = time.perf_counter()
            article = stage(article)
            timings[stage.name].append(time.perf_counter() - t0)
    total_s = time.perf_counter() - started
    words = statistics.mean(len(t.split()) for t in texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{len(texts)} articles, mean {words:.0f} words; pipeline load {load_s:.2f} s")
    print("| stage | mean ms/article | p95 ms |")
    print("|---|---|---|")
    for name, values in timings.items():
        values.sort()
        p95 = values[int(0.95 * (len(values) - 1))]
        print(f"| {name} | {1000 * statistics.mean(values):.1f} | {1000 * p95:.1f} |")
    print(f"| **total** | {1000 * total_s / len(texts):.1f} | |")
    rate = len(texts) / total_s
    print(f"articles/s (one core, one at a time): {rate:.1f}; peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
