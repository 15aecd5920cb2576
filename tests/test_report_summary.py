"""The summary and the checklist agree with the report they sit in."""

from __future__ import annotations

import re
from typing import Any

import pytest

from gossipcheck.article import (
    Article,
    Attribution,
    ChainLink,
    Credibility,
    Sentence,
    Signal,
    SourceType,
    Span,
    Stance,
)
from gossipcheck.report import Report, build_report
from gossipcheck.report.summary import _NUMBERS

from .conftest import validate_report

TEXT = (
    "An insider says the couple split. A source claims she moved out, according to Us Weekly. "
    "Jo Lane said she had seen them arguing. A rep for the star told People it was false. "
    "They were reportedly apart for weeks."
)


def span_of(phrase: str, text: str = TEXT) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def attribution(
    speaker: str, kind: SourceType, content: str | None = None, stance: Stance | None = None
) -> Attribution:
    return Attribution(
        speaker=span_of(speaker),
        speaker_text=speaker,
        source_type=kind,
        cue=None,
        cue_text="",
        content=span_of(content) if content else None,
        sentence_index=0,
        stance=stance,
    )


def article(
    attributions: list[Attribution],
    *,
    relayed: bool = False,
    language: str = "en",
    credibility: Credibility | None = None,
    corroboration: dict[str, Any] | None = None,
) -> Article:
    chain = [ChainLink("Us Weekly", span_of("according to Us Weekly"), "according to Us Weekly")]
    return Article(
        text=TEXT,
        language=language,
        sentences=[Sentence(0, Span(0, len(TEXT)))],
        attributions=attributions,
        reporting_chain=chain if relayed else [],
        signals=[Signal("hedge", span_of("reportedly"), "reportedly")],
        credibility=credibility,
        corroboration=corroboration,
    )


def credibility(verdict: Any, p_fake: float, share: float | None, **extra: Any) -> Credibility:
    sourcing = {
        "profile": "anonymous_only",
        "description": "only anonymous sources, no one on record",
        "gossipcop_fake_share": share,
        "gossipcop_n": 120 if share is not None else None,
        "features": {},
        "rules": [],
    }
    return Credibility(
        p_fake=p_fake,
        verdict=verdict,
        model="m",
        model_version="1",
        explanation={"sourcing": sourcing, **extra},
    )


def build(item: Article) -> Report:
    report = build_report(item)
    validate_report(report.model_dump(mode="json"))
    return report


def answers(report: Report) -> dict[str, str]:
    return {item.id: item.answer for item in report.checklist}


def counts_in(summary: str) -> dict[str, int]:
    """``{"anonymous sources": 2, ...}`` for every "<number word> <noun>" in the summary."""
    words = "|".join(_NUMBERS[1:])
    found: dict[str, int] = {}
    pattern = rf"(?<!no )\b({words}|\d+) ([a-z-]+(?: [a-z-]+)?)"  # not "no one is ..."
    for number, noun in re.findall(pattern, summary.lower()):
        value = int(number) if number.isdigit() else _NUMBERS.index(number)
        found[noun] = value
    return found


ANONYMOUS_ONLY = [
    attribution("An insider", "anonymous"),
    attribution("A source", "anonymous"),
]
MIXED = [*ANONYMOUS_ONLY, attribution("Jo Lane", "named_person")]


@pytest.mark.parametrize("attributions", [ANONYMOUS_ONLY, MIXED, []])
def test_summary_counts_are_the_report_counts(attributions: list[Attribution]) -> None:
    report = build(article(attributions, relayed=True))
    by_type = report.sourcing_summary.by_type
    found = counts_in(report.summary)
    if by_type["anonymous"]:
        assert found["anonymous sources"] == by_type["anonymous"]
    if by_type["named_person"]:
        assert found["named person"] == by_type["named_person"]
    assert sum(found.values()) == report.sourcing_summary.attributions
    assert "relayed from Us Weekly" in report.summary


