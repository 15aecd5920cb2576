"""Where the web app's analyses run: worker processes (``serve``) or threads.

Every analysis is :func:`analyse`: the article through the core under a
:mod:`gossipcheck.deadline`, answered as the report's JSON bytes, exactly
those FastAPI made from the ``Report`` model before, so the front process
neither validates nor serialises a report again, and a worker process sends
back one bytes object rather than a pickled tree of dicts.

``serve`` uses :class:`ProcessWorkers`: one front process (the event loop:
HTTP, ``/api/health``, refusals) hands articles to worker processes that each
hold their own warm :class:`~gossipcheck.Checker`. One queue feeds them all, so
no core idles while another has work waiting (as happened when each of
several server processes kept the connections it had accepted), and the
front's event loop no longer shares a GIL with analyses, so ``/api/health``
and refusals stay prompt while every core analyses. (The workers keep the
front's priority: a lower one, ``os.nice(10)``, did not make the front
measurably faster, and cost the workers their share of the CPU against every
other process on a shared machine.) A checker object handed to the app
(tests, embedding) runs in :class:`ThreadWorkers` instead.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, NamedTuple, Protocol

from pydantic import TypeAdapter

from .. import deadline
from ..inputs import Input
from ..report.models import Report

__all__ = [
    "Answer",
    "BrokenProcessPool",
    "CheckerLike",
    "ProcessWorkers",
    "ThreadWorkers",
    "analyse",
]

REPORT = TypeAdapter(Report)


class CheckerLike(Protocol):
    """What the web app needs from :class:`gossipcheck.Checker` (tests pass fakes)."""

    def check(self, input: Input) -> Any: ...
    def report(self, article: Any) -> dict[str, Any]: ...


class Answer(NamedTuple):
    report: bytes  # the report's JSON
    seconds: float  # how long the worker took (the front sizes its queue by it)


def analyse(checker: CheckerLike, item: Input, end: float) -> Answer:
    """The JSON report for ``item``, stopped at the monotonic time ``end``."""
    start = time.monotonic()
    with deadline.limit(None, at=end):
        deadline.check()  # waited in the queue past its deadline: do nothing
        report = checker.report(checker.check(item))
    data = REPORT.dump_json(REPORT.validate_python(report), by_alias=True)
    return Answer(data, time.monotonic() - start)


def warm(checker: CheckerLike) -> None:
    """Load the pipeline (the real Checker loads lazily, and
    :meth:`~gossipcheck.Checker.warm` also runs one made-up article through it)."""
    warm_up = getattr(checker, "warm", None) or (lambda: getattr(checker, "stages", None))
    warm_up()


class ThreadWorkers:
    """Analyses in threads of this process, with the checker it was given."""

    def __init__(self, checker: CheckerLike, count: int) -> None:
        self.checker = checker
        self.executor = ThreadPoolExecutor(count, thread_name_prefix="gossipcheck")

    def submit(self, item: Input, end: float) -> Future[Answer]:
        return self.executor.submit(analyse, self.checker, item, end)

    def warm(self) -> list[Future[None]]:
        return [self.executor.submit(warm, self.checker)]

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


class ProcessWorkers:
    """Analyses in ``count`` worker processes, each building its checker with
    ``factory`` (picklable) and warming it before it takes work. A worker that
    dies (out of memory, a crash in a library) breaks the pool: the requests
    it held fail, and the next one starts a fresh pool."""

    def __init__(self, factory: Callable[[], CheckerLike], count: int) -> None:
        self.factory = factory
        self.count = count
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            self.count,
            mp_context=multiprocessing.get_context("spawn"),  # the front runs threads
            initializer=_start_worker,
            initargs=(self.factory,),
        )

    def submit(self, item: Input, end: float) -> Future[Answer]:
        try:
            return self.executor.submit(_analyse_here, item, end)
        except BrokenProcessPool:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()
            return self.executor.submit(_analyse_here, item, end)

    def warm(self) -> list[Future[None]]:
        """One call per worker: each starts its process, which warms before answering."""
        return [self.executor.submit(_ready_here) for _ in range(self.count)]

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


# ---- inside a worker process ------------------------------------------------
_checker: CheckerLike | None = None
_failed: BaseException | None = None  # why this worker's checker did not load


def _start_worker(factory: Callable[[], CheckerLike]) -> None:
    global _checker, _failed
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the front shuts the pool down
    os.environ["GOSSIPCHECK_THREADS"] = "1"  # the workers already share the cores
    try:
        checker = factory()
        warm(checker)
        _checker = checker
    except Exception as exc:  # each request answers it, as the front would have
        _failed = exc


def _worker_checker() -> CheckerLike:
    if _checker is None:
        raise _failed or RuntimeError("the worker process did not start")
    return _checker


def _ready_here() -> None:
    _worker_checker()


def _analyse_here(item: Input, end: float) -> Answer:
    return analyse(_worker_checker(), item, end)
