"""Channels and typing of celebrity attributions (issue 10.5): interviews, shared posts,
representatives. Every sentence here is written for these tests."""

from __future__ import annotations

from gossipcheck.article import Article
from gossipcheck.sourcing import SourcingStage
from gossipcheck.text import split_sentences


def analyse(text: str) -> Article:
    article = Article(text=text)
    article.sentences = split_sentences(text)
    return SourcingStage(use_ner=False)(article)


def typed(text: str) -> list[tuple[str, str]]:
    return [(a.speaker_text, a.source_type) for a in analyse(text).attributions]


def test_an_interview_lead_types_the_speaker_whoever_the_interviewer_is() -> None:
    text = "Chatting with a local radio host, Mara confessed that she was nervous on set."
    assert typed(text) == [("Mara", "interview_or_document")]


def test_an_age_nominal_speaks_in_an_interview() -> None:
    text = (
        "Dan Frost spent a decade touring. In a candid interview with GQ, the 47-year-old "
        "described the years on the road as lonely and strange."
    )
    found = analyse(text).attributions
    assert [(a.speaker_text, a.source_type, a.outlet) for a in found] == [
        ("the 47-year-old", "interview_or_document", "GQ")
    ]


def test_an_age_nominal_after_an_inverted_cue() -> None:
    assert typed("“I was terrified the whole time,” said the 31-year-old.") == [
        ("the 31-year-old", "named_person")
    ]


def test_sharing_a_photo_is_a_social_act_without_content() -> None:
    text = "The 29-year-old model shared several snaps from her beach holiday."
    found = analyse(text).attributions
    assert [(a.speaker_text, a.source_type, a.content) for a in found] == [
        ("The 29-year-old model", "social_media", None)
    ]


def test_posting_after_an_age_aside_and_an_adverb() -> None:
    assert typed("Lena Park, 34, also posted a video of the twins in the pool.") == [
        ("Lena Park", "social_media")
    ]


def test_writing_an_essay_is_a_document() -> None:
    assert typed("The singer wrote an essay about the tour for a music magazine.") == [
        ("The singer", "interview_or_document")
    ]


def test_sharing_news_is_not_a_shared_object() -> None:
    # "the news" is not a medium: without a that-clause or quote it is no attribution.
    assert typed("The actor shared the news with his brother over dinner.") == []


def test_a_network_announcing_is_an_official_voice_not_an_outlet() -> None:
    found = analyse("NBC announced on Friday that the quiz show would return in March.")
    assert [(a.speaker_text, a.source_type) for a in found.attributions] == [
        ("NBC", "representative")
    ]
    assert found.reporting_chain == [] and found.also_cites == []


def test_an_outlet_scoop_announcement_stays_an_outlet() -> None:
    assert typed("PEOPLE can exclusively announce that the two singers are engaged.") == [
        ("PEOPLE", "outlet")
    ]


def test_the_headline_line_is_not_an_attribution_but_an_embed_line_is() -> None:
    def rules(text: str) -> list[str]:
        article = Article(text=text)
        article.sentences = split_sentences(text)
        found = SourcingStage(use_ner=False, learned=False)(article).attributions
        return [a.cue_text for a in found]

    body = "\n\nThe actor said that he was moving to Lisbon with his family."
    assert rules("Tom Reyes Says He Is Leaving Hollywood For Good" + body) == ["said"]
    embed = "A post shared by Tom Reyes (@tomreyes) on May 2, 2018 at 9:10am PDT"
    assert rules(embed + body) == ["A post shared by", "said"]
