"""What runs in a worker process (local pool or Dask): items in, outcomes out."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..core import Checker
from ..errors import GossipcheckError
from ..inputs import Input
from ..settings import Options
from ..store import Outcome
from .sources import BatchItem


@lru_cache(maxsize=4)
def _checker(options: Options) -> Checker:
    return Checker(options)


def check_items(items: Sequence[BatchItem], options: Options) -> list[Outcome]:
    """Check each item; a bad item becomes an error outcome, never an exception."""
    checker = _checker(options)
    outcomes = []
    for item in items:
        if item.problem is not None:
            outcomes.append(Outcome(item.id, item.source, error=item.problem))
            continue
        try:
            given = Input.from_fields(
                text=item.text,
                html=item.html,
                url=item.url,
                title=item.title,
                path=item.path,
                source=item.source,
                detect_title=False,
            )
            report = checker.report(checker.check(given))
            outcomes.append(Outcome(item.id, item.source, report=report))
        except GossipcheckError as exc:
            outcomes.append(Outcome(item.id, item.source, error=str(exc)))
        except ImportError:
            raise  # a missing package or model is the installation's fault, not the row's
        except Exception as exc:  # a poison row must never stop the batch
            outcomes.append(Outcome(item.id, item.source, error=crash_reason(exc)))
    return outcomes


def crash_reason(exc: BaseException) -> str:
    """One line for an unexpected failure (RecursionError, MemoryError, a library's error)."""
    if isinstance(exc, RecursionError):
        return "could not be checked: the input is nested too deeply"
    if isinstance(exc, MemoryError):
        return "could not be checked: it needs more memory than is available"
    detail = " ".join(str(exc).split())
    if isinstance(exc, UnicodeEncodeError) and "surrogate" in detail:
        return "could not be checked: the text holds a lone surrogate (a broken \\u escape)"
    if len(detail) > 200:
        detail = detail[:197] + "..."
    return f"could not be checked (internal error {type(exc).__name__}: {detail})"
