"""The HTML report page, rendered from a hand-written report dict."""

from __future__ import annotations

import copy
import math
from html.parser import HTMLParser
from typing import Any

import pytest

from gossipcheck.report.html import gauge, render_page, segments

from .assets.web_fakes import SAMPLE_REPORT

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=alert(1)>',
    "&lt;already escaped&gt; & ampersand",
]


class ArticleText(HTMLParser):
    """Collects the text inside #article-text (badges apart) and every tag seen."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.in_badge = 0
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        attributes = dict(attrs)
        if attributes.get("id") == "article-text":
            self.depth = 1
        elif self.depth:
            self.depth += 1
            if "badge" in (attributes.get("class") or ""):
                self.in_badge = self.depth

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            if self.in_badge == self.depth:
                self.in_badge = 0
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.in_badge:
            self.text.append(data)


def parse(page: str) -> ArticleText:
    parser = ArticleText()
    parser.feed(page)
    return parser


def hostile_report() -> dict[str, Any]:
    """Payloads in every user-controlled string, with spans cutting through them."""
    report = copy.deepcopy(SAMPLE_REPORT)
    text = "An insider said " + " ".join(PAYLOADS) + " and that is that, reportedly."
    p = text.index("<script>")
    report["text"] = text
    report["article"].update(title=PAYLOADS[0], url="javascript:alert(1)", outlet=PAYLOADS[1])
    report["attributions"] = [
        {
            **SAMPLE_REPORT["attributions"][1],
            "speaker_text": PAYLOADS[2],
            "speaker": {"start": 3, "end": 13, "text": text[3:13]},
            "cue": {"start": 14, "end": 18, "text": text[14:18]},
            "content": {"start": p, "end": len(text), "text": text[p:]},
        }
    ]
    report["signals"] = [{"kind": "hedge", "span": {"start": p + 2, "end": p + 30, "text": "x"}}]
    report["claims"] = [
        {
            **SAMPLE_REPORT["claims"][0],
            "span": {"start": p + 5, "end": len(text), "text": PAYLOADS[1]},
        }
    ]
    report["summary"] = PAYLOADS[0]
    report["checklist"][0]["detail"] = PAYLOADS[1]
    report["reporting_chain"] = [
        {"outlet": PAYLOADS[0], "evidence": {"start": 0, "end": 5, "text": PAYLOADS[1]}}
    ]
    report["credibility"]["explanation"]["features"][0]["feature"] = PAYLOADS[2]
    report["credibility"]["explanation"]["sentences"] = [
        {
            "span": {"start": 0, "end": 10, "text": PAYLOADS[0]},
            "contribution": 0.2,
            "direction": "fake",
        }
    ]
    report["provenance"] = {PAYLOADS[2]: PAYLOADS[0]}
    return report


@pytest.mark.parametrize("standalone", [True, False])
def test_page_shows_the_report(standalone: bool) -> None:
    page = render_page(SAMPLE_REPORT, standalone=standalone)
    assert "likely fake" in page and "P(fake) = 0.71" in page
    assert page.count('class="hl src src-anonymous"') >= 2
    assert page.count('<span class="badge">anonymous</span>') >= 2 + 1  # marks + legend
    assert 'class="chain"' in page and "Us Weekly" in page
    assert '<svg class="gauge"' in page and "What moved the score" in page
    assert 'class="hl sig sig-hedge"' in page and 'class="hl claim"' in page
    assert "<script" not in page
    if standalone:
        assert "<style>" in page and 'rel="stylesheet"' not in page
        assert 'http-equiv="Content-Security-Policy"' in page
        assert 'href="/' not in page  # nothing links back into the app
    else:
        assert "<style" not in page and 'href="/static/style.css"' in page


def test_highlighted_text_is_exactly_the_article() -> None:
    page = render_page(SAMPLE_REPORT)
    assert "".join(parse(page).text) == SAMPLE_REPORT["text"]


def test_segments_cover_the_text_and_nest_overlaps() -> None:
    report = hostile_report()
    pieces = segments(report)
    assert "".join(s.text for s in pieces) == report["text"]
    classes = [set(s.classes) for s in pieces]
    assert any({"src-anonymous", "hl"} <= c for c in classes)
    assert any({"claim", "sig-hedge"} <= c for c in classes)  # overlap kept both
    assert sum(1 for s in pieces if s.badge == "anonymous") == 1


def test_everything_user_controlled_is_escaped() -> None:
    page = render_page(hostile_report())
    parsed = parse(page)
    assert "".join(parsed.text) == hostile_report()["text"]
    tags = {tag for tag, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags
    assert [t for t in parsed.tags if t[0] == "svg"] == [
        t for t in parsed.tags if t[0] == "svg" and t[1].get("class") in ("gauge", "bar")
    ]
    for _, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), attrs
    assert "javascript:" not in " ".join(str(a.get("href")) for _, a in parsed.tags)
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page


def test_spans_out_of_range_are_clamped() -> None:
    report = copy.deepcopy(SAMPLE_REPORT)
    report["signals"] = [
        {"kind": "hedge", "span": {"text": "x", "start": -5, "end": 3}},
        {"kind": "hedge", "span": {"text": "x", "start": 10, "end": 10**9}},
        {"kind": "hedge", "span": {"text": "x", "start": 50, "end": 40}},
    ]
    assert "".join(s.text for s in segments(report)) == report["text"]
    render_page(report)


def test_not_applicable_and_missing_credibility() -> None:
    report = copy.deepcopy(SAMPLE_REPORT)
    report["credibility"].update(
        applicable=False, verdict="not applicable", reason="this text is not English"
    )
    report["credibility"]["explanation"] = {}
    page = render_page(report)
    assert "not applicable" in page and "this text is not English" in page
    assert '<svg class="gauge"' not in page
    report["credibility"] = None
    assert "not scored" in render_page(report)


def test_report_without_findings() -> None:
    report = copy.deepcopy(SAMPLE_REPORT)
    report.update(attributions=[], signals=[], claims=[], reporting_chain=[], relayed_from=[])
    page = render_page(report)
    assert "No attributed statements found." in page
    assert "No check-worthy factual claims found." in page
    assert 'class="chain"' not in page


def test_gauge_needle_runs_left_to_right() -> None:
    assert (gauge(0.0)["x"], gauge(0.0)["y"]) == (28.0, 100.0)
    assert gauge(1.0)["x"] == 172.0
    assert (gauge(0.5)["x"], gauge(0.5)["y"]) == (100.0, 28.0)
    assert gauge(7)["x"] == gauge(1.0)["x"]


def test_gauge_arcs_meet_at_the_model_cut_offs() -> None:
    drawn = gauge(0.51, {"likely_real_below": 0.18, "likely_fake_above": 0.45, "band": 0.03})
    real, mid, fake = (arc["d"] for arc in drawn["arcs"])
    low_x = round(100 + 72 * math.cos(math.pi * (1 - 0.18)), 2)
    high_x = round(100 + 72 * math.cos(math.pi * (1 - 0.45)), 2)
    assert real.split(" A ")[1].split()[-2] == str(low_x)  # the real arc ends at 0.18
    assert mid.startswith(f"M {low_x} ") and fake.startswith(f"M {high_x} ")
    assert [t["label"] for t in drawn["ticks"]] == ["0.18", "0.45"]
    assert drawn["x"] > high_x  # 0.51 sits just past the likely-fake line


def test_sourcing_card_agrees_with_the_checklist() -> None:
    report = copy.deepcopy(SAMPLE_REPORT)
    report["sourcing_summary"]["named_on_record"] = False  # only a rep speaks on the record
    for item in report["checklist"]:
        if item["id"] == "on_record":
            item["answer"] = "yes"
    page = render_page(report)
    assert "someone is on the record" in page and "nobody is" not in page
    for item in report["checklist"]:
        if item["id"] == "on_record":
            item["answer"] = "no"
    assert "nobody is on the record" in render_page(report)


def test_non_english_article_says_the_sourcing_analysis_is_english_only() -> None:
    report = copy.deepcopy(SAMPLE_REPORT)
    report["article"]["language"] = "de"
    page = render_page(report)
    assert "The sourcing analysis is English-only" in page
    assert "attributed statements;" not in page
