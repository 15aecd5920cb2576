"""Sourcing 1.14.0: acts without reported words inside another attribution's content,
and the wordings found on set-2 dev misses and guideline probes. Every sentence here is
written for these tests."""

from __future__ import annotations

from .assets.sourcing import spoken


def test_an_act_by_someone_inside_the_reported_clause_is_nested() -> None:
    text = "E! also notes that Rhys shared a photo of Stone in his Instagram Stories this month."
    assert spoken(text) == [
        ("E!", "notes", "Rhys shared a photo of Stone in his Instagram Stories this month"),
        ("Rhys", "shared", ""),
    ]


def test_the_same_speaker_going_on_is_one_act() -> None:
    text = "Munn was all smiles. She took to Instagram, sharing a photo of them on the carpet."
    assert [(s, c) for s, c, _ in spoken(text)] == [("She", "took to Instagram")]
    text = (
        "The reality star, who never confirmed her pregnancy, announced the news in a post "
        "on Sunday, and shared a video of the past nine months."
    )
    assert [(s, c) for s, c, _ in spoken(text)] == [("The reality star", "announced")]
