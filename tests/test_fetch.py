from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from gossipcheck.errors import FetchError
from gossipcheck.ingest import Ingestor
from gossipcheck.ingest.fetch import Fetcher, check_url, is_public_address, system_resolver
from gossipcheck.settings import Options

from .conftest import FIXTURES

PUBLIC = {
    "news.example.com": ["93.184.216.34"],
    "rebind.example.com": ["10.0.0.7"],
    "sixtofour.example.com": ["2002:7f00:1::"],
    "cgnat.example.com": ["100.100.100.200"],
}


def resolver(host: str) -> list[str]:
    if host not in PUBLIC:
        raise FetchError(f"cannot resolve host {host!r}")
    return PUBLIC[host]


def page_transport(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path == "/article":
        return httpx.Response(
            200,
            content=(FIXTURES / "article.html").read_bytes(),
            headers={"content-type": "text/html; charset=utf-8"},
        )
    if path == "/redirect-to-private":
        return httpx.Response(302, headers={"location": "http://127.0.0.1/admin"})
    if path == "/redirect-to-rebind":
        return httpx.Response(301, headers={"location": "http://rebind.example.com/x"})
    if path == "/redirect-ok":
        return httpx.Response(302, headers={"location": "/article"})
    if path == "/loop":
        return httpx.Response(302, headers={"location": "/loop"})
    if path == "/huge":
        return httpx.Response(200, content=b"<p>" + b"a" * 3000 + b"</p>")
    if path == "/image":
        return httpx.Response(200, content=b"\x89PNG", headers={"content-type": "image/png"})
    if path == "/slow":
        raise httpx.ReadTimeout("timed out", request=request)
    if path == "/redirect-to-cgnat":
        return httpx.Response(302, headers={"location": "http://100.64.0.1/"})
    if path.startswith("/redirect-to:"):
        return httpx.Response(302, headers={"location": path.removeprefix("/redirect-to:")})
    if path == "/bad-gzip":
        return httpx.Response(
            200,
            content=b"not gzip",
            headers={"content-encoding": "gzip", "content-type": "text/html"},
        )
    if path == "/protocol":
        raise httpx.RemoteProtocolError("illegal header line: bytearray(b'x')", request=request)
    if path == "/dropped":
        raise httpx.ReadError("[Errno 104] Connection reset by peer", request=request)
    if path == "/dns":
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)
    return httpx.Response(404)


def fetcher(**kwargs: object) -> Fetcher:
    return Fetcher(transport=httpx.MockTransport(page_transport), resolver=resolver, **kwargs)  # type: ignore[arg-type]


def test_fetch_and_extract_article() -> None:
    ingestor = Ingestor(Options(), fetcher())
    article = ingestor.load("https://news.example.com/article")
    assert article.title == "Jessa Rowe Engaged? Star Flashes Huge Ring In Malibu"
    assert "popped the question" in article.text


def test_relative_redirect_is_followed() -> None:
    fetched = fetcher().fetch("https://news.example.com/redirect-ok")
    assert fetched.url == "https://news.example.com/article"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("file:///etc/passwd", "only http and https"),
        ("ftp://news.example.com/x", "only http and https"),
        ("http://127.0.0.1/", "private or local address 127.0.0.1"),
        ("http://localhost:8000/", "loopback"),
        ("http://[::1]/", "private or local"),
        ("http://169.254.169.254/latest/meta-data", "169.254.169.254"),
        ("http://192.168.1.1/", "192.168.1.1"),
        ("http://[::ffff:10.0.0.1]/", "private or local"),
        ("http://rebind.example.com/", "resolves to the private or local address 10.0.0.7"),
        ("https://news.example.com/redirect-to-private", "127.0.0.1"),
        ("https://news.example.com/redirect-to-rebind", "10.0.0.7"),
        ("https://news.example.com/loop", "too many redirects"),
        ("https://news.example.com/missing", "HTTP 404"),
        ("https://news.example.com/image", "image/png"),
        ("https://news.example.com/slow", "timed out"),
        ("https://unknown.example.org/", "cannot resolve"),
        ("http://100.64.0.1/", "100.64.0.1"),
        ("http://cgnat.example.com/latest/meta-data", "100.100.100.200"),
        ("http://192.0.0.8/", "192.0.0.8"),
        ("http://[2002:7f00:1::]/", "private or local"),
        ("http://sixtofour.example.com/", "2002:7f00:1::"),
        ("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "private or local"),
        ("http://[fec0::1]/", "private or local"),
        ("http://[64:ff9b::a00:1]/", "private or local"),
        ("http://[::ffff:127.0.0.1]/", "private or local"),
        ("https://news.example.com/redirect-to-cgnat", "redirects to http://100.64.0.1/"),
    ],
)
def test_refusals_and_failures(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message.replace("[", r"\[").replace(".", r"\.")):
        fetcher().fetch(url)


def test_size_cap() -> None:
    with pytest.raises(FetchError, match="larger than the 1,000-byte limit"):
        fetcher(max_bytes=1000).fetch("https://news.example.com/huge")


def test_allow_private_permits_loopback() -> None:
    check_url("http://127.0.0.1:8000/x", allow_private=True)
    assert not is_public_address("fe80::1")
    assert is_public_address("8.8.8.8")


def test_unreachable_url_is_a_fetch_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    broken = Fetcher(transport=httpx.MockTransport(refuse), resolver=resolver)
    with pytest.raises(
        FetchError, match=r"could not reach news.example.com: the connection was refused"
    ):
        broken.fetch("https://news.example.com/article")


