"""Classifier variants on the chunked lexical features: LR, NB-weighted LR, SVM, ensembles."""
from __future__ import annotations

import sys

import numpy as np
from scipy.sparse import diags
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from gossipcheck.credibility.features import Analyzer
from gossipcheck.credibility.train import fit_lexical
from harness import D, load, report, selection_sets

tr, ex = load(D + "gossipcop/train.jsonl"), load(D + "gossipcop/extra.jsonl")
sets = selection_sets()


def chunks(text: str, size: int, k: int) -> list[str]:
    toks = text.split()
    return [" ".join(toks[i:i + size]) for i in range(0, max(len(toks), 1), size)][:k]


texts, y = list(tr[0]), list(tr[1])
for t, lab in zip(*ex, strict=True):
    for ch in chunks(t, 150, 8):
        texts.append(ch)
        y.append(lab)
y = np.array(y)
lex = fit_lexical(texts, Analyzer(max_tokens=0))
X = lex.matrix(texts)
mats = {k: lex.matrix(tx) for k, (tx, _) in sets.items()}
score_from = lambda f: (lambda tx, f=f: f(mats[[k for k in sets if sets[k][0] is tx][0]]))  # noqa

for spec in sys.argv[1:]:
    kind, c, beta = spec.split(",")
    c, beta = float(c), float(beta)
    if kind == "nb":
        xb = (X > 0).astype(np.float64)
        p = np.asarray(xb[y == 1].sum(0)).ravel() + 1
        q = np.asarray(xb[y == 0].sum(0)).ravel() + 1
        r = np.log((p / p.sum()) / (q / q.sum()))
        s = diags(np.abs(r) ** beta)
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(X @ s, y)
        f = lambda m, clf=clf, s=s: clf.decision_function(m @ s)  # noqa: E731
    elif kind == "svm":
        clf = LinearSVC(C=c, class_weight="balanced").fit(X, y)
        f = clf.decision_function
    else:
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(X, y)
        f = clf.decision_function
    report(spec, sets, score_from(f))
