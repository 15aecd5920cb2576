from __future__ import annotations

from gossipcheck.text import detokenize, split_sentences


def sentences(text: str) -> list[str]:
    return [s.span.text(text) for s in split_sentences(text)]


def test_basic_split_and_offsets() -> None:
    text = "Kim is here. Is Kanye? Yes!\n\nNew paragraph without stop\nNext line."
    found = split_sentences(text)
    assert [s.span.text(text) for s in found] == [
        "Kim is here.",
        "Is Kanye?",
        "Yes!",
        "New paragraph without stop",
        "Next line.",
    ]
    assert [s.index for s in found] == list(range(5))


def test_abbreviations_initials_and_numbers_do_not_split() -> None:
    text = "Mr. Smith met Dr. J. Lo in the U.S. on Jan. 5. It cost $3.5 million."
    assert sentences(text) == [
        "Mr. Smith met Dr. J. Lo in the U.S. on Jan. 5.",
        "It cost $3.5 million.",
    ]
    assert sentences("She said no. He is No. 1 in the charts.") == [
        "She said no.",
        "He is No. 1 in the charts.",
    ]


def test_outlet_names_with_bangs() -> None:
    text = "A source told E! News that they split. OK! magazine says no. Wow! Really."
    assert sentences(text) == [
        "A source told E! News that they split.",
        "OK! magazine says no.",
        "Wow!",
        "Really.",
    ]


def test_quotes_stay_with_their_sentence() -> None:
    text = '"We are done," she said. "Totally."'
    assert sentences(text) == ['"We are done," she said.', '"Totally."']


def test_detokenize() -> None:
    assert detokenize("a six - year - old , she said ( really )") == (
        "a six-year-old, she said (really)"
    )
