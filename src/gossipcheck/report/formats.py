"""The output formats of a report, by name: each renders the report dict to a string.

Front ends pick a format by name (``check --format NAME``) and never branch on it.
A renderer's heavy imports (rich, jinja2) happen only when it runs.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import InputError

Renderer = Callable[[dict[str, Any], int, bool], str]


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    description: str
    media_type: str
    render_fn: Renderer
    uses_width: bool = False  # the layout depends on the width in columns
    uses_color: bool = False  # may emit terminal colour codes
    binary: bool = False  # bytes, not text (no format is yet)

    def render(self, report: dict[str, Any], *, width: int = 100, color: bool = False) -> str:
        return self.render_fn(report, width, color)


def _json(report: dict[str, Any], width: int, color: bool) -> str:
    return json.dumps(report, ensure_ascii=False, indent=2) + "\n"


def _claimreview(report: dict[str, Any], width: int, color: bool) -> str:
    from .claimreview import claim_review

    return json.dumps(claim_review(report), ensure_ascii=False, indent=2) + "\n"


def _html(report: dict[str, Any], width: int, color: bool) -> str:
    from .html import render_page

    return render_page(report)


def _text(report: dict[str, Any], width: int, color: bool) -> str:
    from rich.console import Console

    from .terminal import render

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="auto" if color else None,
        highlight=False,
    )
    render(report, console)
    return buffer.getvalue()


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", "the report for a terminal", "text/plain", _text, True, True),
        Format("json", "the JSON report (see `gossipcheck schema`)", "application/json", _json),
        Format("html", "a standalone HTML page", "text/html", _html),
        Format(
            "claimreview",
            "schema.org ClaimReview JSON-LD",
            "application/ld+json",
            _claimreview,
        ),
    )
}


def get_format(name: str) -> Format:
    """The format called ``name``; an unknown name is an input error naming the known ones."""
    try:
        return FORMATS[name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise InputError(f"unknown report format {name!r}; choose one of: {known}") from None
