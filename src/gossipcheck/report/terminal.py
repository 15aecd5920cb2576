"""The terminal report, drawn with rich from the report dict."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .labels import source_label

_VERDICT_STYLE = {
    "likely real": "bold green",
    "uncertain": "bold yellow",
    "likely fake": "bold red",
    "not applicable": "bold white",
}
# An answer's mark and colour follow its tone (what it means for trust), its word the answer.
_TONE_MARK = {
    "reassuring": ("✔", "bold green"),
    "warning": ("⚠", "bold red"),
    "neutral": ("·", "bold"),
}


def _mark(item: dict[str, Any]) -> tuple[str, str]:
    if item["answer"] == "unknown":
        return "? unknown", "dim"
    symbol, style = _TONE_MARK[item.get("tone", "neutral")]
    return f"{symbol} {item['answer']}", style


def render(report: dict[str, Any], console: Console) -> None:
    console.print(_header(report))
    console.print(_summary(report))
    console.print(_credibility(report))
    if report["reporting_chain"]:
        console.print(_chain(report))
    if any(o["reputation"] for o in report.get("outlets", [])):
        console.print(_outlets(report))
    console.print(_attributions(report))
    console.print(_signals(report))
    console.print(_claims(report))
    if report.get("corroboration") is not None:
        console.print(_corroboration(report["corroboration"]))


def _header(report: dict[str, Any]) -> Panel:
    article = report["article"]
    lines = [Text(article["title"] or "(untitled article)", style="bold")]
    meta = [
        f"{key}: {article[key]}"
        for key in ("outlet", "author", "published", "url")
        if article.get(key)
    ]
    meta.append(f"{article['word_count']} words")
    lines.append(Text(" · ".join(meta), style="dim"))
    return Panel(Group(*lines), title="gossipcheck", title_align="left")


def _summary(report: dict[str, Any]) -> Panel:
    table = Table.grid(padding=(0, 1))
    table.add_column(no_wrap=True, min_width=9)
    table.add_column(ratio=1)
    for item in report["checklist"]:
        mark, style = _mark(item)
        table.add_row(
            Text(mark, style=style), Text.assemble((item["question"], "bold"), " ", item["detail"])
        )
    body = Group(Text(report["summary"], style="bold"), Text(""), table)
    return Panel(body, title="In short", title_align="left")


def _credibility(report: dict[str, Any]) -> Panel:
    cred = report["credibility"]
    if cred is None:
        return Panel("no credibility score", title="Credibility")
    if not cred["applicable"]:
        return Panel(Text(f"not applicable: {cred['reason']}"), title="Credibility")
    p_fake = cred["p_fake"]
    bar_width = 30
    filled = round(p_fake * bar_width)
    bar = Text("█" * filled, style="red") + Text("░" * (bar_width - filled), style="green")
    body: list[Any] = [
        Text.assemble(
            ("Verdict: ", "bold"),
            (cred["verdict"].upper(), _VERDICT_STYLE[cred["verdict"]]),
            f"   P(fake) = {p_fake:.2f}  ",
            bar,
        ),
    ]
    if cred.get("position"):
        body.insert(1, Text(f"Score: {cred['position']}"))
    explanation = cred.get("explanation") or {}
    features = explanation.get("features") or []
    if features:
        pushes = ", ".join(
            f"{f['feature']} ({'+' if f['direction'] == 'fake' else '-'})" for f in features[:6]
        )
        body.append(Text(f"What moved the score (+ towards fake): {pushes}"))
    sentences = (explanation.get("sentences") or [])[:3]
    if sentences:  # arrow, then the sentence wrapped under itself (a hanging indent)
        grid = Table.grid(padding=(0, 1))
        grid.add_column(no_wrap=True)
        grid.add_column()
        for item in sentences:
            towards = item["direction"]
            grid.add_row(
                Text(f"  {'↑' if towards == 'fake' else '↓'} {towards}", style="bold"),
                Text(_clip(item["span"]["text"], 110), style="italic"),
            )
        body.append(grid)
    sourcing = explanation.get("sourcing") or {}
    if sourcing:
        line = f"Sourcing: {sourcing['description']}."
        if sourcing.get("gossipcop_fake_share") is not None:
            line += (
                f" Of {sourcing['gossipcop_n']} GossipCop-checked stories sourced this way,"
                f" {100 * sourcing['gossipcop_fake_share']:.0f}% were rated fake."
            )
        body.append(Text(line))
    if sourcing.get("denial"):
        body.append(Text(f"  denial: {sourcing['denial']}", style="bold"))
    for rule in sourcing.get("rules") or []:
        body.append(Text(f"  rule: {rule}", style="cyan"))
    body.append(Text(f"model {cred['model']} {cred['model_version']}", style="dim"))
    return Panel(Group(*body), title="Credibility", title_align="left")


def _chain(report: dict[str, Any]) -> Panel:
    names = ["this article"] + [link["outlet"] for link in report["reporting_chain"]]
    chain = Text(" ← ".join(names), style="bold")
    evidence = [
        Text(f"  {link['outlet']}: “{_clip(link['evidence']['text'], 80)}”", style="dim")
        for link in report["reporting_chain"]
    ]
    return Panel(Group(chain, *evidence), title="Reporting chain", title_align="left")


def _outlets(report: dict[str, Any]) -> Table:
    table = Table(
        title="Outlets on GossipCop's record",
        caption="share of each outlet's stories in FakeNewsNet's GossipCop lists rated fake"
        " (the lists hold as many fake as real stories), with a 95% interval",
        expand=True,
        title_justify="left",
        caption_justify="left",
    )
    table.add_column("Outlet", ratio=2)
    table.add_column("Role", no_wrap=True, min_width=12)
    table.add_column("Rated fake", ratio=3)
    for outlet in report["outlets"]:
        record = outlet["reputation"]
        if record is None:
            figure = "no record"
        else:
            low, high = record["ci95"]
            figure = (
                f"{100 * record['fake_share']:.0f}% of {record['n']}"
                f" ({100 * low:.0f}–{100 * high:.0f}%)"
            )
        table.add_row(outlet["name"], outlet["role"], figure)
    return table


def _attributions(report: dict[str, Any]) -> Table:
    summary = report["sourcing_summary"]["by_type"]
    caption = ", ".join(f"{source_label(k).short}: {v}" for k, v in summary.items() if v)
    table = Table(
        title="Who said what",
        caption=caption or None,
        expand=True,
        title_justify="left",
        caption_justify="left",
    )
    table.add_column("#", justify="right", width=3)
    table.add_column("Speaker", ratio=2)
    table.add_column("Type", no_wrap=True, min_width=13)
    table.add_column("Cue", min_width=10, max_width=14)
    table.add_column("Content", ratio=5)
    for i, a in enumerate(report["attributions"]):
        style = "red" if a["source_type"] == "anonymous" else None
        content = a["content"]["text"] if a["content"] else ""
        table.add_row(
            str(i),
            a["speaker_text"] + (f" (= {a['resolved_from']})" if a["resolved_from"] else ""),
            Text(source_label(a["source_type"]).short, style=style or ""),
            a["cue"]["text"] if a["cue"] else "",
            _clip(content, 140),
        )
    if not report["attributions"]:
        table.add_row("", "no attributed statements found", "", "", "")
    return table


def _signals(report: dict[str, Any]) -> Panel:
    groups: dict[str, list[str]] = {}
    for s in report["signals"]:
        groups.setdefault(s["kind"], []).append(s["span"]["text"])
    if not groups:
        return Panel("no hedging, sensational or exclusivity cues", title="Signals")
    lines = [Text(f"{kind}: {', '.join(sorted(set(words)))}") for kind, words in groups.items()]
    return Panel(Group(*lines), title="Signals", title_align="left")


def _claims(report: dict[str, Any]) -> Table:
    table = Table(title="Check-worthy claims", expand=True, title_justify="left")
    table.add_column("Type", no_wrap=True, min_width=12)
    table.add_column("Claim", ratio=6)
    table.add_column("Rests on", ratio=2)
    for c in report["claims"]:
        table.add_row(c["type"], _clip(c["span"]["text"], 200), c["attributed_to"])
    if not report["claims"]:
        table.add_row("", "no check-worthy factual claims found", "")
    return table


def _corroboration(found: dict[str, Any]) -> Table:
    table = Table(
        title=f"Same story elsewhere ({found['corpus_size']} articles searched)",
        expand=True,
        title_justify="left",
    )
    table.add_column("Similarity", justify="right", width=10)
    table.add_column("Published", width=12)
    table.add_column("Outlet", ratio=1)
    table.add_column("Title", ratio=4)
    earliest = (found.get("earliest") or {}).get("id")
    for match in found["matches"]:
        if not match["same_story"]:
            continue
        first = " (first)" if match["id"] == earliest else ""
        table.add_row(
            f"{match['similarity']:.2f}",
            (match["published"] or "")[:10] + first,
            match["outlet"] or "",
            _clip(match["title"] or match["id"], 100),
        )
    if not any(m["same_story"] for m in found["matches"]):
        table.add_row("", "", "", "no other copy of this story in the corpus")
    return table


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
