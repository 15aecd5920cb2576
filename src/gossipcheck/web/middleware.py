"""Pure-ASGI middleware: security headers on every response, a last-resort
500 handler (one line of JSON, never a traceback) and the request body cap.
"""

from __future__ import annotations

import json
import logging

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("gossipcheck.web")

#: The app's policy: no inline scripts or styles, nothing from other origins.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
#: Swagger UI sets inline style attributes; its page alone may use them.
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


def csp_for(path: str) -> str:
    return DOCS_CSP if path == "/docs" else CSP


def json_error(status: int, code: str, message: str) -> tuple[Message, Message]:
    """The two ASGI messages of a one-line JSON error response."""
    body = json.dumps({"error": code, "message": message}).encode()
    start: Message = {
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
    }
    return start, {"type": "http.response.body", "body": body}


class SecurityHeadersMiddleware:
    """Adds the security headers to every response and turns any exception that
    escapes the app into a generic one-line JSON 500 (the traceback is logged)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [*SECURITY_HEADERS, (b"content-security-policy", csp_for(scope["path"]).encode())]
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                names = {name.lower() for name, _ in message.get("headers", [])}
                headers = list(message.get("headers", []))
                headers += [(name, value) for name, value in extra if name not in names]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            log.exception("unhandled error on %s %s", scope.get("method"), scope.get("path"))
            if started:
                raise
            for message in json_error(500, "internal_error", "internal server error"):
                await send_with_headers(message)


class BodyLimitMiddleware:
    """Refuses request bodies over ``max_bytes`` with 413: at once when the
    Content-Length says so, else as soon as the streamed body passes the cap."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(send, declared)
            return
        received = 0
        over = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, over
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    over = True
                    raise HTTPException(413, self._message(received))
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if over and message["status"] != 413:  # a framework turned it into a 400
                    await self._refuse(send, received)
                    raise _Sent
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _Sent:
            return
        except HTTPException as exc:
            if exc.status_code != 413 or started:
                raise
            await self._refuse(send, received)

    def _message(self, size: int) -> str:
        return f"request body is over the {self.max_bytes:,}-byte limit ({size:,} bytes or more)"

    async def _refuse(self, send: Send, size: int) -> None:
        for message in json_error(413, "too_large", self._message(size)):
            await send(message)


class _Sent(Exception):
    """The 413 went out already; drop whatever the app still sends."""


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
