"""The corroboration stage: other copies of the story in a local corpus."""

from __future__ import annotations

from pathlib import Path

from ..article import Article
from ..pipeline import record
from .fingerprint import FINGERPRINT_VERSION
from .hook import corroborate, load


class CorroborationStage:
    name = "corroboration"
    version = FINGERPRINT_VERSION

    def __init__(self, corpus: Path, k: int = 5) -> None:
        self.corpus = Path(corpus)
        self.k = k
        load(self.corpus)  # fail early, with a one-line error, on a missing corpus

    def __call__(self, article: Article) -> Article:
        article.corroboration = corroborate(article, self.corpus, self.k)
        return record(article, self)
