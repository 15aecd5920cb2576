"""``gossipcheck report``: one offline HTML page summarising a results store.

Plots are drawn with matplotlib (the ``report`` extra) and embedded as SVG
data URIs, so the page is a single file that needs no network: the spread of
P(fake), outlets ranked by their share of likely-fake stories, the source
types cited, and stories over time when the articles carry dates.
"""

from __future__ import annotations

import base64
import io
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..article import SOURCE_TYPES
from ..errors import GossipcheckError
from ..outputs import opened
from ..store import Store
from .export import flat_rows

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MISSING_MATPLOTLIB = (
    "the summary page needs matplotlib: install it with pip install 'gossipcheck[report]'"
)
TOP_OUTLETS = 15
MIN_STORIES = 3  # the plot ranks outlets with at least this many stories, when there are some
_MONTH = re.compile(r"^(\d{4})-(\d{2})")
_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


@dataclass(frozen=True, slots=True)
class OutletShare:
    outlet: str
    stories: int
    likely_fake: int

    @property
    def share(self) -> float:
        return self.likely_fake / self.stories


def outlet_shares(rows: Sequence[dict[str, Any]]) -> list[OutletShare]:
    """Outlets by share of likely-fake stories (then by how many stories), highest first."""
    stories: Counter[str] = Counter()
    fake: Counter[str] = Counter()
    for row in rows:
        if row["outlet"]:
            stories[row["outlet"]] += 1
            fake[row["outlet"]] += row["verdict"] == "likely fake"
    shares = [OutletShare(name, n, fake[name]) for name, n in stories.items()]
    return sorted(shares, key=lambda s: (-s.share, -s.stories, s.outlet))


