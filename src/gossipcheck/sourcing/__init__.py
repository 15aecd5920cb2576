"""Sourcing: who is quoted, through which outlets the story came, and who is named.

``SourcingStage`` fills ``Article.entities``, ``Article.attributions`` and
``Article.reporting_chain``. The outlet table and its fake-share statistics are
available through :func:`lookup_outlet` and :func:`reputation`.
"""

from __future__ import annotations

from .chain import relayed_from
from .outlets import Outlet, lookup_outlet
from .reputation import reputation
from .stage import SourcingStage

__all__ = [
    "Outlet",
    "SourcingStage",
    "lookup_outlet",
    "relayed_from",
    "reputation",
]
