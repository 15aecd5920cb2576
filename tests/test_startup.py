"""Start-up cost: what a command imports, and how the stages load (issue 13.2: cold
``gossipcheck check`` at most 1.0 s)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys

import pytest

from gossipcheck import Checker, pipeline

from .conftest import EXAMPLE, ROOT

# What checking an article needs, and what only other commands do.
MODELS = ("numpy", "onnxruntime", "tokenizers")
OTHER_FRONT_ENDS = (
    "fastapi",
    "starlette",
    "uvicorn",
    "httpx",
    "gossipcheck.web",
    "gossipcheck.batch",
)
# Only a check against a corpus needs the first three (the sourcing stage reads
# corroboration's normalisation, which must not pull in the index); only a URL the fetcher.
NOT_FOR_A_FILE = ("scipy", "sqlite3", "gossipcheck.corroboration.index", "gossipcheck.ingest.fetch")


def imported_by(*args: str) -> set[str]:
    """The modules that ``gossipcheck ARGS`` has imported when it exits."""
    probe = (
        "import atexit, json, runpy, sys\n"
        "def show(): sys.__stderr__.write('\\nMODULES ' + json.dumps(sorted(sys.modules)))\n"
        "atexit.register(show)\n"
        f"sys.argv = ['gossipcheck', *{list(args)!r}]\n"
        "runpy.run_module('gossipcheck', run_name='__main__')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, timeout=300, env=env, check=False
    )
    assert result.returncode == 0, result.stderr.decode()
    line = result.stderr.decode().rsplit("MODULES ", 1)[1]
    return set(json.loads(line))


def loaded(modules: set[str], name: str) -> bool:
    return name in modules or any(m.startswith(name + ".") for m in modules)


@pytest.mark.slow
@pytest.mark.parametrize("args", [("--help",), ("check", "--help")])
def test_help_loads_no_model_library(args: tuple[str, ...]) -> None:
    modules = imported_by(*args)
    assert "typer" in modules  # the probe saw the CLI run
    for name in (*MODELS, *OTHER_FRONT_ENDS, "gossipcheck.sourcing", "gossipcheck.credibility"):
        assert not loaded(modules, name), name


@pytest.mark.slow
def test_check_of_a_file_loads_no_other_front_end() -> None:
    modules = imported_by("check", str(EXAMPLE), "--format", "json")
    assert all(loaded(modules, name) for name in MODELS)  # it did check the article
    assert "gossipcheck.corroboration.normalize" in modules
    for name in (*OTHER_FRONT_ENDS, *NOT_FOR_A_FILE):
        assert not loaded(modules, name), name


class _Loaded:
    """Stands for a loaded stage: records whether the collector ran while it loaded."""

    def __init__(self) -> None:
        self.collector_on = gc.isenabled()
        self.parts = [[i] for i in range(100)]  # container objects the collector tracks


@pytest.mark.parametrize("enabled", [True, False])
def test_stages_load_with_the_collector_paused_then_frozen(
    monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    monkeypatch.setattr(pipeline, "build_stages", lambda options: [_Loaded()])
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        frozen = gc.get_freeze_count()
        (stage,) = Checker().stages
        assert gc.isenabled() is enabled  # the caller's setting is back
    finally:
        (gc.enable if was else gc.disable)()
    assert stage.collector_on is False
    assert gc.get_freeze_count() >= frozen + len(stage.parts)


@pytest.mark.parametrize(("before", "after"), [(None, "__all__"), ("", ""), ("logfire", "logfire")])
def test_the_cli_skips_pydantic_plugins_unless_told(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    before: str | None,
    after: str,
) -> None:
    from gossipcheck.cli import main

    if before is None:
        monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
    else:
        monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", before)
    main(["--help"])
    assert "check" in capsys.readouterr().out
    assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == after
