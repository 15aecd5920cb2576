"""The quotation attacher: unattributed quotes take the speech cue and speaker beside them."""

from __future__ import annotations

from gossipcheck.article import Article, Span
from gossipcheck.sourcing.kinds import Candidate
from gossipcheck.sourcing.quoted import attach_quotes
from gossipcheck.sourcing.scope import Scope
from gossipcheck.text import split_sentences


def _attached(text: str, candidates: list[Candidate] | None = None) -> list[tuple[str, str, str]]:
    article = Article(text=text)
    article.sentences = split_sentences(text)
    found = attach_quotes(Scope(article, [], []), candidates or [])
    return [
        (
            c.speaker.text(text) if c.speaker else "",
            c.cue.text(text),
            (c.content or c.cue).text(text),
        )
        for c in found
    ]


def test_quote_then_pronoun_and_cue() -> None:
    text = "The park opened late. “We waited for three long years,” she said on Friday."
    assert _attached(text) == [("she", "said", "We waited for three long years,")]


def test_quote_then_inverted_cue_and_name() -> None:
    text = "“Nobody expected the bridge to fall,” said Tom Reed, the mayor."
    assert _attached(text)[0][:2] == ("Tom Reed", "said")


def test_cue_and_colon_before_the_quote() -> None:
    text = "Ann Cole said: “The water will be back by noon tomorrow.”"
    assert _attached(text) == [("Ann Cole", "said", "The water will be back by noon tomorrow.")]


def test_no_cue_beside_the_quote_or_one_already_taken() -> None:
    assert _attached("“The water is cold and clear today,” the sign hangs in red.") == []
    text = "“We waited for three long years,” she said."
    cue = Span(text.index("said"), text.index("said") + 4)
    taken = Candidate(cue, "speech", None, "pronoun", None, 0)
    assert len(_attached(text, [taken])) == 1  # only the given one


def test_a_quote_on_the_next_line_is_not_attached() -> None:
    assert _attached("“We waited for three long years.”\nShe said the town had grown.") == []


def test_a_dash_byline_under_a_quote() -> None:
    text = "“The new park is the best thing in town.” ― Rosa Diaz\n“It is far too loud.” — Tom Wu\n"
    assert _attached(text) == [
        ("Rosa Diaz", "―", "The new park is the best thing in town."),
        ("Tom Wu", "—", "It is far too loud."),
    ]


def test_a_quote_goes_to_the_rules_cue_that_has_no_words() -> None:
    # The rules find "Mr. Hale of the River Trust said" with no content of its own; the
    # quotation before it is that attribution's content (no second attribution).
    text = "The board voted.\n\n“It was the least bad outcome,” Mr. Hale of the River Trust said."
    article = Article(text=text)
    article.sentences = split_sentences(text)
    cue = Span(text.index("said"), text.index("said") + 4)
    speaker = Span(text.index("Mr. Hale"), text.index(" said"))
    rule = Candidate(cue, "speech", speaker, "name", None, 1)
    found = attach_quotes(Scope(article, [], []), [rule])
    assert found == [rule]
    assert rule.content is not None and rule.content.text(text) == "It was the least bad outcome,"
    assert rule.content_is_quote
