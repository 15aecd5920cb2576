"""``gossipcheck serve`` hands the app to uvicorn on the requested address."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from gossipcheck.settings import Options
from gossipcheck.web import server
from gossipcheck.web.app import app_from_env
from gossipcheck.web.workers import ProcessWorkers


def test_serve_one_worker_runs_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    server.serve(host="127.0.0.1", port=8123, options=Options())
    app, kwargs = calls[0]
    assert isinstance(app, FastAPI)
    assert (kwargs["host"], kwargs["port"]) == ("127.0.0.1", 8123)
    assert kwargs["server_header"] is False


def test_serve_analyses_in_worker_processes_behind_one_front(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``--workers N`` is N analysis processes fed by one uvicorn process, not N servers
    (each of which kept the connections it accepted, while the other's core idled)."""
    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    server.serve(port=8124, options=Options(workers=3, queue=5))
    app, kwargs = calls[0]
    assert "workers" not in kwargs and "factory" not in kwargs
    runner = app.state.runner
    assert isinstance(runner.pool, ProcessWorkers) and runner.pool.count == 3
    assert runner.capacity == 8
    runner.close()  # no process started: they start with the first analysis


def test_app_from_env_builds_the_options_in_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    options = Options(
        allow_private=True, corpus=Path("c.sqlite"), allowed_origins=("https://a.example",)
    )
    for name, value in options.to_env().items():
        monkeypatch.setenv(name, value)
    app = app_from_env()
    assert app.state.origins.allowlisted("https://a.example")
    app.state.runner.close()
