"""Cache POS shares of train+extra words in /tmp/pos.json."""
from __future__ import annotations

import json
import time
from collections import Counter

import spacy

from gossipcheck.credibility.features import raw_tokens
from gossipcheck.credibility.pos_lexicon import CONTENT_POS, SPACY_MODEL

D = "/work/shared/data/gossipcop/"
texts = []
for name in ("train.jsonl", "extra.jsonl"):
    with open(D + name) as fh:
        texts += [json.loads(line)["text"] for line in fh]
t0 = time.time()
nlp = spacy.load(SPACY_MODEL, exclude=["parser", "ner", "lemmatizer"])
total: Counter[str] = Counter()
content: Counter[str] = Counter()
for doc in nlp.pipe((t[:1500] for t in texts), batch_size=64):
    for tok in doc:
        for w in raw_tokens(tok.text):
            total[w] += 1
            if tok.pos_ in CONTENT_POS:
                content[w] += 1
json.dump({w: [n, content[w]] for w, n in total.items()}, open("/tmp/pos.json", "w"))
print("done", time.time() - t0)
