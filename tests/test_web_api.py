"""The REST API, in-process with a fake Checker (no pipeline needed)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from gossipcheck.report import report_schema

from .assets.web_fakes import SAMPLE_REPORT, BareChecker, FakeChecker

ARTICLE = "Mara Quinn and Theo Lassiter are reportedly living separate lives, sources say."


@pytest.fixture
def fake() -> FakeChecker:
    return FakeChecker(delay_s=2.0)


@pytest.fixture
def client(web_client: Callable[..., TestClient], fake: FakeChecker) -> TestClient:
    return web_client(fake, raise_server_exceptions=False, timeout_s=0.5)


def assert_one_line_error(response: object, status: int, code: str) -> dict[str, str]:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error", "message"}
    assert body["error"] == code
    assert "\n" not in body["message"] and body["message"]
    assert "Traceback" not in response.text  # type: ignore[attr-defined]
    return body  # type: ignore[no-any-return]


def test_health(client: TestClient) -> None:
    response = client.get("/api/health")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["ready"] is True
    assert body["schema_version"] == SAMPLE_REPORT["schema_version"]


def test_check_text_returns_the_report(client: TestClient, fake: FakeChecker) -> None:
    response = client.post("/api/check", json={"text": ARTICLE, "title": "Split?"})
    assert response.status_code == 200
    report = response.json()
    assert set(report) == set(SAMPLE_REPORT)
    assert report["article"]["title"] == "Split?"
    assert report["text"] == ARTICLE
    assert fake.calls == [("text", ARTICLE)]


def test_check_html_and_url_dispatch(client: TestClient, fake: FakeChecker) -> None:
    assert client.post("/api/check", json={"html": "<p>hi</p>"}).status_code == 200
    response = client.post("/api/check", json={"url": "https://news.example.com/a"})
    assert response.json()["article"]["url"] == "https://news.example.com/a"
    assert fake.calls == [("html", "<p>hi</p>"), ("url", "https://news.example.com/a")]


@pytest.mark.parametrize(
    "payload",
    [{}, {"title": "only a title"}, {"text": ARTICLE, "html": "<p>x</p>"}, {"text": "too short"}],
)
def test_check_input_errors_are_422(client: TestClient, payload: dict[str, str]) -> None:
    assert_one_line_error(client.post("/api/check", json=payload), 422, "input_error")


@pytest.mark.parametrize(
    "body",
    [b'{"text": 5}', b'{"text": "a", "colour": "red"}', b"{not json", b"[]"],
)
def test_malformed_requests_are_one_line_422(client: TestClient, body: bytes) -> None:
    response = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert_one_line_error(response, 422, "validation_error")


def test_fetch_error_is_422(client: TestClient) -> None:
    response = client.post("/api/check", json={"url": "http://private.example/"})
    assert_one_line_error(response, 422, "fetch_error")


def test_model_error_is_503(client: TestClient) -> None:
    response = client.post("/api/check", json={"text": ARTICLE + " NOMODEL"})
    assert_one_line_error(response, 503, "model_unavailable")


def test_unexpected_error_is_generic_500_without_details(client: TestClient) -> None:
    response = client.post("/api/check", json={"text": ARTICLE + " BOOM"})
    body = assert_one_line_error(response, 500, "internal_error")
    assert body["message"] == "internal server error"
    assert "secret" not in response.text and "passwd" not in response.text
    assert response.headers["x-content-type-options"] == "nosniff"


def test_slow_analysis_times_out_with_504(client: TestClient) -> None:
    response = client.post("/api/check", json={"text": ARTICLE + " SLOW"})
    body = assert_one_line_error(response, 504, "timeout")
    assert "0.5 s" in body["message"]


def test_batch_reports_errors_in_place(client: TestClient) -> None:
    articles = [
        {"text": ARTICLE},
        {"text": "short"},
        {"url": "http://private.example/"},
        {},
        {"text": ARTICLE + " BOOM"},
        {"html": "<p>ok</p>"},
    ]
    response = client.post("/api/check/batch", json={"articles": articles})
    assert response.status_code == 200
    body = response.json()
    assert (body["count"], body["ok"], body["failed"]) == (6, 2, 4)
    results = body["results"]
    assert [r["index"] for r in results] == list(range(6))
    assert [r["ok"] for r in results] == [True, False, False, False, False, True]
    assert results[0]["report"]["text"] == ARTICLE and results[0]["error"] is None
    assert results[1]["error"]["error"] == "input_error" and results[1]["report"] is None
    assert results[2]["error"]["error"] == "fetch_error"
    assert results[4]["error"] == {"error": "internal_error", "message": "internal error"}


def test_batch_item_timeouts_stay_in_place(client: TestClient) -> None:
    articles = [{"text": ARTICLE + " SLOW"}, {"text": ARTICLE}]
    body = client.post("/api/check/batch", json={"articles": articles}).json()
    assert body["results"][0]["error"]["error"] == "timeout"
    assert body["results"][1]["ok"] is True


@pytest.mark.parametrize("count", [0, 101])
def test_batch_size_is_1_to_100(client: TestClient, count: int) -> None:
    response = client.post("/api/check/batch", json={"articles": [{"text": ARTICLE}] * count})
    assert_one_line_error(response, 422, "validation_error")


def test_batch_of_100_is_accepted(client: TestClient) -> None:
    response = client.post("/api/check/batch", json={"articles": [{"text": ARTICLE}] * 100})
    assert response.status_code == 200
    assert response.json()["ok"] == 100


def test_unknown_route_is_one_line_404(client: TestClient) -> None:
    assert_one_line_error(client.get("/api/nope"), 404, "not_found")
    assert_one_line_error(client.get("/api/check"), 405, "method_not_allowed")


def test_openapi_lists_the_api(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/check", "/api/check/batch", "/api/health"} <= set(spec["paths"])
    assert "/check" not in spec["paths"]
    assert "ArticleIn" in spec["components"]["schemas"]
    # The report in the OpenAPI is the published report schema, single and batch alike.
    ok = spec["paths"]["/api/check"]["post"]["responses"]["200"]["content"]["application/json"]
    assert ok["schema"] == {"$ref": "#/components/schemas/Report"}
    item = spec["components"]["schemas"]["BatchItem"]["properties"]["report"]
    assert {"$ref": "#/components/schemas/Report"} in item["anyOf"]
    report = spec["components"]["schemas"]["Report"]
    assert set(report["required"]) == set(report_schema()["required"])
    assert set(report["properties"]) == set(report_schema()["properties"])


def test_docs_work_offline(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/swagger/swagger-ui-bundle.js" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    assert "<script>" not in page.text  # the page starts Swagger UI from a static file
    for asset in ("swagger/swagger-ui-bundle.js", "swagger/swagger-ui.css", "docs.js"):
        response = client.get(f"/static/{asset}")
        assert response.status_code == 200, asset
    assert client.get("/redoc").status_code == 404


@pytest.mark.parametrize(
    "message",
    [
        "refusing db.example: it resolves to the private or local address 10.0.0.7"
        " (use --allow-private to permit)",
        "cannot resolve host 'nope.example': [Errno -2] Name or service not known",
        "cannot fetch https://a.example/: [Errno 111] Connection refused",
        "text has 1 words of text; an article needs at least 20",
        "page has no article text that could be extracted (only 3 words of text)",
    ],
)
def test_errors_read_as_one_plain_sentence(message: str) -> None:
    from gossipcheck.web.errors import for_people

    plain = for_people(message)
    assert "--" not in plain and "Errno" not in plain and "words of text" not in plain
    assert plain[0].isupper() and plain.endswith(".") and plain.count(". ") == 0


def test_fetch_errors_reach_the_client_in_plain_words(client: TestClient) -> None:
    response = client.post("/api/check", json={"url": "https://private.example/"})
    body = assert_one_line_error(response, 422, "fetch_error")
    assert body["message"] == "Refusing https://private.example/: private address."


def test_api_text_meets_the_file_checks(
    web_client: Callable[..., TestClient],
) -> None:
    """The real ingest behind the API: binary-looking text, a lone surrogate."""
    client = web_client(BareChecker())
    binary = "\x01\x02\x03" * 1000 + " word" * 60
    assert_one_line_error(client.post("/api/check", json={"text": binary}), 422, "input_error")
    text = " ".join([ARTICLE] * 4).replace("Mara", "Ma\ud800ra", 1)
    body = json.dumps({"text": text})  # ASCII JSON: "\\ud800" as a client sends it
    report = client.post("/api/check", content=body, headers={"content-type": "application/json"})
    assert report.status_code == 200 and "Ma\ufffdra" in report.json()["text"]
