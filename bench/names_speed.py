"""Milliseconds per 600 words for the entities (the name tagger plus the outlet table).

Usage: PYTHONPATH=src .venv/bin/python bench/names_speed.py [N]

Reads the first N (default 200) rows of ``gossipcop/extra.jsonl``, times
``find_entities`` on each (CPU time, one core, one pass; the outlet mentions are left
out: the sourcing stage finds them once for all its parts), and checks that the cost is
linear in length: the same articles joined 4 and 16 at a time.
"""

from __future__ import annotations

import json
import sys
import time

from gossipcheck.settings import shared_data_dir
from gossipcheck.sourcing.entities import find_entities
from gossipcheck.text import split_sentences


def per_600(texts: list[str]) -> float:
    prepared = [(t, split_sentences(t)) for t in texts]
    words = sum(len(t.split()) for t in texts)
    started = time.process_time()
    for text, sentences in prepared:
        find_entities(text, sentences=sentences, outlets=[])
    return 1000 * (time.process_time() - started) / max(words, 1) * 600


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    path = shared_data_dir() / "gossipcop/extra.jsonl"
    with path.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(n), handle, strict=False)]
    find_entities("Warm-up: Mara Quinn told People.")
    mean_words = sum(len(t.split()) for t in texts) / max(len(texts), 1)
    print(f"{len(texts)} articles, {mean_words:.0f} words on average")
    print(f"entities: {per_600(texts):.2f} ms CPU per 600 words")
    for k in (4, 16):
        joined = ["\n\n".join(texts[i : i + k]) for i in range(0, len(texts) - k + 1, k)]
        print(f"  articles joined {k} at a time: {per_600(joined):.2f} ms per 600 words")


if __name__ == "__main__":
    main()
