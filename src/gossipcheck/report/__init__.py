"""Report writers: JSON, terminal (rich), HTML page and ClaimReview JSON-LD."""

from __future__ import annotations

from .build import build_report

__all__ = ["build_report"]
