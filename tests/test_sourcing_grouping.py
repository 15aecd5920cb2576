"""Grouping the tagger's spans into attributions: a content takes the cue of its own
sentence, a quotation opening a new line is its own content, and the hook says why
it kept or dropped each grouped triple."""

from __future__ import annotations

from gossipcheck.article import Article, Span
from gossipcheck.sourcing.learned import Triple, add_learned, group
from gossipcheck.sourcing.scope import Scope
from gossipcheck.sourcing.stage import SourcingStage
from gossipcheck.sourcing.tagger import (
    LABELS,
    Tagged,
    TaggedSpan,
    Tokens,
    lexicon_kinds,
    spans,
    tokenize,
)
from gossipcheck.text import split_sentences


def _span(text: str, role: str, phrase: str, after: int = 0) -> TaggedSpan:
    """The tagged span of ``phrase`` (first found at or after ``after``)."""
    start = text.index(phrase, after)
    tokens = tokenize(text)
    first = next(i for i, s in enumerate(tokens.starts) if s >= start)
    last = next(i for i, e in enumerate(tokens.ends) if e >= start + len(phrase)) + 1
    return TaggedSpan(role, Span(start, start + len(phrase)), first, last)


def _read(text: str, triples: list[Triple]) -> list[tuple[str, str]]:
    return [(t.cue.span.text(text), t.content.span.text(text)) for t in triples]


def test_a_quote_takes_the_cue_of_its_own_sentence() -> None:
    # The content was tagged from the previous sentence's period: the cue right before it
    # ("said" of Lee) is nearer, but Cole's "said" is in the quotation's sentence.
    text = "Lee said so. “We will win the vote,” Cole said."
    found = [
        _span(text, "SRC", "Lee"),
        _span(text, "CUE", "said"),
        _span(text, "CON", ". “We will win the vote,”"),
        _span(text, "SRC", "Cole"),
        _span(text, "CUE", "said", text.index("Cole")),
    ]
    starts = [s.span.start for s in split_sentences(text)]
    assert group(found)[0].cue.span.start == text.index("said")  # nearest only
    grouped = group(found, text, starts)
    assert grouped[0].cue.span.start == text.index("said", text.index("Cole"))
    assert grouped[0].source is not None and grouped[0].source.span.text(text) == "Cole"


def test_a_cue_after_a_cut_before_the_speech_tag_counts_as_the_same_sentence() -> None:
    # The splitter cuts "“You winning?” | she said": the lower-case sentence goes on it.
    text = "Ann Cole said no. “You winning?” she said."
    found = [
        _span(text, "SRC", "Ann Cole"),
        _span(text, "CUE", "said"),
        _span(text, "CON", ". “You winning?”"),
        _span(text, "SRC", "she"),
        _span(text, "CUE", "said", text.index("she")),
    ]
    starts = [s.span.start for s in split_sentences(text)]
    assert len(starts) == 3
    (triple,) = group(found, text, starts)
    assert triple.source is not None and triple.source.span.text(text) == "she"


def test_a_tagged_run_is_cut_where_a_line_opens_a_quotation() -> None:
    text = "They seem sure.\n\n“Our plan will pass,” Kim said."
    tokens = tokenize(text)
    con = LABELS.index("B-CON"), LABELS.index("I-CON")
    first = tokens.words.index("sure")
    last = tokens.words.index("”")
    labels = [0] * len(tokens.words)
    labels[first] = con[0]
    for i in range(first + 1, last + 1):
        labels[i] = con[1]
    assert [s.span.text(text) for s in spans(tokens, labels)] == ["sure.\n\n“Our plan will pass,”"]
    assert [s.span.text(text) for s in spans(tokens, labels, text)] == [
        "sure.",
        "“Our plan will pass,”",
    ]


def _stage(text: str) -> list[tuple[str, str, str]]:
    article = Article(text=text)
    article.sentences = split_sentences(text)
    SourcingStage()(article)
    return [
        (a.speaker_text, a.cue_text, a.content.text(text) if a.content else "")
        for a in article.attributions
    ]


def test_stage_reads_quotes_after_a_quote_and_an_apposition_with_commas() -> None:
    text = (
        "The council met late.\n\n“Our assumption is that the veto will be overridden,” "
        "Council Leader Ann Marsh, D-Ohio, said Tuesday. “It’s a dog whistle to voters,” "
        "Rep. Dana Cole (D-Ore.) said. “You winning?” she said."
    )
    found = _stage(text)
    assert [(cue, content) for _, cue, content in found] == [
        ("said", "Our assumption is that the veto will be overridden,"),
        ("said", "It’s a dog whistle to voters"),
        ("said", "You winning?"),
    ]
    assert [speaker for speaker, _, _ in found][1:] == ["Rep. Dana Cole (D-Ore.)", "she"]


def test_trace_says_why_each_triple_was_kept_or_dropped() -> None:
    text = (
        "Smith, speaking after a long meeting with the board on Monday night in Boston, "
        "said the deal was off."
    )
    article = Article(text=text)
    article.sentences = split_sentences(text)
    trace: list[tuple[Triple, str]] = []
    assert add_learned(Scope(article, [], []), [], trace=trace) == []
    assert [why for _, why in trace] == ["implausible"]  # the tagger's "Boston," is cut off


class _Fixed:
    """A stand-in tagger that returns the spans it was given."""

    def __init__(self, found: list[TaggedSpan]) -> None:
        self.found = found

    def tag(self, text: str, sentence_starts: list[int]) -> Tagged:
        tokens = tokenize(text)
        return Tagged(tokens, self.found, lexicon_kinds(text, tokens))

    def learned_cue(self, tokens: Tokens, first: int, last: int) -> bool:
        return False


def test_a_short_topic_holds_the_speakers_channel() -> None:
    # "it on The Talk" is what she spoke about and where: the show is her channel.
    text = "Two guests were rude. Host Dana Reyes spoke about it on The Talk."
    found = [
        _span(text, "SRC", "Host Dana Reyes"),
        _span(text, "CUE", "spoke about"),
        _span(text, "CON", "it on The Talk"),
    ]
    article = Article(text=text)
    article.sentences = split_sentences(text)
    (added,) = add_learned(Scope(article, [], []), [], _Fixed(found))  # type: ignore[arg-type]
    assert added.content is not None and added.content.text(text) == "it on The Talk"
    assert added.context == "interview"
