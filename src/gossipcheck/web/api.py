"""The REST API: thin handlers that hand the request to the :class:`Runner`."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from .. import __version__
from ..report.models import Report
from ..settings import SCHEMA_VERSION
from .runner import Runner
from .schemas import ArticleIn, BatchIn, BatchOut, Health

router = APIRouter(prefix="/api", tags=["api"])

_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"description": "Request body over 5 MB"},
    422: {"description": "Not an article, refused or failed URL, or malformed request"},
    503: {"description": "The credibility model is not available"},
    504: {"description": "The analysis took too long"},
}


def runner(request: Request) -> Runner:
    value: Runner = request.app.state.runner
    return value


@router.post("/check", response_model=Report, responses=_ERRORS, summary="Check one article")
async def check(item: ArticleIn, request: Request) -> Response:
    """The report for one article, the same as `gossipcheck check --format json`
    (its JSON Schema: `gossipcheck schema`).

    Give `text` (optionally `title`), `html`, or `url`. Errors answer
    `{"error": code, "message": one line}`.
    """
    report = await runner(request).check_json(item)  # validated and serialised by the worker
    return Response(report, media_type="application/json")


@router.post("/check/batch", responses=_ERRORS, summary="Check up to 100 articles")
async def check_batch(batch: BatchIn, request: Request) -> BatchOut:
    """One result per article, in order; an article that fails carries its own
    `error` and does not fail the batch."""
    return await runner(request).check_batch(batch.articles)


@router.get("/health", summary="Liveness and readiness")
async def health(request: Request) -> Health:
    return Health(
        status="ok",
        version=__version__,
        schema_version=SCHEMA_VERSION,
        ready=runner(request).ready,
    )
