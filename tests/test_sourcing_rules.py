"""Rules added for issue 4 (anonymous sources, inverted cues, chain ranking), one behaviour
per test, on sentences written for the tests."""

from __future__ import annotations

import pytest

from gossipcheck.lab.sourcing.evaluate import evaluate_sourcing, gold_part
from gossipcheck.sourcing.quotes import find_quotes

from .test_sourcing_support import analyse


def attrs_of(text: str):
    article = analyse(text)
    t = article.text
    return article, [
        (
            a.speaker.text(t) if a.speaker else None,
            a.cue.text(t),
            a.content.text(t) if a.content else None,
            a.source_type,
        )
        for a in article.attributions
    ]


# -- anonymous sources -----------------------------------------------------------------
def test_scare_quoted_sources_are_still_sources() -> None:
    _, attrs = attrs_of("The pair are splitting, “sources” claimed that the deal was signed.")
    assert attrs == [("sources", "claimed", "the deal was signed", "anonymous")]


def test_so_called_source_with_scare_quotes() -> None:
    _, attrs = attrs_of("A so-called “source” is quoted as saying, “Mia told Tom to retire now.”")
    speaker, cue, content, kind = attrs[0]
    assert speaker is not None and speaker.startswith("A so-called")
    assert (cue, content, kind) == (
        "is quoted as saying",
        "Mia told Tom to retire now.",
        "anonymous",
    )


def test_restrictive_relative_before_the_cue() -> None:
    _, attrs = attrs_of("TMZ spoke to a source that said Mia is not going to the awards show.")
    assert ("a source", "said", "Mia is not going to the awards show", "anonymous") in attrs


def test_relative_needs_a_source_noun() -> None:
    _, attrs = attrs_of("It was the movie that said everything about the decade.")
    assert attrs == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Mia is pregnant again, says a source close to the family.",
            "a source close to the family",
            "says",
        ),
        ("Mia Lane Has Gained Weight Amid Divorce, Claims Source", "Source", "Claims"),
        ("The couple will wed in June, reveals an insider.", "an insider", "reveals"),
    ],
)
def test_inverted_cue_after_a_comma(text: str, speaker: str, cue: str) -> None:
    _, attrs = attrs_of(text)
    assert attrs[0][:2] == (speaker, cue)
    assert attrs[0][3] == "anonymous"
    content = attrs[0][2]
    assert content is not None and content.startswith(("Mia", "The couple"))


def test_inverted_cue_after_a_comma_needs_a_source_phrase() -> None:
    _, attrs = attrs_of("The film, said to cost millions, opens on Friday in London.")
    assert attrs == []


def test_exclamation_inside_quote_does_not_end_the_sentence() -> None:
    _, attrs = attrs_of("She has finally agreed to say “Yes, I do!” according to the insider.")
    assert attrs[0][:2] == ("the insider", "according to")
    assert attrs[0][2] is not None and attrs[0][2].startswith("She has finally agreed")


def test_mixed_quote_marks_close_a_quotation() -> None:
    text = '"They had some struggles after going public,” explained an insider.'
    assert [q.text(text) for q in find_quotes(text)] == [
        "They had some struggles after going public,"
    ]
    _, attrs = attrs_of(text)
    assert attrs[0][:2] == ("an insider", "explained")
    assert attrs[0][3] == "anonymous"


def test_glued_period_splits_a_social_context_off() -> None:
    _, attrs = attrs_of(
        '"He should call her," a source told Star magazine.Later she posted a photo on Instagram.'
    )
    assert attrs[0][:2] == ("a source", "told")
    assert attrs[0][3] == "anonymous"


def test_sources_in_an_outlet_exclusive_speak_to_that_outlet() -> None:
    art, attrs = attrs_of(
        "In an OK! exclusive, sources reveal that Mia and Tom will marry in June."
    )
    assert attrs[0][:2] == ("sources", "reveal")
    assert art.attributions[0].outlet == "OK!"
    assert [link.outlet for link in art.reporting_chain] == ["OK!"]


# -- other general rules ----------------------------------------------------------------
def test_negation_inside_a_relative_clause_does_not_block_the_cue() -> None:
    _, attrs = attrs_of(
        "The reality star, who never confirmed her pregnancy, announced on Instagram that "
        "she is a mother."
    )
    assert attrs[0][:3] == ("The reality star", "announced", "she is a mother")
    assert attrs[0][3] == "social_media"


def test_denial_of_rumours_without_content() -> None:
    _, attrs = attrs_of("Setting the record straight, Mia Lane flat out denied the rumors.")
    assert attrs == [("Mia Lane", "denied", None, "named_person")]


