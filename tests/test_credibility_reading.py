"""A text read once (``Reading``) scores and explains as reading it again would, bit for bit."""

from __future__ import annotations

import math
from collections import Counter
from itertools import pairwise
from typing import Any

import numpy as np
import pytest

from gossipcheck.credibility.features import Analyzer, piece_tokens, raw_tokens
from gossipcheck.credibility.lexical import LexicalVectorizer
from gossipcheck.credibility.memory import StoryMemory
from gossipcheck.credibility.model import CredibilityModel

TEXT = (
    "Selena Gomez and Justin Bieber were spotted in Montréal on Friday, a source told the"
    " magazine. “They looked happy,” the insider said — and the couple’s reps declined to"
    " comment. Gomez, 25, wore a ﬁtted coat. The pair met in 2009 at a café in Los Angeles."
)


@pytest.fixture(scope="module")
def model() -> CredibilityModel:
    return CredibilityModel.load()


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "e\u0301te\u0301 cafe\u0301 ﬁne ﬀ Σίσυφος ΣΑΣ İstanbul 한국 \u1100\u1161\u11a8 x\u0301y",
        "plain ascii words only, with digits 2018 and a-b-c",
        "a\x00b c\x00d",  # a NUL in the text: folded piece by piece
    ],
)
def test_piece_tokens_fold_each_piece_alone(text: str) -> None:
    """Cut everywhere (inside words, between a letter and its accent, inside a Hangul
    syllable's jamo): folding once gives each piece's own tokens."""
    for step in (1, 2, 3, 7):
        cuts = [*range(0, len(text), step), len(text)]
        expected = [raw_tokens(text[a:b]) for a, b in pairwise(cuts)]
        assert piece_tokens(text, cuts) == expected
    assert piece_tokens(text, [0, len(text)]) == [raw_tokens(text)]


def _former_row(vectorizer: LexicalVectorizer, text: str) -> tuple[np.ndarray, np.ndarray]:
    counts = Counter(
        i for i in (vectorizer.index.get(f) for f in vectorizer.analyzer(text)) if i is not None
    )
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64)
    val = tf * vectorizer.idf[idx]
    norm = float(np.sqrt(np.dot(val, val)))
    return idx, val / norm if norm > 0 else val


@pytest.mark.parametrize("text", [TEXT, "", "the and of", "Gomez Gomez Gomez 2009 2010"])
def test_rows_as_the_former_counting_gave_them(model: CredibilityModel, text: str) -> None:
    assert model.memory is not None
    for vectorizer in (model.lexical, model.memory.vectorizer):
        idx, val = vectorizer.row(text)
        ref_idx, ref_val = _former_row(vectorizer, text)
        np.testing.assert_array_equal(idx, ref_idx)
        np.testing.assert_array_equal(val, ref_val)
        assert idx.dtype == ref_idx.dtype and val.dtype == ref_val.dtype


def test_reading_scores_and_explains_as_the_text(model: CredibilityModel) -> None:
    texts = [TEXT, "", "Short one."]
    readings = [model.read(t) for t in texts]
    np.testing.assert_array_equal(model.blocks(readings), model.blocks(texts))
    assert model.encoder is not None  # what the reading hands the encoder is what it reads
    np.testing.assert_array_equal(model.blocks(texts)[:, 2], model.encoder.logits(texts))
    spans = [(0, TEXT.index("“") - 1), (TEXT.index("“"), TEXT.index("Gomez,")), (9, 9)]
    row = model.blocks([TEXT])[0]
    assert model.explain(readings[0], spans, blocks=row) == model.explain(TEXT, spans)
    assert model.read(readings[0]) is readings[0]
    # Both analyzers select alike, so the reading selects once for both.
    assert model.memory is not None
    assert readings[0].counted(model.lexical)[0].tokens == readings[0].memory_counts.tokens


def _former_matches(memory: StoryMemory, sims: np.ndarray, limit: int = 3) -> list[Any]:
    out: list[Any] = []
    for j in np.argsort(-sims):
        if sims[j] < memory.start or len(out) >= limit:
            break
        out.append(("fake" if memory.sign[j] > 0 else "real", round(float(sims[j]), 3), j))
    return out


def test_matches_in_the_order_a_full_sort_gives() -> None:
    texts = [
        "Brad Pitt and Angelina Jolie reunite in Malibu with their children",
        "Taylor Swift announces a stadium tour across Europe next summer",
        "Angelina Jolie buys a house in Malibu near the beach",
    ] * 2  # duplicates: tied similarities
    analyzer = Analyzer(n_max=1)
    vocabulary = sorted({g for t in texts for g in analyzer(t)})
    vectorizer = LexicalVectorizer(vocabulary, np.ones(len(vocabulary)), analyzer)
    labels = np.array([True, False, False] * 2)
    memory = StoryMemory.build(vectorizer, texts, labels, start=0.2, width=0.2, gamma=2.0)
    for query in ("Angelina Jolie and Brad Pitt reunite in Malibu", "Jolie in Malibu", "cake"):
        sims = memory.similarities(query)
        got = [(m["rating"], m["similarity"]) for m in memory.matches(query, limit=5)]
        assert got == [(r, s) for r, s, _ in _former_matches(memory, sims, limit=5)]


def test_dots_near_the_threshold_are_the_full_dots(model: CredibilityModel) -> None:
    memory = model.memory
    assert memory is not None
    counted = model.read(TEXT).memory_counts
    full = memory.dots(counted.idx, counted.values)
    docs = np.sort(np.argsort(-full)[:7])
    rows = [(counted.idx, counted.values), (counted.idx[:5], -counted.values[:5])]
    near = memory.restricted(counted.idx, docs).dots_many(rows)
    np.testing.assert_array_equal(near, memory.dots_many(rows)[:, docs])
    sims = memory.dots_many(rows) / 3.0
    sims[:, np.setdiff1d(np.arange(memory.n_docs), docs)] = 0.0
    np.testing.assert_array_equal(memory.votes(sims[:, docs], columns=docs), memory.votes(sims))
