"""Outlet reputation: the share of an outlet's stories that GossipCop rated fake.

Computed from the FakeNewsNet title lists (``titles/gossipcop_{fake,real}.csv``:
``id,url,title,label``) per outlet (or per bare domain for outlets not in the
table), with counts and a Wilson 95% interval. The lists hold as many fake as
real stories, so a share is relative to that sample, not to all of an outlet's
output: read 0.5 as "like the average story here". Only statistics are
shipped, in ``data/outlet_reputation.json``; :func:`build_reputation` rebuilds it.
"""

from __future__ import annotations

import csv
import json
import math
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..settings import DATA_DIR
from .outlets import Outlet, domain_of, lookup_outlet

REPUTATION_PATH = DATA_DIR / "outlet_reputation.json"
_Z95 = 1.959964


def wilson_interval(k: int, n: int, z: float = _Z95) -> tuple[float, float]:
    """Wilson score interval for ``k`` successes out of ``n``."""
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def compute_reputation(titles_dir: Path, min_count: int = 1) -> dict[str, dict[str, Any]]:
    """Per-outlet (or per-domain) fake counts from the two CSVs, keyed by name or domain."""
    counts: dict[str, dict[str, Any]] = {}
    for label in ("fake", "real"):
        path = Path(titles_dir) / f"gossipcop_{label}.csv"
        if not path.is_file():
            raise DataError(f"missing titles file: {path}")
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames is None or "url" not in reader.fieldnames:
                raise DataError(f"{path} has no url column")
            for row in reader:
                host = domain_of(row.get("url") or "")
                if not host:
                    continue
                outlet = lookup_outlet(host)
                key = outlet.name if outlet else host
                entry = counts.setdefault(
                    key,
                    {
                        "outlet": outlet.name if outlet else None,
                        "domains": set(),
                        "fake": 0,
                        "real": 0,
                    },
                )
                entry["domains"].add(host)
                entry[label] += 1
    out: dict[str, dict[str, Any]] = {}
    for key, entry in sorted(counts.items()):
        n = entry["fake"] + entry["real"]
        if n < min_count:
            continue
        low, high = wilson_interval(entry["fake"], n)
        out[key] = {
            "outlet": entry["outlet"],
            "domains": sorted(entry["domains"]),
            "fake": entry["fake"],
            "real": entry["real"],
            "n": n,
            "fake_share": round(entry["fake"] / n, 4),
            "ci95": [round(low, 4), round(high, 4)],
        }
    return out


def build_reputation(titles_dir: Path, out: Path = REPUTATION_PATH, min_count: int = 3) -> Path:
    """Rebuild the shipped reputation JSON from the title CSVs (statistics only, no titles)."""
    table = compute_reputation(titles_dir, min_count=min_count)
    payload = {
        "source": "FakeNewsNet GossipCop title lists (gossipcop_fake.csv, gossipcop_real.csv)",
        "note": "fake_share is within a sample with as many fake as real stories; ci95 is Wilson",
        "min_count": min_count,
        "outlets": table,
    }
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    _load.cache_clear()
    return out


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
