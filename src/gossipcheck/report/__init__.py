"""The report: typed models (schema 2.0), the builder, and its formats
(text, JSON, HTML page, ClaimReview JSON-LD)."""

from __future__ import annotations

from .build import build_report
from .models import Report, report_schema

__all__ = ["Report", "build_report", "report_schema"]
