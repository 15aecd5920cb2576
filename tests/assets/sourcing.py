"""What the rule finder makes of a written passage, shared by the sourcing wording tests."""

from __future__ import annotations

from gossipcheck.article import Article, Attribution
from gossipcheck.sourcing import SourcingStage
from gossipcheck.text import split_sentences


def analysed(text: str, *, ner: bool = False) -> Article:
    """``text`` through the sourcing stage by the rules alone (the learned tagger off)."""
    article = Article(text=text)
    article.sentences = split_sentences(text)
    return SourcingStage(use_ner=ner, learned=False)(article)


def found(text: str, *, ner: bool = False) -> list[Attribution]:
    """The attributions of ``text`` by the rules alone."""
    return analysed(text, ner=ner).attributions


def spoken(text: str) -> list[tuple[str, str, str]]:
    """(speaker, cue, content) of each attribution; content "" when there is none."""
    return [
        (a.speaker_text, a.cue.text(text), a.content.text(text) if a.content else "")
        for a in found(text)
    ]


def typed(text: str, *, ner: bool = False) -> list[tuple[str, str, str]]:
    """(speaker, cue, source type) of each attribution."""
    return [(a.speaker_text, a.cue.text(text), a.source_type) for a in found(text, ner=ner)]
