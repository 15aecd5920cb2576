"""LR margin + same-story kNN vote (unigram TF-IDF cosine to training articles)."""

from __future__ import annotations

import sys

import numpy as np
from harness import D, load, report, selection_sets
from sklearn.linear_model import LogisticRegression

from gossipcheck.credibility.features import Analyzer
from gossipcheck.credibility.train import fit_lexical

tr, ex = load(D + "gossipcop/train.jsonl"), load(D + "gossipcop/extra.jsonl")
texts, y = tr[0] + ex[0], np.concatenate([tr[1], ex[1]])
sets = selection_sets()
lex = fit_lexical(texts, Analyzer(max_tokens=0))
lr = LogisticRegression(C=3, max_iter=3000, class_weight="balanced").fit(lex.matrix(texts), y)
uni = fit_lexical(texts, Analyzer(max_tokens=0, n_max=1))
X = uni.matrix(texts)
sign = np.where(y, 1.0, -1.0)
cache = {}
for k, (tx, _) in sets.items():
    S = (uni.matrix(tx) @ X.T).toarray()
    cache[k] = (lr.decision_function(lex.matrix(tx)), S)
idx = lambda tx: next(k for k in sets if sets[k][0] is tx)  # noqa: E731


def vote(S: np.ndarray, t0: float, width: float) -> np.ndarray:
    w = np.clip((S - t0) / width, 0, 1)
    return (w * sign).sum(1) / np.maximum(1, (w > 0).sum(1))


for spec in sys.argv[1:]:
    t0, width, gamma = map(float, spec.split(","))
    report(
        spec,
        sets,
        lambda tx, g=gamma, a=t0, w=width: cache[idx(tx)][0] + g * vote(cache[idx(tx)][1], a, w),
    )
