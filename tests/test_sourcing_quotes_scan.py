"""``find_quotes`` skips to the next opening mark: the same quotations as a scan of every
character, on random mixes of marks, words and paragraph breaks."""

from __future__ import annotations

import random

from gossipcheck.article import Span
from gossipcheck.sourcing import quotes
from gossipcheck.sourcing.quotes import find_quotes


def _every_character(text: str) -> list[Span]:
    """The scan that looks at each character of a paragraph in turn."""
    out: list[Span] = []
    pos, length = 0, len(text)
    for start, end in quotes._paragraphs(text):
        if start < pos:
            continue
        if not quotes._DOUBLE_RE.search(text, start, end):
            quotes._single_quotes(text, start, end, out)  # British marks: their own scan
            continue
        i = start
        while i < end and text[i].isspace():
            i += 1
        opening = i
        while i < end:
            ch = text[i]
            if ch == "“" or (ch == "”" and i == opening):
                close = text.find("”", i + 1, end)
                if close == -1:
                    close = text.find('"', i + 1, end)
                if close == -1:
                    close = quotes._continue(text, end, length)
                    quotes._add(out, text, i + 1, close)
                    pos = close
                    break
                quotes._add(out, text, i + 1, close)
                i = close + 1
                continue
            if ch == '"':
                close = quotes._first(text.find('"', i + 1, end), text.find("”", i + 1, end))
                if close == -1:
                    quotes._add(out, text, i + 1, end)
                    break
                quotes._add(out, text, i + 1, close)
                i = close + 1
                continue
            i += 1
    return out


def test_the_same_quotations_as_a_full_scan() -> None:
    rng = random.Random(5)
    pieces = ["“", "”", '"', "‘", "’", "we will win", "she said", ".", "\n", "\n\n", " ", "  "]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        assert find_quotes(text) == _every_character(text)


def _quoted(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_quotes(text)]


def test_single_marks_quote_in_a_paragraph_without_double_ones() -> None:
    text = "The fans’ cheers were loud. ‘It’s over, it really is,’ one insider said."
    assert _quoted(text) == ["It’s over, it really is,"]
    assert _quoted("'They are not engaged at all,' the rep told E! News.") == [
        "They are not engaged at all,"
    ]
    # A scare-quoted title before the quotation does not open it.
    text = "'Desert Kings' star Ramon is 'desperate', sources say. 'He sends flowers,' one said."
    assert _quoted(text) == ["He sends flowers,"]
    # Beside double marks, single ones are quotes within a quote or scare quotes.
    assert _quoted("“She called it ‘a total lie’ on Monday,” the rep said.") == [
        "She called it ‘a total lie’ on Monday,"
    ]
