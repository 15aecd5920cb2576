"""The whole pipeline, end to end, through the CLI and the Python API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gossipcheck.article import SOURCE_TYPES
from gossipcheck.settings import SCHEMA_VERSION

from .conftest import EXAMPLE, FIXTURES, run_cli, validate_report


@pytest.fixture(scope="module")
def example_report() -> dict:  # type: ignore[type-arg]
    result = run_cli("check", str(EXAMPLE), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout)


@pytest.mark.slow
def test_json_report_shape(example_report: dict) -> None:  # type: ignore[type-arg]
    report = example_report
    assert report["schema_version"] == SCHEMA_VERSION
    article = report["article"]
    assert article["title"].startswith("Mara Quinn And Theo Lassiter")
    assert article["word_count"] > 300
    cred = report["credibility"]
    assert 0.0 <= cred["p_fake"] <= 1.0
    assert cred["verdict"] in ("likely real", "uncertain", "likely fake")
    assert cred["model"] and cred["model_version"]
    text = report["text"]
    for a in report["attributions"]:
        assert a["source_type"] in SOURCE_TYPES
        if a["speaker"]:
            assert a["speaker"]["text"] == a["speaker_text"]
        assert 0 <= a["sentence_index"] < len(report["sentences"])
    for span in spans(report):
        assert text[span["start"] : span["end"]] == span["text"]
    assert len(list(spans(report))) > 50
    assert set(report["provenance"]) >= {
        "ingest",
        "sourcing",
        "outlets",
        "signals",
        "claims",
        "credibility",
    }
    validate_report(report)


def spans(value: object) -> Iterator[dict[str, Any]]:
    """Every span in a report: a dict of exactly start, end and text, at any depth."""
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"}:
            yield value
        else:
            for item in value.values():
                yield from spans(item)
    elif isinstance(value, list):
        for item in value:
            yield from spans(item)


@pytest.mark.slow
def test_example_sourcing_is_found(example_report: dict) -> None:  # type: ignore[type-arg]
    report = example_report
    types = [a["source_type"] for a in report["attributions"]]
    assert types.count("anonymous") >= 4
    assert "representative" in types and "social_media" in types
    assert report["reporting_chain"][0]["outlet"] == "Us Weekly"
    assert report["relayed_from"][-1] == "Us Weekly"
    hedges = {s["span"]["text"].lower() for s in report["signals"] if s["kind"] == "hedge"}
    assert {"reportedly", "apparently", "it seems"} <= hedges
    assert any("Ivy" in c["entities"] or "Ivy" in c["span"]["text"] for c in report["claims"])
    explanation = report["credibility"]["explanation"]
    assert explanation["features"] and explanation["sentences"]


@pytest.mark.slow
def test_text_report_renders(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    result = run_cli("check", str(EXAMPLE), "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    rendered = out.read_text()
    assert "Verdict:" in rendered and "Who said what" in rendered and "Us Weekly" in rendered


@pytest.mark.slow
def test_stdin_and_html_inputs() -> None:
    result = run_cli("check", "-", "--format", "json", stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0
    assert json.loads(result.stdout)["article"]["source"] == "stdin"
    result = run_cli("check", str(FIXTURES / "article.html"), "--format", "json")
    report = json.loads(result.stdout)
    assert report["article"]["author"] == "Kelly Marsh"
    assert any(a["source_type"] == "anonymous" for a in report["attributions"])


@pytest.mark.slow
def test_non_english_says_model_does_not_apply() -> None:
    result = run_cli("check", str(FIXTURES / "french.txt"), "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    cred = report["credibility"]
    assert cred["applicable"] is False and cred["verdict"] == "not applicable"
    assert "not English" in cred["reason"]
    assert "English-only" in report["summary"]
    validate_report(report)


def test_python_api(checker) -> None:  # type: ignore[no-untyped-def]
    article = checker.check_text(EXAMPLE.read_text())
    assert article.credibility is not None and article.attributions
    other = checker.check(str(FIXTURES / "article.html"))
    # three distinct Article objects: the example twice (read twice) and another story
    batch = [checker.ingestor.load(str(EXAMPLE)) for _ in range(2)]
    batch.insert(1, checker.ingestor.load(str(FIXTURES / "article.html")))
    assert len({id(a) for a in batch}) == 3
    many = list(checker.analyse_many(batch))
    assert [a.credibility.p_fake for a in many] == [
        article.credibility.p_fake,
        other.credibility.p_fake,
        article.credibility.p_fake,
    ]
    assert other.credibility.p_fake != article.credibility.p_fake


@pytest.mark.slow
def test_claimreview_format_is_valid_schema_org() -> None:
    from pyld import jsonld

    from .test_claimreview import offline_loader, validate

    result = run_cli("check", str(EXAMPLE), "--format", "claimreview")
    assert result.returncode == 0, result.stderr.decode()
    review = json.loads(result.stdout)
    assert review["@type"] == "ClaimReview" and review["claimReviewed"]
    errors: list[str] = []
    for node in jsonld.expand(review, {"documentLoader": offline_loader}):
        validate(node, errors)
    assert errors == []
