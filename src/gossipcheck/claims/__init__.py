"""Claims: check-worthy factual sentences, typed, with the attribution they rest on."""

from __future__ import annotations

from .stage import ClaimsStage, claim_type, find_claims

__all__ = ["ClaimsStage", "claim_type", "find_claims"]
