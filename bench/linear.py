"""Explanations in linear time: one real article repeated 1x..32x, explanations on and off.

    PYTHONPATH=src .venv/bin/python bench/linear.py [--words 950] [--max-times 32]

Takes the first gossipcop/extra.jsonl article of about ``--words`` words (900-1100), repeats
it 1, 2, 4, ... ``--max-times`` times (paragraphs joined by a blank line), runs ingest and
every stage one article at a time, and prints seconds per 1,000 words for the whole pipeline
and for the credibility stage alone, with and without explanations. Issue 13.1: seconds per
1,000 words may grow by at most 1.5x from 1x to 32x.
"""

from __future__ import annotations

import argparse
import json
import os
import time

os.environ.setdefault("GOSSIPCHECK_THREADS", "1")

from gossipcheck import Checker
from gossipcheck.ingest import from_text
from gossipcheck.settings import Options, shared_data_dir


def article(words: int) -> str:
    with (shared_data_dir() / "gossipcop" / "extra.jsonl").open() as handle:
        for line in handle:
            text: str = json.loads(line)["text"]
            if 0.95 * words <= len(text.split()) <= 1.15 * words:
                return text
    raise SystemExit(f"no extra.jsonl article of about {words} words")


def timed(checker: Checker, text: str) -> tuple[float, float]:
    """(whole pipeline seconds, credibility stage seconds) for one run."""
    started = time.perf_counter()
    doc = from_text(text, source="bench", detect_title=False)
    credibility = 0.0
    for stage in checker.stages:
        t0 = time.perf_counter()
        doc = stage(doc)
        if stage.name == "credibility":
            credibility = time.perf_counter() - t0
    return time.perf_counter() - started, credibility


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--words", type=int, default=950)
    parser.add_argument("--max-times", type=int, default=32)
    args = parser.parse_args()
    base = article(args.words)
    checkers = {on: Checker(Options(explain=on)) for on in (False, True)}
    for checker in checkers.values():
        timed(checker, base)  # load spaCy and the model, warm caches
    print("| repeats | words | explain | total s | s / 1k words | cred. s | cred. s / 1k words |")
    print("|---|---|---|---|---|---|---|")
    first: dict[bool, tuple[float, float]] = {}
    last: dict[bool, tuple[float, float]] = {}
    times = 1
    while times <= args.max_times:
        text = "\n\n".join([base] * times)
        words = len(text.split())
        for on, checker in checkers.items():
            total, cred = timed(checker, text)
            per = (1000 * total / words, 1000 * cred / words)
            first.setdefault(on, per)
            last[on] = per
            print(
                f"| {times}x | {words} | {'on' if on else 'off'} | {total:.2f} | {per[0]:.3f}"
                f" | {cred:.3f} | {per[1]:.4f} |",
                flush=True,
            )
        times *= 2
    for on in (False, True):
        growth = last[on][0] / first[on][0]
        cred_growth = last[on][1] / first[on][1]
        print(
            f"explain {'on' if on else 'off'}: s/1k words grows {growth:.2f}x (pipeline),"
            f" {cred_growth:.2f}x (credibility) from 1x to {args.max_times}x"
        )


if __name__ == "__main__":
    main()
