"""The stage protocol: a small callable over one :class:`Article`.

A stage has a ``name`` and a ``version``, reads and writes fields of the article
in place, records itself in ``article.provenance`` and returns the article, so
``Checker`` can run ``ingest -> sourcing -> signals -> claims -> credibility``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, runtime_checkable

from .article import Article


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str

    def __call__(self, article: Article) -> Article: ...


def pipe(stage: Stage, articles: Iterable[Article]) -> Iterator[Article]:
    """Default batch form of a stage: one article at a time."""
    for article in articles:
        yield stage(article)


def record(article: Article, stage: Stage) -> Article:
    article.provenance[stage.name] = stage.version
    return article
