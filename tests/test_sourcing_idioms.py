"""Celebrity-news wordings the sourcing stage misread on articles it had never seen (issue
10, "Error classes seen"): unusual anonymous nouns, questions, negations and kickers that
are no attributions, non-persons and dates as speakers, interview and representative
channels, outlets written unusually, the article's own outlet, and cues cut by a line
break. Several phrasings per class; every sentence here is written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from gossipcheck.article import Article
from gossipcheck.sourcing import SourcingStage
from gossipcheck.text import split_sentences


@cache
def _stage() -> SourcingStage:
    return SourcingStage()  # as the pipeline runs it: name tagger and learned tagger on


def analyse(text: str, outlet: str | None = None) -> Article:
    article = Article(text=text, outlet=outlet)
    article.sentences = split_sentences(text)
    return _stage()(article)


def typed(text: str) -> list[tuple[str, str]]:
    return [(a.speaker_text, a.source_type) for a in analyse(text).attributions]


def chain(text: str, outlet: str | None = None) -> tuple[list[str], list[str]]:
    article = analyse(text, outlet)
    return [c.outlet for c in article.reporting_chain], [c.outlet for c in article.also_cites]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A snitch close to the couple said the wedding has been pushed back.", "A snitch"),
        ("A network insider said the host will not return next season.", "A network insider"),
        ("A mole on the set said the two leads barely speak between takes.", "A mole on the set"),
        ("An insider on the show said the feud was staged for ratings.", "An insider on the show"),
        ("A bystander said the actor shoved the photographer twice.", "A bystander"),
        ("One partygoer said the bride cried all through the vows.", "One partygoer"),
        ("A Hollywood veteran said the feud goes back decades.", "A Hollywood veteran"),
        ("A person familiar with the deal said it was never signed.", "A person familiar"),
        ("A source who asked not to be named told us the tour is off.", "A source who asked"),
        ("An insider who did not want to be identified said the pair split.", "An insider who"),
        ("A studio exec said the budget has doubled since spring.", "A studio exec"),
        ("Several cast members said the director yelled at the crew.", "Several cast members"),
    ],
)
def test_unusual_anonymous_nouns(text: str, speaker: str) -> None:
    found = typed(text)
    assert len(found) == 1
    assert found[0][0].startswith(speaker) and found[0][1] == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "We were also told that the singer will skip the awards this year.",
        "I'm told the actor has already moved out of the Malibu house.",
        "We were told the two have not spoken since the premiere.",
    ],
)
def test_first_person_cues_are_anonymous_without_a_speaker(text: str) -> None:
    assert typed(text) == [("", "anonymous")]


@pytest.mark.parametrize(
    "text",
    [
        "Could she have asked him to leave the house that night?",
        "Did Kanye tell Kim that he wanted out of the marriage?",
        "Would he really say that he never loved her?",
        "Why did the singer tell fans she was quitting the tour?",
    ],
)
def test_the_writers_questions_are_no_attributions(text: str) -> None:
    assert typed(text) == []


def test_a_quoted_question_with_its_cue_stays() -> None:
    assert typed("“Why would I lie about that?” the singer asked the crowd.")


@pytest.mark.parametrize(
    "text",
    [
        "The couple haven't confirmed an engagement, despite the huge ring.",
        "Neither star has announced a split, though they live apart.",
        "No rep has commented on the rumors so far.",
        "Representatives for the actor have not commented on the reports.",
    ],
)
def test_negated_acts_are_no_attributions(text: str) -> None:
    assert typed(text) == []


def test_a_negation_in_the_speakers_relative_clause_is_not_the_cues() -> None:
    found = typed("A source who did not want to be named said the couple split in May.")
    assert [t for _, t in found] == ["anonymous"]


@pytest.mark.parametrize(
    "text",
    [
        "AMAZING REPORT from Amsterdam reveals the singer got a second tattoo.",
        "SHOCKING NEW CLAIMS from the set say the star walked out twice.",
        "AMAZING REPORT from Amsterdam: the singer was seen at a tattoo parlor.",
    ],
)
def test_capital_kickers_are_no_speakers(text: str) -> None:
    assert typed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The show announced that the reunion will air in two parts.",
        "The film announced its release date on Friday.",
        "The company said in a statement that the tour is postponed.",
    ],
)
def test_productions_and_companies_speak_as_representatives(text: str) -> None:
    assert [t for _, t in typed(text)] == ["representative"]


@pytest.mark.parametrize(
    "text",
    [
        "By Saturday revealed that she had moved out.",
        "Monday said the show would return in March.",
    ],
)
def test_a_date_is_no_speaker(text: str) -> None:
    assert typed(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "outlet"),
    [
        (
            "In a candid interview with GQ, the 53-year-old described the divorce as brutal.",
            "the 53-year-old",
            "interview_or_document",
            "GQ",
        ),
        (
            "During a sit-down with Rolling Stone, the rapper said he has no regrets.",
            "the rapper",
            "interview_or_document",
            "Rolling Stone",
        ),
        (
            "His rep told E! News that the actor is doing well.",
            "His rep",
            "representative",
            "E! News",
        ),
        (
            "A spokeswoman told the New York Post that the singer was never at the club.",
            "A spokeswoman",
            "representative",
            "NY Post",
        ),
        (
            "Her publicist confirmed to Us Weekly that the couple split in June.",
            "Her publicist",
            "representative",
            "Us Weekly",
        ),
    ],
)
def test_interview_and_representative_channels(
    text: str, speaker: str, kind: str, outlet: str
) -> None:
    found = analyse(text).attributions
    assert [(a.speaker_text, a.source_type, a.outlet) for a in found] == [(speaker, kind, outlet)]
    assert chain(text) == ([], [outlet])  # an interview or a rep's word: cited, not relayed


def test_an_adjective_from_a_cue_word_is_no_second_cue() -> None:
    found = analyse("In a revealing chat with Vanity Fair, the actress admitted she quit twice.")
    assert [(a.cue_text, a.source_type) for a in found.attributions] == [
        ("admitted", "interview_or_document")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "NBC Entertainment chairman Bob Greenblatt said the show will return next fall.",
        "CBS News president David Rhodes said the network stands behind the story.",
        "Vogue editor Anna Wintour said the gala will go on as planned.",
    ],
)
def test_an_outlet_before_a_title_and_name_is_a_descriptor(text: str) -> None:
    found = analyse(text)
    assert [(a.source_type, a.outlet) for a in found.attributions] == [("named_person", None)]
    assert chain(text) == ([], [])


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "As The ENQUIRER reported, the couple has been living apart for months.",
            "National Enquirer",
        ),
        ("As the Globe reported last week, the prince is furious.", "Globe"),
        ("X.com exclusively reports that the couple is back together.", "X"),
        ("CelebBuzz.net exclusively reports that the pair eloped.", "CelebBuzz"),
        ("According to StarScoop.com, the singer has checked into a wellness center.", "StarScoop"),
        ("According to InTouch magazine, the actress is pregnant with twins.", "In Touch"),
        ("Showbiz Daily magazine claims the couple wed in secret.", "Showbiz Daily"),
        ("According to the tabloid Celeb Weekly, the star is broke.", "Celeb Weekly"),
        ("According to OK magazine, the singer is engaged.", "OK!"),
    ],
)
def test_outlets_written_unusually_reach_the_chain(text: str, outlet: str) -> None:
    found = analyse(text).attributions
    assert [(a.source_type, a.outlet) for a in found] == [("outlet", outlet)]
    assert chain(text) == ([outlet], [])


def test_a_descriptor_before_the_name_is_not_the_outlet() -> None:
    found = analyse("An insider told British magazine Grazia that he is in therapy.")
    assert [(a.source_type, a.outlet) for a in found.attributions] == [("anonymous", "Grazia")]


def test_an_email_address_is_no_outlet_mention_of_its_own() -> None:
    assert chain("Sources say the pair split. Contact the star at press@StarAgency.com.") == (
        [],
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        "HollywoodLife.com has learned the star is pregnant. Will it be a girl, HollywoodLifers?",
        "A source told RadarOnline.com that she has a new man. Click through "
        "RadarOnline.com's gallery for the couple's best moments.",
        "Law enforcement sources tell TMZ the fight began at home. We're told the police came.",
        "A rep for the actor told Gossip Cop the story is false. Gossip Cop can reveal the pair "
        "are fine.",
    ],
)
def test_the_articles_own_outlet_marked_in_its_text_is_never_a_source(text: str) -> None:
    assert chain(text) == ([], [])


def test_the_articles_own_outlet_given_is_never_a_source() -> None:
    text = "A source told RadarOnline.com that the singer sold her house."
    assert chain(text) == (["RadarOnline"], [])
    assert chain(text, outlet="RadarOnline") == ([], [])


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("According to TMZ, the couple split. Fans are stunned.", "TMZ"),
        ("Sources told Us Weekly the couple split in June.", "Us Weekly"),  # "told Us" is no "us"
    ],
)
def test_an_outlet_without_marks_stays_a_relay(text: str, outlet: str) -> None:
    assert chain(text) == ([outlet], [])


@pytest.mark.parametrize(
    ("text", "speaker", "kind", "outlet"),
    [
        (
            "They kept it quiet. The star is broke, according to\nThe Sun. She owes millions.",
            "The Sun",
            "outlet",
            "The Sun",
        ),
        (
            "All are thrilled. Kate is expecting twins, a palace insider told\nthe Daily Mail.",
            "a palace insider",
            "anonymous",
            "Daily Mail",
        ),
        (
            "They wed in May. “We are so happy,” the pair said\n in a joint statement.",
            "the pair",
            "representative",
            None,
        ),
    ],
)
def test_a_cue_cut_by_a_line_break(text: str, speaker: str, kind: str, outlet: str | None) -> None:
    found = analyse(text).attributions
    assert [(a.speaker_text, a.source_type, a.outlet) for a in found] == [(speaker, kind, outlet)]


def test_a_cue_before_a_lone_exclamation_mark() -> None:
    text = "The test is back. He is NOT the father, according to DNA\n! The fans were right."
    assert [a.cue_text for a in analyse(text).attributions] == ["according to"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The couple's friends are stunned, said the magazine in its story.", "outlet"),
        ("The star is upset, according to their story.", "interview_or_document"),
        ("The singer revealed on her story that she is pregnant.", "social_media"),
    ],
)
def test_a_publications_story_is_not_an_instagram_story(text: str, kind: str) -> None:
    assert [t for _, t in typed(text)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The rehab story was published last week and went viral.",
        "Article continues below the gallery of photos.",
    ],
)
def test_a_story_acted_on_is_no_speaker(text: str) -> None:
    assert typed(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The View is once again saying goodbye to one of its co-hosts.",
        "Mara Lane said goodbye to her fans on Monday.",
        "She said yes when Dex proposed in Paris.",
        "Mara Lane said “I do” in a ceremony in Malibu on Saturday.",
    ],
)
def test_a_greeting_or_an_answer_is_no_reported_content(text: str) -> None:
    assert typed(text) == []


def test_words_after_a_greeting_cue_still_count() -> None:
    assert typed("Mara Lane said no one had told her about the split.") == [
        ("Mara Lane", "named_person")
    ]
