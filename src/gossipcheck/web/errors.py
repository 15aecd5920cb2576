"""How errors reach a web client: a status code and one line of JSON (or the
form page with the message). Tracebacks are logged, never sent.
"""

from __future__ import annotations

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..errors import FetchError, GossipcheckError, InputError, ModelError

__all__ = ["AnalysisTimeout", "error_code", "error_status", "install_handlers"]


class AnalysisTimeout(GossipcheckError):
    """The analysis took longer than the per-request limit."""

    exit_code = 6


_STATUS: list[tuple[type[GossipcheckError], int, str]] = [
    (InputError, 422, "input_error"),
    (FetchError, 422, "fetch_error"),
    (ModelError, 503, "model_unavailable"),
    (AnalysisTimeout, 504, "timeout"),
]
_HTTP_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}


def error_status(exc: Exception) -> int:
    for kind, status, _ in _STATUS:
        if isinstance(exc, kind):
            return status
    return 500


def error_code(exc: Exception) -> str:
    for kind, _, code in _STATUS:
        if isinstance(exc, kind):
            return code
    return "internal_error"


def error_message(exc: Exception) -> str:
    """The user-facing line: a GossipcheckError's own message, else a generic one."""
    return str(exc) if isinstance(exc, GossipcheckError) else "internal server error"


def error_json(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": " ".join(message.split())}, status_code=status)


def validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)


async def _gossipcheck_error(request: Request, exc: Exception) -> JSONResponse:
    return error_json(error_status(exc), error_code(exc), error_message(exc))


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_json(422, "validation_error", validation_message(exc))


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    response = error_json(exc.status_code, code, str(exc.detail))
    if exc.headers:
        response.headers.update(exc.headers)
    return response


def install_handlers(app: object) -> None:
    from fastapi import FastAPI

    assert isinstance(app, FastAPI)
    app.add_exception_handler(GossipcheckError, _gossipcheck_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
