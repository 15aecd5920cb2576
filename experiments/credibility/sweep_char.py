"""Word n-grams + char n-grams over content tokens; NB-SVM-style variants."""
from __future__ import annotations

import sys

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer

from gossipcheck.credibility.features import Analyzer
from gossipcheck.credibility.train import fit_lexical, fit_linear
from harness import report, selection_sets, training

texts, y = training()
sets = selection_sets()
for spec in sys.argv[1:]:
    mt, cmin, cmax, wchar, c = spec.split(",")
    an = Analyzer(max_tokens=int(mt))
    lex = fit_lexical(texts, an)
    blocks = [lex.matrix]
    if int(cmax) > 0:
        cv = TfidfVectorizer(analyzer="char_wb", ngram_range=(int(cmin), int(cmax)), min_df=3,
                             sublinear_tf=True, max_features=300000)
        cv.fit([" ".join(an.tokens(t)) for t in texts])
        w = float(wchar)
        blocks.append(lambda tx, cv=cv, w=w: cv.transform([" ".join(an.tokens(t)) for t in tx]) * w)
    feats = lambda tx: hstack([b(tx) for b in blocks]).tocsr()  # noqa: E731
    coef, b = fit_linear(feats(texts), y, float(c), 0)
    report(spec, sets, lambda tx: np.asarray(feats(tx) @ coef + b))
