"""API docs that work offline: Swagger UI from the package's vendored
swagger-ui-dist (no CDN), started by a static script (no inline JavaScript)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from ..report.html import environment

router = APIRouter(include_in_schema=False)


@router.get("/docs", response_class=HTMLResponse)
async def docs() -> HTMLResponse:
    page = environment().get_template("docs.html").render(static="/static")
    return HTMLResponse(page)
