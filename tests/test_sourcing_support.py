"""Shared helpers for the sourcing, signals and claims tests (no tests here)."""

from __future__ import annotations

from gossipcheck.article import Article
from gossipcheck.claims import ClaimsStage
from gossipcheck.signals import SignalsStage
from gossipcheck.sourcing import SourcingStage
from gossipcheck.text import split_sentences

_STAGES = (SourcingStage(), SignalsStage(), ClaimsStage())


def analyse(text: str, **meta: str) -> Article:
    article = Article(text=text, **meta)  # type: ignore[arg-type]
    article.sentences = split_sentences(text)
    for stage in _STAGES:
        article = stage(article)
    return article
