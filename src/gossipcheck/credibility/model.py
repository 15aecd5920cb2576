"""The shipped credibility model: P(fake) for an article, and why.

The artifact is one compressed ``.npz`` file (numpy only, no pickle): a JSON
``meta`` record (name, version, hyper-parameters, calibration, thresholds,
lexical vocabulary) and the weight arrays. Loading needs numpy alone, so
``gossipcheck check`` starts fast; scikit-learn and torch are training-time
dependencies only.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from .calibration import sigmoid
from .features import Analyzer
from .lexical import LexicalVectorizer
from .memory import StoryMemory

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "credibility.npz"
FORMAT = 1


class CredibilityModel:
    """Calibrated linear model over style-agnostic content features."""

    def __init__(
        self,
        meta: dict[str, Any],
        lexical: LexicalVectorizer,
        coef: np.ndarray,
        memory: StoryMemory | None = None,
    ) -> None:
        self.meta = meta
        self.name: str = meta["name"]
        self.version: str = meta["version"]
        self.lexical = lexical
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept: float = float(meta["intercept"])
        self.memory = memory
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
            "meta": np.array(json.dumps(self.meta)),
            "vocabulary": np.array("\n".join(self.lexical.vocabulary)),
            "idf": self.lexical.idf.astype(np.float32),
            "coef": self.coef.astype(np.float32),
        }
        if self.memory is not None:
            mem_meta, mem_arrays = self.memory.to_arrays()
            payload["meta"] = np.array(json.dumps({**self.meta, "memory": mem_meta}))
            payload.update(mem_arrays)
        payload.update(arrays or {})
        with path.open("wb") as fh:
            np.savez_compressed(fh, **payload)  # type: ignore[arg-type]

    # ----------------------------------------------------------------- scoring
    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        """Uncalibrated margin (log-odds scale) per text."""
        out = np.empty(len(texts), dtype=np.float64)
        for i, text in enumerate(texts):
            idx, val = self.lexical.row(text)
            out[i] = float(np.dot(val, self.coef[idx])) + self.intercept
        if self.memory is not None and len(texts):
            out += self.memory.margin(texts)
        return out

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated P(fake) per text, shape ``(len(texts),)``."""
        a, b = self.platt
        return sigmoid(a * self.decision_function(list(texts)) + b)

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return self.predict_proba(texts) >= self.threshold

    # ------------------------------------------------------------- explaining
    def explain(
        self, text: str, sentences: Sequence[tuple[int, int]], top_k: int = 5
    ) -> dict[str, list[dict[str, Any]]]:
        """Top weighted features of ``text`` and each sentence's push on P(fake).

        Feature weight = TF-IDF value x coefficient (log-odds, before
        calibration). Sentence contribution = P(fake) of the whole text minus
        P(fake) with that sentence left out.
        """
        idx, val = self.lexical.row(text)
        contrib = val * self.coef[idx]
        order = np.argsort(-np.abs(contrib))[:top_k]
        features = [
            {
                "feature": self.lexical.vocabulary[int(idx[j])],
                "weight": round(float(contrib[j]), 4),
                "direction": "fake" if contrib[j] > 0 else "real",
            }
            for j in order
            if contrib[j] != 0
        ]
        if self.memory is not None and self.memory.gamma > 0:
            near = self.memory.nearest(text)
            if near is not None:
                weight = self.memory.margin([text])[0]
                features.insert(
                    0,
                    {
                        "feature": f"same story as a fact-checked {'fake' if near[1] else 'real'} "
                        f"article (similarity {near[0]:.2f})",
                        "weight": round(float(weight), 4),
                        "direction": "fake" if weight > 0 else "real",
                    },
                )
                features = features[:top_k]
        spans = [(max(0, s), min(len(text), e)) for s, e in sentences]
        variants = [text] + [text[:s] + " " + text[e:] for s, e in spans]
        probs = self.predict_proba(variants)
        sent_out = [
            {
                "start": s,
                "end": e,
                "contribution": round(float(probs[0] - probs[k + 1]), 4),
                "direction": "fake" if probs[0] - probs[k + 1] > 0 else "real",
            }
            for k, (s, e) in enumerate(spans)
        ]
        return {"features": features, "sentences": sent_out}


@lru_cache(maxsize=4)
def _load_cached(path: str) -> CredibilityModel:
    file = Path(path)
    if not file.is_file():
        raise ModelError(f"credibility model not found: {file}")
    try:
        with np.load(file, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("format") != FORMAT:
                raise ModelError(f"credibility model {file} has unsupported format")
            vocabulary = str(data["vocabulary"]).split("\n")
            idf = data["idf"]
            coef = data["coef"]
            mem_arrays = {k: data[k] for k in data.files if k.startswith("mem_")}
        if len(vocabulary) != len(idf) or len(idf) != len(coef):
            raise ModelError(f"credibility model {file} is inconsistent")
        analyzer = Analyzer(**meta["analyzer"])
        lexical = LexicalVectorizer(vocabulary, idf, analyzer)
        memory = StoryMemory.from_arrays(meta["memory"], mem_arrays) if mem_arrays else None
        return CredibilityModel(meta, lexical, coef, memory)
    except ModelError:
        raise
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelError(f"credibility model {file} is unreadable ({type(exc).__name__})") from exc
