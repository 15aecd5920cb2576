"""Other websites cannot use the local server (CORS allowlist, Origin check,
the form's CSRF token); the form fills from ``?url=``; the OpenAPI examples
check as written; ``GET /check`` and ``/docs`` lead back to the form."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from gossipcheck.web import create_app
from gossipcheck.web.origins import EXTENSION_ID

from .assets.web_fakes import SAMPLE_REPORT, BareChecker, FakeChecker, PageServer, post_form

ARTICLE = "Mara Quinn and Theo Lassiter are reportedly living separate lives, sources say."
EXTENSION = f"chrome-extension://{EXTENSION_ID}"
EVIL = "http://127.0.0.1:9999"


@pytest.fixture
def fake() -> FakeChecker:
    return FakeChecker()


@pytest.fixture
def client(fake: FakeChecker) -> Iterator[TestClient]:
    app = create_app(fake, allowed_origins=[EXTENSION, "moz-extension://*"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        yield client


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": EVIL},
        {"origin": "null"},
        {"origin": "null", "sec-fetch-site": "cross-site"},
        {"origin": "http://127.0.0.1:8000.evil.example"},
        {"origin": "chrome-extension://someotherextensionid"},
        {"sec-fetch-site": "cross-site"},
        {"sec-fetch-site": "same-site"},
    ],
)
def test_cross_site_posts_are_refused_before_any_work(
    client: TestClient, fake: FakeChecker, headers: dict[str, str]
) -> None:
    api = client.post("/api/check", json={"url": "https://news.example.com/a"}, headers=headers)
    text = client.post(
        "/api/check", content=ARTICLE, headers={**headers, "content-type": "text/plain"}
    )
    form = post_form(client, {"input": "https://news.example.com/a"}, headers=headers)
    batch = client.post("/api/check/batch", json={"articles": [{"text": ARTICLE}]}, headers=headers)
    for response in (api, text, form, batch):
        assert response.status_code == 403
        assert response.json()["error"] == "forbidden_origin"
        assert "access-control-allow-origin" not in response.headers
    assert fake.calls == []


@pytest.mark.parametrize(
    "origin", [EXTENSION, "moz-extension://3f1c-uuid", "http://127.0.0.1:8000"]
)
def test_extension_and_same_origin_may_call(client: TestClient, origin: str) -> None:
    response = client.post("/api/check", json={"text": ARTICLE}, headers={"origin": origin})
    assert response.status_code == 200
    cors = response.headers.get("access-control-allow-origin")
    assert cors == (None if origin.startswith("http://127") else origin)


def test_preflight_only_for_allowlisted_origins(client: TestClient) -> None:
    ask = {
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type",
    }
    good = client.options("/api/check", headers={"origin": EXTENSION, **ask})
    assert good.status_code == 204
    assert good.headers["access-control-allow-origin"] == EXTENSION
    assert "POST" in good.headers["access-control-allow-methods"]
    bad = client.options("/api/check", headers={"origin": EVIL, **ask})
    assert bad.status_code == 403 and "access-control-allow-origin" not in bad.headers


def test_form_needs_its_token(client: TestClient, fake: FakeChecker) -> None:
    missing = client.post("/check", data={"input": ARTICLE})
    forged = client.post("/check", data={"input": ARTICLE, "csrf": "1700000000.abc"})
    for response in (missing, forged):
        assert response.status_code == 403
        assert "expired" in response.text and 'name="csrf"' in response.text  # a fresh form
        assert ARTICLE in response.text  # what was typed comes back
    assert fake.calls == []
    assert post_form(client, {"input": ARTICLE}).status_code == 200
    # the extension opens the full report with a form post from its own origin
    ext = client.post("/check", data={"input": ARTICLE}, headers={"origin": EXTENSION})
    assert ext.status_code == 200 and len(fake.calls) == 2


def test_tokens_do_not_carry_over_between_servers(fake: FakeChecker) -> None:
    with TestClient(create_app(fake)) as first, TestClient(create_app(fake)) as second:
        token = re.search(r'name="csrf" value="([^"]+)"', first.get("/").text)
        assert token
        response = second.post("/check", data={"input": ARTICLE, "csrf": token.group(1)})
        assert response.status_code == 403


def test_query_fills_the_form_and_offers_a_bookmarklet(
    client: TestClient, fake: FakeChecker
) -> None:
    page = client.get("/", params={"url": "https://news.example.com/a?b=1&c=<2>"})
    assert ">https://news.example.com/a?b=1&amp;c=&lt;2&gt;</textarea>" in page.text
    assert f">{ARTICLE}</textarea>" in client.get("/", params={"text": ARTICLE}).text
    link = re.search(r'id="bookmarklet" href="([^"]+)"', page.text)
    assert link
    assert link.group(1) == (
        "javascript:void(window.open(&#39;http://127.0.0.1:8000/?url=&#39;"
        "+encodeURIComponent(location.href)))"
    )
    assert fake.calls == []  # a GET never checks or fetches


def test_get_check_goes_home_and_docs_link_back(client: TestClient) -> None:
    response = client.get("/check", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert 'action="/check"' in client.get("/check").text  # followed: the form
    assert '<a href="/">' in client.get("/docs").text


def examples(spec: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = spec["components"]["schemas"]["ArticleIn"]["examples"]
    return found


def test_every_openapi_example_checks_as_written() -> None:
    pages = PageServer()
    with TestClient(create_app(BareChecker(fetcher=pages.fetcher()))) as client:
        found = examples(client.get("/openapi.json").json())
        assert len(found) >= 2
        for example in found:
            words = len(re.sub(r"<[^>]+>", " ", example.get("text") or example["html"]).split())
            assert words >= 20
            response = client.post("/api/check", json=example)
            assert response.status_code == 200, (example, response.text)
            assert response.json()["text"]
        batch = client.post("/api/check/batch", json={"articles": found})
        assert batch.json()["ok"] == len(found)
    assert pages.requests == []  # the html example's url is its address, not fetched


def test_extension_report_links(client: TestClient, fake: FakeChecker) -> None:
    made = client.post(
        "/report",
        json={"html": "<p>x</p>", "url": "https://a.example/s"},
        headers={"origin": EXTENSION},
    )
    assert made.status_code == 200
    body = made.json()
    assert body["report"]["credibility"]["verdict"] == SAMPLE_REPORT["credibility"]["verdict"]
    link = body["report_url"]
    assert re.fullmatch(r"http://127\.0\.0\.1:8000/report/[\w-]{20,}", link)
    page = client.get(link)
    assert page.status_code == 200 and 'id="verdict"' in page.text
    assert len(fake.calls) == 1  # reading the link does not check again
    assert client.get("/report/not-a-real-name").status_code == 404
    refused = client.post("/report", json={"text": ARTICLE}, headers={"origin": EVIL})
    assert refused.status_code == 403 and len(fake.calls) == 1


def test_workers_of_one_server_share_tokens_and_links(
    fake: FakeChecker, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several apps of one server (``uvicorn --workers N`` on ``app_from_env``) share
    tokens and links: one from one app works on another."""
    monkeypatch.setenv("GOSSIPCHECK_CSRF_KEY", "ab" * 32)
    monkeypatch.setenv("GOSSIPCHECK_LINKS_DIR", str(tmp_path))
    with TestClient(create_app(fake)) as first, TestClient(create_app(fake)) as second:
        assert post_form(first, {"input": ARTICLE}).status_code == 200
        token = re.search(r'name="csrf" value="([^"]+)"', first.get("/").text)
        assert token
        assert (
            second.post("/check", data={"input": ARTICLE, "csrf": token.group(1)}).status_code
            == 200
        )
        link = first.post("/report", json={"text": ARTICLE}).json()["report_url"]
        assert second.get(link).status_code == 200
