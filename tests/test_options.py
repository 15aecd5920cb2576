"""One Options object reaches every front end: check, batch, serve and the web app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import gossipcheck.batch
import gossipcheck.web.server
from gossipcheck.batch.runner import BatchSummary
from gossipcheck.cli import main
from gossipcheck.settings import Options
from gossipcheck.web.app import create_app

from .assets.web_fakes import FakeChecker


def test_batch_takes_corpus_and_allow_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, Any] = {}

    def fake_run(inputs: Any, store: Any, **kwargs: Any) -> BatchSummary:
        seen.update(kwargs)
        return BatchSummary(total=0, skipped=0, checked=0, errors=0, seconds=1.0)

    monkeypatch.setattr(gossipcheck.batch, "run_batch", fake_run)
    rows = tmp_path / "rows.jsonl"
    rows.write_text("", encoding="utf-8")
    corpus = tmp_path / "corpus.sqlite"
    db = str(tmp_path / "out.sqlite")
    main(["batch", str(rows), "--db", db, "--corpus", str(corpus), "--allow-private", "--quiet"])
    options = seen["options"]
    assert (options.corpus, options.allow_private, options.explain) == (corpus, True, False)


def test_serve_takes_every_web_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    monkeypatch.setattr(gossipcheck.web.server, "serve", lambda **kw: seen.update(kw))
    corpus = tmp_path / "c.sqlite"
    argv = ["serve", "--corpus", str(corpus), "--workers", "3", "--queue", "3"]
    main([*argv, "--analysis-timeout", "5", "--allowed-origin", "https://a.example"])
    options = seen["options"]
    assert options == Options(
        corpus=corpus,
        workers=3,
        queue=3,
        analysis_timeout_s=5.0,
        allowed_origins=("https://a.example",),
    )
    main(["serve"])
    assert seen["options"] == Options()  # the defaults are the Options defaults


def test_the_app_reads_its_settings_from_options() -> None:
    options = Options(allowed_origins=("https://a.example",), workers=2, queue=1)
    app = create_app(FakeChecker(), options)
    assert app.state.origins.allowlisted("https://a.example")
    assert not app.state.origins.allowlisted("chrome-extension://x")
    assert app.state.runner.capacity == 3
    override = create_app(FakeChecker(), options, workers=1, allowed_origins=["https://b.example"])
    assert override.state.runner.capacity == 2
    assert override.state.origins.allowlisted("https://b.example")


def test_options_survive_the_environment_round_trip() -> None:
    options = Options(corpus=Path("x.sqlite"), allow_private=True, allowed_origins=("a", "b"))
    assert Options.from_env(options.to_env()) == options
    assert Options.from_env({}) == Options()