def test_no_one_on_record_only_when_nobody_is() -> None:
    alone = build(article(ANONYMOUS_ONLY))
    assert "no one is on the record" in alone.summary
    assert answers(alone)["on_record"] == "no" and answers(alone)["only_anonymous"] == "yes"
    assert [e.text for e in alone.checklist[3].evidence] == ["An insider", "A source"]
    mixed = build(article(MIXED))
    assert "no one is on the record" not in mixed.summary
    assert answers(mixed)["on_record"] == "yes" and answers(mixed)["only_anonymous"] == "no"
    assert [e.text for e in mixed.checklist[0].evidence] == ["Jo Lane"]
    empty = build(article([]))
    assert "no one is on the record" not in empty.summary
    assert "attributed to anyone" in empty.summary
    assert answers(empty)["only_anonymous"] == "no"


def test_subject_response_uses_the_stance() -> None:
    rep = "A rep for the star"
    denied = build(article([attribution(rep, "representative", "it was false", "denies")]))
    assert "a rep for the star denies it: “it was false”" in denied.summary
    item = denied.checklist[1]
    assert item.answer == "yes" and [e.text for e in item.evidence] == ["it was false"]
    tagged = build(article([attribution(rep, "representative", "she moved out,", "denies")]))
    assert "a rep for the star denies it: “she moved out”." in tagged.summary
    unknown = build(article([attribution(rep, "representative")]))
    assert answers(unknown)["subject_responded"] == "unknown"
    assert answers(build(article(ANONYMOUS_ONLY)))["subject_responded"] == "no"


def test_a_denial_leads_the_summary_even_after_confirmations() -> None:
    # Jo Lane's two confirmations come first in the text; the rep's denial must still be
    # the first response the summary and the checklist show.
    responses = [
        attribution("Jo Lane", "named_person", "she had seen them arguing", "confirms"),
        attribution("Jo Lane", "named_person", "she had seen them", "confirms"),
        attribution("A rep for the star", "representative", "it was false", "denies"),
    ]
    report = build(article(responses))
    clauses = report.summary.split("; ")
    assert clauses[1] == "a rep for the star denies it: “it was false”"
    assert clauses[2].startswith("Jo Lane confirms it") and report.summary.count("Jo Lane") == 1
    assert report.checklist[1].detail.startswith("A rep for the star denies it")


def test_relayed_and_hedged_carry_their_spans() -> None:
    report = build(article(ANONYMOUS_ONLY, relayed=True))
    relayed, hedged = report.checklist[2], report.checklist[4]
    assert relayed.answer == "yes" and relayed.evidence[0].text == "according to Us Weekly"
    assert hedged.answer == "yes" and [e.text for e in hedged.evidence] == ["reportedly"]
    assert answers(build(article(ANONYMOUS_ONLY)))["relayed"] == "no"


def test_non_english_is_said_not_counted() -> None:
    report = build(article(ANONYMOUS_ONLY, language="fr"))
    assert "English-only" in report.summary
    assert not counts_in(report.summary) and "anonymous" not in report.summary
    sourcing_items = ("on_record", "subject_responded", "relayed", "only_anonymous", "hedged")
    assert all(answers(report)[key] == "unknown" for key in sourcing_items)


def test_verdict_sentence_reconciles_history_and_text() -> None:
    agree = build(article(ANONYMOUS_ONLY, credibility=credibility("likely fake", 0.8, 0.73)))
    assert (
        "GossipCop rated 73% of stories sourced this way fake; the text reads as likely fake"
        in (agree.summary)
    )
    disagree = build(article(ANONYMOUS_ONLY, credibility=credibility("likely real", 0.01, 0.73)))
    assert "fake, but the text reads as likely real (P(fake) 0.01)" in disagree.summary
    assert disagree.summary.count(".") <= 3  # two sentences (and the decimal point)


