"""Signals: hedging, sensational wording and exclusivity claims, as offset spans."""

from __future__ import annotations

from .stage import SignalsStage, find_signals

__all__ = ["SignalsStage", "find_signals"]
