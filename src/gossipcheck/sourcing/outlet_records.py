"""The outlets stage: the article's own outlet and the outlets it relays or
cites, each with its GossipCop record (``data/outlet_reputation.json``).

It runs after sourcing, so the report builder only maps ``article.outlets`` and
the record's table version shows in ``provenance``.
"""

from __future__ import annotations

from ..article import Article, OutletRecord, OutletRole
from ..pipeline import record
from .reputation import reputation


class OutletsStage:
    name = "outlets"
    version = "1.1.0"
    reads = ("outlet", "url", "reporting_chain", "also_cites", "attributions")
    writes = ("outlets",)

    def __call__(self, article: Article) -> Article:
        article.outlets = outlet_records(article)
        return record(article, self)


def outlet_records(article: Article) -> list[OutletRecord]:
    """One record per outlet, first role wins: this article, relayed from, cited."""
    roles: dict[str, OutletRole] = {}
    if article.outlet:
        roles[article.outlet] = "this article"
    for link in article.reporting_chain:
        roles.setdefault(link.outlet, "relayed from")
    for link in article.also_cites:
        roles.setdefault(link.outlet, "cited")
    for attribution in article.attributions:
        if attribution.outlet:
            roles.setdefault(attribution.outlet, "cited")
    # The article's own outlet is looked up by its URL first (a domain may be on record).
    own = (article.url or article.outlet) if article.outlet else None
    return [
        OutletRecord(
            name=name,
            role=role,
            reputation=(reputation(own) if role == "this article" else None) or reputation(name),
        )
        for name, role in roles.items()
    ]
