"""Report links for the browser extension.

A form post from an extension page reaches the server as ``Origin: null``
and ``Sec-Fetch-Site: cross-site``, which cannot be told apart from another
website's, so the extension does not post the form. It calls ``POST /report``
instead (a ``fetch`` with its own, allowlisted, origin): the answer is the
JSON report plus ``report_url``, a link to the rendered page kept in memory
for a while under an unguessable name. ``GET /report/<name>`` only reads it:
no analysis, no fetch.
"""

from __future__ import annotations

import os
import re
import secrets
import tempfile
import time
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from ..report.html import render_page
from .errors import error_json
from .runner import Runner
from .schemas import ArticleIn

router = APIRouter(include_in_schema=False)
KEEP = 32  # rendered reports kept
KEEP_S = 30 * 60.0
_NAME = re.compile(r"[A-Za-z0-9_-]{20,40}")


class ReportLinks:
    """Rendered report pages in a folder, so every worker process of
    ``serve --workers N`` finds them (``GOSSIPCHECK_LINKS_DIR``, else a new
    temporary folder); the oldest go beyond ``keep`` or after ``keep_s``."""

    def __init__(
        self, folder: Path | None = None, keep: int = KEEP, keep_s: float = KEEP_S
    ) -> None:
        shared = os.environ.get("GOSSIPCHECK_LINKS_DIR")
        self._folder = folder or (Path(shared) if shared else None)
        self.keep = keep
        self.keep_s = keep_s

    @property
    def folder(self) -> Path:
        """Made on the first link, so an app that never makes one leaves nothing behind."""
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="gossipcheck-links-"))
        self._folder.mkdir(parents=True, exist_ok=True)
        return self._folder

    def add(self, page: str) -> str:
        name = secrets.token_urlsafe(18)
        (self.folder / f"{name}.html").write_text(page, encoding="utf-8")
        kept = sorted(self.folder.glob("*.html"), key=_mtime, reverse=True)
        for old in kept[self.keep :]:
            old.unlink(missing_ok=True)
        return name

    def get(self, name: str) -> str | None:
        if not _NAME.fullmatch(name) or self._folder is None:
            return None
        path = self.folder / f"{name}.html"
        try:
            if time.time() - path.stat().st_mtime > self.keep_s:
                path.unlink(missing_ok=True)
                return None
            return path.read_text(encoding="utf-8")
        except OSError:
            return None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@router.post("/report")
async def make_report(item: ArticleIn, request: Request) -> dict[str, Any]:
    runner: Runner = request.app.state.runner
    report = await runner.check(item)
    name = request.app.state.links.add(render_page(report, standalone=False))
    return {"report_url": str(request.url_for("show_report", name=name)), "report": report}


@router.get("/report/{name}", response_class=HTMLResponse, name="show_report")
async def show_report(name: str, request: Request) -> Response:
    page = request.app.state.links.get(name)
    if page is None:
        gone = "that report link has expired; check the article again"
        return error_json(404, "not_found", gone)
    return HTMLResponse(page)
