"""Runs the core :class:`~gossipcheck.Checker` off the event loop.

Analysis and URL fetching are blocking; they run in a bounded pool of worker
threads. Each analysis runs under a :mod:`gossipcheck.deadline` that starts
when the request is accepted, so one that times out stops at the pipeline's
next deadline check instead of holding its worker; a request that finds every
worker busy and the waiting queue full is refused at once (503), so hostile
requests cannot pile up (``/api/health`` keeps answering).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Protocol, TypeVar

from .. import deadline
from ..errors import GossipcheckError
from ..inputs import Input
from ..settings import ANALYSIS_TIMEOUT_S, QUEUE, THREADS
from .errors import AnalysisTimeout, Busy, error_code, error_message
from .schemas import ArticleIn, BatchItem, BatchOut, ItemError

log = logging.getLogger("gossipcheck.web")
T = TypeVar("T")


class CheckerLike(Protocol):
    """What the web app needs from :class:`gossipcheck.Checker` (tests pass fakes)."""

    def check(self, input: Input) -> Any: ...
    def report(self, article: Any) -> dict[str, Any]: ...


class Runner:
    def __init__(
        self,
        checker: CheckerLike,
        *,
        timeout_s: float = ANALYSIS_TIMEOUT_S,
        threads: int = THREADS,
        queue: int = QUEUE,
    ) -> None:
        self.checker = checker
        self.timeout_s = timeout_s
        self.threads = threads
        self.capacity = threads + max(0, queue)  # running + waiting
        self.in_flight = 0  # analyses accepted and not yet finished (touched on the loop only)
        self.executor = ThreadPoolExecutor(threads, thread_name_prefix="gossipcheck")
        self.ready = False

    # ---- lifecycle --------------------------------------------------------
    async def warm_up(self) -> None:
        """Load the pipeline before the first request (the real Checker loads lazily, and
        :meth:`~gossipcheck.Checker.warm` also runs one made-up article through it)."""
        warm = getattr(self.checker, "warm", None) or (
            lambda: getattr(self.checker, "stages", None)
        )
        try:
            await self._call(warm, None)
            self.ready = True
        except Exception as exc:  # served as 503 on each request until it loads
            log.error("pipeline did not load: %s", error_message(exc) or type(exc).__name__)

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)

    # ---- checking ---------------------------------------------------------
    def check_sync(self, item: ArticleIn | Input) -> dict[str, Any]:
        """One article through the core, as ``gossipcheck check --format json`` does."""
        if isinstance(item, ArticleIn):
            item = Input.from_fields(text=item.text, html=item.html, url=item.url, title=item.title)
        return self.checker.report(self.checker.check(item))

    async def check(self, item: ArticleIn | Input) -> dict[str, Any]:
        """One analysis in the pool, refused with :class:`Busy` when the pool is full."""
        if self.in_flight >= self.capacity:
            raise Busy("the server is busy with other articles; try again in a minute")
        return await self._bounded(lambda: self.check_sync(item))

    async def check_batch(self, items: list[ArticleIn]) -> BatchOut:
        """Each article on its own, with its own time limit; errors stay in place."""

        slots = asyncio.Semaphore(self.threads)  # a clock starts when its article does

        async def one(index: int, item: ArticleIn) -> BatchItem:
            try:
                async with slots:
                    report = await self._bounded(lambda: self.check_sync(item))
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

    async def _bounded(self, fn: Callable[[], T]) -> T:
        """``fn`` in a worker under a deadline of ``timeout_s`` from now.

        The caller is answered at the deadline; the worker stops at the next
        :func:`deadline.check` and only then frees its slot, so ``in_flight``
        counts the work really running or waiting.
        """
        end = time.monotonic() + self.timeout_s

        def run() -> T:
            with deadline.limit(None, at=end):
                deadline.check()  # waited in the queue past its deadline: do nothing
                return fn()

        loop = asyncio.get_running_loop()
        self.in_flight += 1
        future = loop.run_in_executor(self.executor, run)
        future.add_done_callback(self._finished)
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.timeout_s)
        except (TimeoutError, deadline.Timeout):
            raise AnalysisTimeout(
                f"the analysis took longer than {self.timeout_s:g} s and was stopped"
            ) from None

    def _finished(self, future: asyncio.Future[Any]) -> None:
        self.in_flight -= 1
        if not future.cancelled():
            future.exception()  # retrieved, so an abandoned failure is not logged as lost

    async def _call(self, fn: Callable[[], T], limit: float | None) -> T:
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.executor, fn)
        try:
            return await asyncio.wait_for(future, limit)
        except TimeoutError:
            raise AnalysisTimeout(
                f"the analysis took longer than {limit or 0:g} s and was abandoned"
            ) from None
