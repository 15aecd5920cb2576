"""The web app on the real pipeline: the API answers what the CLI answers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from gossipcheck import Checker
from gossipcheck.cli import main
from gossipcheck.web import create_app

from .assets.web_fakes import post_form
from .conftest import EXAMPLE, FIXTURES

pytestmark = pytest.mark.slow


@pytest.fixture
def client(web_client: Callable[..., TestClient], checker: Checker) -> TestClient:
    return web_client(checker)  # the real pipeline: a broken import fails, never skips


def cli_json(*args: str, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    capsys.readouterr()
    main(["check", *args, "--format", "json"])
    report: dict[str, Any] = json.loads(capsys.readouterr().out)
    return report


def without_source(report: dict[str, Any]) -> dict[str, Any]:
    """The article's ``source`` names where it was read from (a path, "text"); all else matches."""
    return {**report, "article": {**report["article"], "source": None}}


def test_api_report_equals_cli_json(client: TestClient, capsys: pytest.CaptureFixture[str]) -> None:
    expected = cli_json(str(EXAMPLE), capsys=capsys)
    response = client.post("/api/check", json={"text": EXAMPLE.read_text(encoding="utf-8")})
    assert response.status_code == 200
    report = response.json()
    assert without_source(report) == without_source(expected)
    assert report["sourcing_summary"]["by_type"]["anonymous"] >= 1
    assert report["credibility"]["verdict"] in ("likely real", "uncertain", "likely fake")


def test_served_api_answers_in_worker_processes_what_the_cli_answers(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``serve``'s own app (no checker given): the real pipeline in a worker process."""
    expected = cli_json(str(EXAMPLE), capsys=capsys)
    with TestClient(create_app(workers=1)) as served:  # the lifespan starts and warms it
        assert served.get("/api/health").json()["ready"] is True
        response = served.post("/api/check", json={"text": EXAMPLE.read_text(encoding="utf-8")})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert without_source(response.json()) == without_source(expected)


def test_api_html_equals_cli_html_file(
    client: TestClient, capsys: pytest.CaptureFixture[str]
) -> None:
    page = FIXTURES / "article.html"
    expected = cli_json(str(page), capsys=capsys)
    response = client.post("/api/check", json={"html": page.read_text(encoding="utf-8")})
    assert response.status_code == 200
    assert without_source(response.json()) == without_source(expected)


def test_batch_on_the_pipeline(client: TestClient) -> None:
    articles = [
        {"text": EXAMPLE.read_text(encoding="utf-8")},
        {"text": "Too short to be an article."},
        {"text": (FIXTURES / "french.txt").read_text(encoding="utf-8")},
        {"url": "http://127.0.0.1:1/"},
    ]
    body = client.post("/api/check/batch", json={"articles": articles}).json()
    assert [r["ok"] for r in body["results"]] == [True, False, True, False]
    assert body["results"][1]["error"]["error"] == "input_error"
    assert body["results"][2]["report"]["credibility"]["verdict"] == "not applicable"
    assert body["results"][3]["error"]["error"] == "fetch_error"


def test_form_shows_the_pipeline_report(client: TestClient) -> None:
    page = post_form(client, {"input": EXAMPLE.read_text(encoding="utf-8")})
    assert page.status_code == 200
    assert 'class="hl src src-anonymous"' in page.text
    assert 'class="chain"' in page.text and 'id="verdict"' in page.text


def test_cli_writes_the_standalone_html_page(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    main(["check", str(EXAMPLE), "--format", "html", "--output", str(out)])
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "<style>" in page and 'rel="stylesheet"' not in page and "<script" not in page
    assert 'class="hl src src-anonymous"' in page and '<svg class="gauge"' in page
    assert "Mara Quinn And Theo Lassiter" in page
