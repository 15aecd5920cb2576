"""The FastAPI app factory: wires the core Checker, routes, middleware and
static files. No analysis logic lives here or in the views.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..settings import Options
from . import api, docs, links, pages
from .errors import install_handlers
from .middleware import BodyLimitMiddleware, SecurityHeadersMiddleware
from .origins import CsrfTokens, OriginGuardMiddleware, OriginPolicy
from .runner import CheckerLike, Runner

STATIC_DIR = Path(__file__).resolve().parent / "static"

DESCRIPTION = """How far to trust a celebrity news story, and why. Offline.

`POST /api/check` takes `{"text": ...}`, `{"html": ...}` or `{"url": ...}` and answers
the same report as `gossipcheck check --format json`. Errors answer
`{"error": code, "message": one line}` with a 4xx/5xx status.
"""


def create_app(
    checker: CheckerLike | None = None,
    options: Options | None = None,
    *,
    timeout_s: float | None = None,
    workers: int | None = None,
    queue: int | None = None,
    queue_wait_s: float | None = None,
    max_body_bytes: int | None = None,
    allowed_origins: Sequence[str] | None = None,
) -> FastAPI:
    """The web app and REST API around one :class:`~gossipcheck.Checker`.

    Without ``checker``, ``Checker(options)`` runs in each of ``workers``
    worker processes; a ``checker`` given (tests inject fakes or a Checker with
    a mock fetcher) runs in ``workers`` threads of this process. The keyword
    arguments override ``options`` (:class:`~gossipcheck.settings.Options`):
    ``timeout_s`` bounds each analysis; at most ``workers`` run and ``queue``
    wait (while those ahead should clear within ``queue_wait_s``), more are
    refused with 503; ``allowed_origins`` are the browser
    origins besides the app's own that may call it.
    """
    options = (options or Options()).with_(
        analysis_timeout_s=timeout_s,
        workers=workers,
        queue=queue,
        queue_wait_s=queue_wait_s,
        max_bytes=max_body_bytes,
        allowed_origins=tuple(allowed_origins) if allowed_origins is not None else None,
    )
    factory = None
    if checker is None:
        from ..core import Checker

        factory = partial(Checker, options)
    runner = Runner(
        checker,
        factory=factory,
        timeout_s=options.analysis_timeout_s,
        workers=options.workers,
        queue=options.queue,
        queue_wait_s=options.queue_wait_s,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await runner.warm_up()
        yield
        runner.close()

    app = FastAPI(
        title="gossipcheck",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.runner = runner
    app.state.csrf = CsrfTokens()
    app.state.links = links.ReportLinks()
    install_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.include_router(links.router)
    app.include_router(docs.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(BodyLimitMiddleware, max_bytes=options.max_bytes)
    app.state.origins = OriginPolicy(options.allowed_origins)
    app.add_middleware(OriginGuardMiddleware, policy=app.state.origins)
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: headers on every response
    return app


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory``: the app with the options in the environment."""
    return create_app(options=Options.from_env())
