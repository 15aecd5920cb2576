"""The reporting chain holds relays the text states; other cited outlets are also-cites.

Fixtures under tests/fixtures/chain/ are articles written for these tests in the style
of celebrity news.
"""

from __future__ import annotations

from pathlib import Path

from gossipcheck.article import Article
from gossipcheck.sourcing import SourcingStage, relayed_from
from gossipcheck.text import split_sentences

FIXTURES = Path(__file__).parent / "fixtures" / "chain"


def analyse(text: str, url: str | None = None) -> Article:
    article = Article(text=text, url=url)
    article.sentences = split_sentences(text)
    return SourcingStage(use_ner=False)(article)


def fixture(name: str, url: str | None = None) -> Article:
    return analyse((FIXTURES / name).read_text(encoding="utf-8"), url)


def outlets(links: list) -> list[str]:  # type: ignore[type-arg]
    return [link.outlet for link in links]


def test_denial_to_people_is_not_the_origin_of_a_story_us_weekly_broke() -> None:
    art = fixture("denial_to_people.txt")
    assert outlets(art.reporting_chain) == ["Us Weekly"]
    assert "first reported" in art.reporting_chain[0].evidence_text
    assert outlets(art.also_cites) == ["People"]
    assert "rep" in art.also_cites[0].evidence_text


def test_three_independent_quotes_are_also_cites_not_a_relay() -> None:
    art = fixture("three_quotes.txt")
    assert art.reporting_chain == []
    assert outlets(art.also_cites) == ["People", "Daily Mail", "Extra"]


def test_fact_check_of_a_tabloid_story_is_not_a_relay() -> None:
    art = fixture("gossipcop_debunk.txt", url="https://www.gossipcop.com/jennifer-vale/")
    assert art.outlet == "Gossip Cop"
    assert art.reporting_chain == []
    assert outlets(art.also_cites) == ["RadarOnline"]  # never its own outlet
    # Quoted by another site, the fact-checker is cited beside the story it checks.
    quoted = fixture("gossipcop_debunk.txt")
    assert quoted.reporting_chain == []
    assert outlets(quoted.also_cites) == ["RadarOnline", "Gossip Cop"]


def test_citing_and_via_order_the_chain_nearest_first() -> None:
    art = analyse("People reports, via Us Weekly, that the couple split in June.")
    assert outlets(art.reporting_chain) == ["People", "Us Weekly"]
    assert relayed_from(art) == ["Us Weekly", "People"]


def test_first_reported_outlet_is_the_origin() -> None:
    art = analyse("Sources tell TMZ that the pair wed in Malibu, as In Touch first reported.")
    assert outlets(art.reporting_chain) == ["TMZ", "In Touch"]
    assert relayed_from(art)[0] == "In Touch"


def test_own_outlet_is_never_its_own_source() -> None:
    art = analyse(
        "Sources tell People that the pair are expecting. A rep told People it is true.",
        url="https://people.com/celebrity/x/",
    )
    assert art.outlet == "People"
    assert art.reporting_chain == [] and art.also_cites == []


def test_anonymous_sources_speaking_to_an_outlet_relay_it() -> None:
    art = analyse("A source told Us Weekly that the couple barely speak these days.")
    assert outlets(art.reporting_chain) == ["Us Weekly"]
    assert art.also_cites == []
