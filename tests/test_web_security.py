"""Security of the web app: SSRF through the API, body cap, headers, no
blocking of the event loop by a slow fetch."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from fastapi.testclient import TestClient

from gossipcheck.settings import MAX_INPUT_BYTES
from gossipcheck.web import create_app
from gossipcheck.web.middleware import CSP

from .assets.web_fakes import BareChecker, FakeChecker, PageServer, post_form

BOOKMARKLET = "javascript:void(window.open(&#39;http://testserver/?url=&#39;+encodeURIComponent"
REFUSED = re.compile(r"refusing|does not fetch", re.IGNORECASE)
ARTICLE = "Mara Quinn and Theo Lassiter are reportedly living separate lives, sources say."


@pytest.fixture
def pages() -> PageServer:
    return PageServer(delay_s=1.5)


@pytest.fixture
def client(web_client: Callable[..., TestClient], pages: PageServer) -> TestClient:
    return web_client(BareChecker(fetcher=pages.fetcher()), raise_server_exceptions=False)


# ---- SSRF: the real Fetcher behind the API, with a mock transport and DNS ----
def test_public_url_is_fetched_and_reported(client: TestClient, pages: PageServer) -> None:
    response = client.post("/api/check", json={"url": "https://news.example.com/article"})
    assert response.status_code == 200, response.text
    assert response.json()["article"]["title"].startswith("Jessa Rowe Engaged?")
    assert pages.requests == ["https://news.example.com/article"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000/admin",
        "http://localhost/",
        "http://[::1]/",
        "http://10.1.2.3/",
        "http://192.168.0.1/router",
        "http://169.254.169.254/latest/meta-data/",
        "http://0.0.0.0/",
        "http://rebind.example.com/",  # a public-looking name resolving to 10.0.0.7
        "http://metadata.example.com/",  # ... to the link-local metadata address
        "http://v6.example.com/",  # ... to ::1
        "https://news.example.com/to-loopback",  # redirect hops are checked too
        "https://news.example.com/to-rebind",
        "https://news.example.com/to-metadata",
        "file:///etc/passwd",
        "gopher://news.example.com/",
    ],
)
def test_private_targets_are_refused(client: TestClient, pages: PageServer, url: str) -> None:
    for path, body in (("/api/check", {"url": url}), ("/api/check/batch", None)):
        if body is None:
            response = client.post(path, json={"articles": [{"url": url}]})
            item = response.json()["results"][0]
            assert response.status_code == 200 and item["ok"] is False
            assert item["error"]["error"] == "fetch_error"
        else:
            response = client.post(path, json=body)
            assert response.status_code == 422
            assert response.json()["error"] == "fetch_error"
            message = response.json()["message"]
            assert REFUSED.search(message) and "--" not in message, message
    for requested in pages.requests:  # only the public first hop ever went out
        assert requested.startswith("https://news.example.com/"), requested


def test_form_refuses_private_urls_too(client: TestClient) -> None:
    response = post_form(client, {"input": "http://127.0.0.1/admin"})
    assert response.status_code == 422
    assert REFUSED.search(response.text) and "<form" in response.text
    assert "--allow-private" not in response.text


def test_slow_fetch_does_not_block_the_event_loop(pages: PageServer) -> None:
    app = create_app(BareChecker(fetcher=pages.fetcher()))

    async def scenario() -> tuple[bool, int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            slow = asyncio.create_task(
                client.post("/api/check", json={"url": "https://news.example.com/slow"})
            )
            await asyncio.sleep(0.2)  # the fetch is now sleeping in a worker thread
            health = await client.get("/api/health")
            pending = not slow.done()  # a blocked loop would answer health only after it
            assert health.status_code == 200
            return pending, (await slow).status_code

    pending, status = asyncio.run(scenario())
    assert pending, "health was answered only after the slow fetch: the loop was blocked"
    assert status == 200


# ---- request body cap -------------------------------------------------------
def test_body_over_5_mb_is_413_by_content_length() -> None:
    app = create_app(FakeChecker())
    with TestClient(app) as client:
        big = b'{"text": "' + b"a" * MAX_INPUT_BYTES + b'"}'
        response = client.post(
            "/api/check", content=big, headers={"content-type": "application/json"}
        )
        assert response.status_code == 413
        assert response.json()["error"] == "too_large"
        assert response.headers["content-security-policy"] == CSP
        ok = client.post("/api/check", json={"text": ARTICLE + " x" * 100_000})
        assert ok.status_code == 200


@pytest.mark.parametrize("path", ["/api/check", "/api/check/batch", "/check"])
def test_streamed_body_over_the_cap_is_413(path: str) -> None:
    fake = FakeChecker()
    app = create_app(fake, max_body_bytes=10_000)

    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"text": "'
        for _ in range(50):
            yield b"word " * 100
        yield b'"}'

    async def scenario() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            kind = "application/x-www-form-urlencoded" if path == "/check" else "application/json"
            request = client.build_request(
                "POST", path, content=chunks(), headers={"content-type": kind}
            )
            assert "content-length" not in request.headers  # chunked: no declared size
            return await client.send(request)

    response = asyncio.run(scenario())
    assert response.status_code == 413
    assert response.json()["error"] == "too_large"
    assert response.headers["x-frame-options"] == "DENY"
    assert fake.calls == []


# ---- headers on every response ---------------------------------------------
@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/", 200),
        ("GET", "/api/health", 200),
        ("GET", "/static/style.css", 200),
        ("GET", "/openapi.json", 200),
        ("GET", "/missing", 404),
        ("POST", "/check", 200),
        ("POST", "/api/check", 500),
    ],
)
def test_security_headers_on_every_response(method: str, path: str, status: int) -> None:
    with TestClient(create_app(FakeChecker()), raise_server_exceptions=False) as client:
        if path == "/check":
            response = post_form(client, {"input": ARTICLE})
        elif method == "POST":
            response = client.post(path, json={"text": ARTICLE + " BOOM"})
        else:
            response = client.get(path)
    assert response.status_code == status
    headers = response.headers
    assert headers["content-security-policy"] == CSP
    assert "default-src 'self'" in CSP and "frame-ancestors 'none'" in CSP
    assert "'unsafe-inline'" not in CSP
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


def test_pages_have_no_inline_script_or_style() -> None:
    with TestClient(create_app(FakeChecker())) as client:
        for response in (client.get("/"), post_form(client, {"input": ARTICLE})):
            assert "<script" not in response.text
            assert "<style" not in response.text and " style=" not in response.text
            links = re.findall(r'(?:src|href|action)="([^"]*)"', response.text)
            # the bookmarklet is meant to be dragged to the bookmarks bar, not run here
            links = [link for link in links if not link.startswith(BOOKMARKLET)]
            assert links and all(link.startswith(("/", "#")) for link in links), links
