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
    # With no URL its own voice ("Gossip Cop has learned", "told us") still names it.
    unnamed = fixture("gossipcop_debunk.txt")
    assert (unnamed.outlet, unnamed.reporting_chain) == ("Gossip Cop", [])
    assert outlets(unnamed.also_cites) == ["RadarOnline"]
    # Quoted by another site, the fact-checker is cited beside the story it checks.
    quoted = analyse(
        "RadarOnline claims that Jennifer Vale is secretly pregnant. Gossip Cop says the "
        "story is false. A spokesperson for the actress told the fact-checker she is not."
    )
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


def test_a_second_outlet_relayed_beside_the_first_is_cited_not_chained() -> None:
    art = analyse(
        "The stars are said to be at odds over the children. According to E! News, Vale is "
        "upset that Moss kept the kids in London. An Us Weekly report goes on to say that "
        "Moss is committed to staying in Los Angeles for good."
    )
    assert outlets(art.reporting_chain) == ["E! News"]
    assert outlets(art.also_cites) == ["Us Weekly"]
    # with a word that one carries the other, both are links, nearest first
    nested = analyse("According to E! News, citing Us Weekly, Vale is upset with Moss.")
    assert outlets(nested.reporting_chain) == ["E! News", "Us Weekly"]


def test_an_outlet_cited_for_earlier_news_is_background() -> None:
    for text in (
        "Lena Marsh is over the moon. People confirmed earlier this month that the pair "
        "are back together.",
        "Her album is out Friday. A source told Us Weekly last week that it will be a hit.",
        "The pair met on set. TMZ reported two weeks ago that they were dating.",
    ):
        art = analyse(text)
        assert art.reporting_chain == [], text
        assert len(art.also_cites) == 1, text


def test_the_outlet_the_text_marks_as_its_writer_is_its_own() -> None:
    text = (
        "Lena Marsh is glowing. “She wears it well,” a source close to Lena tells "
        "HollywoodLife.com EXCLUSIVELY. HollywoodLifers, do you think she is pregnant?"
    )
    art = analyse(text)
    assert art.outlet == "HollywoodLife"
    assert art.reporting_chain == [] and art.also_cites == []
    # a site that re-reports the exclusive has no such mark: HollywoodLife is its relay
    copied = analyse("Lena Marsh is glowing, a source close to Lena told HollywoodLife.com.")
    assert copied.outlet is None
    assert outlets(copied.reporting_chain) == ["HollywoodLife"]
    # a URL, when there is one, wins over the text's marks
    assert analyse(text, url="https://radaronline.com/x").outlet == "RadarOnline"


def test_an_excerpt_points_to_the_story_it_carries() -> None:
    for text, outlet in (
        ("The singer wore the tattoo to the gala. (Excerpt) Read more at: E! Online", "E! News"),
        ("She is expecting, a source says. Read the full story at People.", "People"),
        ("The couple have split, h/t TMZ.", "TMZ"),
    ):
        assert outlets(analyse(text).reporting_chain) == [outlet], text


def test_the_outlet_before_a_citing_aside_carries_the_story() -> None:
    for text, chain in (
        (
            "Us Weekly, citing a report from People, says the singer is four months along.",
            ["Us Weekly", "People"],
        ),
        (
            "The Daily Mail, citing Page Six, reports that the couple split in June.",
            ["Daily Mail", "Page Six"],
        ),
        (
            "HollywoodLife, which credits Us Weekly with the scoop, reports he is in talks.",
            ["HollywoodLife", "Us Weekly"],
        ),
    ):
        assert outlets(analyse(text).reporting_chain) == chain, text
    art = analyse(
        "According to Us Weekly, which picked up the story from E! News, the two were seen "
        "kissing outside a Miami nightclub."
    )
    assert outlets(art.reporting_chain) == ["Us Weekly", "E! News"]


def test_an_outlet_relayed_after_the_one_that_broke_the_story_is_cited() -> None:
    art = analyse(
        "The rapper was taken to hospital on Saturday. TMZ first reported the news, saying he "
        "collapsed backstage. According to Us Weekly, he was released on Tuesday."
    )
    assert outlets(art.reporting_chain) == ["TMZ"]
    assert outlets(art.also_cites) == ["Us Weekly"]
    art = analyse(
        "The singer was dropped by her label, the Daily Mail reports, picking up a claim first "
        "made by The Sun."
    )
    assert outlets(art.reporting_chain) == ["Daily Mail", "The Sun"]


def test_a_relay_inside_another_outlets_report_is_its_source() -> None:
    art = analyse(
        "According to People, court documents obtained by TMZ claim the actor left the "
        "Malibu rental in ruins."
    )
    assert outlets(art.reporting_chain) == ["People", "TMZ"]


def test_an_outlet_known_by_a_common_word_broke_the_news() -> None:
    radar = analyse("Radar broke the news that Carly Vance had checked into a retreat.")
    assert outlets(radar.reporting_chain) == ["RadarOnline"]
    us = analyse("Us broke the story of their split in May, weeks before the divorce.")
    assert outlets(us.reporting_chain) == ["Us Weekly"]
    # The common word without the idiom is no outlet.
    star = analyse("The Star broke down in tears on stage, her co-star said.")
    assert outlets(star.reporting_chain) == [] and outlets(star.also_cites) == []
