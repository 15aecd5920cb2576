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

import secrets
import time
from collections import OrderedDict
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


class ReportLinks:
    def __init__(self, keep: int = KEEP, keep_s: float = KEEP_S) -> None:
        self.keep = keep
        self.keep_s = keep_s
        self.pages: OrderedDict[str, tuple[float, str]] = OrderedDict()

    def add(self, page: str) -> str:
        name = secrets.token_urlsafe(18)
        self.pages[name] = (time.monotonic() + self.keep_s, page)
        while len(self.pages) > self.keep:
            self.pages.popitem(last=False)
        return name

    def get(self, name: str) -> str | None:
        found = self.pages.get(name)
        if found is None or found[0] < time.monotonic():
            self.pages.pop(name, None)
            return None
        return found[1]


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
