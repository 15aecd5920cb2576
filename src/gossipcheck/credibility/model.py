"""The shipped credibility model: P(fake) for an article, and why.

The artifact is one ``.npz`` file (numpy only, no pickle): a JSON
``meta`` record (name, version, hyper-parameters, stacking weights, calibration,
thresholds, lexical vocabulary) and the weight arrays, with the encoder block's
int8 ONNX file and tokenizer beside it. Loading needs numpy, onnxruntime and
tokenizers, so ``gossipcheck check`` starts fast; scikit-learn and torch are
training-time dependencies only. Meta and the two vocabularies are UTF-8 entries
stored uncompressed (read with one ``decode``), so are the arrays that hardly
deflate; the others are deflated.
"""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from collections.abc import Sequence
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from .calibration import sigmoid
from .encoder import ContentEncoder
from .explain import left_out_margins
from .features import Analyzer
from .lexical import LexicalVectorizer, array_text, text_array
from .memory import StoryMemory
from .reading import Reading
from .sources import load_table, meta_path

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "credibility.npz"
FORMAT = 2  # 2: meta and vocabularies as UTF-8 bytes (1: numpy UTF-32 strings)
TEXT_ENTRIES = ("meta", "vocabulary", "mem_vocabulary")


class CredibilityModel:
    """Calibrated stack of three style-agnostic blocks.

    margin = w_lexical * lexical LR margin + w_memory * story-memory vote
    + w_encoder * encoder logit; P(fake) = Platt(margin). The stacking weights
    (``meta["stack"]``) and the Platt scaling are fitted on val.
    """

    def __init__(
        self,
        meta: dict[str, Any],
        lexical: LexicalVectorizer,
        coef: np.ndarray,
        memory: StoryMemory | None = None,
        encoder: ContentEncoder | None = None,
    ) -> None:
        self.meta = meta
        self.name: str = meta["name"]
        self.version: str = meta["version"]
        self.lexical = lexical
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept: float = float(meta["intercept"])
        self.memory = memory
        if memory is not None:
            memory.vectorizer.analyzer.share_selection(lexical.analyzer)
        self.encoder = encoder
        w = meta.get("stack") or [1.0, 1.0, 0.0]
        self.weights: tuple[float, float, float] = (float(w[0]), float(w[1]), float(w[2]))
        self.platt: tuple[float, float] = (float(meta["platt"][0]), float(meta["platt"][1]))
        self.threshold: float = float(meta["threshold"])
        low, high = meta["thresholds"]
        self.thresholds: tuple[float, float] = (float(low), float(high))

    # ----------------------------------------------------------------- loading
    @classmethod
    def load(cls, path: Path | None = None) -> CredibilityModel:
        """Load (once per path; cached) the artifact at ``path`` or the shipped one."""
        return _load_cached(str(Path(path).resolve() if path is not None else DEFAULT_PATH))

    def save(self, path: Path, arrays: dict[str, np.ndarray] | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {
            "meta": text_array(json.dumps(self.meta)),
            "vocabulary": text_array("\n".join(self.lexical.vocabulary)),
            "idf": self.lexical.idf.astype(np.float32),
            "coef": self.coef.astype(np.float32),
        }
        if self.memory is not None:
            mem_meta, mem_arrays = self.memory.to_arrays()
            payload["meta"] = text_array(json.dumps({**self.meta, "memory": mem_meta}))
            payload.update(mem_arrays)
        payload.update(arrays or {})
        write_npz(path, payload, stored=TEXT_ENTRIES)

    # ----------------------------------------------------------------- scoring
    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        """Uncalibrated margin (log-odds scale) per text."""
        return self.stacked(self.blocks(texts))

    def stacked(self, blocks: np.ndarray) -> np.ndarray:
        """Uncalibrated margins from :meth:`blocks` rows (one row or a matrix)."""
        return np.asarray(blocks @ np.asarray(self.weights), dtype=np.float64)

    def calibrated(self, blocks: np.ndarray) -> np.ndarray:
        """Calibrated P(fake) from :meth:`blocks` rows, so a caller scores each text once."""
        a, b = self.platt
        return sigmoid(a * self.stacked(blocks) + b)

    def read(self, text: str | Reading) -> Reading:
        """``text`` as this model reads it (what :meth:`blocks` and :meth:`explain` share)."""
        return text if isinstance(text, Reading) else Reading(text, self.lexical, self.memory)

    def blocks(self, texts: Sequence[str | Reading], encoder: bool = True) -> np.ndarray:
        """Each block's margin before stacking: columns lexical, memory, encoder.

        A missing block (or ``encoder=False``) gives a column of zeros. ``texts`` may be
        :meth:`read` already (to explain them afterwards without reading them again).
        """
        readings = [self.read(t) for t in texts]
        out = np.zeros((len(texts), 3), dtype=np.float64)
        for i, reading in enumerate(readings):
            idx, val = reading.lexical_row
            out[i, 0] = float(np.dot(val, self.coef[idx])) + self.intercept
            out[i, 1] = reading.memory_margin
        if encoder and self.encoder is not None and len(texts):
            block = self.encoder
            out[:, 2] = block.logits(
                [r.text for r in readings], read=[r.encoder_text(block) for r in readings]
            )
        return out

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated P(fake) per text, shape ``(len(texts),)``."""
        return self.calibrated(self.blocks(list(texts)))

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return self.predict_proba(texts) >= self.threshold

    # ------------------------------------------------------------- explaining
    def explain(
        self,
        text: str | Reading,
        sentences: Sequence[tuple[int, int]],
        top_k: int = 5,
        blocks: np.ndarray | None = None,
    ) -> dict[str, list[dict[str, Any]]]:
        """Top weighted features of ``text`` and each sentence's push on P(fake).

        Feature weight = TF-IDF value x coefficient (log-odds, before
        calibration). Sentence contribution = P(fake) of the whole text minus
        P(fake) with that sentence left out (exact, in linear time: see
        :mod:`.explain`). ``blocks`` is the text's row of
        :meth:`blocks` when the caller has already scored it (the encoder then
        does not run again); ``text`` may be the :meth:`read` form it scored.
        """
        reading = self.read(text)
        text = reading.text
        row = self.blocks([reading])[0] if blocks is None else np.asarray(blocks, dtype=np.float64)
        idx, val = reading.lexical_row
        contrib = self.weights[0] * val * self.coef[idx]
        order = np.argsort(-np.abs(contrib))[:top_k]
        features = [
            _feature(self.lexical.vocabulary[int(idx[j])], float(contrib[j]))
            for j in order
            if contrib[j] != 0
        ]
        # The memory and encoder blocks come first (largest push first), then the words.
        pushes: list[dict[str, Any]] = []
        matches: list[dict[str, Any]] = []
        if self.memory is not None and self.memory.gamma > 0:
            matches = self.memory.matches_of(reading.similarities)
            if matches:
                top = matches[0]
                what = f'"{top["title"]}"' if top["title"] else "a story"
                pushes.append(
                    _feature(
                        f"same story as {what}, rated {top['rating']} by GossipCop"
                        f" (similarity {top['similarity']:.2f})",
                        self.weights[1] * float(row[1]),
                    )
                )
        encoder_margin = self.weights[2] * float(row[2])
        if self.encoder is not None and reading.encoder_text(self.encoder):
            pushes.append(
                _feature(
                    ENCODER_FEATURE,
                    encoder_margin,
                )
            )
        features = sorted(pushes, key=lambda f: -abs(f["weight"])) + features
        # Sentence pushes: each sentence left out of the lexical and memory
        # blocks, in closed form (linear in the text's length, see .explain);
        # the encoder's margin is held fixed (one encoder pass per article).
        spans = [(max(0, s), min(len(text), e)) for s, e in sentences]
        a, b = self.platt
        whole = float(self.calibrated(row))
        margins = left_out_margins(
            self.lexical, self.coef, self.intercept, self.memory, reading, spans
        ) @ np.asarray(self.weights[:2])
        left_out = sigmoid(a * (margins + encoder_margin) + b)
        sent_out = [
            {
                "start": s,
                "end": e,
                "contribution": round(whole - float(left_out[k]), 4),
                "direction": "fake" if whole - left_out[k] > 0 else "real",
            }
            for k, (s, e) in enumerate(spans)
        ]
        return {"features": features, "sentences": sent_out, "matches": matches}


# The encoder's push, in words a reader understands (it reads the opening of the text).
ENCODER_FEATURE = "how the opening reads overall, to a model trained on GossipCop's ratings"


def _feature(name: str, weight: float) -> dict[str, Any]:
    return {
        "feature": name,
        "weight": round(weight, 4),
        "direction": "fake" if weight > 0 else "real",
    }


def write_npz(path: Path, arrays: dict[str, np.ndarray], stored: Sequence[str] = ()) -> None:
    """An ``.npz`` that ``np.load`` reads, with fixed entry dates (the same arrays give the
    same bytes). An entry is deflated unless it is named in ``stored`` or deflating
    saves under a quarter of its bytes (float weights): a stored entry reads without
    inflating."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.asanyarray(array), allow_pickle=False)
            data = buffer.getvalue()
            deflate = name not in stored and 4 * len(zlib.compress(data)) < 3 * len(data)
            entry = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            archive.writestr(entry, data)


@lru_cache(maxsize=4)
def _load_cached(path: str) -> CredibilityModel:
    file = Path(path)
    if not file.is_file():
        raise ModelError(f"credibility model not found: {file}")
    try:
        with np.load(file, allow_pickle=False) as data:
            if data["meta"].dtype != np.uint8:  # format 1 stored it as a numpy string
                raise ModelError(f"credibility model {file} has unsupported format")
            meta = json.loads(array_text(data["meta"]))
            if meta.get("format") != FORMAT:
                raise ModelError(f"credibility model {file} has unsupported format")
            vocabulary = array_text(data["vocabulary"]).split("\n")
            idf = data["idf"]
            coef = data["coef"]
            mem_arrays = {k: data[k] for k in data.files if k.startswith("mem_")}
        if len(vocabulary) != len(idf) or len(idf) != len(coef):
            raise ModelError(f"credibility model {file} is inconsistent")
        analyzer = Analyzer(**meta["analyzer"])
        lexical = LexicalVectorizer(vocabulary, idf, analyzer)
        memory = StoryMemory.from_arrays(meta["memory"], mem_arrays) if mem_arrays else None
        if memory is not None:  # read when a story first matches (most articles match none)
            memory.table = partial(load_table, meta_path(file), memory.n_docs)
        encoder = None
        if "encoder" in meta:
            encoder = ContentEncoder.from_meta(meta["encoder"], file.parent, analyzer.names)
        return CredibilityModel(meta, lexical, coef, memory, encoder)
    except ModelError:
        raise
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelError(f"credibility model {file} is unreadable ({type(exc).__name__})") from exc
