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


def _stances(text: str) -> list[tuple[str, str | None]]:
    return [(a.speaker_text, a.stance) for a in found(text)]


def test_a_representative_negating_the_claim_denies() -> None:
    text = (
        "Jake Moreno is leaving the drama after six seasons, a tabloid claimed this week.\n\n"
        "“Jake Moreno is not leaving the show,” a spokesperson for Jake Moreno told Variety."
    )
    assert _stances(text)[-1] == ("a spokesperson for Jake Moreno", "denies")


def test_a_negation_the_lead_shares_is_no_denial() -> None:
    text = (
        "Kim Vale and Ross Dane are no longer together, a source told Star magazine.\n\n"
        "A rep for Kim Vale told People the couple are no longer together but remain friends."
    )
    assert _stances(text)[-1] == ("A rep for Kim Vale", None)


def test_a_person_negating_a_word_of_the_lead_does_not_deny() -> None:
    text = (
        "Nora Quist was thrilled when her sister announced the pregnancy, the family said.\n\n"
        "Nora Quist told a podcast that she “wasn't thrilled at first” about the news."
    )
    assert "denies" not in [stance for _, stance in _stances(text)]


def test_court_papers_by_name_are_documents_and_their_participle_is_no_content() -> None:
    text = (
        "According to the divorce petition, filed in Los Angeles Superior Court on Friday, "
        "Roxy Dunn is seeking custody of the couple’s two children."
    )
    assert spoken(text) == [
        (
            "the divorce petition",
            "According to",
            "Roxy Dunn is seeking custody of the couple’s two children",
        )
    ]
    assert typed(text)[0][2] == "interview_or_document"
    text = "According to an autopsy report released Tuesday, the singer died of heart failure."
    assert spoken(text) == [
        ("an autopsy report", "According to", "the singer died of heart failure")
    ]


def test_an_outlet_asking_makes_an_interview() -> None:
    text = (
        "Asked by People magazine whether she would return to the franchise, Olivia Chen "
        "said she would think about it."
    )
    assert [t for _, _, t in typed(text)] == ["interview_or_document"]


def test_squealing_to_a_magazine_is_an_interview() -> None:
    text = "“I’m engaged!” Bree Lomax squealed to Us Weekly at the Met Gala on Monday."
    assert typed(text) == [("Bree Lomax", "squealed", "interview_or_document")]
