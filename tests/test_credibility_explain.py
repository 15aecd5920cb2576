"""Linear leave-one-sentence-out explanations agree with re-vectorising each variant."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

import numpy as np
import pytest

from gossipcheck.credibility.calibration import sigmoid
from gossipcheck.credibility.explain import count_changes, left_out_margins
from gossipcheck.credibility.model import CredibilityModel

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


def test_count_changes_bridge_bigrams() -> None:
    change = count_changes(["a", "b", "c", "d"], 1, 3, 2)
    assert change == {"b": -1, "c": -1, "a b": -1, "b c": -1, "c d": -1, "a d": 1}
    assert count_changes(["a", "b"], 1, 1, 2) == {}


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
