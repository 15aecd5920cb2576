"""SignalsStage: hedges, sensational words and exclusivity claims, with offsets."""

from __future__ import annotations

from gossipcheck.article import Article
from gossipcheck.signals import SignalsStage, find_signals


def kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for s in find_signals(text):
        assert text[s.span.start : s.span.end] == s.text
        out.setdefault(s.kind, []).append(s.text)
    return out


def test_hedges() -> None:
    found = kinds(
        "Mia is reportedly pregnant. Apparently she told friends. It seems the two may have "
        "married, and the rumored wedding allegedly cost millions. It looks like a match."
    )
    assert [h.lower() for h in found["hedge"]] == [
        "reportedly",
        "apparently",
        "it seems",
        "may have",
        "rumored",
        "allegedly",
        "it looks like",
    ]


def test_sensational_and_exclusive() -> None:
    found = kinds(
        "EXCLUSIVE: Heartbroken Mia slams Tom in SHOCKING bombshell. Radar has learned more."
    )
    sensational = {s.lower() for s in found["sensational"]}
    assert sensational == {"heartbroken", "slams", "shocking", "bombshell"}
    assert found["exclusive"] == ["EXCLUSIVE", "has learned"]


def test_exclusivity_claims_in_capitals() -> None:
    assert kinds("Radar EXCLUSIVELY reports the split.")["exclusive"] == ["EXCLUSIVELY"]
    assert kinds("Plain text about a movie premiere.") == {}


def test_lowercase_exclusive_adjective_is_not_an_exclusivity_claim() -> None:
    assert "exclusive" not in kinds("She wore an exclusive gown.")
    assert kinds("She told Us Weekly in an exclusive interview.")["exclusive"] == [
        "in an exclusive"
    ]


def test_stage_records_provenance() -> None:
    article = SignalsStage()(Article(text="Allegedly, it happened."))
    assert article.provenance["signals"]
    assert article.signals[0].kind == "hedge"
