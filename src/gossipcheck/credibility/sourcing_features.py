"""Numeric sourcing features the credibility stage reads.

Counts and ratios of what the sourcing, signals and claims stages found; moved here from
``sourcing/features.py`` because credibility is their consumer.
"""

from __future__ import annotations

from ..article import Article


def sourcing_features(article: Article) -> dict[str, float]:
    """Counts and ratios from attributions, chain, signals and claims.

    Works on whatever stages have run (missing ones count as zero).
    """
    attributions = article.attributions
    n_attr = len(attributions)
    by_type: dict[str, int] = {}
    for attribution in attributions:
        by_type[attribution.source_type] = by_type.get(attribution.source_type, 0) + 1
    words = max(article.word_count, 1)
    hedges = sum(1 for s in article.signals if s.kind == "hedge")
    sensational = sum(1 for s in article.signals if s.kind == "sensational")
    exclusives = sum(1 for s in article.signals if s.kind == "exclusive")
    claims = article.claims
    unattributed = sum(1 for c in claims if c.attribution is None)
    anonymous = by_type.get("anonymous", 0)
    named = by_type.get("named_person", 0)
    on_record = (
        named
        + by_type.get("representative", 0)
        + by_type.get("interview_or_document", 0)
        + by_type.get("social_media", 0)
    )
    return {
        "attributions": float(n_attr),
        "anonymous_attributions": float(anonymous),
        "named_attributions": float(named),
        "on_record_attributions": float(on_record),
        "representative_attributions": float(by_type.get("representative", 0)),
        "social_media_attributions": float(by_type.get("social_media", 0)),
        "outlet_attributions": float(by_type.get("outlet", 0)),
        "anonymous_share": anonymous / n_attr if n_attr else 0.0,
        "outlets_relayed": float(len({link.outlet for link in article.reporting_chain})),
        "chain_length": float(len(article.reporting_chain)),
        "hedges_per_100_words": 100.0 * hedges / words,
        "sensational_per_100_words": 100.0 * sensational / words,
        "exclusives": float(exclusives),
        "claims": float(len(claims)),
        "unattributed_claims_share": unattributed / len(claims) if claims else 0.0,
    }
