"""How often does a val article have a near-duplicate story in train+extra, and do labels agree?"""

from __future__ import annotations

import numpy as np
from harness import D, load, selection_sets

from gossipcheck.credibility.features import Analyzer
from gossipcheck.credibility.train import fit_lexical

tr, ex = load(D + "gossipcop/train.jsonl"), load(D + "gossipcop/extra.jsonl")
texts, y = tr[0] + ex[0], np.concatenate([tr[1], ex[1]])
lex = fit_lexical(texts, Analyzer(max_tokens=0, n_max=1))
X = lex.matrix(texts)
for name, (tx, yy) in selection_sets().items():
    S = (lex.matrix(tx) @ X.T).toarray()
    j = S.argmax(1)
    best = S.max(1)
    for t in (0.3, 0.4, 0.5, 0.6):
        m = best >= t
        agree = round(float((y[j][m] == yy[m]).mean()), 3) if m.any() else None
        print(name, t, int(m.sum()), agree)
