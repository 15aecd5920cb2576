"""URL fetching behind a small transport interface, with an SSRF guard.

Every hop of a redirect chain is checked: only ``http``/``https``, and only
globally reachable addresses (after DNS resolution, including IPv4 addresses
embedded in IPv6 ones: IPv4-mapped, 6to4, Teredo, NAT64) unless
``allow_private`` is set. Redirects are followed here, never by httpx, so a
``Location`` of ``javascript:`` or ``data:`` is refused in plain words. Bodies
are capped and the whole fetch, redirects included, has one deadline: a
server that drips a byte a second is cut off when it passes. Every failure
is a one-line :class:`FetchError`. Tests swap in an ``httpx.MockTransport``;
they never need the network.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError
from ..settings import MAX_INPUT_BYTES, MAX_REDIRECTS, USER_AGENT

if TYPE_CHECKING:
    import httpx

Resolver = Callable[[str], list[str]]
Clock = Callable[[], float]

REDIRECT_STATUSES = (301, 302, 303, 307, 308)

# Not globally reachable, though some Python versions' ``is_global`` passes them:
# carrier-grade NAT (with cloud metadata services), IETF protocol assignments,
# deprecated site-local IPv6.
_BLOCKED_NETWORKS = tuple(
    ipaddress.ip_network(net) for net in ("100.64.0.0/10", "192.0.0.0/24", "fec0::/10")
)
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")

_NO_NAME = {getattr(socket, n) for n in ("EAI_NONAME", "EAI_NODATA") if hasattr(socket, n)}
_DNS_DOWN = {getattr(socket, n) for n in ("EAI_AGAIN", "EAI_FAIL") if hasattr(socket, n)}


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # final URL after redirects
    content: bytes
    content_type: str


def short(url: str, limit: int = 100) -> str:
    """A URL cut to fit in a one-line message (``data:`` URLs can be megabytes)."""
    return url if len(url) <= limit else url[: limit - 3] + "..."


def system_resolver(host: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        if exc.errno in _DNS_DOWN:
            reason = "the name could not be looked up (DNS is not answering)"
        elif exc.errno in _NO_NAME:
            reason = "the name does not resolve"
        else:
            reason = "the name could not be resolved"
        raise FetchError(f"could not reach {host}: {reason}") from None
    except (UnicodeError, ValueError):
        raise FetchError(f"could not reach {short(host)}: it is not a valid host name") from None
    return sorted({str(info[4][0]) for info in infos})


def resolve_within(resolver: Resolver, host: str, timeout_s: float) -> list[str]:
    """``resolver(host)`` given at most ``timeout_s`` seconds.

    ``getaddrinfo`` has no timeout of its own, so a DNS server that never answers would
    hold a fetch past its deadline; the lookup runs in a daemon thread that is left
    behind when the time is up.
    """
    if timeout_s <= 0:
        raise FetchError(f"could not reach {short(host)}: the fetch's time limit passed")
    result: list[list[str] | BaseException] = []

    def lookup() -> None:
        try:
            result.append(resolver(host))
        except BaseException as exc:  # handed to the waiting thread below
            result.append(exc)

    thread = threading.Thread(target=lookup, name="gossipcheck-dns", daemon=True)
    thread.start()
    thread.join(timeout_s)
    if not result:
        raise FetchError(
            f"could not reach {short(host)}: the name lookup took longer than the time limit"
        )
    found = result[0]
    if isinstance(found, BaseException):
        raise found
    return found


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (mapped, 6to4, Teredo, NAT64, compatible)."""
    found: list[ipaddress.IPv4Address] = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)  # (server, client)
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def is_public_address(address: str) -> bool:
    """Whether ``address`` (and every IPv4 address embedded in it) is globally reachable."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None or ip in _NAT64:  # NAT64 stands for an IPv4 host
            return all(is_public_address(str(v4)) for v4 in embedded_ipv4(ip))
        if not all(is_public_address(str(v4)) for v4 in embedded_ipv4(ip)):
            return False
    return not (
        not ip.is_global
        or any(ip.version == net.version and ip in net for net in _BLOCKED_NETWORKS)
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or ip.is_loopback
        or ip.is_link_local
    )


def check_url(
    url: str,
    *,
    allow_private: bool,
    resolver: Resolver = system_resolver,
    timeout_s: float | None = None,
) -> None:
    """Raise :class:`FetchError` unless ``url`` is an http(s) URL to a public host.

    ``timeout_s`` bounds the name lookup (see :func:`resolve_within`)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port like ":abc"
    except ValueError as exc:
        text = str(exc).lower()
        reason = (
            "the port is not a number from 0 to 65535"
            if "port" in text
            else "the [IPv6] host is malformed"
            if "ipv6" in text
            else "it cannot be parsed"
        )
        raise FetchError(f"{short(url)} is not a valid URL: {reason}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"refusing {parts.scheme or 'scheme-less'} URL: only http and https")
    if not host:
        raise FetchError(f"URL has no host: {short(url)}")
    if not allow_private:
        host_addresses(host, resolver, timeout_s)


def host_addresses(
    host: str, resolver: Resolver, timeout_s: float | None, *, public: bool = True
) -> list[str]:
    """The host's addresses (an IP literal is its own); with ``public``, all of them
    globally reachable, else :class:`FetchError`."""
    try:
        return _checked(host, [str(ipaddress.ip_address(host))], public)
    except ValueError:
        pass
    if public and (
        host.lower() in ("localhost", "localhost.localdomain") or host.endswith(".localhost")
    ):
        raise FetchError(f"refusing {host}: loopback address")
    found = resolver(host) if timeout_s is None else resolve_within(resolver, host, timeout_s)
    return _checked(host, found, public)


def _checked(host: str, addresses: list[str], public: bool) -> list[str]:
    for address in addresses if public else ():
        if not is_public_address(address):
            raise FetchError(
                f"refusing {host}: it resolves to the private or local address {address}"
                " (use --allow-private to permit)"
            )
    return addresses


class _Redirect(Exception):
    """Raised from the response hook so httpx never parses a redirect's Location."""

    def __init__(self, status_code: int, location: str) -> None:
        super().__init__(location)
        self.status_code = status_code
        self.location = location


def _stop_at_redirect(response: httpx.Response) -> None:
    if response.status_code in REDIRECT_STATUSES and "location" in response.headers:
        raise _Redirect(response.status_code, response.headers["location"])


class Fetcher:
    """Fetches one URL safely. ``transport`` is any ``httpx.BaseTransport``.

    ``timeout_s`` is the deadline for the whole fetch, redirects included;
    ``clock`` is injectable so tests can drip bytes without waiting.
    """

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        resolver: Resolver = system_resolver,
        timeout_s: float = 10.0,
        max_bytes: int = MAX_INPUT_BYTES,
        allow_private: bool = False,
        clock: Clock = time.monotonic,
    ) -> None:
        self.transport = transport
        self.resolver = resolver
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.allow_private = allow_private
        self.clock = clock
        self._deadline = 0.0

    def fetch(self, url: str) -> Fetched:
        import httpx  # imported on first fetch: most checks never touch the network

        from .deadline import deadline_transport

        deadline = self._deadline = self.clock() + self.timeout_s
        headers = {"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1"}
        with httpx.Client(
            transport=self.transport or deadline_transport(deadline, self.clock, self._addresses),
            follow_redirects=False,
            headers=headers,
            event_hooks={"response": [_stop_at_redirect]},
        ) as client:
            previous: str | None = None
            for _ in range(MAX_REDIRECTS + 1):
                self._check_hop(url, previous)
                response = self._get(client, url, deadline)
                if response.location is None:
                    return response_to_fetched(url, response)
                previous, url = url, _join(url, response.location)
            raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")

    def _addresses(self, host: str, timeout_s: float) -> list[str]:
        """Where the socket may connect: the host's addresses, looked up again within the
        deadline and checked again, so a name cannot point elsewhere after the check."""
        return host_addresses(host, self.resolver, timeout_s, public=not self.allow_private)

    def _check_hop(self, url: str, previous: str | None) -> None:
        if self._deadline - self.clock() <= 0:
            raise self._timed_out(url)
        try:
            check_url(
                url,
                allow_private=self.allow_private,
                resolver=self.resolver,
                timeout_s=self._deadline - self.clock(),
            )
        except FetchError as exc:
            if previous is None:
                raise
            raise FetchError(f"{short(previous)} redirects to {short(url)}; {exc}") from None

    def _get(self, client: httpx.Client, url: str, deadline: float) -> _Response:
        import httpx

        remaining = deadline - self.clock()
        if remaining <= 0:
            raise self._timed_out(url)
        try:
            with client.stream("GET", url, timeout=httpx.Timeout(remaining)) as response:
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > self.max_bytes:
                        raise FetchError(
                            f"{short(url)} is larger than the {self.max_bytes:,}-byte limit"
                        )
                    if self.clock() > deadline:
                        raise self._timed_out(url)
                return _Response(response.status_code, response.headers, bytes(body))
        except _Redirect as redirect:
            return _Response(redirect.status_code, None, b"", location=redirect.location)
        except httpx.TimeoutException as exc:
            if isinstance(exc, httpx.ConnectTimeout):
                raise FetchError(
                    f"could not reach {_host(url)}: the connection timed out"
                ) from None
            raise self._timed_out(url) from None
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, ValueError) as exc:
            raise FetchError(describe_failure(exc, url)) from None

    def _timed_out(self, url: str) -> FetchError:
        return FetchError(f"timed out after {self.timeout_s:g} s fetching {short(url)}")


