"""Sourcing 1.15.0: a subject found past a predicate, pieces dated by a participle,
content clauses read as speakers, compound speaker nouns, and more denial wordings.
Every sentence here is written for these tests."""

from __future__ import annotations

from .assets.sourcing import found, spoken, typed


def test_the_subject_of_a_predicate_speaks_for_its_participle() -> None:
    text = "The singer addressed the rumors on Monday, saying, “I have nothing to hide.”"
    assert spoken(text) == [("The singer", "saying", "I have nothing to hide.")]


def test_a_participle_dating_a_piece_is_not_a_cue() -> None:
    text = (
        "In an interview with Rolling Stone published Wednesday, Mitchell opened up about "
        "his years on the road."
    )
    cues = [cue for _, cue, _ in spoken(text)]
    assert "published" not in cues
    assert "opened up about" in cues


def test_a_content_clause_is_not_a_speaker() -> None:
    text = (
        "The Sheriff's Department said in a statement that deputies responded to the home "
        "shortly after midnight."
    )
    assert [(s, c) for s, c, _ in spoken(text)] == [("The Sheriff's Department", "said")]


def test_a_compound_speaker_noun_sets_the_type() -> None:
    text = "According to a police report, the actor was pulled over for speeding on the freeway."
    assert typed(text) == [("a police report", "According to", "interview_or_document")]


def test_more_wordings_of_a_denial() -> None:
    for text in (
        "Maya Lind is pregnant again. The pop star’s reps have since slammed the story as "
        "“pure fiction.”",
        "Maya Lind was sued by her neighbour. Her lawyer told the New York Post that the "
        "lawsuit was “without merit.”",
    ):
        stances = [a.stance for a in found(text)]
        assert stances == ["denies"], text
