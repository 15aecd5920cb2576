"""The lab side of the name tagger: spaCy's labels as BIO tags, text pieces, agreement."""

from __future__ import annotations

import pytest

pytest.importorskip("sklearn")

from gossipcheck.lab.sourcing.names import agreement, fit, labels_for, pieces
from gossipcheck.sourcing.names import LABELS, tokenize
from gossipcheck.text import split_sentences


def test_pieces_cover_the_span_and_cut_at_spaces() -> None:
    prose = " ".join(["word"] * 100)
    text = "x" * 30 + prose + "y" * 300  # no space at all in the last 300 characters
    parts = pieces(text, 30, len(text), 64)
    assert "".join(piece for _, piece in parts) == text[30:]
    assert all(len(piece) < 64 and text[at : at + len(piece)] == piece for at, piece in parts)
    in_prose = [piece for at, piece in parts if at + 64 < 30 + len(prose)]
    assert len(in_prose) > 3 and all(piece.endswith(" ") for piece in in_prose)
    assert "y" * 63 in [piece for _, piece in parts]  # no space: cut anyway


def test_spacy_spans_become_bio_tags_of_the_candidates() -> None:
    text = "Ava Stone and Acme Corp met in Paris."
    tokens = tokenize(text, split_sentences(text))
    ents = [(0, 9, "PERSON"), (14, 23, "ORG"), (31, 36, "GPE")]
    tags = [LABELS[i] for i in labels_for(tokens, ents)]
    assert tags == ["B-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG", "B-GPE"]


def test_a_fitted_tagger_agrees_with_its_teacher_on_its_own_texts() -> None:
    names = ["Ava Stone", "Leo Marsh", "Nina Holt", "Omar Reyes"]
    orgs = ["Acme Corp", "Blue Media", "Nova Labs"]
    places = ["Paris", "Boston", "Madrid"]
    texts, ents = [], []
    for i in range(24):
        who, org, where = names[i % 4], orgs[i % 3], places[i % 3]
        text = f"Yesterday {who} joined {org} in {where}, a friend said."
        a = text.index(who)
        b = text.index(org)
        c = text.index(where)
        texts.append(text)
        ents.append(
            [(a, a + len(who), "PERSON"), (b, b + len(org), "ORG"), (c, c + len(where), "GPE")]
        )
    tagger = fit(texts, ents, 10.0, lambda _: None)
    scores = agreement(tagger, texts, ents)
    assert scores["all"]["f1"] == 1.0
    assert scores["reachable"] == 1.0
