"""Which browser origins may call the app, and the form's CSRF token.

The local server must not be a door for other websites. A request that
changes something (any method but GET/HEAD/OPTIONS) is accepted from:

* a page of the app itself (``Origin`` equal to the app's own origin, or
  ``Origin: null`` with ``Sec-Fetch-Site: same-origin``, which is how Chromium
  sends the app's own form under ``Referrer-Policy: no-referrer``);
* an origin on the allowlist (the browser extension; ``Options.allowed_origins``,
  entries exact or ending in ``*``);
* a client that is not a browser page (no ``Origin`` and no cross-site
  ``Sec-Fetch-Site``), such as ``curl`` or a script.

Anything else gets 403 before the request reaches a view, so no analysis and
no fetch happens. CORS headers (and preflight answers) go to allowlisted
origins only, so another site's script can neither send JSON to the API nor
read an answer. The form also carries an HMAC token (:class:`CsrfTokens`), a
second lock for browsers that leave ``Origin`` out.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Iterable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..settings import EXTENSION_ID
from .middleware import json_error

__all__ = ["EXTENSION_ID", "CsrfTokens", "OriginGuardMiddleware", "OriginPolicy"]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
TOKEN_TTL_S = 24 * 3600


class OriginPolicy:
    def __init__(self, allowed: Iterable[str]) -> None:
        entries = [a.strip().rstrip("/").lower() for a in allowed if a.strip()]
        self.exact = frozenset(a for a in entries if not a.endswith("*"))
        self.prefixes = tuple(a[:-1] for a in entries if a.endswith("*"))

    def allowlisted(self, origin: str | None) -> bool:
        if not origin or origin == "null":
            return False
        origin = origin.lower()
        return origin in self.exact or any(
            origin.startswith(p) and len(origin) > len(p) for p in self.prefixes
        )

    def permits(self, scope: Scope) -> bool:
        """Whether a state-changing request may reach the app."""
        origin = header(scope, b"origin")
        site = header(scope, b"sec-fetch-site")
        if origin == "null":  # the app's own form under Referrer-Policy: no-referrer
            return site == "same-origin"
        if origin is not None:
            return origin.lower() == own_origin(scope) or self.allowlisted(origin)
        return site not in ("cross-site", "same-site")


def header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def own_origin(scope: Scope) -> str:
    host = header(scope, b"host") or ""
    return f"{scope.get('scheme', 'http')}://{host}".lower()


class OriginGuardMiddleware:
    """Refuses cross-site state-changing requests; CORS for allowlisted origins only."""

    def __init__(self, app: ASGIApp, policy: OriginPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        origin = header(scope, b"origin")
        allowlisted = self.policy.allowlisted(origin)
        method = scope["method"]
        if method == "OPTIONS" and origin and header(scope, b"access-control-request-method"):
            await self._preflight(send, origin if allowlisted else None)
            return
        if method not in SAFE_METHODS and not self.policy.permits(scope):
            message = "requests from other websites are not accepted"
            for part in json_error(403, "forbidden_origin", message):
                await send(part)
            return
        if not allowlisted:
            await self.app(scope, receive, send)
            return
        cors = [(b"access-control-allow-origin", str(origin).encode()), (b"vary", b"Origin")]

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                message = {**message, "headers": headers + cors}
            await send(message)

        await self.app(scope, receive, send_with_cors)

    async def _preflight(self, send: Send, origin: str | None) -> None:
        headers = [(b"vary", b"Origin"), (b"content-length", b"0")]
        if origin:
            headers += [
                (b"access-control-allow-origin", origin.encode()),
                (b"access-control-allow-methods", b"GET, POST"),
                (b"access-control-allow-headers", b"content-type"),
                (b"access-control-max-age", b"600"),
            ]
        await send(
            {"type": "http.response.start", "status": 204 if origin else 403, "headers": headers}
        )
        await send({"type": "http.response.body", "body": b""})


class CsrfTokens:
    """Stateless form tokens: a timestamp signed with a key made at start-up."""

    def __init__(self, key: bytes | None = None, ttl_s: float = TOKEN_TTL_S) -> None:
        shared = os.environ.get("GOSSIPCHECK_CSRF_KEY")  # one key for all workers of a serve
        self.key = key or (bytes.fromhex(shared) if shared else secrets.token_bytes(32))
        self.ttl_s = ttl_s

    def issue(self) -> str:
        stamp = str(int(time.time()))
        return f"{stamp}.{self._sign(stamp)}"

    def valid(self, token: str | None) -> bool:
        stamp, _, signature = (token or "").partition(".")
        if not stamp.isdigit() or not hmac.compare_digest(signature, self._sign(stamp)):
            return False
        return 0 <= time.time() - int(stamp) <= self.ttl_s

    def _sign(self, stamp: str) -> str:
        return hmac.new(self.key, stamp.encode(), hashlib.sha256).hexdigest()
