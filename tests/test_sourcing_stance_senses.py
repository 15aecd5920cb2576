"""Sourcing 1.19.0: denial words in another sense ("made up his mind", "denied bail"),
and more wordings of a denial ("quell the rumors", "just friends"). Every sentence here
is written for these tests."""

from __future__ import annotations

from .assets.sourcing import found


def _stances(text: str) -> list[tuple[str, str | None]]:
    return [(a.speaker_text, a.stance) for a in found(text)]


def test_denial_words_in_another_sense_are_no_denial() -> None:
    for text in (
        "Dana Reyes is moving to London. Dana Reyes said she had made up her mind months ago.",
        "Dana Reyes is moving to London. Dana Reyes said the move was what her mind was made "
        "up about.",
        "Dana Reyes is suing her landlord. Dana Reyes said the landlord denied her repair "
        "request twice.",
        "Dana Reyes is leaving the show. Dana Reyes told fans that a fake news outlet got "
        "the date wrong.",
    ):
        stances = [stance for _, stance in _stances(text)]
        assert stances and "denies" not in stances, text


def test_more_wordings_of_a_denial_by_the_subjects_side() -> None:
    for text in (
        "Lia Moon is dating her co-star, a magazine claims. A rep for Lia Moon told People "
        "the new photos should quell the rumors once and for all.",
        "Lia Moon is dating her co-star, a magazine claims. “They are just friends,” a rep "
        "for Lia Moon said.",
        "Lia Moon is feuding with her sister, a tabloid claims. A rep for Lia Moon told "
        "People there is “no feud” between the siblings.",
        "Lia Moon is dating her co-star, a magazine claims. A rep for Lia Moon denied most "
        "of the claims in the story.",
    ):
        assert "denies" in [stance for _, stance in _stances(text)], text
