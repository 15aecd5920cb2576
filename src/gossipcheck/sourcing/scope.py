"""What the attribution finders share about one article: its text, quotations, outlets.

One :class:`Scope` is built per article and handed to each finder (speakers,
contents, channels, cues), which read it and never change it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..article import Article, Span
from .kinds import OUTLET_AFTER_WINDOW, OUTLET_NEAR_WINDOW, PIECE_LEAD_WINDOW, TOLD_OBJECT_WINDOW
from .outlets import OutletMention
from .quotes import curly_marks, find_quotes, quote_at

_PIECE_BEFORE_RE = re.compile(r"(?i)\b(?:in|per|from)\s+(?:an?|the)\s+(?:new\s+)?$")
HEADLINE_WORDS = 25  # a first line this short with no closing punctuation is a headline
# "… to People", "a statement to the Daily Mail": the outlet received the words.
_TOLD_TO_RE = re.compile(
    r"(?<![\w’'-])(?<!according )(?<!According )(?<!due )(?<!thanks )(?<!next )to\s+(?:the\s+)?$"
)
_OBJECT_TO_RE = re.compile(
    r"\s+(?:the|a|an|her|his|their|its|this|that)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+to\s+"
    r"(?:the\s+)?"
)
_PIECE_AFTER_RE = re.compile(r"\s+(?:exclusive|report|story|article|cover\s+story)\b")
# A line break inside a sentence (scraped links, "… according to DNA\n!"): one newline,
# then punctuation or a lower-case word, or after a word that cannot end a sentence.
_ONE_BREAK_RE = re.compile(r"[ \t]*\n[ \t]*")
_CONTINUES_RE = re.compile(r"[!?.,;:…)\]]|[a-z]")
_OPEN_END_RE = re.compile(
    r"(?:[,(]|(?<![\w’'-])(?:to|by|of|from|with|via|per|told|tells|said|says|the|a|an|and|"
    r"according\s+to))$"
)


@dataclass(slots=True)
class Scope:
    """One article's text with its quotations, outlet mentions and organisation names."""

    article: Article
    outlets: list[OutletMention]
    orgs: list[Span]
    text: str = field(init=False)
    quotes: list[Span] = field(init=False)
    outlet_start: dict[int, OutletMention] = field(init=False)
    outlet_end: dict[int, OutletMention] = field(init=False)
    _starts: list[int] = field(init=False)
    headline_end: int = field(init=False)  # 0 when the text does not open with a headline

    def __post_init__(self) -> None:
        self.text = curly_marks(self.article.text)
        self.headline_end = headline_end(self.text)
        self.quotes = find_quotes(self.text)
        self.outlet_start = {m.span.start: m for m in self.outlets}
        self.outlet_end = {m.span.end: m for m in self.outlets}
        self._starts = [m.span.start for m in self.outlets]

    def quote_at(self, offset: int) -> Span | None:
        return quote_at(self.quotes, offset)

    def outlets_from(self, lo: int, hi: int) -> list[OutletMention]:
        """Outlet mentions starting in ``[lo, hi)``, in order."""
        return self.outlets[
            bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)
        ]

    def outlet_at(self, pos: int) -> bool:
        """Whether an outlet mention covers ``pos``."""
        i = bisect.bisect_right(self._starts, pos)
        return bool(i) and pos < self.outlets[i - 1].span.end

    def inside_outlet(self, pos: int) -> bool:
        """Whether ``pos`` falls strictly inside an outlet mention (not at its start)."""
        i = bisect.bisect_left(self._starts, pos)
        return bool(i) and pos < self.outlets[i - 1].span.end

    def outlet_within(self, span: Span) -> str | None:
        """The first outlet named entirely inside ``span``."""
        for mention in self.outlets_from(span.start, span.end):
            if mention.span.end <= span.end:
                return mention.outlet.name
        return None

    def previous_outlet(self, pos: int) -> str | None:
        """The last outlet named before ``pos`` ("the site" refers back to it)."""
        i = bisect.bisect_left(self._starts, pos)
        return self.outlets[i - 1].outlet.name if i else None

    def outlet_soon_after(self, pos: int, limit: int) -> OutletMention | None:
        """The first outlet named within a few words after ``pos``, before any comma."""
        stop = min(limit, pos + OUTLET_AFTER_WINDOW)
        comma = self.text.find(",", pos, stop)
        stop = comma if comma != -1 else stop
        found = self.outlets_from(pos, stop)
        return found[0] if found else None

    def outlet_near(self, cue: Span, lo: int, hi: int, skip: Span | None) -> str | None:
        """The outlet an interview was given to ("said in her cover story for Elle")."""
        best: tuple[int, str] | None = None
        for mention in self.outlets_from(lo, hi):
            span = mention.span
            if skip is not None and skip.overlaps(span):
                continue
            distance = abs(span.start - cue.end)
            if distance <= OUTLET_NEAR_WINDOW and (best is None or distance < best[0]):
                best = (distance, mention.outlet.name)
        return best[1] if best else None

    def outlet_told(self, cue: Span, lo: int, hi: int, skip: Span | None) -> str | None:
        """The outlet the words were given to, away from the cue: "confirmed the split to
        People", "In a statement to Us Weekly, her rep said" (not "according to")."""
        for mention in self.outlets_from(lo, hi):
            span = mention.span
            # In the reported words only right after the cue's object ("confirmed the
            # split to People"), not further on ("said she went to People's party").
            near = 0 <= span.start - cue.end <= TOLD_OBJECT_WINDOW and bool(
                _OBJECT_TO_RE.fullmatch(self.text, cue.end, span.start)
            )
            if skip is not None and skip.overlaps(span) and not near:
                continue
            if abs(span.start - cue.end) > OUTLET_NEAR_WINDOW:
                continue
            if _TOLD_TO_RE.search(self.text, max(lo, span.start - 30), span.start):
                return mention.outlet.name
        return None

    def exclusive_outlet(self, s_start: int, s_end: int) -> str | None:
        """The outlet whose piece the sentence's sources speak in: "In an OK! exclusive,
        sources reveal …", "in a new Us Weekly report"."""
        for mention in self.outlets_from(s_start, s_end):
            span = mention.span
            lead = _PIECE_BEFORE_RE.search(
                self.text, max(s_start, span.start - PIECE_LEAD_WINDOW), span.start
            )
            if lead and _PIECE_AFTER_RE.match(self.text, span.end, s_end):
                return mention.outlet.name
        return None

    def org_after(self, cue_end: int) -> bool:
        """A named organisation right after a told-like cue ("told Vogue Arabia")."""
        gap = self.text[cue_end : cue_end + 6]
        probe = cue_end + len(gap) - len(gap.lstrip(" "))
        if self.text.startswith(("to ", "with "), probe):
            probe += 3 if self.text.startswith("to ", probe) else 5
        return any(o.start == probe for o in self.orgs)


def headline_end(text: str) -> int:
    """The end of a headline line opening the text ("Star Says She Is Done With Him" then a
    line break): a short first line with no closing punctuation; 0 when there is none."""
    newline = text.find("\n")
    first = text[:newline].strip() if newline != -1 else ""
    if not first or first[-1] in ".!?\"”’'" or len(first.split()) > HEADLINE_WORDS:
        return 0
    after = newline + 1
    while after < len(text) and text[after] in " \t":
        after += 1
    if broken_line(text, len(text[:newline].rstrip(" \t")), after):
        return 0  # a sentence cut by a line break ("… according to\nThe Sun."), not a headline
    return newline


def broken_line(text: str, prev_end: int, start: int) -> bool:
    """The splitter cut a sentence at a single line break, not at its end."""
    if _ONE_BREAK_RE.fullmatch(text, prev_end, start) is None:
        return False
    return bool(
        _CONTINUES_RE.match(text, start)
        or _OPEN_END_RE.search(text, max(0, prev_end - 16), prev_end)
    )
