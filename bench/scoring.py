"""Credibility scoring speed alone on ~600-word articles (issue 3's speed bar).

    .venv/bin/python bench/scoring.py --n 500 [--threads 2] [--batch 64] [--model A.npz ...]

Reads full-length articles of 450-800 words from ../shared/data/gossipcop/extra.jsonl
and times ``CredibilityModel.predict_proba`` (lexical block, story memory and the
MiniLM encoder) in batches, as the credibility stage calls it, after one warm-up batch.
``--threads`` sets the encoder's onnxruntime threads (GOSSIPCHECK_THREADS). Each
``--model`` (default: the shipped one) is timed in the same run, in turn, ``--rounds``
times over, so that models are compared under the same load; each line gives the best
round.
"""

from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--model", type=Path, action="append", default=None)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    os.environ["GOSSIPCHECK_THREADS"] = str(args.threads)

    from articles import long_articles

    from gossipcheck.credibility.model import CredibilityModel

    texts = long_articles(args.n)
    models, loads = [], []
    for path in args.model or [None]:
        started = time.perf_counter()
        models.append(CredibilityModel.load(path))
        loads.append(time.perf_counter() - started)
    best = [float("inf")] * len(models)
    for _ in range(args.rounds):
        for k, model in enumerate(models):
            model.predict_proba(texts[: args.batch])  # warm-up
            started = time.perf_counter()
            for i in range(0, len(texts), args.batch):
                model.predict_proba(texts[i : i + args.batch])
            best[k] = min(best[k], time.perf_counter() - started)
    words = sum(len(t.split()) for t in texts) / len(texts)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for model, path, total, load_s in zip(models, args.model or [None], best, loads, strict=True):
        print(
            f"{model.name} {model.version} ({path or 'shipped'}): {len(texts)} articles, "
            f"mean {words:.0f} words, {args.threads} threads, batch {args.batch}: "
            f"{len(texts) / total:.1f} articles/s ({1000 * total / len(texts):.2f} ms/article); "
            f"load {load_s:.2f} s; peak RSS {peak:.0f} MB"
        )


if __name__ == "__main__":
    main()
