"""Text helpers shared by every stage: sentence splitting and normalisation."""

from __future__ import annotations

import re
import unicodedata

from .article import Sentence, Span

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "gen",
        "gov",
        "sen",
        "rep",
        "rev",
        "prof",
        "sgt",
        "capt",
        "lt",
        "col",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "vol",
        "fig",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "a.m",
        "p.m",
    ]
)
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+)|\n\s*\n|\n(?=\s*\S)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\s*[.]+[\"'”’)\]]*$")
_NEXT_START = re.compile(r"\s*([\"'“‘(\[]*)(\S)")
# Names that end in "!" ("told E! News", "OK! magazine") do not end a sentence.
_BANG_NAME = re.compile(r"(?<![\w!])(?:E|OK|Yahoo|Jeopardy)!$")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences as offset spans (paragraph breaks always split)."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        chunk = text[start:end]
        if match.group(0).startswith(".") and not _is_real_stop(text, chunk, end):
            continue
        if match.group(0) == "!" and _BANG_NAME.search(chunk):
            continue
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _is_real_stop(text: str, chunk: str, end: int) -> bool:
    word = _WORD_BEFORE.search(chunk)
    if word:
        token = word.group(1).lower().rstrip(".")
        if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            return False
    following = _NEXT_START.match(text, end)
    if word and word.group(1).lower() == "no" and following and following.group(2).isdigit():
        return False  # "No. 1"
    # "... 3.5 million" or a lower-case continuation is not a new sentence.
    return not (following and following.group(2).islower())


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(index=len(sentences), span=Span(start, end)))


_SPACED_PUNCT = re.compile(r"\s+([,.;:!?%)\]’”])|([(\[“‘])\s+|\s+([-–—'’])\s+(?=\w)")


def detokenize(text: str) -> str:
    """Undo tokenizer spacing such as ``six - year - old`` and ``word , word``."""
    text = unicodedata.normalize("NFKC", text)

    def _join(match: re.Match[str]) -> str:
        if match.group(1):
            return match.group(1)
        if match.group(2):
            return match.group(2)
        return match.group(3)

    return _SPACED_PUNCT.sub(_join, text)
