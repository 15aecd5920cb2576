"""Celebrity wordings the rules missed on set-2 dev and on probe passages written to the
guideline (sourcing 1.12.0): verbs in a quotation's speech-tag, participles that take the
sentence's subject, who is told, quoted titles in a speaker's description, documents and
court. Every sentence here is written for these tests."""

from __future__ import annotations

from .assets.sourcing import found
from .assets.sourcing import typed as triples


def content(text: str) -> list[str]:
    return [a.content.text(text) for a in found(text) if a.content is not None]


def test_any_verb_in_a_quotations_speech_tag() -> None:
    text = "“I had forgotten all about that night,” he reminisced."
    assert triples(text) == [("he", "reminisced", "named_person")]
    text = "“You should not be here,” Dex snaps back."
    assert triples(text) == [("Dex", "snaps back", "named_person")]


def test_an_inverted_speaker_stops_before_the_period() -> None:
    text = "“She will always stand by him,” echoed Lena Rossi."
    assert triples(text) == [("Lena Rossi", "echoed", "named_person")]
    text = "“I am so thrilled,” said Sammy Vale Jr."
    assert [a.speaker_text for a in found(text)] == ["Sammy Vale Jr."]


def test_a_song_title_before_a_verb_is_not_a_quotation() -> None:
    assert found("She closed with “Shake The Night,” Vale performed.") == []


def test_a_participle_after_a_comma_takes_the_sentences_subject() -> None:
    text = "Mara smiled, saying it was fine."
    assert triples(text) == [("Mara", "saying", "named_person")]
    text = (
        "Back in 2016, Pratt helped his friends put up a cross on the ranch, telling "
        "Stephen Colbert on The Late Show that it was “a family thing.”"
    )
    assert triples(text) == [("Pratt", "telling", "interview_or_document")]
    assert content(text) == ["it was “a family thing.”"]


def test_who_is_told_is_never_the_speaker_nor_the_content() -> None:
    assert content("Kim told Kanye that she was leaving.") == ["she was leaving"]
    text = "A rep for the singer denied the report, telling E! News it was “false.”"
    told = [(a.speaker_text, a.source_type) for a in found(text) if a.cue.text(text) == "telling"]
    assert told == [("A rep for the singer", "representative")]


def test_a_quoted_title_belongs_to_the_speakers_description() -> None:
    text = "“We are asking for any information,” the “Fifty Shades Freed” star said."
    assert triples(text) == [("the “Fifty Shades Freed” star", "said", "named_person")]
    assert content(text) == ["We are asking for any information,"]
    # A show in the speaker's description is who speaks, not where.
    text = "The “Good Morning America” host said her depression had lifted."
    assert triples(text)[0][2] == "named_person"


def test_a_name_after_an_unknown_title_speaks() -> None:
    text = "Netflix's head of unscripted, Bela Moreno, told Variety the show “will be bold.”"
    assert triples(text) == [("Bela Moreno", "told", "interview_or_document")]


def test_documents_and_court() -> None:
    text = "Court documents obtained by TMZ state that the singer owes $2 million."
    assert triples(text) == [("Court documents obtained by TMZ", "state", "interview_or_document")]
    text = "In her victim-impact statement, model Greta Lind wrote that it “took everything.”"
    assert triples(text)[0][2] == "interview_or_document"
    text = "In an email quoted by The Blast, Carly Moss claimed the producer missed payments."
    assert ("Carly Moss", "claimed", "interview_or_document") in triples(text)
    text = "Judge Marcia Kell said in court Monday that the actor had “shown no remorse.”"
    assert triples(text)[0][2] == "interview_or_document"


def test_a_one_word_name_speaking_as_i_is_a_person() -> None:
    # The name tagger reads "Betty" as an organisation; a body says "we", not "I".
    text = "“I can't tell you what this means,” Betty said."
    assert triples(text, ner=True) == [("Betty", "said", "named_person")]
    text = "“We are thrilled with the ratings,” Netflix said."
    assert triples(text, ner=True) == [("Netflix", "said", "representative")]


def test_new_cue_wordings() -> None:
    assert triples("Kathy took to her Instagram page to share the clip.")[0][2] == "social_media"
    assert triples("Tay points out that the romance was doomed from the start.") == [
        ("Tay", "points out", "named_person")
    ]
