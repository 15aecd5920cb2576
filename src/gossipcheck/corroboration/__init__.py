"""Corroboration: other copies of a story in a local corpus, and which came first.

>>> from gossipcheck.corroboration import Corpus, Corroborator
>>> with Corpus("corpus.sqlite") as corpus:                 # doctest: +SKIP
...     corpus.add_jsonl("articles.jsonl")
>>> Corroborator.open("corpus.sqlite").find(text, k=5)     # doctest: +SKIP
"""

from __future__ import annotations

from .corpus import MIGRATIONS, Corpus, Record
from .fingerprint import FINGERPRINT_VERSION
from .hook import corroborate
from .matcher import SAME_STORY_THRESHOLD, Corroborator, Match, earliest

__all__ = [
    "FINGERPRINT_VERSION",
    "MIGRATIONS",
    "SAME_STORY_THRESHOLD",
    "Corpus",
    "Corroborator",
    "Match",
    "Record",
    "corroborate",
    "earliest",
]
