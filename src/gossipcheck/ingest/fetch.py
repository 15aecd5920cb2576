"""URL fetching behind a small transport interface, with an SSRF guard.

Every hop of a redirect chain is checked: only ``http``/``https``, and no
private, loopback, link-local, multicast, reserved or unspecified address
(after DNS resolution) unless ``allow_private`` is set. Bodies are capped and
requests time out. Tests swap in an ``httpx.MockTransport``; they never need
the network.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError
from ..settings import MAX_INPUT_BYTES, MAX_REDIRECTS, USER_AGENT

if TYPE_CHECKING:
    import httpx

Resolver = Callable[[str], list[str]]


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # final URL after redirects
    content: bytes
    content_type: str


def system_resolver(host: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}") from None
    return sorted({str(info[4][0]) for info in infos})


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def check_url(url: str, *, allow_private: bool, resolver: Resolver = system_resolver) -> None:
    """Raise :class:`FetchError` unless ``url`` is an http(s) URL to a public host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"refusing {parts.scheme or 'scheme-less'} URL: only http and https")
    host = parts.hostname
    if not host:
        raise FetchError(f"URL has no host: {url}")
    if allow_private:
        return
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        if host.lower() in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
            raise FetchError(f"refusing {host}: loopback address") from None
        addresses = resolver(host)
    for address in addresses:
        if not is_public_address(address):
            raise FetchError(
                f"refusing {host}: it resolves to the private or local address {address}"
                " (use --allow-private to permit)"
            )


class Fetcher:
    """Fetches one URL safely. ``transport`` is any ``httpx.BaseTransport``."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = system_resolver,
        timeout_s: float = 10.0,
        max_bytes: int = MAX_INPUT_BYTES,
        allow_private: bool = False,
    ) -> None:
        self.transport = transport
        self.resolver = resolver
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.allow_private = allow_private

    def fetch(self, url: str) -> Fetched:
        import httpx  # imported on first fetch: most checks never touch the network

        timeout = httpx.Timeout(self.timeout_s)
        headers = {"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"}
        with httpx.Client(
            transport=self.transport, timeout=timeout, follow_redirects=False, headers=headers
        ) as client:
            for _ in range(MAX_REDIRECTS + 1):
                check_url(url, allow_private=self.allow_private, resolver=self.resolver)
                response = self._get(client, url)
                if response.is_redirect:
                    location = response.headers.get("location", "")
                    if not location:
                        raise FetchError(f"{url} redirected without a Location header")
                    url = urljoin(url, location)
                    continue
                return response_to_fetched(url, response)
            raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")

    def _get(self, client: httpx.Client, url: str) -> _Response:
        import httpx

        try:
            with client.stream("GET", url) as response:
                body = bytearray()
                if not response.is_redirect:
                    for chunk in response.iter_bytes():
                        body.extend(chunk)
                        if len(body) > self.max_bytes:
                            raise FetchError(
                                f"{url} is larger than the {self.max_bytes:,}-byte limit"
                            )
                return _Response(response.status_code, response.headers, bytes(body))
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.timeout_s:g} s fetching {url}") from None
        except httpx.HTTPError as exc:
            reason = str(exc) or type(exc).__name__
            raise FetchError(f"cannot fetch {url}: {reason}") from None


@dataclass(slots=True)
class _Response:
    status_code: int
    headers: httpx.Headers
    content: bytes

    @property
    def is_redirect(self) -> bool:
        return self.status_code in (301, 302, 303, 307, 308) and "location" in self.headers


def response_to_fetched(url: str, response: _Response) -> Fetched:
    if response.status_code >= 400:
        raise FetchError(f"{url} answered HTTP {response.status_code}")
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and not (content_type.startswith("text/") or "html" in content_type):
        raise FetchError(f"{url} is {content_type}, not an article page")
    return Fetched(url=url, content=response.content, content_type=content_type)
