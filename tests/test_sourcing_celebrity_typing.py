"""Typing of celebrity attributions (issue 10, items 1 and 5): representatives named with
their role, unnamed experts and groups, interview channels, cue verbs, and the headline.
Every sentence here is written for these tests."""

from __future__ import annotations

from gossipcheck.article import Article
from gossipcheck.sourcing import SourcingStage
from gossipcheck.sourcing.roles import is_representative, representative_names
from gossipcheck.sourcing.scope import headline_end
from gossipcheck.text import split_sentences


def analyse(text: str, *, learned: bool = False, ner: bool = False) -> Article:
    article = Article(text=text)
    article.sentences = split_sentences(text)
    return SourcingStage(use_ner=ner, learned=learned)(article)


def typed(text: str) -> list[tuple[str, str]]:
    return [(a.speaker_text, a.source_type) for a in analyse(text).attributions]


def test_role_noun_before_the_name_makes_a_later_mention_a_representative() -> None:
    text = (
        "The singer's manager Dana Pike is not happy. “She never agreed to that tour,” "
        "Pike said on Monday."
    )
    assert ("Pike", "representative") in typed(text)


def test_role_noun_after_the_name_makes_a_representative() -> None:
    text = (
        "Jo Marsh, a longtime spokeswoman for the actor, was blunt. “He is resting at home "
        "and will return to the set next week,” Marsh said."
    )
    assert ("Marsh", "representative") in typed(text)


def test_a_police_title_before_the_name() -> None:
    names = representative_names("Cpl. Ray Dunn confirmed the crash. Sgt. Lee Park arrived.")
    assert is_representative("Ray Dunn", names)
    assert is_representative("Park", names)


def test_a_name_without_a_role_stays_a_person() -> None:
    names = representative_names("Her manager Dana Pike flew in. Kim Vale met her there.")
    assert not is_representative("Kim Vale", names)
    assert ("Vale", "named_person") in typed(
        "Her manager Dana Pike flew in. “It was a long night,” Vale said."
    )


def test_unnamed_experts_and_groups_are_anonymous() -> None:
    assert typed("Doctors say the star needs at least a month of rest.") == [
        ("Doctors", "anonymous")
    ]
    assert typed("Those in the know say the wedding is still on.") == [
        ("Those in the know", "anonymous")
    ]
    assert typed("One critic said the film was a mess from start to finish.") == [
        ("One critic", "anonymous")
    ]


def test_a_song_and_a_study_speak_as_documents() -> None:
    assert typed("The song references a summer fling in Rome and a broken promise.") == [
        ("The song", "interview_or_document")
    ]


def test_new_cue_verbs() -> None:
    for cue in ("touted", "raved", "bragged"):
        found = analyse(f"Mara {cue} that the new album is her best work yet.").attributions
        assert [(a.speaker_text, a.cue_text) for a in found] == [("Mara", cue)]


def test_declared_needs_a_clause() -> None:
    assert typed("Mara declared that she is done with reality television.") == [
        ("Mara", "named_person")
    ]


def test_a_magazine_issue_is_an_interview_channel() -> None:
    text = "In the new issue of Vogue, Mara revealed that she had quit acting twice."
    assert typed(text) == [("Mara", "interview_or_document")]


def test_a_talk_show_by_its_short_name_is_an_interview() -> None:
    assert typed("Mara said on Ellen that the baby is due in May.") == [
        ("Mara", "interview_or_document")
    ]


def test_words_to_an_audience_are_an_interview() -> None:
    assert typed("“I was so nervous,” Mara told the audience.") == [
        ("Mara", "interview_or_document")
    ]


def test_no_attribution_in_the_headline_from_any_finder() -> None:
    text = (
        "Mara Lane Says She Is Done With Reality TV\n"
        "Mara Lane is leaving the show. “I need my life back,” she said in a statement."
    )
    end = headline_end(text)
    assert end > 0
    found = analyse(text, learned=True).attributions
    assert found and all(a.cue is not None and a.cue.start >= end for a in found)


def test_a_channel_inside_a_reported_topic_still_types_the_speaker() -> None:
    assert typed("Mara opened up about the split in her interview with Elle last spring.") == [
        ("Mara", "interview_or_document")
    ]
    assert typed("Mara apologized for the outburst via her publicist on Friday.") == [
        ("Mara", "representative")
    ]


def test_a_channel_inside_a_quotation_does_not_type_the_speaker() -> None:
    assert typed("“I never gave that interview to Elle,” Mara said.") == [("Mara", "named_person")]


def test_words_passed_on_by_a_named_outlet_are_an_interview() -> None:
    assert ("Mara", "interview_or_document") in typed(
        "“It has been a long year,” Mara said, per People."
    )
    assert ("Mara", "named_person") in typed("“It has been a long year,” Mara said.")


