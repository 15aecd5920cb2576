"""Batch checking: many articles, with progress, resumable, locally or on Dask."""

from __future__ import annotations

from .runner import BatchSummary, run_batch
from .sources import Columns

__all__ = ["BatchSummary", "Columns", "run_batch"]
