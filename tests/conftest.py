"""Shared test helpers: repository paths, the shared research data (found one way
only, through :func:`gossipcheck.settings.shared_data_dir`), the CLI run in a
subprocess, and the web test client.

Markers: ``data`` (reads the shared data; ``@pytest.mark.data("gossipcop", "x.jsonl")``
names what it reads and skips when that is absent), ``slow`` (starts a subprocess
CLI, a process pool or Dask, or retrains), ``browser`` (needs chromium).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from gossipcheck.settings import shared_data_dir

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "radar-style-re-report.txt"
GOLD = ROOT / "eval" / "sourcing" / "annotations.jsonl"
SHARED = shared_data_dir()
SEED = SHARED.parent / "examples" / "kim-kanye-people-report.txt"


def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("data"):
        path = SHARED.joinpath(*mark.args)
        if not path.exists():
            pytest.skip(f"{path} not present (set GOSSIPCHECK_DATA)")


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """``gossipcheck ARGS`` in a fresh interpreter on this checkout's sources."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("GOSSIPCHECK_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "gossipcheck.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=600,
        env=env,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[bytes], fragment: str) -> None:
    stderr = result.stderr.decode()
    assert result.returncode != 0, stderr
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert lines[0].startswith("gossipcheck: error: ")
    assert fragment in lines[0]
    assert result.stdout == b""


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def checker():  # type: ignore[no-untyped-def]
    from gossipcheck import Checker

    return Checker()


@pytest.fixture
def web_client() -> Iterator[Callable[..., Any]]:
    """``web_client(checker, raise_server_exceptions=True, **create_app_options)``: an
    in-process TestClient of the web app, closed after the test."""
    from fastapi.testclient import TestClient

    from gossipcheck.web import create_app

    opened: list[TestClient] = []

    def make(checker: Any, raise_server_exceptions: bool = True, **options: Any) -> TestClient:
        client = TestClient(
            create_app(checker, **options), raise_server_exceptions=raise_server_exceptions
        )
        opened.append(client.__enter__())
        return client

    yield make
    for client in opened:
        client.__exit__(None, None, None)


@cache
def _report_validator() -> Any:
    import jsonschema

    from gossipcheck.report import report_schema

    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def validate_report(report: Any) -> None:
    """Fail unless ``report`` validates against the published JSON Schema."""
    errors = sorted(_report_validator().iter_errors(report), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


@pytest.fixture(autouse=True, scope="session")
def _every_report_validates() -> Iterator[None]:
    """Every report the suite builds in-process through ``Checker.report`` is validated."""
    from gossipcheck.core import Checker

    original = Checker.report

    def report(self: Checker, article: Any) -> dict[str, Any]:
        built = original(self, article)
        validate_report(built)
        return built

    Checker.report = report  # type: ignore[method-assign]
    yield
    Checker.report = original  # type: ignore[method-assign]
