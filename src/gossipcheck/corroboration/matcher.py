"""Find other copies of a story in a corpus, and which copy came first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..article import Article
from ..errors import InputError
from .corpus import Corpus
from .fingerprint import fingerprint
from .index import Index
from .normalize import outlet_from_url, published_iso, published_key

# Chosen by bench/corroboration.py on counterparts of TRAIN rows only (max F1 of
# the same-story decision over top-5 candidates); see docs/notes/corroboration.md.
SAME_STORY_THRESHOLD = 0.64
QUERY_ID = "query"


@dataclass(frozen=True, slots=True)
class Match:
    """A corpus article that may tell the same story as the query."""

    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None  # ISO 8601 (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SSZ``)
    similarity: float  # 0-1: the larger of the TF-IDF cosine and the shingle containment
    same_story: bool  # similarity >= the threshold
    is_query: bool = False  # True only for the query itself, as returned by earliest()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Corroborator:
    """Holds a corpus in memory (two sparse matrices) and answers queries.

    >>> corroborator = Corroborator.open("corpus.sqlite")   # doctest: +SKIP
    >>> matches = corroborator.find(article, k=5)          # doctest: +SKIP
    >>> first = corroborator.earliest(matches, query=article)  # doctest: +SKIP
    """

    def __init__(self, corpus: Corpus, *, threshold: float = SAME_STORY_THRESHOLD) -> None:
        if not 0.0 <= threshold <= 1.0:
            raise InputError(f"threshold must be between 0 and 1, got {threshold}")
        self.threshold = threshold
        ids: list[str] = []
        meta: list[tuple[str | None, str | None, str | None, str | None]] = []
        prints = []
        for record in corpus.records():
            ids.append(record.id)
            meta.append((record.title, record.url, record.outlet, record.published))
            prints.append(record.fingerprint)
        self.ids = ids
        self._meta = meta
        self.index = Index(prints)

    @classmethod
    def open(cls, path: Path | str, *, threshold: float = SAME_STORY_THRESHOLD) -> Corroborator:
        """Load the corpus at ``path`` (it must exist: an empty new file is not created)."""
        path = Path(path)
        if not path.is_file():
            raise InputError(f"no such corpus file: {path}")
        with Corpus(path) as corpus:
            return cls(corpus, threshold=threshold)

    def __len__(self) -> int:
        return len(self.ids)

    def find(
        self, query: Article | str, k: int = 10, *, min_similarity: float = 0.05
    ) -> list[Match]:
        """The ``k`` most similar corpus articles, best first (those under
        ``min_similarity`` are left out)."""
        if k < 1:
            raise InputError(f"k must be at least 1, got {k}")
        text = query.text if isinstance(query, Article) else query
        if not isinstance(text, str) or not text.strip():
            raise InputError("the query has no text")
        similarity = self.index.scores(fingerprint(text)).combined
        if similarity.size == 0:
            return []
        top = _top_k(similarity, k)
        floor = max(min_similarity, 1e-9)
        return [self._match(i, float(similarity[i])) for i in top if similarity[i] >= floor]

    def _match(self, row: int, similarity: float) -> Match:
        title, url, outlet, published = self._meta[row]
        return Match(
            id=self.ids[row],
            title=title,
            url=url,
            outlet=outlet,
            published=published,
            similarity=round(similarity, 4),
            same_story=similarity >= self.threshold,
        )

    def earliest(self, matches: Sequence[Match], *, query: Article | None = None) -> Match | None:
        return earliest(matches, query=query)


def _top_k(scores: np.ndarray[Any, Any], k: int) -> list[int]:
    """Indices of the ``k`` largest scores, best first (ties: corpus order)."""
    part = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
    order = sorted(part.tolist(), key=lambda i: (-float(scores[i]), i))
    return order[:k]


def earliest(matches: Sequence[Match], *, query: Article | None = None) -> Match | None:
    """Which copy of the story came first: the same-story match (or the query,
    when its date is known) with the earliest ``published``.

    Undated copies cannot be placed and are ignored; ``None`` when no copy is
    dated. On a tie the query wins, then the better match.
    """
    candidates: list[Match] = []
    if query is not None:
        candidate = query_match(query)
        if candidate.published is not None:
            candidates.append(candidate)
    candidates.extend(m for m in matches if m.same_story and m.published)
    if not candidates:
        return None
    ranked = sorted(
        enumerate(candidates),
        key=lambda item: (published_key(item[1].published or ""), item[0]),
    )
    return ranked[0][1]


def query_match(query: Article) -> Match:
    """The query as a :class:`Match` (``is_query=True``), with its date made ISO;
    the date is ``None`` when missing or not a date."""
    try:
        published = published_iso(query.published)
    except ValueError:
        published = None
    return Match(
        id=QUERY_ID,
        title=query.title,
        url=query.url,
        outlet=query.outlet or outlet_from_url(query.url),
        published=published,
        similarity=1.0,
        same_story=True,
        is_query=True,
    )
