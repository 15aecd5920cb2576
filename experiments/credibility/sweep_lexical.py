"""Sweep lexical TF-IDF + LR settings; select on val only."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from gossipcheck.credibility.features import Analyzer

D = Path("/work/shared/data/gossipcop")


def load(name: str) -> tuple[list[str], np.ndarray]:
    rows = [json.loads(line) for line in open(D / name)]
    return [r["text"] for r in rows], np.array([r["label"] == "fake" for r in rows], int)


def best_f1(y: np.ndarray, p: np.ndarray) -> tuple[float, float]:
    best = (0.0, 0.5)
    for t in np.quantile(p, np.linspace(0.3, 0.95, 131)):
        f = f1_score(y, p >= t, average="macro")
        best = max(best, (f, float(t)))
    return best


tr, ytr = load("train.jsonl")
ex, yex = load("extra.jsonl")
va, yva = load("val.jsonl")
X, y = tr + ex, np.concatenate([ytr, yex])
for spec in sys.argv[1:]:
    mt, nm, dt, mindf, C = spec.split(",")
    t0 = time.time()
    vec = TfidfVectorizer(analyzer=Analyzer(int(mt), int(nm), dt == "1"), min_df=int(mindf),
                          sublinear_tf=True, dtype=np.float32)
    Xtr = vec.fit_transform(X)
    clf = LogisticRegression(C=float(C), max_iter=2000, class_weight="balanced")
    clf.fit(Xtr, y)
    p = clf.predict_proba(vec.transform(va))[:, 1]
    f, t = best_f1(yva, p)
    print(spec, f"val={f:.4f} thr={t:.3f} nfeat={Xtr.shape[1]} {time.time()-t0:.0f}s", flush=True)
