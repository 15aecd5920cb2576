"""How errors reach a web client: a status code and one line of JSON (or the
form page with the message). Tracebacks are logged, never sent.
"""

from __future__ import annotations

import re

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from ..deadline import Timeout as AnalysisTimeout
from ..errors import FetchError, GossipcheckError, InputError, ModelError

__all__ = [
    "AnalysisTimeout",
    "Busy",
    "WorkerDied",
    "error_code",
    "error_status",
    "install_handlers",
]


class Busy(GossipcheckError):
    """Every worker is busy and the waiting queue is full."""

    exit_code = 7


class WorkerDied(GossipcheckError):
    """The worker process analysing the article ended (out of memory, a crash in a library)."""

    exit_code = 8


_STATUS: list[tuple[type[GossipcheckError], int, str]] = [
    (InputError, 422, "input_error"),
    (FetchError, 422, "fetch_error"),
    (ModelError, 503, "model_unavailable"),
    (Busy, 503, "busy"),
    (WorkerDied, 503, "worker_stopped"),
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
    """The user-facing line: a GossipcheckError's own message in plain words, else a generic one."""
    return for_people(str(exc)) if isinstance(exc, GossipcheckError) else "internal server error"


#: Messages written for the command line, and how the web says them.
_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"^.* has (\d+) words? of text; an article needs at least (\d+)$"),
        r"This is too short to check: an article needs at least \2 words, and this has \1.",
    ),
    (
        re.compile(r"^.* has no article text that could be extracted \(only (\d+) words?.*\)$"),
        r"No article text could be found there (only \1 words).",
    ),
    (
        re.compile(r"^cannot resolve host '?([^':]+)'?.*$"),
        r"The site \1 could not be found; check the address.",
    ),
    (
        re.compile(r"^refusing (\S+): it resolves to the private or local address .*$"),
        r"The address \1 is private or local, and gossipcheck does not fetch such addresses.",
    ),
]
_FLAGS = re.compile(r"\s*\([^()]*--[a-z][^()]*\)|\s*(?:use|pass|try) --[a-z][\w-]*[^.;]*", re.I)
_ERRNO = re.compile(r":?\s*\[Errno [^\]]*\][^;.]*", re.I)


def for_people(message: str) -> str:
    """One plain sentence: no command-line flags, no errno text."""
    line = " ".join(message.split())
    for pattern, replacement in _REWRITES:
        if pattern.match(line):
            return pattern.sub(replacement, line)
    line = _ERRNO.sub(": the site could not be reached", _FLAGS.sub("", line)).strip(" :;")
    if not line:
        return "That could not be checked."
    return line[0].upper() + line[1:] + ("" if line.endswith((".", "?", "!")) else ".")


def error_json(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": " ".join(message.split())}, status_code=status)


def validation_message(exc: RequestValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)


async def _gossipcheck_error(request: Request, exc: Exception) -> JSONResponse:
    response = error_json(error_status(exc), error_code(exc), error_message(exc))
    if isinstance(exc, Busy):
        response.headers["retry-after"] = "5"
    return response


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