def by_month(rows: Sequence[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """``{"YYYY-MM": (stories, likely fake)}`` for the rows with a publication date."""
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        match = _MONTH.match(str(row["published"] or ""))
        if match:
            counts = months[f"{match[1]}-{match[2]}"]
            counts[0] += 1
            counts[1] += row["verdict"] == "likely fake"
    return {month: (n, k) for month, (n, k) in sorted(months.items())}


def write_summary(db: Path, output: Path | None) -> int:
    """Write the summary page for the store at ``db``; returns how many reports it covers."""
    try:
        import matplotlib
    except ImportError:
        raise GossipcheckError(MISSING_MATPLOTLIB) from None
    store = Store.existing(db)
    try:
        rows = list(flat_rows(store))
    finally:
        store.close()
    with matplotlib.rc_context({"text.parse_math": False, "svg.hashsalt": "gossipcheck"}):
        page = render_summary(db.name, rows)
    with opened(output) as handle:
        handle.write(page)
    return sum(1 for row in rows if row["error"] is None)


def render_summary(name: str, rows: Sequence[dict[str, Any]]) -> str:
    reports = [row for row in rows if row["error"] is None]
    failed = len(rows) - len(reports)
    verdicts = Counter(str(row["verdict"] or "not scored") for row in reports)
    scores = [  # the model does not apply to some articles (not English): no score to plot
        float(row["p_fake"])
        for row in reports
        if row["p_fake"] is not None and row["verdict"] != "not applicable"
    ]
    shares = outlet_shares(reports)
    least = MIN_STORIES if any(s.stories >= MIN_STORIES for s in shares) else 1
    ranked = [s for s in shares if s.stories >= least][:TOP_OUTLETS]
    months = by_month(reports)
    sections = [
        _section("How likely fake", _p_fake_plot(scores), _verdict_table(verdicts)),
        _section(
            "Outlets by share of likely-fake stories",
            _outlet_plot(ranked, least) if ranked else None,
            _outlet_table(shares) if shares else "<p>No outlet is named in these reports.</p>",
        ),
        _section("Who the stories cite", _source_plot(reports), ""),
        _section(
            "Over time",
            _time_plot(months) if months else None,
            "" if months else "<p>No article in the store has a publication date.</p>",
        ),
    ]
    mean = f"{sum(scores) / len(scores):.2f}" if scores else "n/a"
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>gossipcheck summary: {escape(name)}</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto;
  padding: 0 1rem; color: #1a1a1a; }}
img {{ max-width: 100%; height: auto; }}
table {{ border-collapse: collapse; margin: 1rem 0; }}
th, td {{ text-align: left; padding: .2rem .8rem .2rem 0; border-bottom: 1px solid #ddd; }}
td.n {{ text-align: right; }}
</style></head><body>
<h1>Batch summary: {escape(name)}</h1>
<p>{len(reports):,} articles checked, {failed:,} inputs could not be checked;
mean P(fake) {mean}. Made {made} by gossipcheck. Scores are a model's estimate
from wording and sourcing, not a finding of fact.</p>
{"".join(sections)}
</body></html>
"""


def _section(title: str, plot: str | None, body: str) -> str:
    image = f'<img alt="{escape(title)}" src="{plot}">' if plot else ""
    return f"<section><h2>{escape(title)}</h2>{image}{body}</section>\n"


def _verdict_table(verdicts: Counter[str]) -> str:
    cells = "".join(
        f'<tr><td>{escape(verdict)}</td><td class="n">{n:,}</td></tr>'
        for verdict, n in verdicts.most_common()
    )
    return f"<table><tr><th>verdict</th><th>articles</th></tr>{cells}</table>"


def _outlet_table(shares: Sequence[OutletShare], limit: int = 50) -> str:
    cells = "".join(
        f'<tr><td>{escape(s.outlet)}</td><td class="n">{s.likely_fake:,}</td>'
        f'<td class="n">{s.stories:,}</td><td class="n">{s.share:.0%}</td></tr>'
        for s in shares[:limit]
    )
    more = f"<p>and {len(shares) - limit:,} more outlets.</p>" if len(shares) > limit else ""
    return (
        "<table><tr><th>outlet</th><th>likely fake</th><th>stories</th><th>share</th></tr>"
        f"{cells}</table>{more}"
    )


def _figure(height: float = 3.2) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(8, height), layout="constrained")


def _data_uri(figure: Figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _p_fake_plot(scores: Sequence[float]) -> str | None:
    if not scores:
        return None
    figure = _figure()
    axes = figure.subplots()
    axes.hist(scores, bins=20, range=(0.0, 1.0), color="#4c72b0", edgecolor="white")
    axes.set_xlabel("P(fake)")
    axes.set_ylabel("articles")
    axes.set_xlim(0, 1)
    return _data_uri(figure)


def _outlet_plot(shares: Sequence[OutletShare], least: int) -> str:
    figure = _figure(height=max(2.0, 0.35 * len(shares) + 1))
    axes = figure.subplots()
    labels = [f"{s.outlet} ({s.likely_fake} of {s.stories})" for s in reversed(shares)]
    axes.barh(labels, [s.share for s in reversed(shares)], color="#c44e52")
    axes.set_xlim(0, 1)
    axes.set_xlabel("share of stories read as likely fake")
    if least > 1:
        axes.set_title(f"outlets with at least {least} stories", fontsize="medium")
    return _data_uri(figure)


def _source_plot(reports: Sequence[dict[str, Any]]) -> str | None:
    totals = [sum(int(row[f"sources_{kind}"] or 0) for row in reports) for kind in SOURCE_TYPES]
    if not any(totals):
        return None
    figure = _figure()
    axes = figure.subplots()
    axes.bar([kind.replace("_", " ") for kind in SOURCE_TYPES], totals, color="#55a868")
    axes.set_ylabel("attributions")
    axes.tick_params(axis="x", labelrotation=20)
    return _data_uri(figure)


def _time_plot(months: dict[str, tuple[int, int]]) -> str:
    figure = _figure()
    axes = figure.subplots()
    labels = list(months)
    axes.bar(labels, [n for n, _ in months.values()], color="#8c8c8c", label="stories")
    axes.set_ylabel("stories")
    share = axes.twinx()
    share.plot(labels, [k / n for n, k in months.values()], color="#c44e52", marker="o")
    share.set_ylim(0, 1)
    share.set_ylabel("share likely fake", color="#c44e52")
    step = max(1, len(labels) // 12)
    axes.set_xticks(range(0, len(labels), step), labels[::step], rotation=30)
    return _data_uri(figure)
