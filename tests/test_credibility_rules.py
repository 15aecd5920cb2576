from __future__ import annotations

from gossipcheck.article import Article, Attribution, ChainLink, Span
from gossipcheck.credibility.rules import (
    apply_sourcing_rule,
    profile_statistics,
    sourcing_profile,
)


def attribution(kind: str) -> Attribution:
    return Attribution(
        speaker=Span(0, 5),
        speaker_text="x",
        source_type=kind,  # type: ignore[arg-type]
        cue=Span(6, 10),
        cue_text="said",
        content=None,
        sentence_index=0,
    )


def article(*kinds: str, relayed: bool = False) -> Article:
    a = Article(text="An insider tells People the couple split. " * 5)
    a.attributions = [attribution(kind) for kind in kinds]
    if relayed:
        a.reporting_chain = [ChainLink("People", Span(16, 22), "People")]
    return a


def test_profiles() -> None:
    assert sourcing_profile({"attributions": 0}) == "no_attributions"
    features = {"attributions": 2, "anonymous_attributions": 2, "on_record_attributions": 0}
    assert sourcing_profile(features) == "anonymous_only"
    assert sourcing_profile({**features, "chain_length": 1}) == "anonymous_only_relayed"
    assert sourcing_profile({**features, "on_record_attributions": 1}) == (
        "anonymous_and_on_record"
    )


def test_anonymous_only_story_is_never_likely_real() -> None:
    verdict, block = apply_sourcing_rule(
        article("anonymous", "anonymous", relayed=True), "likely real"
    )
    assert verdict == "uncertain"
    assert block["profile"] == "anonymous_only_relayed" and block["rules"]
    assert block["features"]["anonymous_attributions"] == 2


def test_rule_leaves_other_verdicts_alone() -> None:
    assert apply_sourcing_rule(article("anonymous"), "likely fake")[0] == "likely fake"
    verdict, block = apply_sourcing_rule(article("anonymous", "named_person"), "likely real")
    assert verdict == "likely real" and block["rules"] == []


def test_a_denial_by_the_subjects_side_is_in_the_sourcing_block() -> None:
    a = article("anonymous", "representative")
    a.attributions[1].speaker_text = "A rep for Quinn"
    assert apply_sourcing_rule(a, "likely fake")[1]["denial"] is None
    a.attributions[1].stance = "denies"
    denial = apply_sourcing_rule(a, "likely fake")[1]["denial"]
    assert denial.startswith("A rep for Quinn denies the story")
    a.attributions[1].stance = "confirms"  # a confirmation is no denial
    assert apply_sourcing_rule(a, "likely fake")[1]["denial"] is None


def test_shipped_statistics_show_anonymous_stories_are_riskier() -> None:
    stats = profile_statistics()
    assert stats, "data/sourcing_profiles.json missing: gossipcheck lab build-fake-rates --write"
    assert stats["anonymous_only_relayed"]["fake_share"] > stats["on_record_only"]["fake_share"]
    assert all(entry["n"] > 0 for entry in stats.values())
