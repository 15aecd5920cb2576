"""Plain text to articles: the first line is the title when it looks like one."""

from __future__ import annotations

import re

_TITLE_MAX_CHARS = 200
_ENDS_LIKE_SENTENCE = re.compile(r"[.;,:]$")


def split_title(text: str) -> tuple[str | None, str]:
    """``(title, body)``: a short first line followed by a blank line (or a longer body)
    and not ending like a sentence is taken as the title."""
    stripped = text.strip("\ufeff\r\n\t ")
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or not rest.strip():
        return None, stripped
    looks_like_title = (
        0 < len(first) <= _TITLE_MAX_CHARS
        and not _ENDS_LIKE_SENTENCE.search(first)
        and len(first.split()) >= 2
        and (rest.startswith("\n") or rest.lstrip().startswith("\n") or len(rest) > 3 * len(first))
    )
    if looks_like_title:
        return first, rest.strip("\r\n")
    return None, stripped
