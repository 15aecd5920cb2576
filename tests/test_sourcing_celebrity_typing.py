"""Typing of celebrity attributions (issue 10, items 1 and 5): representatives named with
their role, unnamed experts and groups, interview channels, cue verbs, and the headline.
Every sentence here is written for these tests."""

from __future__ import annotations

from gossipcheck.article import Article
from gossipcheck.sourcing import SourcingStage
from gossipcheck.sourcing.roles import is_representative, representative_names
from gossipcheck.sourcing.scope import headline_end
from gossipcheck.text import split_sentences


def analyse(text: str, *, learned: bool = False) -> Article:
    article = Article(text=text)
    article.sentences = split_sentences(text)
    return SourcingStage(use_ner=False, learned=learned)(article)


def typed(text: str) -> list[tuple[str, str]]:
    return [(a.speaker_text, a.source_type) for a in analyse(text).attributions]


def test_role_noun_before_the_name_makes_a_later_mention_a_representative() -> None:
    text = (
        "The singer's manager Dana Pike is not happy. “She never agreed to that tour,” "
        "Pike said on Monday."
    )
    assert ("Pike", "representative") in typed(text)


def test_role_noun_after_the_name_makes_a_representative() -> None:
    text = (
        "Jo Marsh, a longtime spokeswoman for the actor, was blunt. “He is resting at home "
        "and will return to the set next week,” Marsh said."
    )
    assert ("Marsh", "representative") in typed(text)


def test_a_police_title_before_the_name() -> None:
    names = representative_names("Cpl. Ray Dunn confirmed the crash. Sgt. Lee Park arrived.")
    assert is_representative("Ray Dunn", names)
    assert is_representative("Park", names)


def test_a_name_without_a_role_stays_a_person() -> None:
    names = representative_names("Her manager Dana Pike flew in. Kim Vale met her there.")
    assert not is_representative("Kim Vale", names)
    assert ("Vale", "named_person") in typed(
        "Her manager Dana Pike flew in. “It was a long night,” Vale said."
    )


def test_unnamed_experts_and_groups_are_anonymous() -> None:
    assert typed("Doctors say the star needs at least a month of rest.") == [
        ("Doctors", "anonymous")
    ]
    assert typed("Those in the know say the wedding is still on.") == [
        ("Those in the know", "anonymous")
    ]
    assert typed("One critic said the film was a mess from start to finish.") == [
        ("One critic", "anonymous")
    ]


def test_a_song_and_a_study_speak_as_documents() -> None:
    assert typed("The song references a summer fling in Rome and a broken promise.") == [
        ("The song", "interview_or_document")
    ]


def test_new_cue_verbs() -> None:
    for cue in ("touted", "raved", "bragged"):
        found = analyse(f"Mara {cue} that the new album is her best work yet.").attributions
        assert [(a.speaker_text, a.cue_text) for a in found] == [("Mara", cue)]


def test_declared_needs_a_clause() -> None:
    assert typed("Mara declared that she is done with reality television.") == [
        ("Mara", "named_person")
    ]


def test_a_magazine_issue_is_an_interview_channel() -> None:
    text = "In the new issue of Vogue, Mara revealed that she had quit acting twice."
    assert typed(text) == [("Mara", "interview_or_document")]


def test_a_talk_show_by_its_short_name_is_an_interview() -> None:
    assert typed("Mara said on Ellen that the baby is due in May.") == [
        ("Mara", "interview_or_document")
    ]


def test_words_to_an_audience_are_an_interview() -> None:
    assert typed("“I was so nervous,” Mara told the audience.") == [
        ("Mara", "interview_or_document")
    ]


def test_no_attribution_in_the_headline_from_any_finder() -> None:
    text = (
        "Mara Lane Says She Is Done With Reality TV\n"
        "Mara Lane is leaving the show. “I need my life back,” she said in a statement."
    )
    end = headline_end(text)
    assert end > 0
    found = analyse(text, learned=True).attributions
    assert found and all(a.cue is not None and a.cue.start >= end for a in found)
