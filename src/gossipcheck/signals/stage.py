"""``SignalsStage``: hedges, sensational wording and exclusivity claims as spans.

The phrases live in ``data/lexicons/{hedges,sensational,exclusive}.txt``.
All-capital entries ("EXCLUSIVE") match exactly; the rest ignore case.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from ..article import Article, Signal, Span
from ..lexicons import compile_phrases, word_list
from ..pipeline import record

VERSION = "1.1.0"
Kind = Literal["hedge", "sensational", "exclusive"]
_KINDS: tuple[tuple[Kind, str], ...] = (
    ("exclusive", "exclusive"),
    ("hedge", "hedges"),
    ("sensational", "sensational"),
)


@cache
def _matchers() -> tuple[tuple[Kind, re.Pattern[str]], ...]:
    return tuple((kind, compile_phrases(word_list(name))) for kind, name in _KINDS)


def find_signals(text: str) -> list[Signal]:
    """Every signal in ``text``, in order; overlapping matches keep the earlier kind."""
    found: list[Signal] = []
    taken: list[Span] = []
    for kind, regex in _matchers():
        for m in regex.finditer(text):
            span = Span(m.start(), m.end())
            if any(span.overlaps(t) for t in taken):
                continue
            taken.append(span)
            found.append(Signal(kind=kind, span=span, text=m.group(0)))
    found.sort(key=lambda s: s.span.start)
    return found


class SignalsStage:
    """Fills ``article.signals``. Reads ``text``."""

    name = "signals"
    version = VERSION

    def __call__(self, article: Article) -> Article:
        article.signals = find_signals(article.text)
        return record(article, self)
