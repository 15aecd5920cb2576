"""Run a batch: skip what the store already has, check the rest in chunks
(in-process, in a local process pool, or on a Dask cluster), and save each
chunk as it completes so an interrupted run loses nothing and resumes."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from ..settings import Options
from ..store import Outcome, Store
from .sources import BatchItem, Columns, count_items, iter_items
from .worker import check_items

Progress = Callable[[int], None]
PROCESS_DIED = (
    "could not be checked: the worker process died on this row"
    " (out of memory, or a crash in a library)"
)


@dataclass(slots=True)
class BatchSummary:
    total: int
    skipped: int
    checked: int
    errors: int
    seconds: float

    @property
    def articles_per_second(self) -> float:
        return self.checked / self.seconds if self.seconds else 0.0


MIN_CHUNK = 4  # the smallest chunk the last ones shrink to


def chunked(
    items: Iterable[BatchItem], size: int, left: Callable[[], int] | None = None, share: int = 1
) -> Iterator[list[BatchItem]]:
    """Chunks of ``size`` items. With ``left`` (how many items are still to come) and
    ``share`` (the workers), the last chunks shrink to ``left() / (2 * share)`` items, at
    least ``MIN_CHUNK`` (never more than ``size``), so the workers finish together
    instead of one idling through another's last full chunk."""
    iterator = iter(items)
    while True:
        take = size if left is None else min(size, max(MIN_CHUNK, left() // (2 * share)))
        chunk = list(islice(iterator, take))
        if not chunk:
            return
        yield chunk


def run_batch(
    inputs: Sequence[Path],
    store: Store,
    *,
    options: Options | None = None,
    workers: int = 1,
    chunk_size: int = 32,
    dask: str | None = None,
    retry_errors: bool = False,
    columns: Columns | None = None,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
) -> BatchSummary:
    """Check every article in ``inputs`` not already in ``store``.

    A row that fails for any reason is stored as an error with a one-line
    reason; the rest of its chunk is saved, and a re-run skips it.
    """
    options = options or Options(explain=False)
    started = time.perf_counter()
    total = count_items(inputs)
    done = store.done_ids(include_errors=not retry_errors)
    skipped = 0

    given = 0

    def pending() -> Iterator[BatchItem]:
        nonlocal skipped, given
        for item in iter_items(inputs, columns):
            if item.id in done:
                skipped += 1
                continue
            done.add(item.id)  # duplicate ids in the input are checked once
            given += 1
            yield item

    if on_total is not None:
        on_total(total)
    chunks = chunked(pending(), chunk_size, lambda: total - skipped - given, max(1, workers))
    checked = errors = 0
    for outcomes in _execute(chunks, options, workers, dask):
        store.save(outcomes, replace=retry_errors)
        checked += len(outcomes)
        errors += sum(1 for o in outcomes if o.error is not None)
        if progress is not None:
            progress(len(outcomes))
    if progress is not None and skipped:
        progress(skipped)
    return BatchSummary(total, skipped, checked, errors, time.perf_counter() - started)


def _execute(
    chunks: Iterator[list[BatchItem]], options: Options, workers: int, dask: str | None
) -> Iterator[list[Outcome]]:
    if dask is not None:
        yield from _on_dask(chunks, options, workers, dask)
    elif workers <= 1:
        for chunk in chunks:
            yield check_items(chunk, options)
    else:
        yield from _in_pool(chunks, options, workers)


def _one_thread_each() -> None:
    """Worker processes already share the cores: one scoring thread each."""
    os.environ["GOSSIPCHECK_THREADS"] = "1"


def _in_pool(
    chunks: Iterator[list[BatchItem]], options: Options, workers: int
) -> Iterator[list[Outcome]]:
    """Keep at most ``2 * workers`` chunks in flight, yielding results as they complete."""
    pool = _Pool(workers, options)
    in_flight: dict[Future[list[Outcome]], tuple[list[BatchItem], int]] = {}
    try:
        for chunk in chunks:
            in_flight[pool.submit(chunk)] = (chunk, pool.generation)
            while len(in_flight) >= 2 * workers:
                yield from pool.finished(in_flight)
        while in_flight:
            yield from pool.finished(in_flight)
    finally:
        pool.executor.shutdown(wait=True, cancel_futures=True)


class _Pool:
    """A local process pool that outlives a worker's death.

    A row can kill its process outright (the kernel's out-of-memory killer, a
    crash inside a C library): the pool then breaks and every chunk in flight
    fails. Those chunks are re-run apart, halved until the row that kills a
    process is alone and recorded as an error, and a fresh pool takes the rest.
    """

    def __init__(self, workers: int, options: Options) -> None:
        self.workers = workers
        self.options = options
        self.generation = 0
        self.executor = self._start(workers)

    @staticmethod
    def _start(workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, initializer=_one_thread_each)

    def submit(self, chunk: list[BatchItem]) -> Future[list[Outcome]]:
        try:
            return self.executor.submit(check_items, chunk, self.options)
        except BrokenProcessPool:
            self._renew(self.generation)
            return self.executor.submit(check_items, chunk, self.options)

    def finished(
        self, in_flight: dict[Future[list[Outcome]], tuple[list[BatchItem], int]]
    ) -> Iterator[list[Outcome]]:
        done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
        for future in done:
            chunk, generation = in_flight.pop(future)
            try:
                yield future.result()
            except BrokenProcessPool:
                self._renew(generation)
                yield isolate(chunk, self.options)

    def _renew(self, broken: int) -> None:
        if broken != self.generation:
            return  # another chunk of the same broken pool already replaced it
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start(self.workers)
        self.generation += 1


def isolate(chunk: list[BatchItem], options: Options) -> list[Outcome]:
    """Check ``chunk`` in a process of its own, halving it while a row kills the process."""
    with ProcessPoolExecutor(max_workers=1, initializer=_one_thread_each) as solo:
        try:
            return solo.submit(check_items, chunk, options).result()
        except BrokenProcessPool:
            pass
    if len(chunk) == 1:
        return [Outcome(chunk[0].id, chunk[0].source, error=PROCESS_DIED)]
    middle = len(chunk) // 2
    return isolate(chunk[:middle], options) + isolate(chunk[middle:], options)


def _on_dask(
    chunks: Iterator[list[BatchItem]], options: Options, workers: int, address: str
) -> Iterator[list[Outcome]]:
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if address == "local":
        cluster = LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
        client.run(_one_thread_each)  # the local workers share this machine's cores
    else:
        client = Client(address)
    try:
        limit = 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
        pending = as_completed()
        sent: dict[Any, list[BatchItem]] = {}  # by task key
        for chunk in chunks:
            future = client.submit(check_items, chunk, options, pure=False)
            sent[future.key] = chunk
            pending.add(future)
            if pending.count() >= limit:
                yield _dask_result(next(pending), sent, options)
        for future in pending:
            yield _dask_result(future, sent, options)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _dask_result(future: Any, sent: dict[Any, list[BatchItem]], options: Options) -> list[Outcome]:
    """A chunk's outcomes; a chunk that kept killing Dask workers is isolated here instead."""
    from distributed import KilledWorker

    chunk = sent.pop(future.key)
    try:
        result: list[Outcome] = future.result()
    except KilledWorker:
        return isolate(chunk, options)
    return result
