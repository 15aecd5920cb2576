"""Long sentences cost time linear in their length (issue 13.3): each cue is read within
a bounded window of its sentence. Measured by the characters the channel search scans,
an operation count, not by wall time."""

from __future__ import annotations

import pytest

from gossipcheck.article import Article, Span
from gossipcheck.sourcing.kinds import CUE_WINDOW
from gossipcheck.sourcing.quotes import find_quotes, quote_at
from gossipcheck.sourcing.source_types import ChannelFinder
from gossipcheck.sourcing.stage import SourcingStage
from gossipcheck.text import split_sentences

_CLAUSE = (
    "Kim said on Instagram that a source close to the couple told People in a statement, "
    "and her rep added via Twitter that “they are fine and happy together” while fans "
    "wondered, "
)


def _one_sentence(kb: int) -> Article:
    text = (_CLAUSE * (kb * 1024 // len(_CLAUSE) + 1))[: kb * 1024].rstrip(" ,") + "."
    article = Article(text=text)
    article.sentences = split_sentences(text)
    return article


def _scanned(monkeypatch: pytest.MonkeyPatch, kb: int) -> tuple[int, int, int, int]:
    """(sentences, attributions, total characters scanned, widest scan) for ``kb`` KB."""
    widths: list[int] = []
    original = ChannelFinder.context

    def counting(
        self: ChannelFinder, lo: int, hi: int, skip: Span | None, speaker: Span | None = None
    ) -> str | None:
        widths.append(hi - lo)
        return original(self, lo, hi, skip, speaker)

    monkeypatch.setattr(ChannelFinder, "context", counting)
    article = SourcingStage(use_ner=False)(_one_sentence(kb))
    monkeypatch.undo()
    return len(article.sentences), len(article.attributions), sum(widths), max(widths)


def test_long_single_sentence_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    sentences_16, found_16, scanned_16, widest_16 = _scanned(monkeypatch, 16)
    sentences_64, found_64, scanned_64, widest_64 = _scanned(monkeypatch, 64)
    assert sentences_16 == sentences_64 == 1
    # Attributions are still found all along the sentence, about four times as many.
    assert 3.5 <= found_64 / found_16 <= 4.5
    # Each cue's search is bounded by the window, whatever the sentence's length ...
    assert max(widest_16, widest_64) <= 2 * CUE_WINDOW + 40
    # ... so four times the text costs about four times the work (quadratic would be 16x).
    assert scanned_64 / scanned_16 < 5


def test_quote_at_matches_a_scan() -> None:
    text = "“One two three,” she said. Then “four five six seven” and “eight nine ten” end."
    quotes = find_quotes(text)
    assert len(quotes) == 3
    for offset in range(len(text) + 1):
        expected = next((q for q in quotes if q.start <= offset < q.end), None)
        assert quote_at(quotes, offset) == expected
