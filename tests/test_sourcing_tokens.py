"""Tokens from one findall (``tokens.spans_of``) equal those of ``finditer`` for both taggers."""

from __future__ import annotations

import pytest

from gossipcheck.sourcing import names, tagger
from gossipcheck.sourcing.tokens import spaced, spans_of
from gossipcheck.text import split_sentences

TEXTS = [
    "",
    "   ",
    "Kim Kardashian’s rep told E! News: “It’s over.”\n\n“We’re done,” she said.",
    "U.S. officials, per TMZ.com, said the co-stars (Ryan & Blake) weren't there...",
    "\u00a0Tabs\tand\u2003odd spaces\u2028 line breaks, and 3.5 million dollars!",
    "'Quoted' \"straight\" «guillemets» — dashes – and ’s alone: 's",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pattern", [tagger._TOKEN_RE, names._TOKEN_RE])
def test_spans_of_equals_finditer(text: str, pattern: object) -> None:
    import re

    assert isinstance(pattern, re.Pattern)
    found = list(pattern.finditer(text))
    want = ([m.start() for m in found], [m.end() for m in found], [m.group() for m in found])
    assert spans_of(spaced(pattern).findall(text)) == want


@pytest.mark.parametrize("text", TEXTS)
def test_both_tokenizers_use_it(text: str) -> None:
    found = list(tagger._TOKEN_RE.finditer(text))
    assert tagger.tokenize(text).starts == [m.start() for m in found]
    tokens = names.tokenize(text, split_sentences(text))
    assert tokens.words == [m.group() for m in names._TOKEN_RE.finditer(text)]
