"""schema.org ClaimReview JSON-LD for an article's main claim.

The rating is gossipcheck's automated estimate, on schema.org's usual 1 (false)
to 5 (true) scale; ``reviewBody`` says it is automated and why.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .. import __version__
from .labels import source_label


def main_claim(report: dict[str, Any]) -> dict[str, Any] | None:
    """The highest-scoring check-worthy claim (ties: the earliest)."""
    claims: list[dict[str, Any]] = report.get("claims") or []
    if not claims:
        return None
    best = max(enumerate(claims), key=lambda pair: (pair[1].get("score", 0.0), -pair[0]))
    return best[1]


def rating_value(p_fake: float) -> int:
    return max(1, min(5, round(1 + 4 * (1 - p_fake))))


def claim_review(report: dict[str, Any], *, now: datetime | None = None) -> dict[str, Any]:
    article = report["article"]
    cred = report["credibility"] or {}
    claim = main_claim(report)
    claim_text = claim["span"]["text"] if claim else (article.get("title") or report["text"][:200])
    appearance: dict[str, Any] = {"@type": "NewsArticle"}
    if article.get("url"):
        appearance["url"] = article["url"]
    if article.get("title"):
        appearance["headline"] = article["title"]
    if article.get("published"):
        appearance["datePublished"] = article["published"]
    if article.get("outlet"):
        appearance["publisher"] = {"@type": "Organization", "name": article["outlet"]}
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if article.get("published"):
        item["datePublished"] = article["published"]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "datePublished": (now or datetime.now(UTC)).date().isoformat(),
        "claimReviewed": claim_text,
        "itemReviewed": item,
        "author": {
            "@type": "Organization",
            "name": "gossipcheck (automated)",
            "description": f"gossipcheck {__version__}, an automated celebrity-news checker",
        },
        "reviewBody": _review_body(report, claim),
    }
    if cred.get("applicable"):
        review["reviewRating"] = {
            "@type": "Rating",
            "ratingValue": rating_value(cred["p_fake"]),
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": f"{cred['verdict'].capitalize()} (automated estimate)",
        }
    return review


def _review_body(report: dict[str, Any], claim: dict[str, Any] | None) -> str:
    cred = report["credibility"] or {}
    parts = [report["summary"]] if report.get("summary") else []
    if cred.get("applicable"):
        parts.append(
            f"Automated estimate: probability the story is fake {cred['p_fake']:.2f}"
            f" ({cred['verdict']}), model {cred['model']} {cred['model_version']}."
        )
    else:
        parts.append(f"No credibility estimate: {cred.get('reason') or 'model not applicable'}.")
    if claim is not None:
        index = claim.get("attribution")
        if index is None:
            parts.append("The claim is not attributed to any source.")
        else:
            source_type = report["attributions"][index]["source_type"]
            parts.append(
                f"The claim rests on {source_label(source_type).phrase} ({claim['attributed_to']})."
            )
    chain = report.get("relayed_from") or []
    if chain:
        parts.append("Relayed from: " + ", ".join(chain) + ".")
    return " ".join(parts)
