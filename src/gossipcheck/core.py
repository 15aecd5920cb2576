"""The one core object. The CLI, the Python API, the web app and the batch
runner all build a :class:`Checker` and call its methods; no logic lives in
those front ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any, BinaryIO

from . import deadline
from .article import Article
from .ingest import Ingestor
from .inputs import Input
from .settings import Options

if TYPE_CHECKING:
    from .ingest.fetch import Fetcher
    from .pipeline import Stage


# A made-up story that reaches every stage (an outlet, anonymous and named sources, a
# denial, hedges), run once by :meth:`Checker.warm`.
WARM_TEXT = (
    "Pop star Jane Example and her husband have quietly split after six years of marriage, "
    "sources told Us Weekly on Monday. According to an insider, the couple allegedly stopped "
    "speaking in March. A rep for the singer denied the report to People, calling it "
    "completely false. TMZ reported that the pair were seen together in Los Angeles last week."
)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Load without the cyclic garbage collector, then freeze what was loaded.

    Loading the stages makes hundreds of thousands of long-lived objects (vocabularies,
    lexicon tables, compiled patterns); with the collector on, each of them is traversed
    again and again while they are made (about 10% of a cold ``check``), and by every full
    collection afterwards. ``gc.freeze`` moves everything alive so far into the permanent
    generation, so later collections (per request in ``serve``, per chunk in ``batch``) skip
    it. Results do not change; the cost is that cyclic garbage made while loading (little)
    is never freed.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


class Checker:
    """Holds the loaded pipeline (stages and model) and checks articles.

    >>> checker = Checker()
    >>> report = checker.check_text("...")            # doctest: +SKIP
    """

    def __init__(self, options: Options | None = None, *, fetcher: Fetcher | None = None) -> None:
        self.options = options or Options()
        self.ingestor = Ingestor(self.options, fetcher)

    @cached_property
    def stages(self) -> list[Stage]:
        """The analysis stages of :data:`~gossipcheck.pipeline.STAGES`, loaded on first
        use (the models are heavy)."""
        from .pipeline import build_stages

        with _collector_paused():
            return build_stages(self.options)

    def warm(self) -> None:
        """Load the stages and check :data:`WARM_TEXT`, so that the first real article does
        not pay for what loads on first use (compiled lexicons, the taggers' and the encoder's
        first run: about 1 s)."""
        self.report(self.check_text(WARM_TEXT))

    # ---- analysing -------------------------------------------------------
    def analyse(self, article: Article) -> Article:
        for stage in self.stages:
            deadline.check()
            article = stage(article)
        return article

    def analyse_many(self, articles: Iterable[Article]) -> Iterator[Article]:
        stream: Iterable[Article] = articles
        for stage in self.stages:
            pipe = getattr(stage, "pipe", None)
            stream = pipe(stream) if pipe else map(stage, stream)
        yield from stream

    # ---- reading + analysing --------------------------------------------
    def check(self, input: Input | str, stdin: BinaryIO | None = None) -> Article:
        """An :class:`Input`, or SOURCE as on the command line (a path, ``-``, a URL)."""
        if isinstance(input, str):
            input = Input.parse(input, local=True)
        return self.analyse(self.ingestor.resolve(input, stdin))

    def check_text(self, text: str, *, title: str | None = None, url: str | None = None) -> Article:
        return self.check(Input.from_text(text, title=title, url=url))

    def check_html(self, html: str | bytes, *, url: str | None = None) -> Article:
        if isinstance(html, bytes):
            return self.analyse(self.ingestor.from_bytes(html, source=url or "html", html=True))
        return self.check(Input.from_html(html, url=url))

    def check_url(self, url: str) -> Article:
        return self.check(Input.from_url(url))

    def report(self, article: Article) -> dict[str, Any]:
        """The JSON report (schema ``gossipcheck schema``); ``build_report`` gives the model."""
        from .report import build_report

        return build_report(article).model_dump(mode="json")
