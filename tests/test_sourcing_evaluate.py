"""Chain and also-cites scoring in the sourcing evaluation, on articles written for the test
and a stage whose outlet lists are fixed, so only the scoring is under test."""

from __future__ import annotations

import json
from pathlib import Path

from gossipcheck.article import Article, ChainLink, Span
from gossipcheck.lab.sourcing.evaluate import evaluate_sourcing
from gossipcheck.sourcing.stage import SourcingStage

TEXTS = {
    "a1": "A source told Us Weekly, citing People, that the pair split. Her rep told TMZ no.",
    "a2": "Gossip Cop checked the claim Radar made last week about the couple.",
}
# What the fixed stage "finds": a1 relays Us Weekly only; a2 relays Radar, cites nothing.
FOUND = {
    "a1": (["Us Weekly"], ["TMZ"]),
    "a2": (["RadarOnline"], []),
}
GOLD = [
    {"id": "a1", "chain": ["Us Weekly", "People"], "also_cites": ["TMZ"]},
    {"id": "a2", "chain": [], "also_cites": ["Radar"]},
]


class FixedOutlets(SourcingStage):
    def __call__(self, article: Article) -> Article:
        key = next((k for k, text in TEXTS.items() if text == article.text), None)
        chain, also = FOUND.get(key, ([], [])) if key else ([], [])
        article.reporting_chain = [ChainLink(n, Span(0, 1), article.text[:1]) for n in chain]
        article.also_cites = [ChainLink(n, Span(0, 1), article.text[:1]) for n in also]
        return article


def test_chain_and_also_cites_scores(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "set").mkdir(parents=True)
    (data / "set" / "rows.jsonl").write_text(
        "".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in TEXTS.items())
    )
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "".join(
            json.dumps({"file": "set/rows.jsonl", "attributions": [], **row}) + "\n" for row in GOLD
        )
    )
    figures = evaluate_sourcing(gold, data, FixedOutlets())
    assert figures["chain_exact"] == 0.0  # a1 misses People, a2 invents a link
    assert figures["chain_jaccard"] == 0.25  # a1 1/2, a2 0/1
    assert figures["chain_first_link"] == 1.0  # the one gold chain starts right
    assert figures["also_cites_exact"] == 0.5  # a1 right; a2 misses Radar (canonicalised)
    assert figures["also_cites"]["recall"] == 0.5
    assert figures["also_cites"]["precision"] == 1.0
