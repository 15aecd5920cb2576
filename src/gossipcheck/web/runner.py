"""Runs the core :class:`~gossipcheck.Checker` off the event loop.

Analysis and URL fetching are blocking; they run in a bounded pool of workers
(:mod:`.workers`: processes under ``serve``, threads for a checker handed to
the app). Each analysis runs under a :mod:`gossipcheck.deadline` that starts
when the request is accepted, so one that times out stops at the pipeline's
next deadline check instead of holding its worker; a request that finds every
worker busy and the waiting queue full is refused at once (503), so hostile
requests cannot pile up (``/api/health`` keeps answering).

The queue is also bounded in time: a request waits only while the analyses
ahead of it should clear within ``queue_wait_s`` (by the median time of the
last analyses), so on a slow or crowded machine the ones accepted are still
answered in about that time and the rest hear "busy" at once, rather than
everyone waiting longer than they would to retry.
"""

from __future__ import annotations

import asyncio
import json
import logging
import statistics
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from .. import deadline
from ..errors import GossipcheckError
from ..inputs import Input
from ..settings import ANALYSIS_TIMEOUT_S, QUEUE, QUEUE_WAIT_S, WORKERS
from .errors import AnalysisTimeout, Busy, WorkerDied, error_code, error_message
from .schemas import ArticleIn, BatchItem, BatchOut, ItemError
from .workers import Answer, BrokenProcessPool, CheckerLike, ProcessWorkers, ThreadWorkers

__all__ = ["CheckerLike", "Runner"]

log = logging.getLogger("gossipcheck.web")


class Runner:
    """At most ``workers`` analyses run and ``queue`` wait (while they should start
    within ``queue_wait_s``); more are refused.

    Give ``checker`` to analyse in threads of this process, or ``factory`` (a
    picklable callable that builds one) to analyse in worker processes.
    """

    def __init__(
        self,
        checker: CheckerLike | None = None,
        *,
        factory: Callable[[], CheckerLike] | None = None,
        timeout_s: float = ANALYSIS_TIMEOUT_S,
        workers: int = WORKERS,
        queue: int = QUEUE,
        queue_wait_s: float = QUEUE_WAIT_S,
    ) -> None:
        self.timeout_s = timeout_s
        self.workers = workers
        self.capacity = workers + max(0, queue)  # running + waiting
        self.queue_wait_s = queue_wait_s
        self.in_flight = 0  # analyses accepted and not yet finished (touched on the loop only)
        self.recent: deque[float] = deque(maxlen=16)  # seconds the last analyses took
        self.pool: ThreadWorkers | ProcessWorkers
        if factory is not None:
            self.pool = ProcessWorkers(factory, workers)
        elif checker is not None:
            self.pool = ThreadWorkers(checker, workers)
        else:
            raise ValueError("a Runner needs a checker or a factory")
        self.ready = False

    # ---- lifecycle --------------------------------------------------------
    async def warm_up(self) -> None:
        """Load the pipeline in every worker before the first request."""
        try:
            await asyncio.gather(*(asyncio.wrap_future(f) for f in self.pool.warm()))
            self.ready = True
        except Exception as exc:  # served as 503 on each request until it loads
            log.error("pipeline did not load: %s", error_message(exc) or type(exc).__name__)

    def close(self) -> None:
        self.pool.close()

    # ---- checking ---------------------------------------------------------
    async def check_json(self, item: ArticleIn | Input) -> bytes:
        """One analysis in the pool as the report's JSON bytes, refused with
        :class:`Busy` when the pool is full."""
        if self.in_flight >= self.capacity or self.expected_wait_s() > self.queue_wait_s:
            raise Busy("the server is busy with other articles; try again in a minute")
        return await self._bounded(item)

    def expected_wait_s(self) -> float:
        """About how long a request accepted now would wait for a worker."""
        ahead = self.in_flight - self.workers + 1  # a free worker starts it at once
        if ahead <= 0 or not self.recent:
            return 0.0
        return ahead / self.workers * statistics.median(self.recent)

    async def check(self, item: ArticleIn | Input) -> dict[str, Any]:
        """:meth:`check_json` as data (the pages render it)."""
        report: dict[str, Any] = json.loads(await self.check_json(item))
        return report

    async def check_batch(self, items: list[ArticleIn]) -> BatchOut:
        """Each article on its own, with its own time limit; errors stay in place."""

        slots = asyncio.Semaphore(self.workers)  # a clock starts when its article does

        async def one(index: int, item: ArticleIn) -> BatchItem:
            try:
                async with slots:
                    report = json.loads(await self._bounded(item))
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

    async def _bounded(self, item: ArticleIn | Input) -> bytes:
        """``item`` analysed by a worker under a deadline of ``timeout_s`` from now.

        The caller is answered at the deadline; the worker stops at the next
        :func:`deadline.check` and only then frees its slot, so ``in_flight``
        counts the work really running or waiting.
        """
        if isinstance(item, ArticleIn):
            item = Input.from_fields(text=item.text, html=item.html, url=item.url, title=item.title)
        end = time.monotonic() + self.timeout_s
        future = asyncio.wrap_future(self.pool.submit(item, end))
        self.in_flight += 1
        future.add_done_callback(self._finished)
        try:
            answer = await asyncio.wait_for(asyncio.shield(future), self.timeout_s)
        except (TimeoutError, deadline.Timeout):
            raise AnalysisTimeout(
                f"the analysis took longer than {self.timeout_s:g} s and was stopped"
            ) from None
        except BrokenProcessPool:
            raise WorkerDied(
                "the analysis stopped unexpectedly (its worker process ended); try again"
            ) from None
        return answer.report

    def _finished(self, future: asyncio.Future[Answer]) -> None:
        self.in_flight -= 1
        if not future.cancelled() and future.exception() is None:  # retrieved, so an
            self.recent.append(future.result().seconds)  # abandoned failure is not "lost"
