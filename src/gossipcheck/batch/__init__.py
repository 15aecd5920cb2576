"""Batch checking: many articles, with progress, resumable, locally or on Dask."""

from __future__ import annotations

from .runner import BatchSummary, run_batch

__all__ = ["BatchSummary", "run_batch"]
