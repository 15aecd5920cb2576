"""Ingest: turn a file, stdin, a saved HTML page, a URL or a string into an Article.

The first stage of the pipeline. Everything that can go wrong with the input is
reported here as a one-line :class:`~gossipcheck.errors.InputError` or
:class:`~gossipcheck.errors.FetchError`.
"""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ..article import Article
from ..errors import InputError, missing_path
from ..settings import MIN_WORDS, Options
from ..text import split_sentences
from .decode import check_size, clean_text, decode_text, looks_binary, looks_like_html
from .language import detect_language
from .plain import split_title

if TYPE_CHECKING:
    from ..inputs import Input
    from .fetch import Fetcher

__all__ = ["Ingestor", "from_html", "from_text"]

VERSION = "1.0"


def from_text(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    detect_title: bool = True,
) -> Article:
    """An article from plain text (the first line becomes the title when it looks like one)."""
    if title is None and detect_title:
        title, text = split_title(text)
    return _finish(Article(text=text.strip(), title=title, url=url, source=source))


def from_html(html: str | bytes, *, url: str | None = None, source: str | None = None) -> Article:
    from .html import extract_html  # trafilatura is slow to import; only HTML needs it

    what = source or url or "page"
    extracted = extract_html(html, url=url, what=what)
    words = len(extracted.text.split())
    if words < MIN_WORDS:
        raise InputError(
            f"{what} has no article text that could be extracted (only {words} words of text)"
        )
    article = Article(
        text=extracted.text,
        title=extracted.title,
        url=extracted.url or url,
        outlet=extracted.site,
        author=extracted.author,
        published=extracted.published,
        source=source,
    )
    return _finish(article)


def _finish(article: Article) -> Article:
    if len(article.text.split()) < MIN_WORDS:
        words = len(article.text.split())
        raise InputError(
            f"{article.source or 'input'} has {words} words of text; an article needs at least"
            f" {MIN_WORDS}"
        )
    article.language = detect_language(article.text)
    article.sentences = split_sentences(article.text)
    article.provenance["ingest"] = VERSION
    return article


class Ingestor:
    """Reads a SOURCE as the CLI names it: a path, ``-`` for stdin, or an http(s) URL."""

    def __init__(self, options: Options, fetcher: Fetcher | None = None) -> None:
        self.options = options
        self._fetcher = fetcher

    @property
    def fetcher(self) -> Fetcher:
        """The given fetcher, else one made (and its module imported) when a URL is first
        read. Two threads racing here each make one and one is kept: a Fetcher holds
        only its settings between fetches."""
        if self._fetcher is None:
            from .fetch import Fetcher

            self._fetcher = Fetcher(
                timeout_s=self.options.fetch_timeout_s,
                max_bytes=self.options.max_bytes,
                allow_private=self.options.allow_private,
            )
        return self._fetcher

    def resolve(self, input: Input, stdin: BinaryIO | None = None) -> Article:
        """The article an :class:`~gossipcheck.inputs.Input` names, read and checked."""
        if input.kind == "stdin":
            stream = stdin or sys.stdin.buffer
            data = stream.read(self.options.max_bytes + 1)
            return self.from_bytes(data, source="stdin")
        if input.kind == "url":
            return self.from_url(input.value)
        if input.kind == "path":
            return self.from_path(Path(input.value))
        source = input.source or input.kind
        text = clean_text(input.value, source, self.options.max_bytes)
        if input.kind == "html":
            return from_html(text, url=input.url, source=source)
        return from_text(
            text, title=input.title, url=input.url, source=source, detect_title=input.detect_title
        )

    def load(self, source: str, stdin: BinaryIO | None = None) -> Article:
        """SOURCE as the CLI names it (kept for callers of the 1.x API)."""
        from ..inputs import Input

        return self.resolve(Input.parse(source, local=True), stdin)

    def from_url(self, url: str) -> Article:
        fetched = self.fetcher.fetch(url)
        if fetched.content_type == "text/plain":
            return from_text(decode_text(fetched.content, url, self.options.max_bytes), url=url)
        return from_html(fetched.content, url=fetched.url, source=url)

    def from_path(self, path: Path) -> Article:
        """A regular file; device files and FIFOs are refused before anything is read."""
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            raise missing_path(str(path)) from None
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}") from None
        if stat.S_ISDIR(mode):
            raise InputError(f"{path} is a directory, not an article file")
        if not stat.S_ISREG(mode):
            raise InputError(f"{path} is {_file_type(mode)}, not an article file")
        size = path.stat().st_size
        if size > self.options.max_bytes:
            raise InputError(
                f"{path} is {size:,} bytes, over the {self.options.max_bytes:,}-byte limit"
            )
        try:
            with path.open("rb") as file:  # at most the cap, even if the file grows
                data = file.read(self.options.max_bytes + 1)
        except OSError as exc:
            raise InputError(f"cannot read {path}: {exc.strerror}") from None
        is_html = True if path.suffix.lower() in (".html", ".htm") else None
        return self.from_bytes(data, source=str(path), html=is_html)

    def from_bytes(self, data: bytes, *, source: str, html: bool | None = None) -> Article:
        check_size(data, source, self.options.max_bytes)
        if html and data.strip() and not looks_binary(data):
            return from_html(data, source=source)
        text = decode_text(data, source, self.options.max_bytes)
        if html or (html is None and looks_like_html(text)):
            return from_html(text, source=source)
        return from_text(text, source=source)


def _file_type(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device file"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"
