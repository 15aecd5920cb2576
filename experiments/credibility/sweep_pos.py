"""POS content-word filter x extra chunking x truncation."""
from __future__ import annotations

import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

from gossipcheck.credibility.features import Analyzer
from gossipcheck.credibility.train import fit_lexical
from harness import D, load, report, selection_sets

tr, ex = load(D + "gossipcop/train.jsonl"), load(D + "gossipcop/extra.jsonl")
sets = selection_sets()
pos = json.load(open("/tmp/pos.json"))


def chunks(text: str, size: int, k: int) -> list[str]:
    toks = text.split()
    return [" ".join(toks[i:i + size]) for i in range(0, max(len(toks), 1), size)][:k]


for spec in sys.argv[1:]:
    share, csize, k, mt, c, nmax = spec.split(",")
    keep = None if float(share) <= 0 else frozenset(
        w for w, (n, cn) in pos.items() if cn >= float(share) * n)
    texts, y = list(tr[0]), list(tr[1])
    for t, lab in zip(*ex, strict=True):
        for ch in (chunks(t, int(csize), int(k)) if int(csize) else [t]):
            texts.append(ch)
            y.append(lab)
    y = np.array(y)
    lex = fit_lexical(texts, Analyzer(max_tokens=int(mt), keep=keep, n_max=int(nmax)))
    clf = LogisticRegression(C=float(c), max_iter=3000, class_weight="balanced")
    clf.fit(lex.matrix(texts), y)
    report(f"{spec} nfeat={len(lex)}", sets, lambda tx: clf.decision_function(lex.matrix(tx)))
