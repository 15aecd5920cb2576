"""Corroboration: other copies of a story in a local corpus, and which came first.

>>> from gossipcheck.corroboration import Corpus, Corroborator
>>> with Corpus("corpus.sqlite") as corpus:                 # doctest: +SKIP
...     corpus.add_jsonl("articles.jsonl")
>>> Corroborator.open("corpus.sqlite").find(text, k=5)     # doctest: +SKIP

The names below load on first use, so a module that needs only
:mod:`.normalize` (the sourcing stage does) does not import the index and scipy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .corpus import MIGRATIONS, Corpus, Record
    from .fingerprint import FINGERPRINT_VERSION
    from .hook import corroborate
    from .matcher import SAME_STORY_THRESHOLD, Corroborator, Match, earliest

_HOME = {
    "MIGRATIONS": "corpus",
    "Corpus": "corpus",
    "Record": "corpus",
    "FINGERPRINT_VERSION": "fingerprint",
    "corroborate": "hook",
    "SAME_STORY_THRESHOLD": "matcher",
    "Corroborator": "matcher",
    "Match": "matcher",
    "earliest": "matcher",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


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
