"""The HTML report page, built from the report dict.

One Jinja template (``web/templates/report.html``) serves both the web app's
result page and the standalone file written by ``check --format html`` (CSS
inlined, no scripts, a restrictive CSP meta tag). Autoescaping is always on;
the article is highlighted by cutting ``report["text"]`` at span offsets into
plain-text segments, each escaped on its own, never by inserting markup into
the text.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from .labels import SIGNAL_LABELS, SOURCE_LABELS, source_label

__all__ = [
    "Segment",
    "environment",
    "page_context",
    "render_page",
    "segments",
]

MARKED_CLAIMS = 3  # claims underlined in the article text; all of them are listed
STANDALONE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'"


@dataclass(slots=True)
class Segment:
    """A run of article text with the same highlights; ``text`` is escaped at render."""

    text: str
    classes: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    badge: str | None = None  # a visible tag drawn after the run (anonymous sources)

    @property
    def css(self) -> str:
        return " ".join(self.classes)

    @property
    def title(self) -> str:
        return "; ".join(self.labels)


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    cls: str
    label: str
    order: int  # position in the class list, so nested classes come out stable
    badge: str | None = None


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The one Jinja environment for the report and the web pages (autoescape on)."""
    env = Environment(
        loader=PackageLoader("gossipcheck", "web/templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["SOURCE_LABELS"] = {kind: label.label for kind, label in SOURCE_LABELS.items()}
    env.globals["SIGNAL_LABELS"] = SIGNAL_LABELS
    env.filters["pct"] = lambda value: f"{float(value) * 100:.0f}%"
    env.filters["safe_href"] = safe_href
    env.filters["by_score"] = by_score
    env.globals["MARKED_CLAIMS"] = MARKED_CLAIMS
    return env


@lru_cache(maxsize=1)
def inline_css() -> Markup:
    """The page stylesheet, for the standalone file (a package file, not user input)."""
    from importlib.resources import files

    css = files("gossipcheck").joinpath("web/static/style.css").read_text(encoding="utf-8")
    return Markup(css.replace("</", "<\\/"))


def safe_href(url: object) -> str | None:
    """``url`` when it is an http(s) URL (so never ``javascript:``), else None."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def by_score(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims, most check-worthy first (stable for equal scores)."""
    return sorted(claims, key=lambda c: -float(c.get("score") or 0.0))


def _marks(report: dict[str, Any], length: int) -> list[_Mark]:
    marks: list[_Mark] = []

    def add(span: dict[str, Any] | None, cls: str, label: str, order: int, **kw: Any) -> None:
        if not span:
            return
        start, end = max(0, int(span["start"])), min(length, int(span["end"]))
        if start < end:
            marks.append(_Mark(start, end, cls, label, order, **kw))

    for claim in by_score(report.get("claims", []))[:MARKED_CLAIMS]:
        add(claim.get("span"), "claim", f"claim ({claim.get('type', 'claim')})", 3)
    for signal in report.get("signals", []):
        kind = signal.get("kind", "hedge")
        add(signal.get("span"), f"sig sig-{kind}", SIGNAL_LABELS.get(kind, kind), 2)
    for attribution in report.get("attributions", []):
        kind = attribution.get("source_type", "named_person")
        label = source_label(kind).label
        anonymous = kind == "anonymous"
        add(
            attribution.get("speaker"),
            f"src src-{kind}",
            f"source: {label}",
            0,
            badge="anonymous" if anonymous else None,
        )
        add(attribution.get("cue"), "cue", "attribution cue", 1)
    return marks


def segments(report: dict[str, Any]) -> list[Segment]:
    """Cut the article text at every span boundary; each piece lists its highlights."""
    text: str = report.get("text") or ""
    marks = _marks(report, len(text))
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[Segment] = []
    for start, end in itertools.pairwise(cuts):
        active = sorted((m for m in marks if m.start <= start and end <= m.end), key=_key)
        seg = Segment(text[start:end])
        for mark in active:
            for cls in ["hl", *mark.cls.split()]:
                if cls not in seg.classes:
                    seg.classes.append(cls)
            if mark.label not in seg.labels:
                seg.labels.append(mark.label)
            if mark.badge and mark.end == end:
                seg.badge = mark.badge
        if out and not seg.classes and not out[-1].classes:
            out[-1].text += seg.text
        else:
            out.append(seg)
    return out


def _key(mark: _Mark) -> tuple[int, int]:
    return (mark.order, mark.start)


GAUGE_R = 72.0  # radius of the gauge's half circle, centred on (100, 100)


def _arc_point(p: float) -> tuple[float, float]:
    """The point for probability ``p`` on the half circle (0 = left, real; 1 = right, fake)."""
    angle = math.pi * (1.0 - min(1.0, max(0.0, float(p))))
    return round(100 + GAUGE_R * math.cos(angle), 2), round(100 - GAUGE_R * math.sin(angle), 2)


def gauge(p_fake: float, thresholds: dict[str, Any] | None = None) -> dict[str, Any]:
    """Needle end point and the three arcs, drawn at the model's real cut-offs."""
    x, y = _arc_point(p_fake)
    low = float((thresholds or {}).get("likely_real_below", 1 / 3))
    high = float((thresholds or {}).get("likely_fake_above", 2 / 3))
    arcs = []
    for cls, a, b in (("arc-real", 0.0, low), ("arc-mid", low, high), ("arc-fake", high, 1.0)):
        (x1, y1), (x2, y2) = _arc_point(a), _arc_point(b)
        arcs.append({"cls": cls, "d": f"M {x1} {y1} A {GAUGE_R:g} {GAUGE_R:g} 0 0 1 {x2} {y2}"})
    ticks = []
    for cut in (low, high):
        px, py = _arc_point(cut)
        ticks.append({"x": px, "y": py, "label": f"{cut:.2f}"})
    return {"x": x, "y": y, "arcs": arcs, "ticks": ticks if thresholds else []}


def _explanation(cred: dict[str, Any] | None) -> dict[str, Any]:
    explanation = (cred or {}).get("explanation") or {}
    features = list(explanation.get("features") or [])[:8]
    peak = max((abs(float(f.get("weight", 0))) for f in features), default=0.0) or 1.0
    bars = [{**f, "bar": round(100 * abs(float(f.get("weight", 0))) / peak, 1)} for f in features]
    sentences = sorted(
        explanation.get("sentences") or [],
        key=lambda s: -abs(float(s.get("contribution", 0))),
    )
    return {
        "features": bars,
        "sentences": [s for s in sentences if float(s.get("contribution", 0))][:3],
        "rules": list((explanation.get("sourcing") or {}).get("rules") or []),
        "sourcing": explanation.get("sourcing"),
    }


def _chain(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Origin first, this article last, for the diagram."""
    links = list(reversed(report.get("reporting_chain") or []))
    nodes = [{"outlet": link["outlet"], "evidence": link["evidence"]["text"]} for link in links]
    if nodes:
        article = report.get("article") or {}
        nodes.append({"outlet": article.get("outlet") or "this article", "evidence": None})
    return nodes


def page_context(report: dict[str, Any]) -> dict[str, Any]:
    """Everything the report template needs, computed once from the report dict."""
    cred = report.get("credibility")
    verdict = (cred or {}).get("verdict") or "not scored"
    return {
        "report": report,
        "article": report.get("article") or {},
        "cred": cred,
        "verdict": verdict,
        "verdict_class": "verdict-" + verdict.replace(" ", "-"),
        "gauge": (
            gauge(cred["p_fake"], cred.get("thresholds"))
            if cred and cred.get("applicable")
            else None
        ),
        "explanation": _explanation(cred),
        "segments": segments(report),
        "chain": _chain(report),
        "outlets": report.get("outlets") or [],
        "anonymous_count": sum(
            1 for a in report.get("attributions", []) if a.get("source_type") == "anonymous"
        ),
        # the sourcing card says what the checklist says (one definition of "on the record")
        "on_record": _answer(report, "on_record"),
        "english": (report.get("article") or {}).get("language") in (None, "en"),
    }


def _answer(report: dict[str, Any], item_id: str) -> str | None:
    """The checklist's yes/no/unknown for ``item_id``, or None without a checklist."""
    for item in report.get("checklist") or []:
        if item.get("id") == item_id:
            return str(item.get("answer"))
    return None


def render_page(report: dict[str, Any], *, standalone: bool = True, **extra: Any) -> str:
    """The full report page. ``standalone``: CSS inlined, no links to the app."""
    context = page_context(report)
    context.update(
        standalone=standalone,
        css=inline_css() if standalone else None,
        csp=STANDALONE_CSP,
        static="/static",
        page_title=f"{context['article'].get('title') or 'Article'} — gossipcheck",
    )
    context.update(extra)
    return environment().get_template("report.html").render(context)
