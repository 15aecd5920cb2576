"""The web app in real Chromium (Debian's /usr/bin/chromium, driven by Playwright).

A real uvicorn server runs on 127.0.0.1 in a thread. Skipped when Chromium is
absent. Screenshots land in pytest's tmp dir and are copied to out/browser/.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .assets.live import CHROMIUM, LiveServer, headless_chromium
from .assets.web_fakes import FakeChecker, PageServer
from .conftest import EXAMPLE, ROOT

AXE = Path(__file__).resolve().parent / "assets" / "axe.min.js"
SHOTS = ROOT / "out" / "browser"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]

HOSTILE_PAGE = b"""<!doctype html><html><head>
<title>&lt;img src=x onerror=window.__pwned=6&gt; Star
&lt;script&gt;window.__pwned=7&lt;/script&gt;</title>
</head><body><article><h1>Star news</h1>
<p>An insider tells the magazine that the singer &lt;script&gt;window.__pwned=8&lt;/script&gt;
is reportedly planning a surprise wedding in Malibu next month, although nothing is confirmed.</p>
<p>A source close to the couple says &lt;img src=x onerror="window.__pwned=9"&gt; the guest list
is already final and that the ceremony will be small, private and held at a beach house.</p>
</article></body></html>"""


def pipeline_checker() -> Any:
    """The real Checker with a mock fetcher (a broken pipeline import fails the test)."""
    from gossipcheck import Checker

    checker = Checker(fetcher=PageServer(page=HOSTILE_PAGE).fetcher())
    checker.stages  # noqa: B018 - loads the pipeline now
    return checker


@pytest.fixture(scope="module", params=["fake", "pipeline"])
def server(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    checker = FakeChecker() if request.param == "fake" else pipeline_checker()
    with LiveServer(checker) as live:
        yield live


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with headless_chromium() as browser:
        yield browser


class Watch:
    """Dialogs, CSP reports, page errors and off-host requests seen by a page."""

    def __init__(self, page: Any) -> None:
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.errors: list[str] = []
        self.offsite: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda m: self.console.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.route("**/*", self._route)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, route: Any) -> None:
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            self.offsite.append(route.request.url)
            route.abort()

    def assert_clean(self) -> None:
        assert self.dialogs == []
        assert self.offsite == []
        assert self.errors == []
        assert not [m for m in self.console if "Content Security Policy" in m], self.console


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def shoot(page: Any, tmp_path: Path, name: str) -> Path:
    shot = tmp_path / f"{name}.png"
    page.screenshot(path=str(shot), full_page=True)
    SHOTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, SHOTS / shot.name)
    return shot


def submit_example(page: Any, server: LiveServer) -> None:
    page.goto(server.url + "/")
    page.fill("#input", EXAMPLE.read_text(encoding="utf-8"))
    page.click("button[type=submit]")
    page.wait_for_selector("#verdict")


def test_paste_example_and_see_the_report(
    server: LiveServer, page: Any, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    watch = Watch(page)
    submit_example(page, server)
    verdict = page.inner_text("#verdict").strip().lower()
    assert verdict in ("likely real", "uncertain", "likely fake", "not applicable")
    anonymous = page.locator("#article-text mark.src-anonymous")
    assert anonymous.count() >= 1
    assert anonymous.first.is_visible()
    assert page.locator("#article-text .badge", has_text="anonymous").count() >= 1
    assert page.locator(".legend").is_visible()
    assert page.locator("svg.gauge").is_visible()
    shot = shoot(page, tmp_path, f"report-{request.node.callspec.id}")
    assert shot.stat().st_size > 10_000
    watch.assert_clean()


def test_readable_at_375px(server: LiveServer, browser: Any, tmp_path: Path) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800}, device_scale_factor=2)
    page = context.new_page()
    watch = Watch(page)
    for name in ("home", "report"):
        if name == "home":
            page.goto(server.url + "/")
        else:
            submit_example(page, server)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375, f"{name} page scrolls sideways ({width}px)"
        font = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        assert font >= 16
        shoot(page, tmp_path, f"mobile-{name}")
    watch.assert_clean()
    context.close()


def test_keyboard_only(server: LiveServer, page: Any) -> None:
    page.goto(server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "input":
            break
    else:
        pytest.fail("the text box cannot be reached with Tab")
    page.keyboard.insert_text(EXAMPLE.read_text(encoding="utf-8"))
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    else:
        pytest.fail("the submit button cannot be reached with Tab")
    focus_ring = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focus_ring != "none"
    page.keyboard.press("Enter")
    page.wait_for_selector("#verdict")


XSS_TEXT = (
    "Mara Quinn and Theo Lassiter are reportedly living separate lives, an insider tells the"
    " magazine. <script>window.__pwned=1</script> A source says <img src=x"
    ' onerror="window.__pwned=2;alert(2)"> the couple barely spoke for a week, and a pal says'
    " he is devastated. <svg onload=alert(3)></svg> </textarea><script>alert(4)</script>"
)
XSS_TITLE = '"><script>window.__pwned=5</script><img src=x onerror=alert(6)>'
XSS_URLS = [
    'https://news.example.com/article?q="><script>window.__pwned=10</script>',
    "https://news.example.com/article#<img/src=x/onerror=alert(11)>",
    "javascript:alert(12)",
    'http://127.0.0.1/"><script>alert(13)</script>',
]


def assert_not_pwned(page: Any, watch: Watch) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("main script, main img, main svg[onload]").count() == 0
    watch.assert_clean()


def test_script_payloads_in_text_and_title_never_run(server: LiveServer, page: Any) -> None:
    watch = Watch(page)
    page.goto(server.url + "/")
    page.fill("#input", XSS_TEXT)
    page.click("summary")
    page.fill("#title", XSS_TITLE)
    page.click("button[type=submit]")
    page.wait_for_load_state("load")
    assert_not_pwned(page, watch)
    if page.locator("#verdict").count():
        assert "window.__pwned=1" in page.inner_text("#article-text")
        assert page.inner_text("#report-title") == XSS_TITLE


@pytest.mark.parametrize("url", XSS_URLS)
def test_script_payloads_in_urls_never_run(server: LiveServer, page: Any, url: str) -> None:
    watch = Watch(page)
    page.goto(server.url + "/")
    page.fill("#input", url)
    page.click("button[type=submit]")
    page.wait_for_load_state("load")
    assert_not_pwned(page, watch)


def test_short_payload_comes_back_inert_in_the_form(server: LiveServer, page: Any) -> None:
    watch = Watch(page)
    page.goto(server.url + "/")
    payload = "</textarea><script>alert(1)</script>"
    page.fill("#input", payload)
    page.click("button[type=submit]")
    page.wait_for_selector("[role=alert]")
    assert page.input_value("#input") == payload
    assert_not_pwned(page, watch)


def axe_violations(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result: list[dict[str, Any]] = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [v for v in result if v.get("impact") in ("serious", "critical")]


@pytest.mark.parametrize("width", [1200, 375])
def test_accessibility_axe(server: LiveServer, browser: Any, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
    page = context.new_page()
    found: dict[str, list[str]] = {}
    page.goto(server.url + "/")
    found["home"] = [v["id"] for v in axe_violations(page)]
    submit_example(page, server)
    found["report"] = [v["id"] for v in axe_violations(page)]
    page.goto(server.url + "/")
    page.fill("#input", "too short")
    page.click("button[type=submit]")
    page.wait_for_selector("[role=alert]")
    found["error"] = [v["id"] for v in axe_violations(page)]
    context.close()
    assert found == {"home": [], "report": [], "error": []}


def test_api_docs_render_offline(server: LiveServer, page: Any) -> None:
    watch = Watch(page)
    page.goto(server.url + "/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=15_000)
    assert "gossipcheck" in page.inner_text(".swagger-ui .info .title")
    assert page.locator(".opblock-summary-path", has_text="/api/check").count() >= 1
    watch.assert_clean()
