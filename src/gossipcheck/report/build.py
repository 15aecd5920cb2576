"""The public report: one JSON-ready dict built from an analysed Article.

``schema_version`` changes whenever a key is renamed or removed.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .. import __version__
from ..article import SOURCE_TYPES, Article, Span
from ..settings import SCHEMA_VERSION
from ..sourcing.reputation import reputation


def _span(span: Span | None, text: str) -> dict[str, Any] | None:
    return span.to_dict(text) if span is not None else None


def build_report(article: Article) -> dict[str, Any]:
    text = article.text
    by_type = Counter(a.source_type for a in article.attributions)
    chain = [
        {"outlet": link.outlet, "evidence": link.evidence.to_dict(text)}
        for link in article.reporting_chain
    ]
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "gossipcheck", "version": __version__},
        "article": {
            "title": article.title,
            "url": article.url,
            "outlet": article.outlet,
            "author": article.author,
            "published": article.published,
            "word_count": article.word_count,
            "language": article.language,
            "source": article.source,
        },
        "credibility": _credibility(article),
        "sourcing_summary": {
            "attributions": len(article.attributions),
            "by_type": {kind: by_type.get(kind, 0) for kind in SOURCE_TYPES},
            "named_on_record": by_type.get("named_person", 0) > 0,
            "relayed": bool(article.reporting_chain),
        },
        "attributions": [
            {
                "speaker": a.speaker_text,
                "speaker_span": _span(a.speaker, text),
                "source_type": a.source_type,
                "cue": a.cue_text,
                "cue_span": _span(a.cue, text),
                "content": _span(a.content, text),
                "sentence_index": a.sentence_index,
                "outlet": a.outlet,
                "resolved_from": a.resolved_from,
            }
            for a in article.attributions
        ],
        "reporting_chain": chain,
        "outlets": _outlets(article),
        "relayed_from": [link["outlet"] for link in reversed(chain)],
        "signals": [
            {"kind": s.kind, "text": s.text, "start": s.span.start, "end": s.span.end}
            for s in article.signals
        ],
        "claims": [
            {
                "text": c.text,
                "start": c.span.start,
                "end": c.span.end,
                "sentence_index": c.sentence_index,
                "type": c.claim_type,
                "entities": c.entities,
                "attribution": c.attribution,
                "attributed_to": (
                    article.attributions[c.attribution].speaker_text
                    if c.attribution is not None
                    else "unattributed"
                ),
                "score": round(c.score, 3),
            }
            for c in article.claims
        ],
        "entities": [
            {
                "text": e.text,
                "label": e.label,
                "canonical": e.canonical,
                "start": e.span.start,
                "end": e.span.end,
            }
            for e in article.entities
        ],
        "corroboration": article.corroboration,
        "sentences": [
            {"index": s.index, "start": s.span.start, "end": s.span.end} for s in article.sentences
        ],
        "text": text,
        "provenance": dict(article.provenance),
    }


def _outlets(article: Article) -> list[dict[str, Any]]:
    """This article's outlet and the outlets it relays or cites, with their GossipCop record."""
    roles: dict[str, str] = {}
    if article.outlet:
        roles[article.outlet] = "this article"
    for link in article.reporting_chain:
        roles.setdefault(link.outlet, "relayed from")
    for attribution in article.attributions:
        if attribution.outlet:
            roles.setdefault(attribution.outlet, "cited")
    outlets = []
    for name, role in roles.items():
        record = reputation(name if role != "this article" else (article.url or name))
        if record is None and role == "this article":
            record = reputation(name)
        outlets.append({"name": name, "role": role, "reputation": record})
    return outlets


def _credibility(article: Article) -> dict[str, Any] | None:
    c = article.credibility
    if c is None:
        return None
    explanation = dict(c.explanation)
    explanation["sentences"] = [
        {**item, "text": article.text[item["start"] : item["end"]]}
        for item in explanation.get("sentences", [])
    ]
    return {
        "p_fake": c.p_fake,
        "verdict": c.verdict,
        "applicable": c.applicable,
        "reason": c.reason,
        "model": c.model,
        "model_version": c.model_version,
        "explanation": explanation,
    }
