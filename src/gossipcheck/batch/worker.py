"""What runs in a worker process (local pool or Dask): items in, outcomes out."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..core import Checker
from ..errors import GossipcheckError
from ..ingest import from_html, from_text
from ..settings import Options
from ..store import Outcome
from .sources import BatchItem


@lru_cache(maxsize=4)
def _checker(options: Options) -> Checker:
    return Checker(options)


def check_items(items: Sequence[BatchItem], options: Options) -> list[Outcome]:
    """Check each item; a bad item becomes an error outcome, never an exception."""
    checker = _checker(options)
    outcomes = []
    for item in items:
        if item.problem is not None:
            outcomes.append(Outcome(item.id, item.source, error=item.problem))
            continue
        try:
            if item.path is not None:
                article = checker.ingestor.load(item.path)
            elif item.html is not None:
                article = from_html(item.html, url=item.url, source=item.source)
            else:
                article = from_text(
                    item.text or "",
                    title=item.title,
                    url=item.url,
                    source=item.source,
                    detect_title=False,
                )
            report = checker.report(checker.analyse(article))
            outcomes.append(Outcome(item.id, item.source, report=report))
        except GossipcheckError as exc:
            outcomes.append(Outcome(item.id, item.source, error=str(exc)))
    return outcomes
