"""The web app and REST API (``gossipcheck serve``); install with ``gossipcheck[web]``."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
