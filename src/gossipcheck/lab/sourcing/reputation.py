"""Building the shipped outlet reputation table (``gossipcheck lab build-reputation``).

The table's meaning is described in :mod:`gossipcheck.sourcing.reputation`, which
looks outlets up in it at run time.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any

from gossipcheck.errors import DataError
from gossipcheck.sourcing.outlets import domain_of, lookup_outlet
from gossipcheck.sourcing.reputation import REPUTATION_PATH, _load

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
