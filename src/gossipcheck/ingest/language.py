"""A small, dependency-free English detector (function-word ratio).

The credibility model was trained on English celebrity news only; for other
languages the report says the model does not apply instead of guessing.
"""

from __future__ import annotations

import re

_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "about",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "him",
        "them",
        "us",
        "not",
        "no",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "than",
        "then",
        "there",
        "here",
        "what",
        "who",
        "whom",
        "which",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "more",
        "most",
        "other",
        "into",
        "over",
        "after",
        "before",
        "just",
        "also",
        "very",
        "so",
        "if",
        "out",
        "up",
        "down",
        "only",
    ]
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_score(text: str, sample_words: int = 400) -> float:
    """Share of the first ``sample_words`` words that are English function words."""
    words = _WORD.findall(text[:20000].lower())[:sample_words]
    if not words:
        return 0.0
    return sum(1 for word in words if word in _FUNCTION_WORDS) / len(words)


def detect_language(text: str) -> str:
    """``"en"`` for English text, ``"und"`` otherwise (undetermined / not English)."""
    return "en" if english_score(text) >= 0.18 else "und"
