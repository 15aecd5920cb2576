"""The browser extension in real Chromium, loaded unpacked from ``extension/``:
its popup (opened as a page for the reader's tab) sends the rendered page to a
local gossipcheck, shows verdict, badge, summary and checklist, marks
anonymous sources and hedges in the page, and opens the full report.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gossipcheck.web.origins import EXTENSION_ID

from .assets.live import ARGS, CHROMIUM, LiveServer, StaticSite
from .assets.web_fakes import SAMPLE_REPORT, FakeChecker
from .conftest import ROOT

EXTENSION = ROOT / "extension"
SCREENSHOTS = ROOT / "docs" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


def story_page() -> str:
    """The article as a site would render it: built by a script, so only the
    rendered HTML (not the page's source) holds the text."""
    paragraphs = [p for p in SAMPLE_REPORT["text"].split("\n\n") if p.strip()]
    return (
        "<!doctype html><title>Quinn and Lassiter</title><body><article id='a'></article>"
        f"<script>const ps = {json.dumps(paragraphs)};"
        "for (const t of ps) { const p = document.createElement('p'); p.textContent = t;"
        " document.getElementById('a').append(p); }</script></body>"
    )


@pytest.fixture(scope="module")
def fake() -> FakeChecker:
    return FakeChecker()


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory, fake: FakeChecker) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    site_root = tmp_path_factory.mktemp("site")
    (site_root / "story.html").write_text(story_page(), "utf-8")
    profile = tmp_path_factory.mktemp("profile")
    args = [a for a in ARGS if a != "--headless"] + [
        "--headless=new",
        f"--disable-extensions-except={EXTENSION}",
        f"--load-extension={EXTENSION}",
    ]
    with LiveServer(fake) as server, StaticSite(site_root) as site, sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=False,
            args=args,
            ignore_default_args=["--disable-extensions"],
            viewport={"width": 1000, "height": 800},
        )
        yield context, server, site
        context.close()


def extension_page(context: Any, name: str) -> Any:
    page = context.new_page()
    page.goto(f"chrome-extension://{EXTENSION_ID}/{name}")
    return page


def test_popup_checks_the_page_and_marks_it(
    chromium: tuple[Any, LiveServer, StaticSite], fake: FakeChecker, tmp_path: Path
) -> None:
    context, server, site = chromium
    story = context.new_page()
    story.goto(site.url + "/story.html")
    options = extension_page(context, "options.html")
    assert options.inner_text("#origin") == f"chrome-extension://{EXTENSION_ID}"
    options.evaluate(f"chrome.storage.local.set({{server: {json.dumps(server.url)}}})")
    tab = options.evaluate(
        f"chrome.tabs.query({{url: {json.dumps(site.url + '/story.html')}}}).then(t => t[0].id)"
    )
    calls = len(fake.calls)

    popup = context.new_page()
    popup.set_viewport_size({"width": 380, "height": 620})
    popup.goto(f"chrome-extension://{EXTENSION_ID}/popup.html?tab={tab}")
    popup.wait_for_selector("#result:not([hidden])", timeout=15_000)
    assert popup.inner_text("#verdict").lower() == SAMPLE_REPORT["credibility"]["verdict"]
    assert popup.inner_text("#summary") == SAMPLE_REPORT["summary"]
    assert popup.locator("#checklist li").count() == len(SAMPLE_REPORT["checklist"])
    assert popup.inner_text("#server") == server.url
    badge = popup.evaluate(f"chrome.action.getBadgeText({{tabId: {tab}}})")
    assert badge == "fake"
    # the rendered page went to the server (the script-built text is in it) with its address
    kind, sent = fake.calls[calls]
    assert kind == "html" and html.escape(SAMPLE_REPORT["text"].split("\n\n")[1][:60]) in sent
    popup.screenshot(path=str(SCREENSHOTS / "extension-popup.png"))

    popup.click("#highlight")
    popup.wait_for_selector("#marked:not(:empty)")
    anonymous = story.locator("mark[data-gossipcheck=anonymous]")
    hedges = story.locator("mark[data-gossipcheck=hedge]")
    assert anonymous.count() >= 1 and hedges.count() >= 1
    assert "sources for Us Weekly" in anonymous.all_inner_texts()
    assert story.evaluate("document.body.innerText").count("sources for Us Weekly") >= 1
    popup.click("#highlight")  # again: marks are replaced, not nested
    popup.wait_for_timeout(200)
    assert story.locator("mark[data-gossipcheck] mark").count() == 0

    with context.expect_page() as opened:
        popup.click("#full-report")
    report = opened.value
    report.wait_for_selector("#verdict")
    assert report.url.startswith(server.url + "/report/")
    assert len(fake.calls) == calls + 1  # the link shows the popup's analysis, not a new one
    assert report.locator("#article-text mark.src-anonymous").count() >= 1


def test_popup_says_when_the_server_is_down(chromium: tuple[Any, LiveServer, StaticSite]) -> None:
    context, _, site = chromium
    story = context.new_page()
    story.goto(site.url + "/story.html")
    options = extension_page(context, "options.html")
    options.evaluate("chrome.storage.local.set({server: 'http://127.0.0.1:9'})")
    tab = options.evaluate(
        f"chrome.tabs.query({{url: {json.dumps(site.url + '/story.html')}}}).then(t => t[0].id)"
    )
    popup = extension_page(context, f"popup.html?tab={tab}")
    popup.wait_for_selector("#status.error")
    assert "not answering at http://127.0.0.1:9" in popup.inner_text("#status")
