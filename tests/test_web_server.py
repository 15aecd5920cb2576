"""``gossipcheck serve`` hands the app to uvicorn on the requested address."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI

from gossipcheck.settings import OPTIONS_ENV, Options
from gossipcheck.web import server


def test_serve_one_worker_runs_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    server.serve(host="127.0.0.1", port=8123, options=Options())
    app, kwargs = calls[0]
    assert isinstance(app, FastAPI)
    assert (kwargs["host"], kwargs["port"]) == ("127.0.0.1", 8123)
    assert kwargs["server_header"] is False


def test_serve_several_workers_uses_the_factory(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, dict[str, Any]]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    monkeypatch.setenv(OPTIONS_ENV, "")  # restored (unset) afterwards
    for name in ("GOSSIPCHECK_CSRF_KEY", "GOSSIPCHECK_LINKS_DIR"):  # restored afterwards
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    options = Options(
        allow_private=True, corpus=Path("c.sqlite"), allowed_origins=("https://a.example",)
    )
    server.serve(port=8124, options=options, workers=3)
    app, kwargs = calls[0]
    assert app == "gossipcheck.web.app:app_from_env"
    assert kwargs["factory"] is True and kwargs["workers"] == 3

    assert Options.from_env() == options  # what each worker's app_from_env builds
    # the workers share one form-token key and one folder of report links
    assert len(bytes.fromhex(os.environ["GOSSIPCHECK_CSRF_KEY"])) == 32
    assert os.path.isdir(os.environ["GOSSIPCHECK_LINKS_DIR"])
