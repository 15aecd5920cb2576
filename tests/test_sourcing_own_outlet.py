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
