"""What a user gave, typed once: text, HTML, a path, a URL or stdin.

Every front end builds an :class:`Input` from what it received and hands it to
:meth:`gossipcheck.Checker.check`; none of them decides the kind itself.

* :meth:`Input.parse` reads one typed value, as in the CLI's SOURCE argument
  (``local=True``: ``-`` is stdin, anything that is not a link is a path) or
  the web form's single box (``local=False``: a link, an HTML page, else text).
  A link without a scheme (``people.com/2018/story``, ``www.tmz.com/x``) is a URL.
* :meth:`Input.from_fields` reads the API's and the batch rows' named fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .errors import InputError
from .ingest.decode import looks_like_html

__all__ = ["Input", "InputKind"]

InputKind = Literal["text", "html", "path", "url", "stdin"]

# any scheme: the fetcher refuses all but http(s) in plain words ("file:///etc/passwd")
_SCHEME_URL = re.compile(r"[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)
_FILE_SUFFIXES = frozenset({"txt", "htm", "html", "json", "jsonl", "csv", "md", "xml", "gz"})
# a host with at least one dot, then a path, or ``www.`` and a host alone
_BARE_LINK = re.compile(
    r"(?P<host>(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?P<tld>[a-z]{2,24}))"
    r"(?::\d{1,5})?(?P<path>[/?#]\S*)?",
    re.IGNORECASE,
)


def bare_link(value: str) -> bool:
    """``people.com/2018/story`` or ``www.tmz.com``: a link someone typed without ``https://``."""
    match = _BARE_LINK.fullmatch(value)
    if match is None:
        return False
    if match["tld"].lower() in _FILE_SUFFIXES and not match["path"]:
        return False  # ``notes.txt`` is a file name
    return bool(match["path"]) or value.lower().startswith("www.")


@dataclass(frozen=True, slots=True)
class Input:
    """One article as given. ``value`` is the text, HTML, path or URL (``-`` for stdin).

    ``title`` and ``url`` go with text (``url`` is then the article's address,
    never fetched); ``source`` names the input in errors and the report;
    ``detect_title`` takes a short first line of text as its title.
    """

    kind: InputKind
    value: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    detect_title: bool = True

    # ---- constructors -----------------------------------------------------
    @classmethod
    def parse(cls, value: str, *, title: str | None = None, local: bool = False) -> Input:
        """One typed value. ``local`` (the CLI) allows stdin and paths; else it is text."""
        stripped = value.strip()
        if local and stripped == "-":
            return cls("stdin", "-", source="stdin")
        if _SCHEME_URL.fullmatch(stripped):
            return cls.from_url(stripped)
        if local:
            if Path(value).exists() or not bare_link(stripped):
                return cls.from_path(value)
            return cls.from_url(stripped)
        if bare_link(stripped):
            return cls.from_url(stripped)
        if looks_like_html(stripped):
            return cls.from_html(stripped)
        return cls.from_text(value, title=(title or "").strip() or None)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        source: str | None = None,
        detect_title: bool = True,
    ) -> Input:
        return cls("text", text, title, url, source or "text", detect_title)

    @classmethod
    def from_html(cls, html: str, *, url: str | None = None, source: str | None = None) -> Input:
        return cls("html", html, url=url, source=source or url or "html")

    @classmethod
    def from_url(cls, url: str) -> Input:
        url = url.strip()
        if not _SCHEME_URL.fullmatch(url):
            url = "https://" + url
        return cls("url", url, url=url, source=url)

    @classmethod
    def from_path(cls, path: str | Path) -> Input:
        return cls("path", str(path), source=str(path))

    @classmethod
    def from_fields(
        cls,
        *,
        text: str | None = None,
        html: str | None = None,
        url: str | None = None,
        title: str | None = None,
        path: str | None = None,
        source: str | None = None,
        detect_title: bool = True,
    ) -> Input:
        """Named fields (the API's JSON, a batch row): one of text, html, url or path."""
        if text is not None and html is not None:
            raise InputError("give only one of text and html")
        if path is not None:
            return cls.parse(path, local=True)
        if text is not None:
            return cls.from_text(
                text, title=title, url=url, source=source, detect_title=detect_title
            )
        if html is not None:
            return cls.from_html(html, url=url, source=source)
        if url:
            return cls.from_url(url)
        raise InputError("give one of text, html or url")
