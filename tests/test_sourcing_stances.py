"""Denials and confirmations by the subject's side (issue 10.3), on sentences written for
these tests in the style of celebrity news."""

from __future__ import annotations

import pytest

from gossipcheck.article import Article
from gossipcheck.sourcing import SourcingStage
from gossipcheck.text import split_sentences

from .test_sourcing_chain import fixture


def attributions(text: str, *, use_ner: bool = False) -> list[tuple[str, str, str | None]]:
    article = Article(text=text)
    article.sentences = split_sentences(text)
    SourcingStage(use_ner=use_ner)(article)
    return [(a.speaker_text, a.source_type, a.stance) for a in article.attributions]


def stances(text: str) -> dict[str, str | None]:
    """Speaker -> stance, with the name tagger on (pronouns resolve to people)."""
    return {speaker: stance for speaker, _, stance in attributions(text, use_ner=True)}


@pytest.mark.parametrize(
    ("text", "speaker", "stance"),
    [
        (
            "A rep for Quinn told People the reports are “completely false.”",
            "A rep for Quinn",
            "denies",
        ),
        ("Her rep confirmed the split to Us Weekly on Monday.", "Her rep", "confirms"),
        ("Setting the record straight, Munn flat out denied the rumors.", "Munn", "denies"),
        (
            "A source close to the couple told People the reports are false.",
            "A source close to the couple",
            "denies",
        ),
        # A confirmation that the reports are untrue is a denial.
        (
            "A spokesperson for the singer confirmed to People that the reports are untrue.",
            "A spokesperson for the singer",
            "denies",
        ),
        ("Kim said on Instagram that she is not pregnant, despite the rumors.", "Kim", "denies"),
        # A speaker noun capitalised at the start of the sentence names no one.
        (
            "Mara and Dex secretly wed in Las Vegas. Reps for both stars slammed the report"
            " as “100 percent false.”",
            "Reps for both stars",
            "denies",
        ),
        # A rep speaks for the subject in a post too.
        (
            "Mara flashed a ring at brunch. Her rep later tweeted that the engagement rumors"
            " were “fake news.”",
            "Her rep",
            "denies",
        ),
        # A hedged answer states no stance, even where it restates the story.
        ("Her rep told E! News of the split: “It's complicated.”", "Her rep", None),
    ],
)
def test_stance_of_the_subjects_side(text: str, speaker: str, stance: str | None) -> None:
    found = attributions(text)
    assert found and found[0][0] == speaker
    assert found[0][2] == stance


def test_sources_carrying_the_story_have_no_stance() -> None:
    found = attributions("A source told Us Weekly that the couple split last month.")
    assert found == [("A source", "anonymous", None)]
    found = attributions(
        "TMZ reports that the singer was false to her friends, a claim she denies."
    )
    assert found[0][1:] == ("outlet", None)


def test_negated_confirmation_is_no_stance() -> None:
    found = attributions("Her rep told People she would not confirm the engagement yet.")
    assert found == [("Her rep", "representative", None)]


def test_denial_to_another_outlet_is_cited_with_its_stance() -> None:
    art = fixture("denial_to_people.txt")
    rep = next(a for a in art.attributions if a.source_type == "representative")
    assert (rep.outlet, rep.stance) == ("People", "denies")
    assert [link.outlet for link in art.also_cites] == ["People"]


def test_a_confirmation_recalled_in_a_time_clause_has_no_stance() -> None:
    text = "Mia Cole was seen shopping, two months after she announced that she was pregnant."
    article = Article(text=text)
    article.sentences = split_sentences(text)
    found = SourcingStage(use_ner=False)(article).attributions
    assert [(a.speaker_text, a.stance) for a in found] == [("she", None)]


# Short articles written for these tests: the story is the lead, the subject's side is
# the people it names, their reps and their camp (eval/sourcing/set2/README.md, "Stance").
SPLIT = (
    "Dana Vale and Rick Orr have split after three years together.\n\n"
    "The pair quietly separated last month, Us Weekly reports."
)


def test_a_rep_confirming_the_split_confirms() -> None:
    found = stances(
        f"{SPLIT} Vale's rep confirmed the split to People on Tuesday. The two have no"
        " children together.\n\nVale was seen shopping in Los Angeles on Friday."
    )
    assert found["Vale's rep"] == "confirms"


