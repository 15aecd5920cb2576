"""Lexical / semantic / joint models, selected on val + own perturbed val + val counterparts."""
from __future__ import annotations

import json
import sys

import numpy as np
from scipy.sparse import csr_matrix, hstack

from gossipcheck.credibility.calibration import best_threshold
from gossipcheck.credibility.distill import pca_reduce
from gossipcheck.credibility.features import Analyzer, content_tokens
from gossipcheck.credibility.semantic import SemanticBlock
from gossipcheck.credibility.train import fit_lexical, fit_linear

D = "/work/shared/data/"


def load(path: str, keep=lambda r: True) -> tuple[list[str], np.ndarray]:
    with open(path) as fh:
        rows = [r for r in map(json.loads, fh) if keep(r)]
    return [r["text"] for r in rows], np.array([r["label"] == "fake" for r in rows])


tr = load(D + "gossipcop/train.jsonl")
ex = load(D + "gossipcop/extra.jsonl")
texts, y = tr[0] + ex[0], np.concatenate([tr[1], ex[1]])
sets = {
    "val": load(D + "gossipcop/val.jsonl"),
    "pert": load("/tmp/val_perturbed.jsonl"),
    "pert_rev": load("/tmp/val_perturbed_rev.jsonl"),
    "val_cp": load(D + "stories/counterparts.jsonl", lambda r: r["same_story_as"].startswith("arg-val")),
}
wv = np.load("/tmp/wordvec.npz")
words, raw = [str(w) for w in wv["words"]], wv["vecs"]
df: dict[str, int] = {}
for t in texts:
    for w in set(content_tokens(t)):
        df[w] = df.get(w, 0) + 1
idf = np.array([np.log((1 + len(texts)) / (1 + df.get(w, 0))) + 1 for w in words], np.float32)


def report(tag: str, margins: dict[str, np.ndarray]) -> None:
    fs = {k: best_threshold(sets[k][1], m) for k, m in margins.items()}
    # threshold chosen on val, applied to others
    t = fs["val"][0]
    from gossipcheck.credibility.calibration import macro_f1
    at = {k: macro_f1(sets[k][1], m >= t) for k, m in margins.items()}
    print(tag, " ".join(f"{k}={at[k]:.3f}({fs[k][1]:.3f})" for k in margins), flush=True)


for spec in sys.argv[1:]:
    mt, dims, alpha, c = spec.split(",")
    mt, dims, alpha, c = int(mt), int(dims), float(alpha), float(c)
    an = Analyzer(max_tokens=mt)
    lex = fit_lexical(texts, an)
    sem = SemanticBlock(words, pca_reduce(raw, dims) if dims < raw.shape[1] else raw, idf,
                        max_tokens=mt, scale=alpha)
    X = lex.matrix(texts) if alpha >= 0 else None
    E = sem.embed(texts)
    if alpha == 0:
        Xall = X
    elif alpha < 0:  # semantic only
        Xall = csr_matrix(E / alpha * -1)
    else:
        Xall = hstack([X, csr_matrix(E)]).tocsr()
    coef, b = fit_linear(Xall, y, c, 0)
    margins = {}
    for k, (tx, _) in sets.items():
        parts = []
        if alpha >= 0:
            parts.append(lex.matrix(tx))
        if alpha != 0:
            e = sem.embed(tx)
            parts.append(csr_matrix(e / alpha * -1 if alpha < 0 else e))
        margins[k] = np.asarray(hstack(parts).tocsr() @ coef + b)
    report(spec, margins)
