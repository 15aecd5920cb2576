"""Evaluation of the sourcing stage against a gold JSONL (``gossipcheck lab bench-sourcing``).

Gold, one line per article::

    {"id": str, "file": "gossipcop/extra.jsonl",
     "attributions": [{"speaker": [s, e] | null, "cue": [s, e], "content": [s, e] | null,
                       "source_type": T, "speaker_text": str}],
     "chain": [outlet names, nearest first], "also_cites": [outlet names]}

Offsets are into the raw ``text`` of the row (no title prepended). Predicted and
gold attributions are paired one-to-one, greedily by largest overlap: a pair
matches when the speaker spans overlap, or, when a side has no speaker, when
the cue spans overlap.

Rows may carry their own ``part`` (the second gold set's ``dev``/``test`` split by story);
otherwise the part is :func:`gold_part` of the id. Rows whose attributions carry ``stance``
are scored for stance too: accuracy over matched pairs where either side states one, and
precision/recall of the stated stances.

The chain is scored against ``Article.reporting_chain`` (exact list, Jaccard overlap of
the outlet sets, first link) and ``also_cites`` against ``Article.also_cites`` (exact set
and micro precision/recall/F1 over outlets); gold names are canonicalised first.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from gossipcheck.article import Article, Attribution, Span
from gossipcheck.errors import DataError
from gossipcheck.sourcing.outlets import lookup_outlet
from gossipcheck.sourcing.stage import SourcingStage
from gossipcheck.text import split_sentences

Pair = tuple[int, int]

PARTS = ("all", "dev", "heldout", "test")
TYPES = (
    "anonymous",
    "named_person",
    "representative",
    "interview_or_document",
    "outlet",
    "social_media",
)
Predict = Callable[[str], Article]


def gold_part(article_id: str) -> str:
    """Deterministic split: ``dev`` when sha1(id) starts with 0-b (~3/4), else ``heldout``."""
    first = hashlib.sha1(article_id.encode("utf-8")).hexdigest()[0]
    return "dev" if first in "0123456789ab" else "heldout"


def row_part(row: dict[str, Any]) -> str:
    """The row's own ``part`` where it has one, else :func:`gold_part` of its id."""
    return str(row.get("part") or gold_part(str(row["id"])))


def stage_predictor(stage: SourcingStage | None = None) -> Predict:
    """The sourcing stage as a predictor: text -> analysed :class:`Article`."""
    stage = stage or SourcingStage()
    stage(Article(text="Warm-up: a source told People that the model is loaded."))

    def predict(text: str) -> Article:
        article = Article(text=text)
        article.sentences = split_sentences(text)
        return stage(article)

    return predict


