"""Test doubles for the web app: a fake Checker that needs no pipeline, and a
real Checker with no analysis stages (ingest + fetch + report only)."""

from __future__ import annotations

import copy
import json
import os
import re
import time
from pathlib import Path
from typing import Any, ClassVar

import httpx

from gossipcheck import deadline
from gossipcheck.core import Checker
from gossipcheck.errors import FetchError, InputError, ModelError
from gossipcheck.ingest.fetch import Fetcher
from gossipcheck.inputs import Input

ASSETS = Path(__file__).resolve().parent
FIXTURES = ASSETS.parent / "fixtures"
SAMPLE_REPORT: dict[str, Any] = json.loads((ASSETS / "sample_report.json").read_text("utf-8"))


class FakeChecker:
    """Answers the sample report; magic words in the text trigger each failure."""

    def __init__(self, delay_s: float = 0.0) -> None:
        self.delay_s = delay_s
        self.calls: list[tuple[str, str]] = []

    def check_text(self, text: str, *, title: str | None = None, url: str | None = None) -> Any:
        self.calls.append(("text", text))
        if "SLOW" in text:
            time.sleep(self.delay_s)
        if "BOOM" in text:
            raise RuntimeError("secret internal detail /etc/passwd line 42")
        if "NOMODEL" in text:
            raise ModelError("credibility model not found: /x/model.npz")
        if len(text.split()) < 3:
            words = len(text.split())
            raise InputError(f"text has {words} words of text; an article needs at least 3")
        return {"text": text, "title": title, "url": url, "source": "text"}

    def check_html(self, html: str | bytes, *, url: str | None = None) -> Any:
        self.calls.append(("html", str(html)))
        return {"text": "from html", "title": "HTML page", "url": url, "source": "html"}

    def check_url(self, url: str) -> Any:
        self.calls.append(("url", url))
        if "private" in url:
            raise FetchError(f"refusing {url}: private address")
        return {"text": "from url", "title": "Fetched", "url": url, "source": url}

    def check(self, input: Input) -> Any:
        """Dispatches as the real Checker does, to the methods above."""
        if input.kind == "url":
            return self.check_url(input.value)
        if input.kind == "html":
            return self.check_html(input.value, url=input.url)
        return self.check_text(input.value, title=input.title, url=input.url)

    def report(self, article: Any) -> dict[str, Any]:
        report = copy.deepcopy(SAMPLE_REPORT)
        report["article"].update(
            title=article["title"], url=article["url"], source=article["source"]
        )
        if article["source"] == "text" and SAMPLE_REPORT["text"] not in article["text"]:
            report.update(text=article["text"], attributions=[], signals=[], claims=[])
            report["reporting_chain"], report["relayed_from"] = [], []
            report["credibility"]["explanation"]["sentences"] = []
        return report


class BareChecker(Checker):
    """The real Checker (ingest, fetch with its SSRF guard, report) minus the analysis stages."""

    stages: ClassVar[list[Any]] = []  # type: ignore[misc]


PUBLIC_DNS = {
    "news.example.com": ["93.184.216.34"],
    "rebind.example.com": ["10.0.0.7"],
    "metadata.example.com": ["169.254.169.254"],
    "v6.example.com": ["::1"],
}


def resolver(host: str) -> list[str]:
    if host not in PUBLIC_DNS:
        raise FetchError(f"cannot resolve host {host!r}")
    return PUBLIC_DNS[host]


class PageServer:
    """A mock transport for the Fetcher; records every request it is asked to make."""

    def __init__(self, delay_s: float = 0.0, page: bytes | None = None) -> None:
        self.delay_s = delay_s
        self.page = page or (FIXTURES / "article.html").read_bytes()
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(str(request.url))
        path = request.url.path
        if path == "/slow":
            time.sleep(self.delay_s)
        if path in ("/article", "/slow"):
            return httpx.Response(
                200, content=self.page, headers={"content-type": "text/html; charset=utf-8"}
            )
        if path == "/to-loopback":
            return httpx.Response(302, headers={"location": "http://127.0.0.1:8000/admin"})
        if path == "/to-rebind":
            return httpx.Response(301, headers={"location": "http://rebind.example.com/x"})
        if path == "/to-metadata":
            return httpx.Response(307, headers={"location": "http://169.254.169.254/latest/"})
        return httpx.Response(404)

    def fetcher(self, **kwargs: Any) -> Fetcher:
        return Fetcher(transport=httpx.MockTransport(self), resolver=resolver, **kwargs)


def post_form(client: Any, data: dict[str, str], **kwargs: Any) -> Any:
    """POST /check as the browser does: with the token from the form at ``/``."""
    match = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text)
    assert match, "the form has no CSRF token"
    return client.post("/check", data={**data, "csrf": match.group(1)}, **kwargs)


class WorkerFake(FakeChecker):
    """A FakeChecker for worker processes (built there by its class, so picklable by name):
    ``HOSTILE`` loops until the deadline stops it, ``DIE`` ends the process, and the
    report's title is the worker's process id."""

    def check_text(self, text: str, *, title: str | None = None, url: str | None = None) -> Any:
        while "HOSTILE" in text:
            deadline.check()
            time.sleep(0.005)
        if "DIE" in text:
            os._exit(3)
        return super().check_text(text, title=str(os.getpid()), url=url)


class UnloadableChecker(FakeChecker):
    def warm(self) -> None:
        raise ModelError("credibility model not found: /x/model.npz")
