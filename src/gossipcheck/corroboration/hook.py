"""The integration hook: corroborate one analysed article against a corpus file.

:class:`~.stage.CorroborationStage` (run when a corpus is given, e.g.
``gossipcheck check --corpus PATH``) calls :func:`corroborate` and stores its
plain JSON-ready result in ``Article.corroboration``, which the report maps. The
loaded index is kept per corpus file and reloaded when the file changes, so a
batch or a web process pays the load once.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import InputError
from .matcher import Corroborator, earliest


def corroborate(article: Article, corpus_path: Path, k: int = 5) -> dict[str, Any]:
    """``{"matches": [...], "earliest": {...} | None, "corpus_size": int}``.

    ``matches`` are the ``k`` most similar corpus articles, best first, each
    ``{id, title, url, outlet, published, similarity, same_story, is_query}``;
    ``earliest`` is the first-published copy of the story among the same-story
    matches and the article itself (``is_query: true``), ``None`` when none is dated.
    """
    corroborator = load(Path(corpus_path))
    matches = corroborator.find(article, k=k)
    first = earliest(matches, query=article)
    return {
        "matches": [match.to_dict() for match in matches],
        "earliest": first.to_dict() if first is not None else None,
        "corpus_size": len(corroborator),
    }


def load(path: Path) -> Corroborator:
    """A :class:`Corroborator` for ``path``, cached until the file changes."""
    try:
        stat = path.resolve().stat()
    except OSError:
        raise InputError(f"no such corpus file: {path}") from None
    wal = path.with_name(path.name + "-wal")
    wal_mtime = wal.stat().st_mtime_ns if wal.exists() else 0
    return _load(str(path.resolve()), stat.st_mtime_ns, stat.st_size, wal_mtime)


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int, wal_mtime_ns: int) -> Corroborator:
    return Corroborator.open(path)
