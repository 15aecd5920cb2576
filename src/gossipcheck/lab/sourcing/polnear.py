"""PolNeAR attribution scoring on the sourcing stage's output directly (fast iteration).

The matching is ``../shared/tools/score_polnear.py``'s: a predicted attribution matches
a gold one when their content spans overlap, one to one, greedily by overlap size;
source accuracy is overlap of the source spans among matched pairs; direct-quote
recall is recall over gold contents that begin with a quotation mark.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gossipcheck.article import Article

Pair = tuple[int, int]
QUOTES = '"“”«»'


@dataclass(frozen=True, slots=True)
class Row:
    id: str
    text: str
    attributions: list[dict[str, Pair]]


def read_polnear(path: Path) -> Iterator[Row]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            atts = [
                {k: (int(v[0]), int(v[1])) for k, v in a.items() if v} for a in r["attributions"]
            ]
            yield Row(r["id"], r["text"], atts)


def _ov(a: Pair | None, b: Pair | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _overlap(a: Pair, b: Pair) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass(slots=True)
class Tally:
    """Running counts over articles; :meth:`figures` gives the scorer's figures."""

    gold: int = 0
    pred: int = 0
    match: int = 0
    src_gold: int = 0
    src_ov: int = 0
    q_gold: int = 0
    q_match: int = 0
    extra: dict[str, float] = field(default_factory=dict)

    def add(
        self, text: str, gold: list[dict[str, Pair]], pred: list[dict[str, Pair | None]]
    ) -> None:
        pred = [p for p in pred if p.get("content")]
        self.gold += len(gold)
        self.pred += len(pred)
        pairs = sorted(
            (
                (_overlap(g["content"], p["content"]), i, j)  # type: ignore[arg-type]
                for i, g in enumerate(gold)
                for j, p in enumerate(pred)
                if _ov(g["content"], p["content"])
            ),
            reverse=True,
        )
        used_g: dict[int, int] = {}
        used_p: set[int] = set()
        for _, i, j in pairs:
            if i in used_g or j in used_p:
                continue
            used_g[i] = j
            used_p.add(j)
            self.match += 1
            gs = gold[i].get("source")
            if gs:
                self.src_gold += 1
                self.src_ov += _ov(gs, pred[j].get("source"))
        for i, g in enumerate(gold):
            if text[g["content"][0] : g["content"][1]].strip()[:1] in QUOTES:
                self.q_gold += 1
                self.q_match += i in used_g

    def figures(self) -> dict[str, float | int]:
        p = self.match / self.pred if self.pred else 0.0
        r = self.match / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "gold": self.gold,
            "predicted": self.pred,
            "matched": self.match,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "source_overlap_acc": round(self.src_ov / self.src_gold, 3) if self.src_gold else 0.0,
            "direct_quote_recall": round(self.q_match / self.q_gold, 3) if self.q_gold else 0.0,
        }


def predicted_pairs(article: Article) -> list[dict[str, Pair | None]]:
    """An analysed article's attributions in PolNeAR's shape (source and content spans)."""
    return [
        {
            "source": None if a.speaker is None else (a.speaker.start, a.speaker.end),
            "content": None if a.content is None else (a.content.start, a.content.end),
        }
        for a in article.attributions
    ]


def score_stage(path: Path, *, learned: bool, use_ner: bool = True) -> dict[str, float | int]:
    """The sourcing stage (rules, or rules + learned tagger) on a PolNeAR JSONL, with the
    median ms per article."""
    from gossipcheck.article import Article
    from gossipcheck.sourcing.stage import SourcingStage
    from gossipcheck.text import split_sentences

    stage = SourcingStage(use_ner=use_ner, learned=learned)
    stage(Article(text="Warm-up: a source told People that the model is loaded."))
    tally = Tally()
    timings: list[float] = []
    for row in read_polnear(path):
        article = Article(text=row.text)
        started = time.perf_counter()
        article.sentences = split_sentences(row.text)
        stage(article)
        timings.append((time.perf_counter() - started) * 1000)
        tally.add(row.text, row.attributions, predicted_pairs(article))
    return {**tally.figures(), "ms_per_article": round(statistics.median(timings), 2)}
