"""gossipcheck: how far to trust a celebrity news story, and why."""

from __future__ import annotations

__version__ = "0.1.0"

from .article import Article
from .core import Checker
from .errors import GossipcheckError
from .settings import Options

__all__ = ["Article", "Checker", "GossipcheckError", "Options", "__version__"]
