"""The article's own outlet from marks in its text (sourcing/own_outlet.py); sentences
written for these tests."""

from __future__ import annotations

import pytest

from gossipcheck.sourcing.outlets import find_outlets
from gossipcheck.sourcing.own_outlet import own_outlet


def own(text: str) -> str | None:
    return own_outlet(text, find_outlets(text))


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("An insider EXCLUSIVELY told HollywoodLife.com why she called it off.", "HollywoodLife"),
        ("As HollywoodLife.com EXCLUSIVELY reported, she was not dating.", "HollywoodLife"),
        ("A pal shared EXCLUSIVELY with HollywoodLife that they are fine.", "HollywoodLife"),
        ("What do you think, HollywoodLifers? Tell us below.", "HollywoodLife"),
        ("Got a tip? Email us at tips@radaronline.com or call us.", "RadarOnline"),
        ("Click through RadarOnline.com's gallery for more photos.", "RadarOnline"),
        ("LOS ANGELES (AP) — The actor filed for divorce on Friday.", "AP"),
        ("The singer denied it. The Associated Press contributed to this report.", "AP"),
    ],
)
def test_a_mark_names_the_writer(text: str, outlet: str) -> None:
    assert own(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "RadarOnline.com can reveal that the couple split!",  # no mark: a relay
        "A source told Us Weekly exclusively that the couple split.",  # not house capitals
        "The Hollywood Reporter said the show was cancelled.",
        "Fans of the singers were upset on Twitter.",  # "singers" is no outlet's readers
    ],
)
def test_no_mark_no_own_outlet(text: str) -> None:
    assert own(text) is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "A rep told Gossip Cop the story is false. Gossip Cop can reveal they are fine.",
            "Gossip Cop",
        ),
        ("As Gossip Cop previously noted, the tabloid has been wrong before.", "Gossip Cop"),
        ("A source tells Gossip Cop exclusively that the pair never split.", "Gossip Cop"),
        ("Law enforcement sources tell TMZ the fight began at home. We're told cops came.", "TMZ"),
        ("E! News has learned the pair split. Our source said they fought for weeks.", "E! News"),
    ],
)
def test_a_fact_checkers_voice_or_first_person_sourcing_names_the_writer(
    text: str, outlet: str
) -> None:
    assert own(text) == outlet


@pytest.mark.parametrize(
    "text",
    [
        "Sources told Us Weekly the couple split in June.",  # "told Us" is no first person
        "Sources tell TMZ they split. Insiders told People it is over. We're told it is mutual.",
        "The tabloid says Gossip Cop was wrong about the couple.",  # no voice of its own
    ],
)
def test_first_person_beside_no_single_outlet_names_none(text: str) -> None:
    assert own(text) is None
