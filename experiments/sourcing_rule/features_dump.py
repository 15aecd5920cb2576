"""Dump sourcing features for every labelled file (cache for stacking experiments).

    .venv/bin/python experiments/sourcing_rule/features_dump.py OUT_DIR
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from gossipcheck.claims import ClaimsStage
from gossipcheck.ingest import from_text
from gossipcheck.settings import shared_data_dir
from gossipcheck.signals import SignalsStage
from gossipcheck.sourcing import SourcingStage
from gossipcheck.sourcing.features import sourcing_features

FILES = [
    "gossipcop/val.jsonl",
    "gossipcop/test.jsonl",
    "robustness/sheepdog_A.jsonl",
    "robustness/sheepdog_B.jsonl",
    "gossipcop/train.jsonl",
    "gossipcop/extra.jsonl",
]


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    stages = [SourcingStage(), SignalsStage(), ClaimsStage()]
    for name in FILES:
        rows = []
        with (shared_data_dir() / name).open() as handle:
            for line in handle:
                row = json.loads(line)
                try:
                    article = from_text(row["text"], source=row["id"], detect_title=False)
                    for stage in stages:
                        article = stage(article)
                    features = sourcing_features(article)
                except Exception:  # too short to be an article: no sourcing
                    features = {}
                rows.append({"id": row["id"], "label": row["label"], "f": features})
        target = out / (name.replace("/", "__") + ".features.jsonl")
        target.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
        print(name, len(rows), flush=True)


if __name__ == "__main__":
    main()
