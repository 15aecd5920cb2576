"""Late fusion: chunked lexical LR + static MiniLM word-vector LR; chunk-average inference."""

from __future__ import annotations

import sys

import numpy as np
from distill import pca_reduce
from harness import D, load, report, selection_sets
from semantic import SemanticBlock
from sklearn.linear_model import LogisticRegression

from gossipcheck.credibility.features import Analyzer, chunk_words, content_tokens
from gossipcheck.credibility.train import fit_lexical

tr, ex = load(D + "gossipcop/train.jsonl"), load(D + "gossipcop/extra.jsonl")
sets = selection_sets()
texts, y = [], []
for t, lab in zip(tr[0] + ex[0], np.concatenate([tr[1], ex[1]]), strict=True):
    for ch in chunk_words(t, 150, 8):
        texts.append(ch)
        y.append(lab)
y = np.array(y)
lex = fit_lexical(texts, Analyzer(max_tokens=0))
lr = LogisticRegression(C=10, max_iter=3000, class_weight="balanced").fit(lex.matrix(texts), y)

wv = np.load("/tmp/wordvec.npz")
words, raw = [str(w) for w in wv["words"]], wv["vecs"]
df: dict[str, int] = {}
for t in texts:
    for w in set(content_tokens(t)):
        df[w] = df.get(w, 0) + 1
idf = np.array([np.log((1 + len(texts)) / (1 + df.get(w, 0))) + 1 for w in words], np.float32)
sem = SemanticBlock(words, pca_reduce(raw, 256), idf)
slr = LogisticRegression(C=10, max_iter=3000, class_weight="balanced").fit(sem.embed(texts), y)
cache = {
    k: (lr.decision_function(lex.matrix(tx)), slr.decision_function(sem.embed(tx)))
    for k, (tx, _) in sets.items()
}
idx = lambda tx: next(k for k in sets if sets[k][0] is tx)  # noqa: E731
for w in map(float, sys.argv[1:]):
    report(f"fusion w={w}", sets, lambda tx, w=w: cache[idx(tx)][0] + w * cache[idx(tx)][1])


def chunk_avg(tx: list[str]) -> np.ndarray:
    out = []
    for t in tx:
        pieces = chunk_words(t, 150, 8)
        out.append(lr.decision_function(lex.matrix(pieces)).mean())
    return np.array(out)


report("lex chunk-avg inference", sets, chunk_avg)
