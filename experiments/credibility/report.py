"""Milestone report: shipped model (and ablation without story memory) on val/test/SheepDog."""

from __future__ import annotations

import time
from pathlib import Path

from gossipcheck.credibility.evaluate import evaluate, read_labelled
from gossipcheck.credibility.model import CredibilityModel

D = Path("/work/shared/data")
m = CredibilityModel.load()
sets = [
    "gossipcop/val.jsonl",
    "gossipcop/test.jsonl",
    "robustness/sheepdog_A.jsonl",
    "robustness/sheepdog_B.jsonl",
]
for tag, mem in (("full", m.memory), ("no-memory", None)):
    m.memory = mem
    for s in sets:
        r = evaluate(m, read_labelled(D / s))
        recalls = [r["per_class"][c]["recall"] for c in ("fake", "real")]
        print(
            tag,
            s.split("/")[1],
            r["macro_f1"],
            "ece",
            r["ece"],
            "aps",
            r["articles_per_second"],
            "recall fake/real",
            recalls,
        )
rows = read_labelled(D / "gossipcop/extra.jsonl")
long = [" ".join(r["text"].split()[:600]) for r in rows if len(r["text"].split()) >= 600][:300]
m = CredibilityModel.load()
t = time.perf_counter()
m.predict_proba(long)
print("600-word articles/s", round(len(long) / (time.perf_counter() - t), 1), len(long))