def _span(value: Sequence[int] | None) -> Span | None:
    return None if value is None else Span(int(value[0]), int(value[1]))


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _match(gold: list[Any], pred: list[Any], score: Callable[[Any, Any], int]) -> list[Pair]:
    """Greedy one-to-one pairing by descending ``score`` (> 0 only)."""
    scored = sorted(
        ((score(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[Pair] = []
    for value, gi, pi in scored:
        if value <= 0 or gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def _attribution_score(g: dict[str, Any], p: Attribution) -> int:
    gs, gc = _span(g["speaker"]), _span(g["cue"])
    if gs is not None and p.speaker is not None:
        return _overlap(gs, p.speaker)
    if gc is not None and p.cue is not None:
        return _overlap(gc, p.cue)
    return 0


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "pred": n_pred,
        "gold": n_gold,
    }


def _ratio(n: int, d: int) -> float:
    return round(n / d, 4) if d else 0.0


def _canonical(name: str) -> str:
    outlet = lookup_outlet(name)
    return outlet.name if outlet else name


def _jaccard(gold: set[str], pred: set[str]) -> float:
    """Overlap of two outlet sets; two empty sets agree fully."""
    return len(gold & pred) / len(gold | pred) if gold | pred else 1.0


def _score_outlets(row: dict[str, Any], article: Article, counts: Counter[str]) -> float:
    """Add the article's chain and also-cites counts to ``counts``; return the chain Jaccard."""
    g_chain = [_canonical(n) for n in row.get("chain", [])]
    p_chain = [link.outlet for link in article.reporting_chain]
    counts["chain_exact"] += g_chain == p_chain
    if g_chain:
        counts["chain_gold"] += 1
        counts["chain_first"] += bool(p_chain) and p_chain[0] == g_chain[0]
    g_also = {_canonical(n) for n in row.get("also_cites", [])}
    p_also = {link.outlet for link in article.also_cites}
    counts["also_exact"] += g_also == p_also
    counts["also_tp"] += len(g_also & p_also)
    counts["also_pred"] += len(p_also)
    counts["also_gold"] += len(g_also)
    return _jaccard(set(g_chain), set(p_chain))


def load_rows(data_dir: Path, files: set[str]) -> dict[tuple[str, str], str]:
    """``(file, id) -> text`` for the data files named in the gold."""
    texts: dict[tuple[str, str], str] = {}
    for file in sorted(files):
        path = Path(data_dir) / file
        if not path.is_file():
            raise DataError(f"missing data file: {path}")
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                texts[(file, str(row["id"]))] = row["text"]
    return texts


def read_gold(gold_path: Path, part: str = "all") -> list[dict[str, Any]]:
    """The gold rows of ``part`` (``all``, ``dev``, ``heldout`` or ``test``)."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}, not {part!r}")
    rows = [
        json.loads(line)
        for line in Path(gold_path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return [row for row in rows if part == "all" or row_part(row) == part]


def _score_types(
    gold: list[dict[str, Any]], pred: list[Attribution], pairs: list[Pair], counts: Counter[str]
) -> None:
    for g in gold:
        counts[f"type_gold:{g['source_type']}"] += 1
    for gi, pi in pairs:
        g_type = gold[gi]["source_type"]
        if g_type == pred[pi].source_type:
            counts["type_correct"] += 1
            counts[f"type_hit:{g_type}"] += 1
        if g_type == "anonymous":
            counts["anon_found"] += 1


def _score_stances(
    gold: list[dict[str, Any]], pred: list[Attribution], pairs: list[Pair], counts: Counter[str]
) -> None:
    if not any("stance" in g for g in gold):
        return
    counts["stance_gold"] += sum(1 for g in gold if g.get("stance"))
    for gi, pi in pairs:
        g_st, p_st = gold[gi].get("stance"), pred[pi].stance
        if g_st or p_st:
            counts["stance_pairs"] += 1
            counts["stance_agree"] += g_st == p_st
        if p_st:
            counts["stance_pred"] += 1
            counts["stance_tp"] += g_st == p_st


def evaluate_sourcing(
    gold_path: Path,
    data_dir: Path,
    stage: SourcingStage | None = None,
    part: str = "all",
    predict: Predict | None = None,
    texts: dict[tuple[str, str], str] | None = None,
) -> dict[str, Any]:
    """Speaker/content/attribution F1, source-type accuracy and per-type recall, anonymous
    recall, stance accuracy, chain and also-cites accuracy, ms per article and per 600 words.

    ``part`` restricts the gold to one split (see :func:`row_part`). ``predict`` replaces
    the sourcing stage (a peer's output wrapped as articles). ``texts`` (see
    :func:`load_rows`) saves reading the data files again.
    """
    gold_rows = read_gold(gold_path, part)
    if texts is None:
        texts = load_rows(data_dir, {row["file"] for row in gold_rows})
    predict = predict or stage_predictor(stage)
    counts: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    timings: list[float] = []
    words = 0
    chain_overlap: list[float] = []
    for row in gold_rows:
        key = (row["file"], str(row["id"]))
        if key not in texts:
            raise DataError(f"gold row {row['id']} not found in {row['file']}")
        started = time.perf_counter()
        article = predict(texts[key])
        timings.append((time.perf_counter() - started) * 1000)
        words += len(texts[key].split())
        gold = row["attributions"]
        pred = article.attributions
        # Attributions.
        pairs = _match(gold, pred, _attribution_score)
        counts["attr_tp"] += len(pairs)
        counts["attr_pred"] += len(pred)
        counts["attr_gold"] += len(gold)
        for gi, pi in pairs:
            confusion[(gold[gi]["source_type"], pred[pi].source_type)] += 1
        _score_types(gold, pred, pairs, counts)
        _score_stances(gold, pred, pairs, counts)
        # Speakers and contents on their own.
        g_spk = [s for s in (_span(g["speaker"]) for g in gold) if s is not None]
        p_spk = [a.speaker for a in pred if a.speaker is not None]
        counts["spk_gold"] += len(g_spk)
        counts["spk_pred"] += len(p_spk)
        counts["spk_exact"] += len(_match(g_spk, p_spk, lambda g, p: int(g == p)))
        counts["spk_overlap"] += len(_match(g_spk, p_spk, _overlap))
        g_con = [s for s in (_span(g["content"]) for g in gold) if s is not None]
        p_con = [a.content for a in pred if a.content is not None]
        counts["con_gold"] += len(g_con)
        counts["con_pred"] += len(p_con)
        counts["con_overlap"] += len(_match(g_con, p_con, _overlap))
        chain_overlap.append(_score_outlets(row, article, counts))
    matched = counts["attr_tp"]
    return {
        "part": part,
        "articles": len(gold_rows),
        "attribution_overlap": _prf(matched, counts["attr_pred"], counts["attr_gold"]),
        "speaker_exact": _prf(counts["spk_exact"], counts["spk_pred"], counts["spk_gold"]),
        "speaker_overlap": _prf(counts["spk_overlap"], counts["spk_pred"], counts["spk_gold"]),
        "content_overlap": _prf(counts["con_overlap"], counts["con_pred"], counts["con_gold"]),
        "source_type_accuracy": round(counts["type_correct"] / matched, 4) if matched else 0.0,
        "anonymous_recall": _ratio(counts["type_hit:anonymous"], counts["type_gold:anonymous"]),
        "anonymous_found": _ratio(counts["anon_found"], counts["type_gold:anonymous"]),
        "type_recall": {
            t: _ratio(counts[f"type_hit:{t}"], counts[f"type_gold:{t}"])
            for t in TYPES
            if counts[f"type_gold:{t}"]
        },
        "type_gold": {t: counts[f"type_gold:{t}"] for t in TYPES if counts[f"type_gold:{t}"]},
        "stance": {
            "accuracy": _ratio(counts["stance_agree"], counts["stance_pairs"]),
            **_prf(counts["stance_tp"], counts["stance_pred"], counts["stance_gold"]),
        }
        if "stance_gold" in counts
        else None,
        "chain_exact": round(counts["chain_exact"] / len(gold_rows), 4) if gold_rows else 0.0,
        "chain_jaccard": round(statistics.fmean(chain_overlap), 4) if chain_overlap else 0.0,
        "chain_first_link": round(counts["chain_first"] / counts["chain_gold"], 4)
        if counts["chain_gold"]
        else 0.0,
        "also_cites_exact": round(counts["also_exact"] / len(gold_rows), 4) if gold_rows else 0.0,
        "also_cites": _prf(counts["also_tp"], counts["also_pred"], counts["also_gold"]),
        "ms_per_article": round(statistics.fmean(timings), 2) if timings else 0.0,
        "ms_p95": round(sorted(timings)[int(0.95 * (len(timings) - 1))], 2) if timings else 0.0,
        "ms_per_600_words": round(sum(timings) / words * 600, 2) if words else 0.0,
        "type_confusion": {f"{g}->{p}": n for (g, p), n in sorted(confusion.items())},
    }
