"""Outlets that are not in the table, recognised by how they are written.

- a web domain with a capital letter in its name ("CelebBuzz.net exclusively reports",
  "according to StarScoop.com", "X.com"): the outlet is the name without its suffix,
  as the table writes "RadarOnline" for "RadarOnline.com";
- a capitalised name with "magazine" after it ("Showbiz Daily magazine claims");
- a capitalised name after a publication noun ("the tabloid Celeb Weekly", "the gossip
  site Dish Nation").

Each becomes an :class:`~.outlets.OutletMention` whose outlet has that canonical name (the
table's entry when the name is in it), so an attribution to it is typed ``outlet`` and
reaches the reporting chain like a table outlet. Mentions of table outlets win overlaps.
"""

from __future__ import annotations

import re

from ..article import Span
from .outlets import Outlet, OutletMention, lookup_outlet
from .patterns import NAME_STOPWORDS

_NAME = r"[A-Z][\w’'&!-]*(?:\s+(?:[A-Z][\w’'&!-]*|&))*"
# Each shape is found by its fixed part first (a suffix or a noun), then the name is read
# beside it, so the text is scanned once per shape.
_TLD_RE = re.compile(r"\.\s?(?:com|net|org|co\.uk|com\.au|tv|ie|ca|us)(?![\w.@/-]|\.\w)")
_DOMAIN_NAME_RE = re.compile(r"(?<![\w@/.:-])((?:[A-Za-z0-9-]+\.)*[A-Za-z0-9][A-Za-z0-9-]*)$")
_MAGAZINE_RE = re.compile(r"\s+(?:magazine|Magazine|mag)\b")
_NAME_AFTER_RE = re.compile(r"\s+[A-Z]")
_NAME_BEFORE_RE = re.compile(r"(?<![\w’'-])(" + _NAME + r")$")
_DESCRIBED_RE = re.compile(
    r"(?<![\w’'-])(?:tabloid|magazine|site|website|blog|newspaper|outlet|publication)\s+"
    r"(" + _NAME + r")"
)
_LOOK_BACK = 60
_NOT_NAMES = frozenset(
    {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "The",
        "A",
        "An",
        "I",
    }
)
_MAX_WORDS = 4


def _outlet(name: str) -> Outlet:
    """The table's outlet for ``name`` (also written without its "!": "OK magazine"), else
    a new one of that name."""
    known = lookup_outlet(name) or lookup_outlet(name + "!")
    return known if known is not None else Outlet(name, (), (), ())


def _name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name in ``[start, end)`` without sentence-initial stopwords; None if none."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and (words[0].group(0) in NAME_STOPWORDS or words[0].group(0) in _NOT_NAMES):
        words.pop(0)
    if not words or len(words) > _MAX_WORDS or words[-1].group(0) in _NOT_NAMES:
        return None
    return start + words[0].start(), start + words[-1].end()


def shaped_outlets(text: str) -> list[OutletMention]:
    """Outlet mentions by shape (domains, "X magazine", "the tabloid X"), in order."""
    found: list[OutletMention] = []
    for m in _TLD_RE.finditer(text):
        d = _DOMAIN_NAME_RE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
        if d is not None and any(c.isupper() for c in d.group(1).rsplit(".", 1)[-1]):
            found.append(
                OutletMention(
                    Span(d.start(), m.end()), text[d.start() : m.end()], _outlet(d.group(1))
                )
            )
    for m in _MAGAZINE_RE.finditer(text):
        if _NAME_AFTER_RE.match(text, m.end()):
            continue  # "British magazine Grazia": the name follows (a described outlet)
        n = _NAME_BEFORE_RE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
        span = _name(text, n.start(1), n.end(1)) if n is not None else None
        if span is not None:
            name = text[span[0] : span[1]]
            found.append(
                OutletMention(Span(span[0], m.end()), text[span[0] : m.end()], _outlet(name))
            )
    for m in _DESCRIBED_RE.finditer(text):
        span = _name(text, m.start(1), m.end(1))
        if span is not None and span[0] == m.start(1):
            name = text[span[0] : span[1]]
            found.append(OutletMention(Span(*span), name, _outlet(name)))
    return sorted(found, key=lambda x: (x.span.start, -x.span.end))


def with_shaped(text: str, mentions: list[OutletMention]) -> list[OutletMention]:
    """``mentions`` (the table's) plus the shaped ones that overlap none, in order."""
    taken = [m.span for m in mentions]
    extra: list[OutletMention] = []
    for mention in shaped_outlets(text):
        if any(mention.span.overlaps(t) for t in taken):
            continue
        extra.append(mention)
        taken.append(mention.span)
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda x: x.span.start)
