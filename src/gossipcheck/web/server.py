"""``gossipcheck serve``: run the app under uvicorn."""

from __future__ import annotations

from ..settings import Options


def serve(*, host: str = "127.0.0.1", port: int = 8000, options: Options | None = None) -> None:
    """Serve the web app and API until interrupted.

    One process answers HTTP; the analyses run in ``options.workers`` worker
    processes behind it (:mod:`.workers`), fed from one queue.
    """
    import uvicorn

    from .app import create_app

    uvicorn.run(
        create_app(options=options or Options()),
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        timeout_graceful_shutdown=5,
    )
