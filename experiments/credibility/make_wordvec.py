"""Distil MiniLM word vectors for the train+extra content vocabulary (cached in /tmp)."""

from __future__ import annotations

import json
import time

import numpy as np
from distill import minilm_word_vectors
from semantic import vocabulary_for

from gossipcheck.credibility.features import Analyzer

D = "/work/shared/data/gossipcop/"
texts = []
for name in ("train.jsonl", "extra.jsonl"):
    with open(D + name) as fh:
        texts += [json.loads(line)["text"] for line in fh]
words = vocabulary_for(texts, Analyzer(max_tokens=0), min_df=2)
print(len(words), flush=True)
t0 = time.time()
vecs = minilm_word_vectors(words)
print("distilled", time.time() - t0, flush=True)
np.savez("/tmp/wordvec.npz", words=np.array(words), vecs=vecs)
