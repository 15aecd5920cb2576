"""``serve``'s analyses run in worker processes behind one front process: the same
report bytes as in-process, deadlines that stop the worker, and a fresh pool after a
worker dies."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Iterator

import pytest

from gossipcheck.inputs import Input
from gossipcheck.web.errors import AnalysisTimeout, WorkerDied
from gossipcheck.web.runner import Runner
from gossipcheck.web.workers import REPORT

from .assets.web_fakes import SAMPLE_REPORT, FakeChecker, UnloadableChecker, WorkerFake

ARTICLE = SAMPLE_REPORT["text"]


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="module")
def runner(loop: asyncio.AbstractEventLoop) -> Iterator[Runner]:
    runner = Runner(factory=WorkerFake, workers=2, queue=2, timeout_s=0.5)
    loop.run_until_complete(runner.warm_up())
    yield runner
    runner.close()


def test_workers_answer_the_bytes_the_threads_answer(
    loop: asyncio.AbstractEventLoop, runner: Runner
) -> None:
    assert runner.ready
    item = Input.from_text(ARTICLE, title="Separate lives")
    answered = loop.run_until_complete(runner.check_json(item))
    report = json.loads(answered)
    assert report["article"]["title"] != str(os.getpid())  # analysed in another process
    in_threads = Runner(FakeChecker())
    try:
        expected = loop.run_until_complete(
            in_threads.check_json(Input.from_text(ARTICLE, title=report["article"]["title"]))
        )
    finally:
        in_threads.close()
    assert answered == expected
    assert answered == REPORT.dump_json(REPORT.validate_python(report))  # FastAPI's bytes


def test_a_timed_out_analysis_stops_in_its_worker(
    loop: asyncio.AbstractEventLoop, runner: Runner
) -> None:
    async def scenario() -> float:
        hostile = [runner.check_json(Input.from_text("HOSTILE " * 50)) for _ in range(2)]
        for outcome in await asyncio.gather(*hostile, return_exceptions=True):
            assert isinstance(outcome, AnalysisTimeout)
        await asyncio.sleep(0.1)  # the workers see the deadline at their next check
        assert runner.in_flight == 0  # both workers are free again
        start = time.perf_counter()
        await runner.check_json(Input.from_text(ARTICLE))
        return time.perf_counter() - start

    assert loop.run_until_complete(scenario()) < 0.3


def test_a_worker_that_dies_is_replaced(loop: asyncio.AbstractEventLoop) -> None:
    runner = Runner(factory=WorkerFake, workers=1, timeout_s=20)
    try:
        with pytest.raises(WorkerDied, match="try again"):
            loop.run_until_complete(runner.check_json(Input.from_text("DIE " + ARTICLE)))
        # the next request starts a fresh pool (its first analysis waits for the load)
        answered = loop.run_until_complete(runner.check_json(Input.from_text(ARTICLE)))
        assert json.loads(answered)["text"] == ARTICLE
        assert runner.in_flight == 0
    finally:
        runner.close()


def test_a_checker_that_cannot_load_is_not_ready_and_says_why() -> None:
    runner = Runner(factory=UnloadableChecker, workers=1)
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(runner.warm_up())
        assert not runner.ready
        with pytest.raises(Exception, match="credibility model not found"):
            loop.run_until_complete(runner.check_json(Input.from_text(ARTICLE)))
    finally:
        runner.close()
        loop.close()
