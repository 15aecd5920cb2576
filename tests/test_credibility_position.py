"""Verdict and gauge agree: scores near a cut-off read as uncertain, and say where they sit."""

from __future__ import annotations

import pytest

from gossipcheck.article import Article
from gossipcheck.credibility.model import CredibilityModel
from gossipcheck.credibility.position import BAND, banded_verdict, position
from gossipcheck.credibility.stage import CredibilityStage

CUTS = (0.18, 0.45)


@pytest.mark.parametrize(
    ("p", "verdict"),
    [
        (0.05, "likely real"),
        (0.16, "uncertain"),
        (0.30, "uncertain"),
        (0.47, "uncertain"),
        (0.51, "likely fake"),
        (0.90, "likely fake"),
    ],
)
def test_band_around_each_cut_off(p: float, verdict: str) -> None:
    assert banded_verdict(p, CUTS, 0.03) == verdict


def test_position_names_the_nearest_line() -> None:
    assert position(0.47, CUTS, 0.03) == (
        "0.47, just above the 0.45 line for 'likely fake', too close to call"
    )
    assert position(0.16, CUTS, 0.03).startswith("0.16, just below the 0.18 line for 'likely real'")
    assert position(0.51, CUTS, 0.03) == "0.51, above the 0.45 line for 'likely fake'"
    assert position(0.02, CUTS, 0.03) == "0.02, below the 0.18 line for 'likely real'"
    assert "between the 0.18 line" in position(0.30, CUTS, 0.03)


def test_stage_fills_thresholds_band_and_position() -> None:
    stage = CredibilityStage(CredibilityModel.load(), explain=False)
    article = Article(text="Taylor Swift announced a stadium tour on Monday in Arizona.")
    article.language = "en"
    cred = stage(article).credibility
    assert cred is not None and cred.thresholds == stage.model.thresholds
    assert cred.band == BAND
    assert cred.position is not None and cred.position.startswith(f"{cred.p_fake:.2f}, ")
    assert "rules" not in cred.explanation and "rules" in cred.explanation["sourcing"]
    low, high = cred.thresholds
    if abs(cred.p_fake - low) <= BAND or abs(cred.p_fake - high) <= BAND:
        assert cred.verdict == "uncertain"
