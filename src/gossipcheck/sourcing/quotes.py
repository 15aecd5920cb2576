"""Direct quotations: “…” and "…" pairs, including quotes that run over paragraphs, and
‘…’ and '…' pairs in paragraphs with no double marks (British style).

Typewriter marks from tokenised corpora (`` ` ` …'' ``, ``''…''``) are read as curly ones
by :func:`curly_marks`, which keeps every offset.

A paragraph that opens a quote and does not close it continues into the next
paragraph when that one opens with a quote mark (the newspaper convention).
Scraped text mixes marks ("…” and “…"): either closing mark ends a quotation, and a
paragraph that opens with a closing mark (”… ”) opens a quotation with it.
"""

from __future__ import annotations

import bisect
import re

from ..article import Span

# Tokenised marks: "` `" or "``" opens; "''" opens before a word after a space, else closes.
_TYPEWRITER_RE = re.compile(r"` `|``|''")


def curly_marks(text: str) -> str:
    """``text`` with typewriter quotation marks as curly ones, padded with spaces to the
    same length ("` ` Hi,'' she said" -> "  “Hi,”  she said")."""
    if "``" not in text and "` `" not in text and "''" not in text:
        return text

    def mark(m: re.Match[str]) -> str:
        pad = " " * (len(m.group(0)) - 1)
        if m.group(0) != "''":
            return pad + "“"
        before = text[m.start() - 1] if m.start() else " "
        after = text[m.end()] if m.end() < len(text) else " "
        opens = (before.isspace() or before in "([—–-") and not after.isspace()
        return pad + "“" if opens else "”" + pad

    return _TYPEWRITER_RE.sub(mark, text)


_PARAGRAPH_RE = re.compile(r"\n\s*\n|\n")
_OPENING_RE = re.compile('[“"]')  # marks that open a quotation anywhere in a paragraph
_DOUBLE_RE = re.compile('[“”"]')
# A single mark opens after a space or a bracket, before a word; it closes after the
# quotation's own punctuation, or after a word before punctuation or the end.
_SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[A-Za-z0-9])", re.M)
_SINGLE_CLOSE_RE = re.compile(r"(?<=[,.!?…])[’']|(?<=[A-Za-z0-9])[’'](?=[,.;:!?)\]—–]|\s*$)", re.M)
_MIN_WORDS = 3  # "‘People’" or a scare-quoted word is not a quotation
_SHORT_WORDS = 2  # ... but a two-word one opening a sentence may be speech (_spoken_short)


def find_quotes(text: str) -> list[Span]:
    """Spans of quoted text, inside the marks, in order."""
    quotes: list[Span] = []
    pos = 0
    length = len(text)
    for para in _paragraphs(text):
        start, end = para
        if start < pos:
            continue
        if not _DOUBLE_RE.search(text, start, end):
            _single_quotes(text, start, end, quotes)
            continue
        i = start
        while i < end and text[i].isspace():
            i += 1
        opening = i  # a paragraph may open with a closing mark typed for an opening one
        while i < end:
            ch = text[i]
            if ch == "“" or (ch == "”" and i == opening):
                close = text.find("”", i + 1, end)
                if close == -1:
                    # Mixed marks (“…"): a straight mark may close a curly opening.
                    close = text.find('"', i + 1, end)
                if close == -1:
                    close = _continue(text, end, length)
                    _add(quotes, text, i + 1, close)
                    pos = close
                    break
                _add(quotes, text, i + 1, close)
                i = close + 1
                continue
            if ch == '"':
                close = _first(text.find('"', i + 1, end), text.find("”", i + 1, end))
                if close == -1:
                    _add(quotes, text, i + 1, end)
                    break
                _add(quotes, text, i + 1, close)
                i = close + 1
                continue
            # Nothing else starts a quotation here: skip to the next mark that may.
            found = _OPENING_RE.search(text, i + 1, end)
            i = found.start() if found else end
    return quotes


def _single_quotes(text: str, start: int, end: int, quotes: list[Span]) -> None:
    """Quotations in single marks, in a paragraph with no double ones (British style:
    "‘It’s over,’ one insider said", "called it 'pure fiction'."). An apostrophe inside a
    word ("It’s") or after one before a space ("the fans’ cheers") closes nothing."""
    i = start
    while (opening := _SINGLE_OPEN_RE.search(text, i, end)) is not None:
        close = _SINGLE_CLOSE_RE.search(text, opening.end(), end)
        if close is None:
            return
        # A scare-quoted word before ("'Desert Kings' star … 'He sends …,'"): the
        # quotation opens at the last mark before its close.
        inner = list(_SINGLE_OPEN_RE.finditer(text, opening.end(), close.start()))
        begin = inner[-1].end() if inner else opening.end()
        _add(quotes, text, begin, close.start())
        i = close.end()


def _first(a: int, b: int) -> int:
    """The smaller of two ``str.find`` results, ignoring -1."""
    if a == -1 or b == -1:
        return max(a, b)
    return min(a, b)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _PARAGRAPH_RE.finditer(text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


def _continue(text: str, para_end: int, length: int) -> int:
    """End of a quote left open at ``para_end``: runs on while paragraphs open with “."""
    end = para_end
    while True:
        nxt = end
        while nxt < length and text[nxt].isspace():
            nxt += 1
        if nxt >= length or text[nxt] != "“":
            return end
        newline = text.find("\n", nxt)
        stop = length if newline == -1 else newline
        close = text.find("”", nxt + 1, stop)
        if close != -1:
            return close
        end = stop


def _add(quotes: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    count = len(text[start:end].split())
    if count >= _MIN_WORDS or (count >= _SHORT_WORDS and _spoken_short(text, start, end)):
        quotes.append(Span(start, end))


def _spoken_short(text: str, start: int, end: int) -> bool:
    """A short quotation that opens a sentence and ends in its own punctuation is speech,
    not a scare quote: "“It’s untrue,” his publicist said"."""
    if text[end - 1] not in ",!?":
        return False
    i = start - 2  # the character before the opening mark
    while i >= 0 and text[i] == " ":
        i -= 1
    return i < 0 or text[i] in "\n.!?:"


def quote_at(quotes: list[Span], offset: int) -> Span | None:
    """The quotation containing ``offset``; ``quotes`` as :func:`find_quotes` gives them
    (in order, not overlapping)."""
    i = bisect.bisect_right(quotes, offset, key=lambda q: q.start)
    if i and offset < quotes[i - 1].end:
        return quotes[i - 1]
    return None
