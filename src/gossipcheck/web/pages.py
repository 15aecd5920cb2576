"""The HTML pages: the form at ``/`` and its result at ``POST /check``.

``POST /check`` is a plain form post (no JavaScript needed) carrying the
form's CSRF token (see :mod:`.origins`). The same view answers JSON when the
client asks for it (``Accept: application/json``). ``GET /?url=`` and
``GET /?text=`` fill the box (a GET never checks or fetches anything); the
page offers a bookmarklet that opens it for the page being read.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from ..errors import GossipcheckError, InputError
from ..inputs import Input
from ..report.html import environment, render_page
from .errors import error_code, error_json, error_message, error_status
from .runner import Runner

router = APIRouter(include_in_schema=False)
_FORM_TYPES = ("application/x-www-form-urlencoded", "")
_HOST = re.compile(r"[A-Za-z0-9.\-]+(:\d{1,5})?|\[[0-9A-Fa-f:.]+\](:\d{1,5})?")
EXPIRED = "This form had expired, so nothing was checked; press “Check article” again."


def form_item(value: str, title: str | None) -> Input:
    """What the one box holds, as typed (the core tells a link, HTML and text apart)."""
    return Input.parse(value, title=title)


def wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def bookmarklet(request: Request) -> str:
    """A ``javascript:`` link that opens this app's form for the page being read."""
    host = request.headers.get("host", "")
    base = f"{request.url.scheme}://{host}" if _HOST.fullmatch(host) else "http://127.0.0.1:8000"
    return f"javascript:void(window.open('{base}/?url='+encodeURIComponent(location.href)))"


def form_page(
    request: Request,
    *,
    error: str | None = None,
    input: str = "",
    title: str = "",
    status: int = 200,
) -> HTMLResponse:
    html = (
        environment()
        .get_template("index.html")
        .render(
            standalone=False,
            static="/static",
            page_title="gossipcheck — check a celebrity story",
            error=error,
            input=input,
            title=title,
            csrf=request.app.state.csrf.issue(),
            bookmarklet=bookmarklet(request),
        )
    )
    return HTMLResponse(html, status_code=status)


@router.get("/", response_class=HTMLResponse)
async def index(request: Request, url: str = "", text: str = "", title: str = "") -> HTMLResponse:
    """The form, filled from ``?url=`` or ``?text=`` (and ``?title=``) when given."""
    return form_page(request, input=url.strip() or text, title=title)


@router.get("/check")
async def check_get() -> RedirectResponse:
    return RedirectResponse("/", status_code=303)


@router.post("/check")
async def check(request: Request) -> Response:
    fields = await _form(request)
    value, title = fields.get("input", ""), fields.get("title", "")
    extension = request.app.state.origins.allowlisted(request.headers.get("origin"))
    if not extension and not request.app.state.csrf.valid(fields.get("csrf")):
        if wants_json(request):
            return error_json(403, "csrf", EXPIRED)
        return form_page(request, error=EXPIRED, input=value, title=title, status=403)
    try:
        if not value.strip():
            raise InputError("paste an article, its HTML, or a link")
        runner: Runner = request.app.state.runner
        report = await runner.check(form_item(value, title))
    except GossipcheckError as exc:
        if wants_json(request):
            return error_json(error_status(exc), error_code(exc), error_message(exc))
        return form_page(
            request, error=error_message(exc), input=value, title=title, status=error_status(exc)
        )
    if wants_json(request):
        return JSONResponse(report)
    return HTMLResponse(render_page(report, standalone=False))


async def _form(request: Request) -> dict[str, str]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in _FORM_TYPES:
        raise InputError("send the form as application/x-www-form-urlencoded")
    body = (await request.body()).decode("utf-8", errors="replace")
    parsed: dict[str, Any] = parse_qs(body, keep_blank_values=True, max_num_fields=20)
    # browsers send textarea line breaks as CRLF; give the core the text as typed
    return {key: values[0].replace("\r\n", "\n") for key, values in parsed.items() if values}
