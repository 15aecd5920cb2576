"""Attribution rules, one behaviour per test, on sentences written for the tests."""

from __future__ import annotations

import pytest

from .test_sourcing_support import analyse


def only(text: str, **meta: str):
    article = analyse(text, **meta)
    return article, article.attributions


def spans(article, a):
    t = article.text
    return (
        a.speaker.text(t) if a.speaker else None,
        a.cue.text(t) if a.cue else None,
        a.content.text(t) if a.content else None,
    )


def test_quote_then_anonymous_speaker_and_recipient() -> None:
    art, attrs = only(
        "Mia Lane has moved on. “She is dating again and she is happy,” "
        "a source close to the singer told Us Weekly."
    )
    assert len(attrs) == 1
    speaker, cue, content = spans(art, attrs[0])
    assert speaker == "a source close to the singer"
    assert cue == "told"
    assert content == "She is dating again and she is happy,"
    assert attrs[0].source_type == "anonymous"
    assert attrs[0].outlet == "Us Weekly"
    assert art.reporting_chain[0].outlet == "Us Weekly"


def test_inverted_cue_after_quote() -> None:
    art, attrs = only("“We are thrilled to share the news with everyone,” said Mia Lane on Monday.")
    speaker, cue, content = spans(art, attrs[0])
    assert (speaker, cue) == ("Mia Lane", "said")
    assert content is not None and content.startswith("We are thrilled")
    assert attrs[0].source_type == "named_person"


def test_that_clause_content_without_that() -> None:
    art, attrs = only("Sources tell E! News that the couple split in March after two years.")
    speaker, cue, content = spans(art, attrs[0])
    assert (speaker, cue) == ("Sources", "tell")
    assert content == "the couple split in March after two years"
    assert attrs[0].outlet == "E! News"


def test_according_to_at_the_end_takes_the_clause_before() -> None:
    art, attrs = only("Mia Lane and Tom Reed quietly married in Malibu, according to TMZ.")
    speaker, cue, content = spans(art, attrs[0])
    assert (speaker, cue) == ("TMZ", "according to")
    assert content == "Mia Lane and Tom Reed quietly married in Malibu"
    assert attrs[0].source_type == "outlet"
    assert [link.outlet for link in art.reporting_chain] == ["TMZ"]


@pytest.mark.parametrize(
    "text",
    [
        "The race is tied, according to a new Washington Post-ABC News poll released Sunday.",
        "According to a new Washington Post-ABC News poll, the race is tied.",
    ],
)
def test_according_to_a_longer_name_keeps_the_clause_as_content(text: str) -> None:
    # The outlet found ("Washington Post") starts a longer name; the rest of that name
    # ("ABC News poll released Sunday") is not the content.
    art, attrs = only(text)
    speaker, cue, content = spans(art, attrs[0])
    assert speaker == "Washington Post" and cue.lower() == "according to"
    assert content is not None and content.lower() == "the race is tied"


def test_a_person_of_an_organisation_is_the_speaker() -> None:
    art, attrs = only("Jane Lee of the River Trust said the plan would fail.")
    assert spans(art, attrs[0]) == ("Jane Lee of the River Trust", "said", "the plan would fail")
    assert attrs[0].source_type == "named_person"
    art, attrs = only("The Bank of England said rates would stay put.")
    assert spans(art, attrs[0])[0] != "The Bank of England"  # an institution, not a person


def test_outlet_has_learned_keeps_auxiliary_in_cue() -> None:
    art, attrs = only("RadarOnline.com has learned that the reality star is broke.")
    speaker, cue, content = spans(art, attrs[0])
    expected = ("RadarOnline.com", "has learned", "the reality star is broke")
    assert (speaker, cue, content) == expected
    assert attrs[0].outlet == "RadarOnline"


def test_multi_sentence_quote_is_one_content() -> None:
    art, attrs = only(
        "The insider added, “They fight all the time. He is never home. She has had enough.”"
    )
    speaker, cue, content = spans(art, attrs[0])
    assert (speaker, cue) == ("The insider", "added")
    assert content == "They fight all the time. He is never home. She has had enough."


def test_pronoun_and_nominal_resolution() -> None:
    _art, attrs = only(
        "A pal of Mia Lane told Life & Style that she wants a baby. "
        "The pal added that Mia has been looking at houses in Ohio. "
        "Tom Reed was asked about it. He told reporters that he is not ready to be a father."
    )
    by_speaker = {a.speaker_text: a for a in attrs}
    assert by_speaker["The pal"].resolved_from == "A pal of Mia Lane"
    assert by_speaker["The pal"].outlet == "Life & Style"
    assert by_speaker["He"].resolved_from == "Tom Reed"
    assert by_speaker["He"].source_type == "named_person"


def test_representative_with_appositive_name() -> None:
    art, attrs = only("Her rep, Jane Doe, told People that the pair remain good friends.")
    speaker, _cue, _ = spans(art, attrs[0])
    assert speaker == "Her rep, Jane Doe"
    assert attrs[0].source_type == "representative"


def test_social_media_channel_wins() -> None:
    _, attrs = only("Mia Lane wrote on Instagram that she is taking a break from acting.")
    assert attrs[0].source_type == "social_media"
    _art, attrs = only("Tom Reed tweeted a photo of the ring to his four million followers.")
    assert attrs[0].source_type == "social_media"


def test_interview_with_outlet() -> None:
    _art, attrs = only("Mia Lane said in an interview with Elle that fame scared her at first.")
    assert len(attrs) == 1
    assert attrs[0].source_type == "interview_or_document"
    assert attrs[0].outlet == "Elle"


def test_participle_second_cue_shares_the_speaker() -> None:
    art, attrs = only(
        "“I am so proud of her,” Tom Reed told E! News, adding that the wedding is in June."
    )
    assert [a.cue_text for a in attrs] == ["told", "adding"]
    assert attrs[0].speaker == attrs[1].speaker
    assert attrs[1].content is not None
    assert attrs[1].content.text(art.text) == "the wedding is in June"


def test_were_told_has_no_speaker() -> None:
    _art, attrs = only("We're told the two are no longer speaking after the fight.")
    assert attrs[0].speaker is None and attrs[0].source_type == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "Mia Lane has not commented on the rumors about her marriage yet.",
        "Mia Lane is said to be furious about the photos from the party.",
        "Numerous people shared the video and fans suspected a breakup.",
        "The couple shared a kiss at the premiere in London last night.",
        # "States" of a name is no cue, nor a lower-case noun "states" without a clause.
        "Officials in the United States are worried about the new tariffs.",
        "The swing states will decide the race, and the member states met in Brussels.",
        # A possessive owns the cue word as a noun.
        "North Korea's claims about the missile test were quickly dismissed.",
        "Her early-morning tweets drew a rebuke from the senator.",
    ],
)
def test_not_attributions(text: str) -> None:
    _, attrs = only(text)
    assert attrs == []


def test_outlet_field_is_canonicalised_from_url() -> None:
    art, _ = only(
        "A source said the star is fine and resting at home.",
        url="https://www.usmagazine.com/celebrity-news/x/",
    )
    assert art.outlet == "Us Weekly"


def test_chain_nearest_first_with_citing() -> None:
    art, _ = only("According to Page Six, citing a report by the Daily Mail, the couple has split.")
    assert [link.outlet for link in art.reporting_chain] == ["Page Six", "Daily Mail"]
    from gossipcheck.sourcing import relayed_from

    assert relayed_from(art) == ["Daily Mail", "Page Six"]