def test_an_outlets_source_after_an_inverted_cue_is_anonymous() -> None:
    found = analyse("“They have been meeting in secret,” says Star’s source.").attributions
    assert [(a.speaker_text, a.source_type, a.outlet) for a in found] == [
        ("Star’s source", "anonymous", "Star")
    ]


def test_alleges_and_a_group_named_by_its_post_modifier() -> None:
    assert typed("A source alleges that the couple split in May.") == [("A source", "anonymous")]
    assert typed("Those closest to the couple say the wedding is still on.") == [
        ("Those closest to the couple", "anonymous")
    ]


def test_a_cue_opening_the_sentence_takes_the_speaker_after_it() -> None:
    text = "“She is thrilled,” said a source. Added another insider, “Everyone is overjoyed.”"
    assert typed(text) == [("a source", "anonymous"), ("another insider", "anonymous")]


def test_an_interview_cue_opening_the_sentence_keeps_the_interviewer_out() -> None:
    text = "Speaking to Ellen DeGeneres on her talk show, Mara said, “I was terrified.”"
    assert [s for s, _ in typed(text)] == ["Mara"]


def test_singing_about_someone_is_a_song_channel() -> None:
    assert typed("On the second verse, Mara sings about a “liar” who broke her heart.") == [
        ("Mara", "interview_or_document")
    ]


def test_wrote_next_to_a_post_is_social() -> None:
    text = (
        "Mara shared a photo of her dog on her Instagram Stories. "
        "“My life for the next six weeks,” she wrote."
    )
    assert ("she", "social_media") in typed(text)
    assert typed("“Best day ever #blessed,” Mara wrote.") == [("Mara", "social_media")]


def test_wrote_far_from_any_post_stays_a_person() -> None:
    text = "Mara met the director in May. “He changed my life,” she wrote."
    assert ("she", "named_person") in typed(text)


def test_a_related_story_headline_inside_the_text_is_not_an_attribution() -> None:
    text = (
        "Mara is back on tour this fall.\n\n"
        "RELATED VIDEO: Mara Lane Says Her Pregnancy Has Been 'Healthy And Strong'\n\n"
        "“I feel great,” Mara said."
    )
    assert [a.cue_text for a in analyse(text).attributions] == ["said"]


def test_a_capitalised_cue_after_a_comma_still_attributes() -> None:
    text = "Mara went to the gala alone.\n\nMara Is Done With Him, Claims Source\n\nShe smiled."
    assert ("Source", "anonymous") in typed(text)


def test_sentence_words_that_are_no_speaker() -> None:
    assert typed("Whoever said “money can’t buy happiness” never met Mara.") == []
    assert typed("Check out the photo and tweets below.") == []


def test_a_one_word_name_with_a_personal_cue_is_a_person_not_an_organisation() -> None:
    # The entity recogniser reads "Velvetine" as an organisation; "confessed" is a person's.
    article = analyse("Velvetine confessed that she cried for weeks.", learned=True, ner=True)
    assert [(e.text, e.label) for e in article.entities] == [("Velvetine", "ORG")]
    assert [(a.speaker_text, a.source_type) for a in article.attributions] == [
        ("Velvetine", "named_person")
    ]
    # An acronym or an organisation's own cue stays the body's voice.
    body = analyse("NASA wrote in a statement that the launch was off.", learned=True, ner=True)
    assert [a.source_type for a in body.attributions] == ["representative"]


def test_a_source_or_rep_of_an_outlet_speaks_not_the_outlet() -> None:
    text = (
        "“They are done,” a source at Us Weekly said. “No comment,” a spokeswoman for "
        "People said. “I think she is lying,” the host of “The Wendy Williams Show” added."
    )
    found = [(a.speaker_text, a.source_type, a.outlet) for a in analyse(text).attributions]
    assert found == [
        ("a source at Us Weekly", "anonymous", "Us Weekly"),
        ("a spokeswoman for People", "representative", "People"),
        # The closing quote of the show's name stays in the phrase.
        ("the host of “The Wendy Williams Show”", "named_person", "The Wendy Williams Show"),
    ]
    # An outlet alone still speaks for itself.
    assert typed("“It is over,” Us Weekly said on Monday.") == [("Us Weekly", "outlet")]


def test_a_negated_clause_is_no_speakers_modifier() -> None:
    text = (
        "Netflix cancelled the series. Reps for the streamer did not respond when asked "
        "whether the star’s exit played a role."
    )
    assert [s for s, _ in typed(text) if s.startswith("Reps")] == []
    # A modifier without a negation still belongs to the speaker.
    assert typed("A source close to the couple who was at the party said they left early.") == [
        ("A source close to the couple who was at the party", "anonymous")
    ]


