"""Linear leave-one-sentence-out explanations agree with re-vectorising each variant,
and the array form (all sentences at once) with the per-sentence form bit for bit."""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Sequence

import numpy as np
import pytest

from gossipcheck.credibility.calibration import sigmoid
from gossipcheck.credibility.edits import Edits, _changes
from gossipcheck.credibility.explain import left_out_margins
from gossipcheck.credibility.features import Analyzer
from gossipcheck.credibility.lexical import LexicalVectorizer
from gossipcheck.credibility.memory import StoryMemory
from gossipcheck.credibility.model import CredibilityModel

from . import former_explain as former
from .conftest import SHARED

ARTICLES = [
    "Jennifer Aniston and Brad Pitt are secretly planning to reunite, a source close to the"
    " couple told the magazine. The insider claims the pair have been texting for months."
    " Pitt's representative did not respond to a request for comment. Aniston was seen in"
    " Los Angeles on Tuesday with friends. The premiere of her new film is set for June.",
    "Taylor Swift announced a stadium tour on Monday. The tour starts in Glendale, Arizona,"
    " and runs through 2019. Tickets go on sale next week through her official website."
    " Swift won ten Grammy awards for her albums.  She thanked fans in a statement.",
    "Kim Kardashian is pregnant with twins, sources say! An insider spilled that the baby news"
    " will be announced soon. Kanye is over the moon. The couple refused to comment."
    " A rep for the star called the report 100 percent false.",
]


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]", text)]


