"""No request outlives its answer: a timed-out analysis stops at its next
deadline check and frees its worker; a full pool answers 503 at once."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from gossipcheck import deadline
from gossipcheck.web import create_app

from .assets.web_fakes import FakeChecker

HOSTILE = "HOSTILE " + "word " * 4000  # stands in for a 16 KB one-sentence article
NORMAL = "Mara Quinn and Theo Lassiter are reportedly living separate lives, sources say."


class LoopingChecker(FakeChecker):
    """A stage that loops over a hostile article for ever, checking the deadline as
    the pipeline's long loops do; a stage that ignores it would hold its worker."""

    def __init__(self, *, checks_deadline: bool = True) -> None:
        super().__init__()
        self.checks_deadline = checks_deadline
        self.running = 0
        self.peak = 0
        self.stop_at = time.monotonic() + 30  # a bound for the stage that ignores the deadline

    def check_text(self, text: str, *, title: str | None = None, url: str | None = None) -> Any:
        self.running += 1
        self.peak = max(self.peak, self.running)
        try:
            while "HOSTILE" in text and time.monotonic() < self.stop_at:
                if self.checks_deadline:
                    deadline.check()
                time.sleep(0.005)
            return super().check_text(text, title=title, url=url)
        finally:
            self.running -= 1


Answer = tuple[int, float, dict[str, Any]]


async def post_all(app: Any, texts: list[str]) -> list[Answer]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

        async def one(text: str) -> tuple[int, float, dict[str, Any]]:
            start = time.perf_counter()
            response = await client.post("/api/check", json={"text": text})
            return response.status_code, time.perf_counter() - start, response.json()

        return list(await asyncio.gather(*(one(t) for t in texts)))


def test_after_four_hostile_requests_a_normal_one_is_prompt() -> None:
    checker = LoopingChecker()
    app = create_app(checker, timeout_s=0.6, workers=4)
    hostile = asyncio.run(post_all(app, [HOSTILE] * 4))
    assert [status for status, _, _ in hostile] == [504] * 4
    assert all(body["error"] == "timeout" for _, _, body in hostile)
    [(status, seconds, body)] = asyncio.run(post_all(app, [NORMAL]))
    assert status == 200, body
    assert seconds < 0.5  # not queued behind the abandoned analyses
    time.sleep(0.1)
    assert checker.running == 0  # every hostile analysis has stopped


def test_a_stage_that_ignores_the_deadline_would_hold_the_pool() -> None:
    """The control: the same scenario without deadline checks times out the normal request."""
    checker = LoopingChecker(checks_deadline=False)
    checker.stop_at = time.monotonic() + 2.5
    app = create_app(checker, timeout_s=0.6, workers=4)
    asyncio.run(post_all(app, [HOSTILE] * 4))
    [(status, _, _)] = asyncio.run(post_all(app, [NORMAL]))
    assert status == 504


def test_full_pool_answers_503_at_once() -> None:
    checker = LoopingChecker()
    app = create_app(checker, timeout_s=1.0, workers=2, queue=1)
    results = asyncio.run(post_all(app, [HOSTILE] * 5))
    refused = [(seconds, body) for status, seconds, body in results if status == 503]
    assert len(refused) == 2  # 2 running + 1 waiting accepted
    assert all(body == {"error": "busy", "message": body["message"]} for _, body in refused)
    assert all(seconds < 0.3 for seconds, _ in refused)
    assert checker.peak <= 2


def test_deadline_limit_and_check() -> None:
    deadline.check()  # no deadline in force: never raises
    with deadline.limit(0.05):
        deadline.check()
        time.sleep(0.06)
        try:
            deadline.check()
        except deadline.Timeout as exc:
            assert "too long" in str(exc)
        else:
            raise AssertionError("the deadline did not fire")
    assert deadline.remaining() is None


def test_the_queue_holds_only_what_clears_within_the_wait_budget() -> None:
    """Requests wait while those ahead should clear in ``queue_wait_s`` (by the last
    analyses' times); the rest hear 503 at once, and the accepted ones are prompt."""
    checker = FakeChecker(delay_s=0.2)
    app = create_app(checker, workers=1, queue=10, queue_wait_s=0.5)
    slow = "SLOW " + NORMAL
    [(status, _, _)] = asyncio.run(post_all(app, [slow]))  # learns: ~0.2 s an analysis
    assert status == 200
    results = asyncio.run(post_all(app, [slow] * 6))
    statuses = [status for status, _, _ in results]
    assert statuses == [200] * 3 + [503] * 3  # 1 running + 2 waiting (0.4 s <= 0.5 s)
    assert all(seconds < 0.05 for status, seconds, _ in results if status == 503)
    assert max(seconds for status, seconds, _ in results if status == 200) < 1.2