def test_corroboration_and_fact_check_answers() -> None:
    plain = build(article(ANONYMOUS_ONLY, credibility=credibility("uncertain", 0.3, None)))
    assert answers(plain)["corroborated"] == "unknown"
    assert answers(plain)["fact_check_match"] == "unknown"
    match = {
        "title": "Star splits",
        "outlet": "Radar",
        "date": "2018-01-02",
        "rating": "fake",
        "similarity": 0.91,
    }
    copy = {
        "id": "c1",
        "title": "Split",
        "url": None,
        "outlet": "OK!",
        "published": "2018-01-01",
        "similarity": 0.8,
        "same_story": True,
        "is_query": False,
    }
    found = build(
        article(
            ANONYMOUS_ONLY,
            credibility=credibility("uncertain", 0.3, None, matches=[match]),
            corroboration={"matches": [copy], "earliest": copy, "corpus_size": 40},
        )
    )
    assert (
        answers(found)["corroborated"] == "yes" and "among 40 articles" in found.checklist[5].detail
    )
    assert answers(found)["fact_check_match"] == "yes"
    assert "“Star splits” (Radar, 2018-01-02), rated fake" in found.checklist[6].detail
    nothing = build(
        article(
            ANONYMOUS_ONLY,
            credibility=credibility("uncertain", 0.3, None, matches=[]),
            corroboration={
                "matches": [{**copy, "same_story": False}],
                "earliest": None,
                "corpus_size": 40,
            },
        )
    )
    assert answers(nothing)["corroborated"] == "no"
    assert answers(nothing)["fact_check_match"] == "no"


def test_a_pronoun_speaker_is_named_by_its_antecedent() -> None:
    # "she said she had seen them": the checklist and the claims say who "she" is.
    she = attribution("she", "named_person", "had seen them arguing")
    she.resolved_from = "Jo Lane"
    rep = attribution("A rep for the star", "representative", "it was false", "denies")
    report = build(article([she, rep]))
    on_record = report.checklist[0]
    assert on_record.detail.startswith("On the record: Jo Lane (")
    assert "she (" not in on_record.detail
    assert [e.text for e in on_record.evidence] == ["she", rep.speaker_text]  # the spans
    assert [a.who for a in report.attributions] == ["Jo Lane", rep.speaker_text]


def test_each_answer_carries_its_meaning_for_trust() -> None:
    report = build(article(ANONYMOUS_ONLY, relayed=True))
    tones = {i.id: (i.answer, i.tone) for i in report.checklist}
    assert tones["on_record"] == ("no", "warning")
    assert tones["only_anonymous"] == ("yes", "warning")
    assert tones["relayed"] == ("yes", "warning")
    assert tones["hedged"] == ("yes", "warning")
    assert tones["subject_responded"] == ("no", "neutral")
    assert tones["corroborated"] == ("unknown", "neutral")
    tones = {i.id: (i.answer, i.tone) for i in build(article(MIXED)).checklist}
    assert tones["on_record"] == ("yes", "reassuring")
    assert tones["only_anonymous"] == ("no", "reassuring")
    assert tones["relayed"] == ("no", "neutral")


@pytest.mark.parametrize(("stance", "tone"), [("denies", "warning"), ("confirms", "reassuring")])
def test_a_response_reads_by_what_it_says(stance: Stance, tone: str) -> None:
    rep = attribution("A rep for the star", "representative", "it was false", stance)
    item = build(article([rep])).checklist[1]
    assert (item.id, item.answer, item.tone) == ("subject_responded", "yes", tone)


def test_one_speaker_with_two_cues_is_one_source() -> None:
    rep = "A rep for the star"
    report = build(
        article(
            [
                attribution(rep, "representative", "it was false", "denies"),
                attribution(rep, "representative"),
                attribution("An insider", "anonymous"),
                attribution("An insider", "anonymous"),
            ]
        )
    )
    assert report.summary.startswith("Rests on one anonymous source and one representative")
    assert answers(report)["only_anonymous"] == "no"
    assert report.checklist[3].detail == "One anonymous source, but also one on the record."
