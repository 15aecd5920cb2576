"""One deadline for every socket operation of a fetch.

httpx's timeouts apply to each read: a server that sends its headers one byte
a second never trips them. This transport gives each name lookup, connect, read
and write only the time left before the fetch's deadline, so a slow drip anywhere (in
the headers or the body) ends when the deadline passes. Used for real network
fetches only; tests that pass their own transport keep it.
"""

from __future__ import annotations

import ssl
import urllib.request
from collections.abc import Callable, Iterable
from typing import Any

import httpcore
import httpx

Clock = Callable[[], float]
Addresses = Callable[[str, float], list[str]]  # host, seconds left -> addresses to try


class _Stream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, left: Callable[[float | None], float]):
        self.stream = stream
        self.left = left

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.stream.read(max_bytes, self.left(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.stream.write(buffer, self.left(timeout))

    def close(self) -> None:
        self.stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        tls = self.stream.start_tls(ssl_context, server_hostname, self.left(timeout))
        return _Stream(tls, self.left)

    def get_extra_info(self, info: str) -> Any:
        return self.stream.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(
        self,
        backend: httpcore.NetworkBackend,
        deadline: float,
        clock: Clock,
        addresses: Addresses | None = None,
    ) -> None:
        self.backend = backend
        self.deadline = deadline
        self.clock = clock
        self.addresses = addresses

    def left(self, timeout: float | None) -> float:
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            raise httpcore.ReadTimeout("the fetch deadline passed")
        return remaining if timeout is None else min(timeout, remaining)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        targets = [host] if self.addresses is None else self.addresses(host, self.left(None))
        error: httpcore.ConnectError | None = None
        for target in targets:
            try:
                stream = self.backend.connect_tcp(
                    target, port, self.left(timeout), local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                error = exc
                continue
            return _Stream(stream, self.left)
        raise error or httpcore.ConnectError(f"no address for {host}")

    def sleep(self, seconds: float) -> None:
        self.backend.sleep(seconds)


def deadline_transport(
    deadline: float, clock: Clock, addresses: Addresses | None = None
) -> httpx.BaseTransport | None:
    """An ``httpx.HTTPTransport`` whose sockets share ``deadline``, or None to use httpx's own.

    ``addresses`` (host, seconds left) gives the addresses a socket may connect to: the
    fetcher looks the name up within the deadline and checks each address again, so the
    name lookup is bounded too and cannot be answered differently after the check.

    None when a proxy is configured in the environment (httpx then builds the
    proxy transport itself), or if this httpx version keeps its pool elsewhere.
    """
    if urllib.request.getproxies():
        return None
    transport = httpx.HTTPTransport()
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(backend, httpcore.NetworkBackend):
        return None
    pool._network_backend = _Backend(backend, deadline, clock, addresses)  # type: ignore[union-attr]
    return transport
