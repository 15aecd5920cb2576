"""The stage registry: order, declared fields, and honest versions."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from gossipcheck import pipeline
from gossipcheck.article import Article
from gossipcheck.pipeline import STAGES, StageSpec, current_versions, recorded_versions, unbumped
from gossipcheck.settings import Options

FIELDS = {f.name for f in dataclasses.fields(Article)}


def test_the_registry_runs_in_the_flow_order() -> None:
    names = [spec.name for spec in STAGES]
    assert names == ["sourcing", "outlets", "signals", "claims", "credibility", "corroboration"]
    assert [s.name for s in STAGES if s.enabled(Options())] == names[:-1]
    assert [s.name for s in STAGES if s.enabled(Options(corpus=Path("c")))] == names


def test_each_stage_reads_and_writes_article_fields_and_declares_its_files() -> None:
    written: set[str] = {"text", "title", "url", "outlet", "published", "language", "sentences"}
    for spec in STAGES:
        assert set(spec.reads) <= FIELDS and set(spec.writes) <= FIELDS, spec.name
        assert set(spec.reads) <= written, f"{spec.name} reads a field no earlier stage writes"
        written |= set(spec.writes)
        assert any(p.suffix == ".py" for p in spec.files()), spec.name
        if spec.data:
            assert any("data" in p.parts for p in spec.files()), spec.name


def test_no_stage_changed_without_a_version_bump() -> None:
    current, recorded = current_versions(), recorded_versions()
    assert set(recorded) == {spec.name for spec in STAGES}
    stale = unbumped(current, recorded)
    assert not stale, f"bump the version of {stale}, then `python -m gossipcheck.pipeline --update`"


def test_a_changed_source_without_a_bump_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "pkg"
    (package / "toy").mkdir(parents=True)
    source = package / "toy" / "stage.py"
    source.write_text("RULE = 1\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "PACKAGE_DIR", package)
    monkeypatch.setattr(pipeline, "DATA_DIR", package / "data")
    spec = StageSpec("toy", "gossipcheck.signals.stage:SignalsStage", (), (), ("toy/*.py",))
    before = current_versions([spec])
    source.write_text("RULE = 2\n", encoding="utf-8")
    after = current_versions([spec])
    assert unbumped(after, before) == ["toy"]
    bumped = {"toy": {**after["toy"], "version": "9.9.9"}}
    assert unbumped(bumped, before) == []


def test_update_refuses_an_unbumped_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    recorded = current_versions()
    recorded["signals"]["sha256"] = "0" * 64  # as if signals' files had changed since
    path = tmp_path / "stage_versions.json"
    path.write_text(json.dumps(recorded), encoding="utf-8")
    monkeypatch.setattr(pipeline, "VERSIONS_PATH", path)
    monkeypatch.setattr(pipeline, "recorded_versions", lambda: json.loads(path.read_text()))
    assert pipeline.main(["--update"]) == 1
    assert "signals" in capsys.readouterr().err
    assert pipeline.main(["--update", "--force"]) == 0
    assert json.loads(path.read_text()) == current_versions()
