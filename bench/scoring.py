"""Credibility scoring speed alone on ~600-word articles (issue 3's speed bar).

    .venv/bin/python bench/scoring.py --n 500 [--threads 2] [--batch 64]

Reads full-length articles of 450-800 words from ../shared/data/gossipcop/extra.jsonl
and times ``CredibilityModel.predict_proba`` (lexical block, story memory and the
MiniLM encoder) in batches, as the credibility stage calls it, after one warm-up batch.
``--threads`` sets the encoder's onnxruntime threads (GOSSIPCHECK_THREADS).
"""

from __future__ import annotations

import argparse
import os
import resource
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=64)
    args = parser.parse_args()
    os.environ["GOSSIPCHECK_THREADS"] = str(args.threads)

    from articles import long_articles

    from gossipcheck.credibility.model import CredibilityModel

    texts = long_articles(args.n)
    started = time.perf_counter()
    model = CredibilityModel.load()
    load_s = time.perf_counter() - started
    model.predict_proba(texts[: args.batch])  # warm-up
    started = time.perf_counter()
    for i in range(0, len(texts), args.batch):
        model.predict_proba(texts[i : i + args.batch])
    total = time.perf_counter() - started
    words = sum(len(t.split()) for t in texts) / len(texts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{model.name} {model.version}: {len(texts)} articles, mean {words:.0f} words, "
        f"{args.threads} threads, batch {args.batch}: {len(texts) / total:.1f} articles/s "
        f"({1000 * total / len(texts):.2f} ms/article); load {load_s:.2f} s; "
        f"peak RSS {peak:.0f} MB"
    )


if __name__ == "__main__":
    main()
