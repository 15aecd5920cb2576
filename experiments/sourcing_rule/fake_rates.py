"""How does GossipCop's fake rate vary with the sourcing profile? (train + extra only)

    .venv/bin/python experiments/sourcing_rule/fake_rates.py [--limit N]

Evidence for the sourcing rule in gossipcheck.credibility.rules; never run on val/test.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

from gossipcheck.claims import ClaimsStage
from gossipcheck.credibility.rules import PROFILES_PATH, sourcing_profile
from gossipcheck.ingest import from_text
from gossipcheck.settings import shared_data_dir
from gossipcheck.signals import SignalsStage
from gossipcheck.sourcing import SourcingStage
from gossipcheck.sourcing.features import sourcing_features


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--write", action="store_true", help=f"write {PROFILES_PATH.name}")
    args = parser.parse_args()
    stages = [SourcingStage(), SignalsStage(), ClaimsStage()]
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in ("train.jsonl", "extra.jsonl"):
        with (shared_data_dir() / "gossipcop" / name).open() as handle:
            for i, line in enumerate(handle):
                if args.limit and i >= args.limit:
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
    if args.write:
        profiles = {
            key: {"n": real + fake, "fake_share": round(fake / (real + fake), 3)}
            for key, (real, fake) in sorted(counts.items())
        }
        source = "gossipcop train.jsonl + extra.jsonl, experiments/sourcing_rule/fake_rates.py"
        PROFILES_PATH.write_text(json.dumps({"source": source, "profiles": profiles}, indent=2))
    print("| profile | n | fake share |\n|---|---|---|")
    for key, (real, fake) in sorted(counts.items()):
        print(f"| {key} | {real + fake} | {fake / (real + fake):.3f} |")


if __name__ == "__main__":
    main()