def _join(url: str, location: str) -> str:
    try:
        return urljoin(url, location.strip())
    except ValueError:
        raise FetchError(
            f"{short(url)} redirects to {short(location)}, which is not a valid URL"
        ) from None


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or short(url)
    except ValueError:
        return short(url)


_CONNECT_REASONS = (
    (("name or service not known", "nodename nor servname", "no address associated",
      "getaddrinfo failed", "errno -2", "errno -5"), "the name does not resolve"),
    (("temporary failure in name resolution", "errno -3"),
     "the name could not be looked up (DNS is not answering)"),
    (("connection refused",), "the connection was refused"),
    (("network is unreachable",), "the network is unreachable"),
    (("no route to host",), "there is no route to the host"),
    (("connection reset",), "the connection was reset"),
    (("certificate",), "its TLS certificate could not be verified"),
    (("ssl", "tls", "handshake"), "the secure (TLS) connection failed"),
)  # fmt: skip


def describe_failure(exc: Exception, url: str) -> str:
    """One plain line for an httpx failure: no errno codes, no exception names."""
    import httpx

    host = _host(url)
    if isinstance(exc, httpx.ConnectError):
        text = str(exc).lower()
        for needles, reason in _CONNECT_REASONS:
            if any(needle in text for needle in needles):
                return f"could not reach {host}: {reason}"
        return f"could not reach {host}: the connection failed"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return f"refusing {short(url)}: only http and https URLs can be fetched"
    if isinstance(exc, httpx.InvalidURL | ValueError):
        return f"{short(url)} is not a valid URL"
    if isinstance(exc, httpx.DecodingError):
        return f"{host} sent a page whose compression could not be decoded"
    if isinstance(exc, httpx.RemoteProtocolError):
        return f"{host} sent a malformed HTTP response"
    if isinstance(exc, httpx.ReadError | httpx.WriteError | httpx.CloseError):
        return f"the connection to {host} dropped while fetching {short(url)}"
    if isinstance(exc, httpx.ProxyError):
        return f"could not reach {host}: the proxy refused the connection"
    return f"could not fetch {short(url)}: the HTTP request failed"


@dataclass(slots=True)
class _Response:
    status_code: int
    headers: httpx.Headers | None
    content: bytes
    location: str | None = None


def response_to_fetched(url: str, response: _Response) -> Fetched:
    if response.status_code >= 400:
        raise FetchError(f"{short(url)} answered HTTP {response.status_code}")
    headers = response.headers
    content_type = headers.get("content-type", "") if headers is not None else ""
    content_type = content_type.split(";")[0].strip().lower()
    if content_type and not (content_type.startswith("text/") or "html" in content_type):
        raise FetchError(f"{short(url)} is {content_type}, not an article page")
    return Fetched(url=url, content=response.content, content_type=content_type)
