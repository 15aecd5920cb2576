"""Training-data and classifier variants for the lexical block."""
from __future__ import annotations

import sys

import numpy as np

from gossipcheck.credibility.features import Analyzer, raw_tokens
from gossipcheck.credibility.train import fit_lexical
from harness import D, load, report, selection_sets

from sklearn.linear_model import LogisticRegression

tr, ex = load(D + "gossipcop/train.jsonl"), load(D + "gossipcop/extra.jsonl")
sets = selection_sets()


def chunks(text: str, size: int) -> list[str]:
    toks = text.split()
    return [" ".join(toks[i:i + size]) for i in range(0, max(len(toks), 1), size)][:4]


for spec in sys.argv[1:]:
    data, mt, c, cw = spec.split(",")
    if data == "train":
        texts, y = tr[0], tr[1]
    elif data == "chunks":
        texts, y = list(tr[0]), list(tr[1])
        for t, l in zip(*ex):
            for ch in chunks(t, 150):
                texts.append(ch)
                y.append(l)
        y = np.array(y)
    else:
        texts, y = tr[0] + ex[0], np.concatenate([tr[1], ex[1]])
    lex = fit_lexical(texts, Analyzer(max_tokens=int(mt)))
    clf = LogisticRegression(C=float(c), max_iter=3000, class_weight=None if cw == "0" else "balanced")
    clf.fit(lex.matrix(texts), y)
    report(spec, sets, lambda tx: clf.decision_function(lex.matrix(tx)))