def test_coordinated_predicate_takes_the_sentence_subject() -> None:
    _, attrs = attrs_of(
        "She got engaged in January, and told Good Morning America she is thrilled."
    )
    assert attrs[0][:2] == ("She", "told")
    assert attrs[0][3] == "interview_or_document"


def test_recipient_outlet_after_a_descriptor() -> None:
    art, attrs = attrs_of("Tom Reed told the celebrity news site TMZ that he wanted to be there.")
    assert attrs[0][3] == "interview_or_document"
    assert art.attributions[0].outlet == "TMZ"


def test_outlet_named_in_an_interview_channel() -> None:
    art, attrs = attrs_of(
        'As she said in her recent Billboard interview, "I am grateful for it all."'
    )
    assert attrs[0][2] == "I am grateful for it all."
    assert attrs[0][3] == "interview_or_document"
    assert art.attributions[0].outlet == "Billboard"


def test_statement_through_a_rep_is_representative_only_in_its_clause() -> None:
    _, attrs = attrs_of(
        "The actress spoke out through her rep after Rose suggested she is the one."
    )
    kinds = {a[1]: a[3] for a in attrs}
    assert kinds["spoke out"] == "representative"
    assert kinds["suggested"] == "named_person"


def test_unnamed_social_media_user() -> None:
    _, attrs = attrs_of("“I am in love with every single dog in this,” wrote one Twitter user.")
    assert attrs[0][:2] == ("one Twitter user", "wrote")
    assert attrs[0][3] == "social_media"


def test_second_outlet_after_and_is_kept_and_content_is_the_clause_before() -> None:
    _, attrs = attrs_of(
        "The actor was hurt in a car crash on Sunday, TMZ first reported and "
        "multiple outlets confirmed."
    )
    assert attrs[0][:3] == ("TMZ", "reported", "The actor was hurt in a car crash on Sunday")
    assert attrs[1][:2] == ("multiple outlets", "confirmed")
    assert attrs[1][3] == "outlet"


def test_reader_address_is_not_a_speaker() -> None:
    _, attrs = attrs_of("You can read the full statement below.")
    assert attrs == []


# -- reporting chain -------------------------------------------------------------------
def test_chain_holds_the_carrier_a_rep_recipient_and_past_report_are_also_cites() -> None:
    art = analyse(
        "A rep for Mia told People that the reports are false. "
        "A source told Us Weekly that the couple barely speak. "
        "TMZ reported in 2021 that they briefly split."
    )
    assert [link.outlet for link in art.reporting_chain] == ["Us Weekly"]
    assert [link.outlet for link in art.also_cites] == ["People", "TMZ"]


def test_past_interviews_are_also_cites_not_a_chain() -> None:
    art = analyse(
        "In 2013 she told Marie Claire that fame was strange. "
        "That same year she told E! News she worries about the internet."
    )
    assert art.reporting_chain == []
    assert [link.outlet for link in art.also_cites] == ["Marie Claire", "E! News"]


def test_example_re_report_chain_starts_with_us_weekly() -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "radar-style-re-report.txt"
    art = analyse(path.read_text(encoding="utf-8"))
    chain = [link.outlet for link in art.reporting_chain]
    assert chain == ["Us Weekly"]
    # A rep's denial to People, a past interview with Vogue, TMZ's 2021 report.
    assert [link.outlet for link in art.also_cites] == ["People", "Vogue", "TMZ"]


# -- evaluation split --------------------------------------------------------------------
def test_gold_split_is_sha1_of_the_id() -> None:
    # sha1 hex digests start with: "a" 8, "b" e, "maj--1" 2, "ffn-test-7" 4 (0-b: dev)
    pinned = {"a": "dev", "b": "heldout", "maj--1": "dev", "ffn-test-7": "dev"}
    assert {article_id: gold_part(article_id) for article_id in pinned} == pinned


def test_evaluate_rejects_an_unknown_part(tmp_path) -> None:
    with pytest.raises(ValueError):
        evaluate_sourcing(tmp_path / "gold.jsonl", tmp_path, part="train")


def test_a_paragraph_opening_with_a_closing_mark_opens_a_quotation() -> None:
    text = "Voters were angry.\n\n”This is not what we were promised,” ― Dana Whitfield"
    assert [q.text(text) for q in find_quotes(text)] == ["This is not what we were promised,"]
    _, attrs = attrs_of(text)
    assert attrs[0][:2] == ("Dana Whitfield", "―")