def test_the_star_announcing_on_instagram_confirms() -> None:
    found = stances(
        "Lena Marsh is expecting her first child!\n\n"
        "The singer, 29, announced the pregnancy on Instagram on Sunday, sharing a photo of"
        " her growing baby bump. “Baby Marsh is coming this spring and we could not be"
        " happier,” she captioned the snap.\n\n"
        "Marsh married the chef Paolo Reyes in Tuscany in 2021. Her producer Jonah Pike said"
        " the album she recorded last year will still come out in June."
    )
    assert found["The singer"] == "confirms"
    assert found["she"] == "confirms"  # her own post of the news the story reports
    # Not named in the lead, so not the subject's side.
    assert found["Her producer Jonah Pike"] is None


def test_a_rep_denying_the_story_denies() -> None:
    found = stances(
        "Is Dana Vale pregnant? A tabloid claims the actress is expecting twins.\n\n"
        "According to the magazine, a source says the couple are “over the moon.” But a rep"
        " for Vale told Gossip Cop the report is “completely false.”\n\n"
        "Vale is filming a thriller in Atlanta this spring."
    )
    assert found["a rep for Vale"] == "denies"
    assert found["a source"] is None  # a plain source carries the story


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A bystander the lead does not name, and the police: third parties, even when
        # they restate the story.
        (
            f"{SPLIT} Their neighbour, Tom Bell, said the pair quietly split last month and"
            " moved out.\n\nVale and Orr met on the set of a 2019 drama.",
            "Their neighbour, Tom Bell",
        ),
        (
            f"{SPLIT} A police spokesperson confirmed that officers were called to the"
            " couple's house the night the pair separated.\n\nVale and Orr met on the set of"
            " a 2019 drama.",
            "A police spokesperson",
        ),
        # The subject's side on another matter.
        (
            f"{SPLIT}\n\nThe actress is busy. Vale's rep told E! News that she will host a"
            " charity gala in May. She also starts a Broadway run this winter.",
            "Vale's rep",
        ),
        # The subject contradicting the lead does not confirm it.
        (
            "Mia Cole was photographed playing strip poker at a Malibu party, fans claimed"
            " this week.\n\nThe photo spread fast. Cole tweeted on Monday, clarifying that"
            " she wasn’t playing strip poker at all. The cards were tarot cards.",
            "Cole",
        ),
        # A talk-show host in the third sentence calling headlines "ridiculous" is not the
        # subject denying the story: only people the opening names deny.
        (
            "Kendra Lake Talks About Those Rumors\n\nKendra Lake has heard it all before."
            " Her family has been the subject of plenty of stories, which the host Ray Dunn"
            " brought up this week. “Some of those headlines are pretty ridiculous,” Dunn"
            " said.\n\nLake laughed it off. The show airs on Sundays.",
            "Dunn",
        ),
        # "Close to the situation" is knowledge, not the subject's camp.
        (
            f"{SPLIT} A source close to the situation told People the reports are false.\n\n"
            "Vale was seen shopping in Los Angeles on Friday.",
            "A source close to the situation",
        ),
    ],
)
def test_no_stance_outside_the_subjects_side_or_the_story(text: str, speaker: str) -> None:
    found = stances(text)
    assert speaker in found and found[speaker] is None


def test_the_subject_going_on_about_the_news_confirms_and_later_asides_do_not() -> None:
    text = (
        "Nora Quill is engaged!\n\n"
        "The actress, 31, revealed the engagement to People on Monday, three years after she"
        " met the architect Sam Byrne on a crowded overnight flight from London to New York"
        " last spring. “I still can’t believe it,” she gushed. The ring is vintage.\n\n"
        "Quill starts shooting a comedy in Toronto next month. She said the script is the"
        " funniest she has read in years. The film opens next fall."
    )
    article = Article(text=text)
    article.sentences = split_sentences(text)
    found = SourcingStage()(article).attributions
    assert [(a.speaker_text, a.stance) for a in found] == [
        ("The actress", "confirms"),
        ("she", "confirms"),  # her next words, on the same news
        ("She", None),  # an aside two sentences on
    ]
