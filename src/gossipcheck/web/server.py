"""``gossipcheck serve``: run the app under uvicorn."""

from __future__ import annotations

import os
import secrets
import tempfile

from ..settings import Options


def serve(
    *, host: str = "127.0.0.1", port: int = 8000, options: Options | None = None, workers: int = 1
) -> None:
    """Serve the web app and API until interrupted."""
    import uvicorn

    options = options or Options()
    common = {
        "host": host,
        "port": port,
        "log_level": "info",
        "server_header": False,
        "timeout_graceful_shutdown": 5,
    }
    if workers <= 1:
        from .app import create_app

        uvicorn.run(create_app(options=options), **common)  # type: ignore[arg-type]
        return
    os.environ.update(options.to_env())  # every worker builds the same Options
    # the workers share the form-token key and the folder of report links
    os.environ.setdefault("GOSSIPCHECK_CSRF_KEY", secrets.token_hex(32))
    os.environ.setdefault("GOSSIPCHECK_LINKS_DIR", tempfile.mkdtemp(prefix="gossipcheck-links-"))
    uvicorn.run(
        "gossipcheck.web.app:app_from_env",
        factory=True,
        workers=workers,
        **common,  # type: ignore[arg-type]
    )
