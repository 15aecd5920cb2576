"""How does GossipCop's fake rate vary with the sourcing profile? (train + extra only)

``gossipcheck lab build-fake-rates [--limit N] [--write]`` prints the table and, with
``--write``, rebuilds ``data/sourcing_profiles.json``, the evidence behind the sourcing
rule in :mod:`gossipcheck.credibility.rules`. Never run on val or test.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from gossipcheck.claims import ClaimsStage
from gossipcheck.credibility.rules import PROFILES_PATH, sourcing_profile
from gossipcheck.credibility.sourcing_features import sourcing_features
from gossipcheck.ingest import from_text
from gossipcheck.pipeline import Stage
from gossipcheck.signals import SignalsStage
from gossipcheck.sourcing import SourcingStage

FILES = ("train.jsonl", "extra.jsonl")
SOURCE = "gossipcop train.jsonl + extra.jsonl, gossipcheck lab build-fake-rates --write"


def fake_rates(data_dir: Path, limit: int = 0) -> dict[str, tuple[int, int]]:
    """(real, fake) counts per sourcing profile over the first ``limit`` rows (0: all)."""
    stages: list[Stage] = [SourcingStage(), SignalsStage(), ClaimsStage()]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in FILES:
        with (data_dir / "gossipcop" / name).open(encoding="utf-8") as handle:
            for i, line in enumerate(handle):
                if limit and i >= limit:
                    break
                row = json.loads(line)
                if len(row["text"].split()) < 20:
                    continue
                article = from_text(row["text"], source=row["id"], detect_title=False)
                for stage in stages:
                    article = stage(article)
                key = sourcing_profile(sourcing_features(article))
                fake = row["label"] == "fake"
                counts[key][fake] += 1
    return {key: (real, fake) for key, (real, fake) in sorted(counts.items())}


def write_profiles(counts: dict[str, tuple[int, int]], out: Path = PROFILES_PATH) -> Path:
    profiles = {
        key: {"n": real + fake, "fake_share": round(fake / (real + fake), 3)}
        for key, (real, fake) in counts.items()
    }
    out.write_text(json.dumps({"source": SOURCE, "profiles": profiles}, indent=2))
    return out


def format_rates(counts: dict[str, tuple[int, int]]) -> str:
    lines = ["| profile | n | fake share |", "|---|---|---|"]
    for key, (real, fake) in counts.items():
        lines.append(f"| {key} | {real + fake} | {fake / (real + fake):.3f} |")
    return "\n".join(lines)
