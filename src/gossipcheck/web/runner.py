"""Runs the core :class:`~gossipcheck.Checker` off the event loop.

Analysis and URL fetching are blocking; they run in a thread pool and every
call has a time limit, so a slow page or a huge article never stalls the
server (``/api/health`` keeps answering).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from ..errors import GossipcheckError, InputError
from .errors import AnalysisTimeout, error_code, error_message
from .schemas import ArticleIn, BatchItem, BatchOut, ItemError

log = logging.getLogger("gossipcheck.web")
T = TypeVar("T")

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_THREADS = 4


class CheckerLike(Protocol):
    """What the web app needs from :class:`gossipcheck.Checker` (tests pass fakes)."""

    def check_text(self, text: str, *, title: str | None = ..., url: str | None = ...) -> Any: ...
    def check_html(self, html: str | bytes, *, url: str | None = ...) -> Any: ...
    def check_url(self, url: str) -> Any: ...
    def report(self, article: Any) -> dict[str, Any]: ...


class Runner:
    def __init__(
        self,
        checker: CheckerLike,
        *,
        timeout_s: float = DEFAULT_TIMEOUT_S,
        threads: int = DEFAULT_THREADS,
    ) -> None:
        self.checker = checker
        self.timeout_s = timeout_s
        self.threads = threads
        self.executor = ThreadPoolExecutor(threads, thread_name_prefix="gossipcheck")
        self.ready = False

    # ---- lifecycle --------------------------------------------------------
    async def warm_up(self) -> None:
        """Load the pipeline before the first request (the real Checker loads lazily)."""
        try:
            await self._call(lambda: getattr(self.checker, "stages", None), None)
            self.ready = True
        except Exception as exc:  # served as 503 on each request until it loads
            log.error("pipeline did not load: %s", error_message(exc) or type(exc).__name__)

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)

    # ---- checking ---------------------------------------------------------
    def check_sync(self, item: ArticleIn) -> dict[str, Any]:
        """One article through the core, as ``gossipcheck check --format json`` does."""
        if item.text is not None and item.html is not None:
            raise InputError("give only one of text and html")
        if item.text is not None:
            article = self.checker.check_text(item.text, title=item.title, url=item.url)
        elif item.html is not None:
            article = self.checker.check_html(item.html, url=item.url)
        elif item.url:
            article = self.checker.check_url(item.url)
        else:
            raise InputError("give one of text, html or url")
        return self.checker.report(article)

    async def check(self, item: ArticleIn) -> dict[str, Any]:
        return await self._call(lambda: self.check_sync(item), self.timeout_s)

    async def check_batch(self, items: list[ArticleIn]) -> BatchOut:
        """Each article on its own, with its own time limit; errors stay in place."""

        slots = asyncio.Semaphore(self.threads)  # a clock starts when its article does

        async def one(index: int, item: ArticleIn) -> BatchItem:
            try:
                async with slots:
                    report = await self.check(item)
                return BatchItem.model_validate({"index": index, "ok": True, "report": report})
            except GossipcheckError as exc:
                error = ItemError(error=error_code(exc), message=error_message(exc))
            except Exception:
                log.exception("batch item %d failed", index)
                error = ItemError(error="internal_error", message="internal error")
            return BatchItem(index=index, ok=False, error=error)

        results = await asyncio.gather(*(one(i, item) for i, item in enumerate(items)))
        ok = sum(1 for r in results if r.ok)
        return BatchOut(count=len(results), ok=ok, failed=len(results) - ok, results=results)

    async def _call(self, fn: Callable[[], T], limit: float | None) -> T:
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.executor, fn)
        try:
            return await asyncio.wait_for(future, limit)
        except TimeoutError:
            raise AnalysisTimeout(
                f"the analysis took longer than {limit or 0:g} s and was abandoned"
            ) from None
