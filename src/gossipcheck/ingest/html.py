"""Saved or fetched HTML pages to articles, through trafilatura."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import trafilatura

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title: str | None
    author: str | None
    published: str | None
    site: str | None
    url: str | None


def extract_html(html: str | bytes, *, url: str | None = None, what: str = "page") -> Extracted:
    """Main text and metadata of an HTML page; :class:`InputError` when there is no article."""
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_recall=True,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        raise InputError(f"{what} could not be parsed as HTML: {type(exc).__name__}") from None
    if document is None:
        raise InputError(f"{what} has no article text that could be extracted")
    data = document if isinstance(document, dict) else document.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError(f"{what} has no article text that could be extracted")
    canonical = data.get("url") or url
    return Extracted(
        text=text,
        title=_clean(data.get("title")),
        author=_clean(data.get("author")),
        published=_clean(data.get("date")),
        site=_clean(data.get("sitename")) or _domain(canonical),
        url=canonical,
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host
