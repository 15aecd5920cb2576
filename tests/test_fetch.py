from __future__ import annotations

import httpx
import pytest

from gossipcheck.errors import FetchError
from gossipcheck.ingest import Ingestor
from gossipcheck.ingest.fetch import Fetcher, check_url, is_public_address
from gossipcheck.settings import Options

from .conftest import FIXTURES

PUBLIC = {"news.example.com": ["93.184.216.34"], "rebind.example.com": ["10.0.0.7"]}


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
    with pytest.raises(FetchError, match=r"cannot fetch .*connection refused"):
        broken.fetch("https://news.example.com/article")
