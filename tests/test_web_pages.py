"""The HTML pages: the form, its result, and the same view answering JSON."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

from gossipcheck.web.pages import form_item

from .assets.web_fakes import SAMPLE_REPORT, FakeChecker, post_form

ARTICLE = "Mara Quinn and Theo Lassiter are reportedly living separate lives, sources say."


@pytest.fixture
def fake() -> FakeChecker:
    return FakeChecker()


@pytest.fixture
def client(web_client: Callable[..., TestClient], fake: FakeChecker) -> TestClient:
    return web_client(fake)


def test_home_page_has_one_box_form(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<form class="check" method="post" action="/check">' in page.text
    assert '<label for="input">' in page.text and 'name="input"' in page.text
    assert 'lang="en"' in page.text and 'name="viewport"' in page.text


def test_form_post_renders_the_report_page(client: TestClient, fake: FakeChecker) -> None:
    page = post_form(client, {"input": SAMPLE_REPORT["text"], "title": "A title"})
    assert page.status_code == 200
    assert "likely fake" in page.text and 'class="hl src src-anonymous"' in page.text
    assert '<h1 id="report-title">A title</h1>' in page.text
    assert 'href="/"' in page.text
    assert fake.calls == [("text", SAMPLE_REPORT["text"])]


def test_same_view_answers_json(client: TestClient) -> None:
    response = post_form(client, {"input": ARTICLE}, headers={"accept": "application/json"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json()["text"] == ARTICLE
    error = post_form(client, {"input": " "}, headers={"accept": "application/json"})
    assert error.status_code == 422 and error.json()["error"] == "input_error"


def test_form_errors_come_back_on_the_form_escaped(client: TestClient) -> None:
    payload = "<b>bad</b> input"
    page = post_form(client, {"input": payload, "title": '"><i>t'})
    assert page.status_code == 422
    assert 'role="alert"' in page.text and "an article needs at least 3" in page.text
    assert "&lt;b&gt;bad&lt;/b&gt; input</textarea>" in page.text
    assert 'value="&#34;&gt;&lt;i&gt;t"' in page.text
    assert "<b>bad" not in page.text and "<i>t" not in page.text


def test_empty_and_wrongly_encoded_forms(client: TestClient) -> None:
    assert post_form(client, {"input": "   "}).status_code == 422
    response = client.post("/check", files={"input": ("a.txt", b"x")})
    assert response.status_code == 422 and "x-www-form-urlencoded" in response.text


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ("https://news.example.com/story?id=1", "url"),
        ("  HTTP://news.example.com/  ", "url"),
        ("<!doctype html><html><body><p>x</p></body></html>", "html"),
        ("Read https://news.example.com/ today, insiders say.", "text"),
        ("<script>alert(1)</script> plain text with a tag", "text"),
        ("people.com/2018/story", "url"),
        ("/etc/passwd", "text"),  # the web form never reads a server's files
    ],
)
def test_the_one_box_tells_urls_html_and_text_apart(value: str, field: str) -> None:
    item = form_item(value, "T")
    assert item.kind == field
    assert item.title == ("T" if field == "text" else None)


def test_form_url_goes_to_check_url(client: TestClient, fake: FakeChecker) -> None:
    page = post_form(client, {"input": "https://news.example.com/a"})
    assert page.status_code == 200
    assert fake.calls == [("url", "https://news.example.com/a")]
