"""Denials and confirmations by the subject's side (issue 10.3), on sentences written for
these tests in the style of celebrity news."""

from __future__ import annotations

import pytest

from gossipcheck.article import Article
from gossipcheck.sourcing import SourcingStage
from gossipcheck.text import split_sentences

from .test_sourcing_chain import fixture


def attributions(text: str) -> list[tuple[str, str, str | None]]:
    article = Article(text=text)
    article.sentences = split_sentences(text)
    SourcingStage(use_ner=False)(article)
    return [(a.speaker_text, a.source_type, a.stance) for a in article.attributions]


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        (
            "A rep for Quinn told People the reports are “completely false.”",
            "A rep for Quinn",
            "denies",
        ),
        ("Her rep confirmed the split to Us Weekly on Monday.", "Her rep", "confirms"),
        ("Setting the record straight, Munn flat out denied the rumors.", "Munn", "denies"),
        (
            "A source close to the couple told People the reports are false.",
            "A source close to the couple",
            "denies",
        ),
        # A confirmation that the reports are untrue is a denial.
        (
            "A spokesperson for the singer confirmed to People that the reports are untrue.",
            "A spokesperson for the singer",
            "denies",
        ),
        ("Kim said on Instagram that she is not pregnant, despite the rumors.", "Kim", "denies"),
        # No stance stated.
        ("Her rep told E! News that the couple will attend the gala together.", "Her rep", None),
    ],
)
def test_stance_of_the_subjects_side(text: str, speaker: str, stance: str | None) -> None:
    found = attributions(text)
    assert found and found[0][0] == speaker
    assert found[0][2] == stance


def test_sources_carrying_the_story_have_no_stance() -> None:
    found = attributions("A source told Us Weekly that the couple split last month.")
    assert found == [("A source", "anonymous", None)]
    found = attributions(
        "TMZ reports that the singer was false to her friends, a claim she denies."
    )
    assert found[0][1:] == ("outlet", None)


def test_negated_confirmation_is_no_stance() -> None:
    found = attributions("Her rep told People she would not confirm the engagement yet.")
    assert found == [("Her rep", "representative", None)]


def test_denial_to_another_outlet_is_cited_with_its_stance() -> None:
    art = fixture("denial_to_people.txt")
    rep = next(a for a in art.attributions if a.source_type == "representative")
    assert (rep.outlet, rep.stance) == ("People", "denies")
    assert [link.outlet for link in art.also_cites] == ["People"]


def test_a_confirmation_recalled_in_a_time_clause_has_no_stance() -> None:
    text = "Mia Cole was seen shopping, two months after she announced that she was pregnant."
    article = Article(text=text)
    article.sentences = split_sentences(text)
    found = SourcingStage(use_ner=False)(article).attributions
    assert [(a.speaker_text, a.stance) for a in found] == [("she", None)]
