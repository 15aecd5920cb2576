"""Full-length benchmark articles: the first N rows of extra.jsonl within a word range."""

from __future__ import annotations

import json

from gossipcheck.settings import shared_data_dir


def long_articles(n: int, min_words: int = 450, max_words: int = 800) -> list[str]:
    """Up to ``n`` texts of ``min_words``-``max_words`` words from gossipcop/extra.jsonl."""
    texts: list[str] = []
    with (shared_data_dir() / "gossipcop" / "extra.jsonl").open() as handle:
        for line in handle:
            text = json.loads(line)["text"]
            if min_words <= len(text.split()) <= max_words:
                texts.append(text)
            if len(texts) >= n:
                break
    return texts
