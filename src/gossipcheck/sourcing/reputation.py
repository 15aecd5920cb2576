"""Outlet reputation: the share of an outlet's stories that GossipCop rated fake.

Computed from the FakeNewsNet title lists (``titles/gossipcop_{fake,real}.csv``:
``id,url,title,label``) per outlet (or per bare domain for outlets not in the
table), with counts and a Wilson 95% interval. The lists hold as many fake as
real stories, so a share is relative to that sample, not to all of an outlet's
output: read 0.5 as "like the average story here". Only statistics are
shipped, in ``data/outlet_reputation.json``; ``gossipcheck lab build-reputation``
rebuilds it (:mod:`gossipcheck.lab.sourcing.reputation`).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from ..settings import DATA_DIR
from .outlets import Outlet, domain_of, lookup_outlet

REPUTATION_PATH = DATA_DIR / "outlet_reputation.json"


@cache
def _load(path: Path = REPUTATION_PATH) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["outlets"]
    return data


def reputation(outlet: Outlet | str | None) -> dict[str, Any] | None:
    """Fake share, counts and interval for an outlet, its name, a domain or a URL."""
    if outlet is None:
        return None
    table = _load()
    if isinstance(outlet, Outlet):
        return table.get(outlet.name)
    known = lookup_outlet(outlet)
    if known is not None and known.name in table:
        return table[known.name]
    host = domain_of(outlet)
    if host is None:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        hit = table.get(".".join(parts[i:]))
        if hit is not None:
            return hit
    return None
