"""Warming: every worker runs one made-up article before it reports ready."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from gossipcheck.article import Article
from gossipcheck.core import WARM_TEXT, Checker
from gossipcheck.web.runner import Runner

from .assets.web_fakes import FakeChecker


class RecordingChecker(Checker):
    analysed: list[Article]

    def analyse(self, article: Article) -> Article:
        article = super().analyse(article)
        self.analysed = [*getattr(self, "analysed", []), article]
        return article


def test_warm_runs_the_made_up_article_through_sourcing_and_the_model() -> None:
    checker = RecordingChecker()
    checker.warm()
    (article,) = checker.analysed
    assert article.text.startswith(WARM_TEXT[:40])
    assert article.attributions and article.entities
    assert article.credibility is not None and article.credibility.applicable


class WarmingFake(FakeChecker):
    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        self.fail = fail
        self.warmed = 0

    def warm(self) -> None:
        self.warmed += 1
        if self.fail:
            raise RuntimeError("model file is unreadable")


@pytest.mark.parametrize("fail", [False, True])
def test_runner_warm_up_warms_the_checker_and_is_ready_only_if_that_worked(fail: bool) -> None:
    checker = WarmingFake(fail)
    runner = Runner(checker)
    try:
        asyncio.run(runner.warm_up())
    finally:
        runner.close()
    assert checker.warmed == 1
    assert runner.ready is not fail


def test_runner_warm_up_without_warm_loads_the_stages() -> None:
    class Lazy(FakeChecker):
        loaded = 0

        @property
        def stages(self) -> list[Any]:
            Lazy.loaded += 1
            return []

    runner = Runner(Lazy())
    try:
        asyncio.run(runner.warm_up())
    finally:
        runner.close()
    assert Lazy.loaded == 1 and runner.ready
