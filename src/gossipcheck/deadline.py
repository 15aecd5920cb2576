"""A deadline for the analysis running in this thread or task.

A front end that bounds an analysis (the web app) wraps it in :func:`limit`;
the pipeline calls :func:`check` between stages and inside long loops, so an
analysis whose caller has given up stops at the next check instead of running
on. Without a :func:`limit` in force, :func:`check` never raises.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import GossipcheckError

__all__ = ["Timeout", "check", "limit", "remaining"]

_END: ContextVar[float | None] = ContextVar("gossipcheck_deadline", default=None)


class Timeout(GossipcheckError):
    """The analysis ran past its deadline and was stopped."""

    exit_code = 6


@contextmanager
def limit(seconds: float | None, *, at: float | None = None) -> Iterator[None]:
    """Run the block under a deadline ``seconds`` from now (or at the monotonic time ``at``)."""
    end = at if at is not None else (None if seconds is None else time.monotonic() + seconds)
    token = _END.set(end)
    try:
        yield
    finally:
        _END.reset(token)


def remaining() -> float | None:
    """Seconds left before the deadline (negative once past), or None without one."""
    end = _END.get()
    return None if end is None else end - time.monotonic()


def check() -> None:
    """Raise :class:`Timeout` once the deadline in force has passed."""
    end = _END.get()
    if end is not None and time.monotonic() >= end:
        raise Timeout("the analysis took too long and was stopped")
