"""Error classes from issue 10 (sentences written for these tests, not the held-out texts)."""

from __future__ import annotations

import pytest

from gossipcheck.article import Article
from gossipcheck.sourcing import SourcingStage
from gossipcheck.text import split_sentences


def analyse(text: str) -> Article:
    article = Article(text=text)
    article.sentences = split_sentences(text)
    return SourcingStage(use_ner=False)(article)


@pytest.mark.parametrize(
    ("text", "speaker", "source_type", "outlet"),
    [
        ("A snitch told Star that the couple fight constantly.", "A snitch", "anonymous", "Star"),
        ("We were told that the pair are no longer speaking.", "", "anonymous", None),
        (
            "As The ENQUIRER reported, the star is broke and alone.",
            "The ENQUIRER",
            "outlet",
            "National Enquirer",
        ),
        (
            "A source told InTouch magazine that the pair are done.",
            "A source",
            "anonymous",
            "In Touch",
        ),
        ("The show announced that the host will leave in May.", "The show", "representative", None),
        (
            "Sanders on Tuesday said he wants to change the tax code.",
            "Sanders",
            "named_person",
            None,
        ),
    ],
)
def test_unusual_sources_are_found_and_typed(
    text: str, speaker: str, source_type: str, outlet: str | None
) -> None:
    found = analyse(text).attributions
    assert [(a.speaker_text, a.source_type, a.outlet) for a in found] == [
        (speaker, source_type, outlet)
    ]


def test_a_weekday_is_never_a_speaker() -> None:
    assert analyse("Monday said that the couple would split up soon.").attributions == []