@pytest.mark.parametrize(
    "address",
    ["8.8.8.8", "2606:4700::1111", "2002:808:808::", "64:ff9b::808:808", "::ffff:8.8.8.8"],
)
def test_public_addresses_pass(address: str) -> None:
    assert is_public_address(address)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("https://news.example.com/redirect-to:javascript:alert(1)", "refusing javascript URL"),
        ("https://news.example.com/redirect-to:data:text/html,<p>hi", "refusing data URL"),
        ("https://news.example.com/redirect-to:http://news.example.com:abc/", "not a valid URL"),
        ("https://news.example.com:abc/article", "not a valid URL: the port is not a number"),
        ("http://[::1/", "not a valid URL: the [IPv6] host is malformed"),
        ("http://xn--/", "not a valid"),
        ("https://news.example.com/bad-gzip", "compression could not be decoded"),
        ("https://news.example.com/protocol", "malformed HTTP response"),
        ("https://news.example.com/dropped", "connection to news.example.com dropped"),
        ("https://news.example.com/dns", "could not reach news.example.com: the name does not"),
    ],
)
def test_every_httpx_failure_is_one_plain_line(url: str, message: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetcher(allow_private=url.startswith("http://xn--")).fetch(url)
    text = str(caught.value)
    assert message in text
    assert "\n" not in text and "Errno" not in text and "httpx" not in text
    assert "redirect-to:" not in text or "redirects to" in text


def test_resolver_failure_in_plain_words(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_such_name(*args: object, **kwargs: object) -> list[object]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(FetchError) as caught:
        system_resolver("nowhere.example")
    assert str(caught.value) == "could not reach nowhere.example: the name does not resolve"


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class Drip(httpx.SyncByteStream):
    """One byte per (fake) second, forever."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock

    def __iter__(self) -> Iterator[bytes]:
        while True:
            self.clock.now += 1.0
            yield b"a"


def test_total_deadline_cuts_off_a_slow_drip() -> None:
    clock = FakeClock()

    def drip(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/html"}, stream=Drip(clock))

    slow = Fetcher(transport=httpx.MockTransport(drip), resolver=resolver, timeout_s=5, clock=clock)
    with pytest.raises(FetchError, match=r"timed out after 5 s fetching"):
        slow.fetch("https://news.example.com/drip")
    assert clock.now <= 6.0


def test_deadline_covers_the_whole_redirect_chain() -> None:
    clock = FakeClock()

    def slow_redirects(request: httpx.Request) -> httpx.Response:
        clock.now += 4.0
        return httpx.Response(302, headers={"location": "/again"})

    chain = Fetcher(
        transport=httpx.MockTransport(slow_redirects), resolver=resolver, timeout_s=10, clock=clock
    )
    with pytest.raises(FetchError, match="timed out after 10 s"):
        chain.fetch("https://news.example.com/start")
    assert clock.now == 12.0  # three hops, then the deadline had passed


@pytest.mark.parametrize(
    ("at_once", "dripped"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n", b"<p>" + b"a" * 100),  # body
        (b"HTTP/1.1 200 OK\r\n", b"X-Slow: " + b"a" * 100),  # headers
    ],
    ids=["body", "headers"],
)
def test_a_real_socket_drip_is_cut_at_the_deadline(
    at_once: bytes, dripped: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy"):  # a proxy would bypass the server
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def drip() -> None:  # one byte every 0.2 s, for 20 s at most
        connection, _ = listener.accept()
        with connection:
            try:
                connection.sendall(at_once)
                for byte in dripped:
                    if stop.wait(0.2):
                        return
                    connection.sendall(bytes([byte]))
            except OSError:
                return  # the client hung up: what the deadline should do

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/"
        started = time.monotonic()
        with pytest.raises(FetchError, match="timed out after 1 s"):
            Fetcher(timeout_s=1.0, allow_private=True).fetch(url)
        assert time.monotonic() - started < 2.0
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def test_a_name_lookup_that_never_answers_ends_at_the_deadline() -> None:
    release = threading.Event()

    def hanging(host: str) -> list[str]:  # a DNS server that never answers
        release.wait(30)
        return ["93.184.216.34"]

    started = time.monotonic()
    try:
        with pytest.raises(FetchError, match="name lookup took longer than the time limit"):
            Fetcher(resolver=hanging, timeout_s=0.5).fetch("http://slow-dns.example.com/a")
        assert time.monotonic() - started < 1.5
    finally:
        release.set()


def test_the_socket_connects_only_to_the_address_checked_within_the_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(4096)
            connection.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok"
            )

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    asked: list[str] = []

    def local(host: str) -> list[str]:  # the name exists only for this fetcher
        asked.append(host)
        return ["127.0.0.1"]

    try:
        fetched = Fetcher(resolver=local, timeout_s=5, allow_private=True).fetch(
            f"http://only-here.example:{port}/"
        )
        assert fetched.content == b"ok"
        assert asked == ["only-here.example"]  # the connect used our lookup, not the system's
    finally:
        thread.join(timeout=5)
        listener.close()


def test_a_name_that_turns_private_after_the_check_is_refused_at_connect() -> None:
    from gossipcheck.ingest.deadline import deadline_transport

    answers = iter([["93.184.216.34"], ["10.0.0.7"]])  # public when checked, then rebound

    def rebinding(host: str) -> list[str]:
        return next(answers)

    fetcher = Fetcher(resolver=rebinding, timeout_s=5)
    fetcher._deadline = time.monotonic() + 5
    check_url("http://rebind-later.example/", allow_private=False, resolver=rebinding)
    transport = deadline_transport(fetcher._deadline, time.monotonic, fetcher._addresses)
    assert transport is not None
    refused = pytest.raises(FetchError, match=r"10\.0\.0\.7")
    with httpx.Client(transport=transport) as client, refused:
        client.get("http://rebind-later.example/")
