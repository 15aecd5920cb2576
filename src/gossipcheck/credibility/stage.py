"""The credibility stage: P(fake) from the trained model, with its evidence.

The verdict is banded: a score within ``BAND`` (0.03) of either of the model's
cut-offs (``Credibility.thresholds``: likely real below, likely fake above)
reads "uncertain", and ``Credibility.position`` says where it sits ("0.51,
above the 0.45 line for 'likely fake'"). 0.03 is about the model's calibration
error (ECE 0.021-0.027 on GossipCop test), so a score that close to a line
cannot be told apart from one on its other side (see ``.position``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

import numpy as np

from ..article import Article, Credibility, Verdict
from ..pipeline import record
from .model import CredibilityModel
from .position import BAND, banded_verdict, position
from .reading import Reading
from .rules import apply_sourcing_rule

VERSION = "1.4.2"  # 1.1.0: banded verdict, position, named matches; 1.2.0: names masked;
# 1.2.1: the encoder push named in plain words; 1.3.0: the subject's denial in the sourcing block;
# 1.3.1: each text read once for scoring and explaining (the same output, sooner);
# 1.4.0: model 3.2.0 (source-balanced training weights; the encoder reads no masked name);
# 1.4.1: the encoder graph without the attention mask and NaN guard (the same logits, sooner);
# 1.4.2: the sourcing profiles' fake shares rebuilt with sourcing 1.23.0 (report text only)
NOT_ENGLISH = "the model was trained on English celebrity news; this text is not English"


class CredibilityStage:
    name = "credibility"

    def __init__(self, model: CredibilityModel | None = None, *, explain: bool = True) -> None:
        self.model = model or CredibilityModel.load()
        self.version = f"{self.model.name}-{self.model.version}+stage-{VERSION}"
        self.explain = explain

    def __call__(self, article: Article) -> Article:
        return next(iter(self.pipe([article])))

    def pipe(self, articles: Iterable[Article], batch_size: int = 64) -> Iterator[Article]:
        iterator = iter(articles)
        while batch := list(islice(iterator, batch_size)):
            applicable = [a for a in batch if a.language == "en"]
            # Read once: the explanation reuses the tokens and features scoring counted.
            readings = [self.model.read(model_text(a)) for a in applicable]
            blocks = self.model.blocks(readings)
            scores = self.model.calibrated(blocks)
            for article, reading, p_fake, row in zip(
                applicable, readings, scores, blocks, strict=True
            ):
                article.credibility = self._credibility(article, reading, float(p_fake), row)
            for article in batch:
                if article.language != "en":
                    article.credibility = self._not_applicable()
                record(article, self)
                yield article

    def verdict(self, p_fake: float) -> Verdict:
        """The model's verdict; within ``BAND`` of a cut-off it is 'uncertain'."""
        return banded_verdict(p_fake, self.model.thresholds, BAND)

    def _credibility(
        self, article: Article, reading: Reading, p_fake: float, blocks: np.ndarray
    ) -> Credibility:
        explanation: dict[str, Any] = {}
        if self.explain:
            offsets = [(s.span.start, s.span.end) for s in article.sentences]
            explanation = self.model.explain(reading, offsets, blocks=blocks)
        verdict, sourcing = apply_sourcing_rule(article, self.verdict(p_fake))
        explanation["sourcing"] = sourcing
        return Credibility(
            p_fake=round(p_fake, 4),
            verdict=verdict,
            model=self.model.name,
            model_version=self.model.version,
            explanation=explanation,
            thresholds=self.model.thresholds,
            band=BAND,
            position=position(p_fake, self.model.thresholds, BAND),
        )

    def _not_applicable(self) -> Credibility:
        return Credibility(
            p_fake=0.0,
            verdict="not applicable",
            model=self.model.name,
            model_version=self.model.version,
            applicable=False,
            reason=NOT_ENGLISH,
        )


def model_text(article: Article) -> str:
    """What the model reads: the body, as in its training data (which has no titles)."""
    return article.text
