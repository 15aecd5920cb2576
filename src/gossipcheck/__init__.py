"""gossipcheck: how far to trust a celebrity news story, and why."""

from __future__ import annotations

__version__ = "0.1.0"

from .article import Article  # noqa: E402
from .core import Checker  # noqa: E402
from .errors import GossipcheckError  # noqa: E402
from .settings import Options  # noqa: E402

__all__ = ["Article", "Checker", "GossipcheckError", "Options", "__version__"]
