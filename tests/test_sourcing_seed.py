"""The seed case: a re-report of a People story (and a look-alike written for the tests)."""

from __future__ import annotations

import pytest

from gossipcheck.sourcing import relayed_from

from .conftest import FIXTURES, SEED
from .test_sourcing_support import analyse

FIXTURE = FIXTURES / "sourcing_seed_like.txt"

CASES = [
    pytest.param(
        (SEED, {"children": "three children", "comments": "slavery"}),
        marks=pytest.mark.data("..", "examples", SEED.name),
        id="kim-kanye",
    ),
    pytest.param(
        (FIXTURE, {"children": "twin daughters", "comments": "music industry"}), id="fixture"
    ),
]


@pytest.fixture(params=CASES, scope="module")
def case(request: pytest.FixtureRequest):
    path, expect = request.param
    return analyse(path.read_text(encoding="utf-8")), expect


def test_spans_match_their_text(case) -> None:
    article, _ = case
    for a in article.attributions:
        assert a.cue is not None and a.cue.text(article.text) == a.cue_text
        if a.speaker is not None:
            assert a.speaker.text(article.text) == a.speaker_text
    assert article.provenance["sourcing"]


def test_anonymous_sources(case) -> None:
    article, _ = case
    anonymous = [a for a in article.attributions if a.source_type == "anonymous"]
    assert len(anonymous) >= 4
    speakers = {a.speaker_text.lower() for a in anonymous}
    assert {"sources for people", "sources", "the source", "insiders"} <= speakers
    cues = {a.cue_text.lower() for a in anonymous}
    assert {"according to", "tell", "goes on to say", "detail"} <= cues
    the_source = next(a for a in anonymous if a.speaker_text == "The source")
    assert the_source.resolved_from == "sources"
    assert the_source.outlet == "People"
    assert the_source.content is not None


def test_people_is_the_relayed_outlet(case) -> None:
    article, _ = case
    assert article.reporting_chain[0].outlet == "People"
    assert "People" in article.reporting_chain[0].evidence_text
    assert relayed_from(article)[-1] == "People"
    shares = [a for a in article.attributions if a.cue_text == "shares"]
    assert shares and shares[0].source_type == "outlet" and shares[0].outlet == "People"
    outlets = {e.canonical for e in article.entities if e.label == "OUTLET"}
    assert {"People", "TMZ", "Harper's Bazaar"} <= outlets


def test_interviews_with_tmz_and_harpers(case) -> None:
    article, expect = case
    by_outlet = {a.outlet: a for a in article.attributions if a.outlet}
    for outlet in ("TMZ", "Harper's Bazaar"):
        assert by_outlet[outlet].source_type in ("interview_or_document", "outlet")
    tmz = by_outlet["TMZ"]
    assert tmz.speaker_text == "he" and tmz.resolved_from
    assert tmz.content is not None and expect["comments"] in tmz.content.text(article.text)


def test_social_media(case) -> None:
    article, _ = case
    social = [a for a in article.attributions if a.source_type == "social_media"]
    cues = {a.cue_text.split()[-1] for a in social}
    assert {"tweeted", "retweeted"} <= cues
    assert any(a.cue_text == "has retweeted" for a in social)  # verb group with auxiliary


def test_hedges(case) -> None:
    article, _ = case
    hedges = {s.text.lower() for s in article.signals if s.kind == "hedge"}
    assert {"apparently", "it seems", "reportedly", "it looks like"} <= hedges
    for s in article.signals:
        assert s.span.text(article.text) == s.text


def test_claims(case) -> None:
    article, expect = case
    children = [c for c in article.claims if expect["children"] in c.text]
    assert children and children[0].claim_type == "pregnancy_children"
    assert children[0].attribution is not None
    assert article.attributions[children[0].attribution].source_type == "anonymous"
    comments = [c for c in article.claims if expect["comments"] in c.text]
    assert comments and comments[0].attribution is not None
    assert not any(c.text.endswith("?") for c in article.claims)