def _reference(model: CredibilityModel, text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """The former quadratic method: re-score the text once per left-out sentence."""
    variants = [text[:s] + " " + text[e:] for s, e in spans]
    return model.blocks(variants, encoder=False)[:, :2]


@pytest.fixture(scope="module")
def model() -> CredibilityModel:
    return CredibilityModel.load()


@pytest.mark.parametrize("text", ARTICLES)
def test_closed_form_equals_leave_one_out(model: CredibilityModel, text: str) -> None:
    spans = _sentences(text)
    fast = left_out_margins(model.lexical, model.coef, model.intercept, model.memory, text, spans)
    np.testing.assert_allclose(fast, _reference(model, text, spans), atol=1e-6)


@pytest.mark.parametrize("text", ARTICLES)
def test_sentence_pushes_keep_ranking_and_signs(model: CredibilityModel, text: str) -> None:
    spans = _sentences(text)
    row = model.blocks([text])[0]
    out = model.explain(text, spans, blocks=row)["sentences"]
    a, b = model.platt
    enc = model.weights[2] * row[2]
    ref = sigmoid(a * (_reference(model, text, spans) @ np.asarray(model.weights[:2]) + enc) + b)
    expected = float(model.calibrated(row)) - ref
    got = np.array([s["contribution"] for s in out])
    np.testing.assert_allclose(got, expected, atol=1e-4)
    assert np.argsort(-np.abs(got))[0] == np.argsort(-np.abs(expected))[0]
    assert [s["direction"] for s in out] == ["fake" if e > 0 else "real" for e in expected]


def test_unsorted_and_out_of_range_spans(model: CredibilityModel) -> None:
    text = ARTICLES[0]
    spans = _sentences(text)[::-1]
    spans[0] = (spans[0][0], len(text) + 10)
    fast = left_out_margins(model.lexical, model.coef, model.intercept, model.memory, text, spans)
    ref = _reference(model, text, [(s, min(len(text), e)) for s, e in spans])
    np.testing.assert_allclose(fast, ref, atol=1e-6)
    whole = model.blocks([text], encoder=False)[0, :2]
    empty = left_out_margins(
        model.lexical, model.coef, model.intercept, model.memory, text, [(9, 9)]
    )
    np.testing.assert_allclose(empty[0], whole, atol=1e-9)  # an empty sentence pushes nothing


def _one_dot(memory: StoryMemory, idx: np.ndarray, val: np.ndarray) -> np.ndarray:
    """The former per-vector dot with every training article (one bincount each)."""
    if len(idx) == 0:
        return np.zeros(memory.n_docs)
    lo, hi = memory.indptr[idx], memory.indptr[idx + 1]
    lengths = hi - lo
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    take = np.arange(int(lengths.sum())) + np.repeat(lo - starts, lengths)
    weights = np.repeat(val, lengths) * memory.values[take]
    return np.bincount(memory.docs[take], weights=weights, minlength=memory.n_docs)


def _votes_one_at_a_time(
    memory: StoryMemory, text: str, spans: list[tuple[int, int]]
) -> np.ndarray:
    """The former memory loop of left_out_margins: one dot and one vote per sentence."""
    tokens, ranges = former.sentence_token_ranges(memory.vectorizer.analyzer, text, spans)
    state = former._Tfidf(memory.vectorizer, tokens)
    dots = _one_dot(memory, state.idx, state.values)
    out = np.zeros(len(spans))
    for k, (first, last) in enumerate(ranges):
        grams = former.count_changes(tokens, first, last, memory.vectorizer.analyzer.n_max)
        idx, change, norm2, left = state.edit(grams)
        if not left or norm2 <= 0:
            continue
        sims = (dots + _one_dot(memory, idx, change)) / math.sqrt(norm2)
        w = np.clip((sims - memory.start) / memory.width, 0.0, 1.0)
        n = int(np.count_nonzero(w))
        out[k] = memory.gamma * (float(np.dot(w, memory.sign) / n) if n else 0.0)
    return out


@pytest.mark.parametrize("start", [0.05, None])
@pytest.mark.parametrize("text", ARTICLES)
def test_all_sentences_at_once_vote_as_one_at_a_time(
    model: CredibilityModel, text: str, start: float | None
) -> None:
    """Bit for bit: with a low threshold these invented articles all draw votes; with
    the shipped one most sentences are skipped without their postings."""
    assert model.memory is not None
    memory = copy.copy(model.memory)
    memory.start = start or memory.start
    spans = [*_sentences(text), (3, 3)]  # an empty sentence too
    fast = left_out_margins(model.lexical, model.coef, model.intercept, memory, text, spans)
    slow = _votes_one_at_a_time(memory, text, spans)
    assert start is None or np.count_nonzero(slow) >= 2  # the memory votes
    np.testing.assert_array_equal(fast[:, 1], slow)
    rows = [(np.array([0, 5, 9]), np.array([0.5, 0.25, 0.125])), (np.array([], int), np.array([]))]
    many = memory.dots_many(rows)
    for k, (idx, val) in enumerate(rows):
        np.testing.assert_array_equal(many[k], _one_dot(memory, idx, val))
        assert memory.vote(many[k]) == memory.votes(many)[k]


def _vectorizer(vocabulary: list[str], n_max: int) -> LexicalVectorizer:
    idf = np.linspace(1.0, 2.0, len(vocabulary))
    return LexicalVectorizer(vocabulary, idf, Analyzer(n_max=n_max))


def test_changes_bridge_bigrams() -> None:
    grams = ["a", "b", "c", "d", "a b", "b c", "c d", "a d"]
    vectorizer = _vectorizer(grams, 2)
    counted = vectorizer.count(["a", "b", "c", "d"])
    sentence, idx, delta = _changes(vectorizer, counted, [(1, 3), (1, 1)])
    assert sentence.tolist() == [0] * 6  # the empty sentence changes nothing
    assert [grams[i] for i in idx] == ["b", "c", "a b", "b c", "c d", "a d"]
    assert delta.tolist() == [-1, -1, -1, -1, -1, 1]
    edits = Edits(vectorizer, counted, [(1, 3), (1, 1)])
    assert edits.raises == [True, False] and edits.left == [True, True]
    assert edits.norm2[1] == counted.norm2


@pytest.mark.parametrize("n_max", [1, 2, 3])
def test_changes_in_counter_order(n_max: int) -> None:
    """Random texts over a small alphabet (words repeat, n-grams cancel and bridge): the
    changes come out as the per-sentence ``Counter`` gave them, order included."""
    rng = np.random.default_rng(n_max)
    words = ["w0", "w1", "w2", "w3", "w4"]
    grams = [*words[:4], *(f"{a} {b}" for a in words for b in words[:3])]
    grams += [f"{a} {b} {c}" for a in words[:3] for b in words[:3] for c in words]
    vectorizer = _vectorizer(grams, n_max)
    for _ in range(60):
        tokens = [words[i] for i in rng.integers(0, 5, int(rng.integers(0, 14)))]
        cuts = np.sort(rng.integers(0, len(tokens) + 1, 6)).tolist()
        ranges = [(cuts[0], cuts[1]), (cuts[2], cuts[3]), (cuts[1], cuts[1]), (cuts[4], cuts[5])]
        counted = vectorizer.count(tokens)
        sentence, idx, delta = _changes(vectorizer, counted, ranges)
        for k, (first, last) in enumerate(ranges):
            expected = [
                (vectorizer.index[g], d)
                for g, d in former.count_changes(tokens, first, last, n_max).items()
                if g in vectorizer.index
            ]
            mine = sentence == k
            assert list(zip(idx[mine].tolist(), delta[mine].tolist(), strict=True)) == expected


def _former(
    model: CredibilityModel, memory: StoryMemory | None, text: str, spans: list
) -> np.ndarray:
    return former.left_out_margins(model.lexical, model.coef, model.intercept, memory, text, spans)


@pytest.mark.parametrize("start", [0.05, None])
@pytest.mark.parametrize("text", ARTICLES)
def test_array_form_is_the_per_sentence_form(
    model: CredibilityModel, text: str, start: float | None
) -> None:
    """Bit for bit, with sorted, unsorted, empty and word-cutting spans, from the text or
    from the reading that scored it."""
    assert model.memory is not None
    memory = copy.copy(model.memory)
    memory.start = start or memory.start
    spans = _sentences(text)
    for variant in (spans, [*spans[::-1], (4, 4), (7, 30), (len(text) - 3, len(text) + 9)]):
        fast = left_out_margins(model.lexical, model.coef, model.intercept, memory, text, variant)
        np.testing.assert_array_equal(fast, _former(model, memory, text, variant))
    reading = model.read(text)
    model.blocks([reading], encoder=False)
    for m in (model.memory, memory):  # the reading's memory, and a copy at another threshold
        fast = left_out_margins(model.lexical, model.coef, model.intercept, m, reading, spans)
        np.testing.assert_array_equal(fast, _former(model, m, text, spans))


def test_memory_whose_removals_raise_weights() -> None:
    """A bigram memory: a sentence's removal bridges its neighbours, so some weights rise
    and every article is looked up (not only those near the threshold)."""
    texts = [
        "Jolie Pitt reunite Malibu children beach house weekend",
        "Swift announces stadium tour Europe summer tickets sale",
        "Jolie Malibu beach house sold buyers summer",
    ]
    vectorizer = _vectorizer(sorted({g for t in texts for g in Analyzer(n_max=2)(t)}), 2)
    memory = StoryMemory.build(vectorizer, texts, np.array([True, False, True]), 0.1, 0.3, 2.0)
    model = CredibilityModel.load()
    text = "Jolie Pitt reunite. Quietly today. Malibu children beach house weekend."
    spans = _sentences(text)
    fast = left_out_margins(model.lexical, model.coef, model.intercept, memory, text, spans)
    np.testing.assert_array_equal(fast, _former(model, memory, text, spans))
    assert np.count_nonzero(fast[:, 1]) >= 2
    variants = [text[:s] + " " + text[e:] for s, e in spans]
    np.testing.assert_allclose(fast[:, 1], memory.margin(variants), atol=1e-9)


@pytest.mark.data("gossipcop", "extra.jsonl")
def test_closed_form_on_remembered_stories(model: CredibilityModel) -> None:
    """Articles the memory holds (non-zero votes) leave out exactly as re-scoring does."""
    texts = []
    with (SHARED / "gossipcop" / "extra.jsonl").open() as handle:
        for line in handle:
            text = json.loads(line)["text"]
            if 80 <= len(text.split()) <= 300:
                texts.append(text)
            if len(texts) == 3:
                break
    for text in texts:
        spans = _sentences(text)
        fast = left_out_margins(
            model.lexical, model.coef, model.intercept, model.memory, text, spans
        )
        ref = _reference(model, text, spans)
        assert np.abs(ref[:, 1]).max() > 0  # the memory block is exercised
        np.testing.assert_allclose(fast, ref, atol=1e-6)
        np.testing.assert_array_equal(fast, _former(model, model.memory, text, spans))