def test_the_outlet_given_the_words_away_from_the_cue() -> None:
    rep = analyse("Her rep confirmed the split to E! News on Monday. The pair wed in 2019.")
    assert [(a.source_type, a.outlet) for a in rep.attributions] == [("representative", "E! News")]
    assert [link.outlet for link in rep.also_cites] == ["E! News"]
    source = analyse("A source confirmed the split to Us Weekly on Monday.")
    assert [link.outlet for link in source.reporting_chain] == ["Us Weekly"]
    lead = analyse("In a statement to Us Weekly, Kim Lane said she is “doing well.”")
    assert [a.outlet for a in lead.attributions] == ["Us Weekly"]
    # Words further on in the reported clause are not who was told.
    party = analyse("Kim said she went to People’s party on Monday with her sister.")
    assert [a.outlet for a in party.attributions] == [None]


def test_the_agent_of_a_passive_cue_speaks() -> None:
    text = "Mara and Dex have split. The split was confirmed to People by her rep on Monday."
    found = [(a.speaker_text, a.source_type, a.outlet) for a in analyse(text).attributions]
    assert found == [("her rep", "representative", "People")]
    source = analyse("The engagement was confirmed by a source close to the couple.")
    assert [(a.speaker_text, a.source_type) for a in source.attributions] == [
        ("a source close to the couple", "anonymous")
    ]
    # A question or a post passed on by someone is no one's words.
    assert typed("When Mara was asked by a fan to spill it, she laughed.") == []


def test_an_organisation_with_a_persons_noun_or_first_person_words_is_a_person() -> None:
    # The entity recogniser reads "Deb" and "Kid Varro" as organisations.
    mother = analyse(
        "Marla Quinn’s mother, Deb, told the Daily Mail that her daughter “has always been a"
        " fighter.”",
        learned=True,
        ner=True,
    )
    assert ("Deb", "ORG") in [(e.text, e.label) for e in mother.entities]
    assert [a.source_type for a in mother.attributions] == ["interview_or_document"]
    rapper = analyse(
        "In an interview with Rolling Stone, Kid Varro said, “I am done with touring.”",
        learned=True,
        ner=True,
    )
    assert ("Kid Varro", "ORG") in [(e.text, e.label) for e in rapper.entities]
    assert [a.source_type for a in rapper.attributions] == ["interview_or_document"]
    # A capitalised noun is part of a name, and a company's statement stays its own.
    paper = analyse("The Star Tribune said the singer had died.", learned=True, ner=True)
    assert all(a.source_type != "named_person" for a in paper.attributions)


def test_a_possessive_before_a_show_keeps_the_interview() -> None:
    text = "Harlow revealed on SiriusXM’s The Howard Stern Show that he once auditioned."
    assert typed(text) == [("Harlow", "interview_or_document")]
    # A quoted title in the reported words is still no channel.
    assert typed("Harlow said the ‘Howard Stern Show’ was his favorite.") == [
        ("Harlow", "named_person")
    ]


def test_a_denial_in_single_quotation_marks() -> None:
    text = (
        "Radar claimed that Carly Vance checked into a wellness retreat.\n\n"
        "'There is no truth to this story whatsoever,' her rep told People."
    )
    found = [(a.speaker_text, a.stance) for a in analyse(text).attributions]
    assert ("her rep", "denies") in found
    text = "Carly Vance was seen with a ring. Her rep said the pair are ‘just friends’."
    assert [(a.speaker_text, a.stance) for a in analyse(text).attributions] == [
        ("Her rep", "denies")
    ]


def test_the_poster_captions_the_picture() -> None:
    text = "Dex is in London. He posted an Instagram pic on Tuesday captioned “Freezing out here.”"
    assert [a.speaker_text for a in analyse(text).attributions] == ["He", "He"]
    # With no one posting it in the sentence, the picture's own caption stays its own.
    alone = analyse("A photo captioned “Baby on the way” went viral, fans said.")
    assert "A photo" in [a.speaker_text for a in alone.attributions]


def test_clarifying_that_is_a_second_act() -> None:
    text = "Paris tweeted her frustration with the paparazzi, clarifying that she was fine."
    assert [(a.speaker_text, a.cue_text) for a in analyse(text).attributions] == [
        ("Paris", "tweeted"),
        ("Paris", "clarifying"),
    ]


def test_the_same_speakers_next_act_ends_the_reported_words_before_it() -> None:
    text = (
        "Paris tweeted her frustration with the paparazzi on Monday, clarifying that she was fine."
    )
    article = analyse(text)
    contents = [a.content.text(text) if a.content else None for a in article.attributions]
    assert contents == ["frustration with the paparazzi on Monday", "she was fine"]
