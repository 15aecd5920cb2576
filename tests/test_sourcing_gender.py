"""A pronoun speaker resolves to someone the article genders the same way, and a fronted
topic ("As for Mateo, he ...") beats the last speaker; sentences written for these tests."""

from __future__ import annotations

import pytest

from gossipcheck.article import Article, Entity, Span
from gossipcheck.sourcing import SourcingStage
from gossipcheck.sourcing.gender import genders, pronoun_gender
from gossipcheck.text import split_sentences


def resolved(text: str) -> dict[str, str | None]:
    """The cue of each attribution -> whom its speaker resolves to (the name tagger on)."""
    article = Article(text=text)
    article.sentences = split_sentences(text)
    SourcingStage(use_ner=True)(article)
    return {a.cue_text: a.resolved_from for a in article.attributions}


def people(text: str, *names: str) -> list[Entity]:
    out = []
    for name in names:
        start = -1
        while (start := text.find(name, start + 1)) >= 0:
            out.append(Entity(Span(start, start + len(name)), "PERSON", name))
    return sorted(out, key=lambda e: e.span.start)


def gendered(text: str, *names: str) -> dict[str, str]:
    starts = [s.span.start for s in split_sentences(text)]
    return genders(text, people(text, *names), starts, lambda e: e.text)


def test_a_pronoun_is_gendered_and_they_is_not() -> None:
    assert [pronoun_gender(w) for w in ("He", "her", "they", "I")] == ["m", "f", None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kinship word or title before a name
        ("Lena Marsh arrived with her husband Mateo Ruiz.", {"Mateo Ruiz": "m", "Lena Marsh": "f"}),
        ("Mrs. Okafor and Dev Patel were seen leaving.", {"Okafor": "f"}),
        # pronouns after the only person a sentence names
        ("Lena Marsh thanked her fans and said she was grateful.", {"Lena Marsh": "f"}),
        # pronouns inside a quotation are about someone else
        ("Lena Marsh said “he is my rock and I love him” at the show.", {}),
        # two people: once one is gendered, the other gender's pronouns are the other's
        ("Mateo Ruiz kissed his wife Lena Marsh on stage.", {"Lena Marsh": "f", "Mateo Ruiz": "m"}),
    ],
)
def test_what_the_text_shows(text: str, expected: dict[str, str]) -> None:
    names = [n for n in ("Lena Marsh", "Mateo Ruiz", "Okafor", "Dev Patel") if n in text]
    assert gendered(text, *names) == expected


def test_a_fronted_topic_is_whom_the_pronoun_means() -> None:
    text = (
        "Lena Marsh thanked her fans on Monday and said she was proud of her family. "
        "As for Mateo Ruiz, he tweeted that he can still feel the love from everyone."
    )
    assert resolved(text)["tweeted"] == "Mateo Ruiz"


def test_he_does_not_continue_her_quote() -> None:
    text = (
        "“We are doing fine,” Lena Marsh said of her marriage at the gala. "
        "He tweeted later that he can still feel the love from his fans."
    )
    assert resolved(text)["tweeted"] != "Lena Marsh"


def test_she_skips_a_man_for_the_woman_named_before_him() -> None:
    text = (
        "Mateo Ruiz arrived with his wife Lena Marsh at the premiere. "
        "“We are doing great,” he said. She told reporters she was proud of him."
    )
    found = resolved(text)
    assert found["said"] == "Mateo Ruiz"
    assert found["told"] == "Lena Marsh"


def test_a_coordinated_predicate_after_but_is_the_second_clause_subjects() -> None:
    text = (
        "Numerous fans have voiced concern that Mateo Ruiz is unwell, but Lena Marsh has "
        "pushed back against that and said he is just being himself."
    )
    article = Article(text=text)
    article.sentences = split_sentences(text)
    SourcingStage(use_ner=False, learned=False)(article)
    assert [a.speaker_text for a in article.attributions] == ["Lena Marsh"]


@pytest.mark.parametrize("word", ["Numerous", "Several", "Many", "Some"])
def test_a_quantifier_alone_is_never_a_learned_speaker(word: str) -> None:
    from gossipcheck.sourcing.learned import _QUANTIFIER_RE

    assert _QUANTIFIER_RE.fullmatch(word)
    assert not _QUANTIFIER_RE.fullmatch("Manny")
