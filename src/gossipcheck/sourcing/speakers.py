"""Speaker noun phrases around an attribution cue.

The phrase before a cue ("a source close to the couple", "Her rep, Jane Doe",
"RadarOnline.com", "she"), after it ("…,” said Kim", "according to People"), or
across commas ("Kim, who is 37, said"), with its class: outlet, anonymous,
representative, document, social, role, pronoun, name or org. Used by
:class:`.attributions.AttributionFinder`.
"""

from __future__ import annotations

import re

from ..article import Article, Span
from .lexicons import word_list
from .outlets import OutletMention
from .patterns import (
    ADVERBS_RE,
    CLAUSE_BREAK_RE,
    GENERIC_NP_RE,
    NAME_RE,
    NAME_START_RE,
    NAME_STOPWORDS,
    PRONOUN_RE,
    PRONOUN_START_RE,
    RELATIVE_RE,
    noun_phrase_re,
    noun_phrase_start_re,
    speaker_nouns,
)
from .quotes import find_quotes

Found = tuple[Span, str, "str | None"]

_LEFT_WINDOW = 160
_GENERIC_STOP = frozenset(word_list("function_words"))
STRONG_CLASSES = frozenset({"anonymous", "representative", "outlet", "document", "social", "org"})
_PERSONISH_RE = re.compile(
    r"(?<![\w’'-])(?:(he|she|He|She|they|They)|((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,3}))"
    r"(?![\w’'-])"
)


_SCARE_QUOTE_RE = re.compile(r"[“\"‘]([\w’'-]+(?:\s+[\w’'-]+)?)[”\"’]")


def _blank_marks(m: re.Match[str]) -> str:
    return " " + m.group(1) + " "


_AGE_RE = re.compile(r"\s*\d{1,3}\s*")
_HANDLE_RE = re.compile(r"\s*(@\s?[A-Za-z0-9_.]+)")


class SpeakerFinder:
    """Speaker phrase lookup over one article's text and outlet mentions."""

    def __init__(self, article: Article, outlets: list[OutletMention], orgs: list[Span]) -> None:
        self.article = article
        self.text = article.text
        self.outlets = outlets
        self.orgs = orgs
        self.quotes = find_quotes(self.text)
        self._outlet_end = {m.span.end: m for m in outlets}
        self._outlet_start = {m.span.start: m for m in outlets}

    # -- speaker noun phrases -------------------------------------------------------
    def _speaker_left(self, lo: int, hi: int) -> Found | None:
        """The speaker phrase ending at ``hi`` (adverbs and auxiliaries allowed before it)."""
        text = self.text
        left = text[lo:hi]
        adv = ADVERBS_RE.search(left)
        if adv:
            left = left[: adv.start()]
        end = lo + len(left.rstrip())
        return self._phrase_ending_at(lo, end)

    def _phrase_ending_at(self, lo: int, end: int) -> Found | None:
        text = self.text
        probe = end
        while probe > lo and text[probe - 1] in "’'\"”":
            probe -= 1
        mention = self._outlet_end.get(probe)
        if mention is not None:
            start = mention.span.start
            if text[max(lo, start - 4) : start] in ("the ", "The "):
                start -= 4
            return Span(start, mention.span.end), "outlet", mention.outlet.name
        window = text[max(lo, end - _LEFT_WINDOW) : end]
        base = end - len(window)
        # Scare quotes around a speaker noun ("“sources” claimed", "a so-called “source”")
        # are blanked (same length, so offsets hold) before the noun phrase is matched.
        m = noun_phrase_re().search(_SCARE_QUOTE_RE.sub(_blank_marks, window))
        if m:
            span = Span(base + m.start(), base + m.start() + len(m.group(0).rstrip()))
            cls = speaker_nouns()[" ".join(m.group("head").lower().split())]
            return span, cls, self._outlet_within(span)
        m = PRONOUN_RE.search(window)
        if m:
            return Span(base + m.start(1), base + m.end(1)), "pronoun", None
        m = NAME_RE.search(window)
        if m:
            named = self._name_span(base + m.start(1), base + m.end(1), lo)
            if named is not None:
                return named
        m = GENERIC_NP_RE.search(window)
        if m and m.group("head").lower() not in _GENERIC_STOP:
            span = Span(base + m.start(), base + m.start() + len(m.group(0).rstrip()))
            return span, "nominal", None  # "the zoo", "the 20-year-old": not resolved
        return None

    def _name_span(self, start: int, end: int, lo: int) -> Found | None:
        words = list(re.finditer(r"\S+", self.text[start:end]))
        while words and words[0].group(0) in NAME_STOPWORDS:
            words.pop(0)
        if not words:
            return None
        span = Span(start + words[0].start(), start + words[-1].end())
        if self.text[max(lo, span.start - 4) : span.start] in ("The ", "the ") and len(words) > 1:
            span = Span(span.start - 4, span.end)
        cls = "org" if any(span.overlaps(o) for o in self.orgs) else "name"
        # A title or relation right before the name: "spokesman Mlenga Mvula",
        # "Samantha's boyfriend Mark".
        before = self.text[max(lo, span.start - 80) : span.start]
        if before.endswith(" ") and not before.endswith("  "):
            m = noun_phrase_re().search(before)
            if m and before[m.start() :].strip() and "," not in before[m.start() :]:
                head = speaker_nouns()[" ".join(m.group("head").lower().split())]
                if head in ("representative", "anonymous", "role"):
                    base = span.start - len(before)
                    span = Span(base + m.start(), span.end)
                    cls = "representative" if head == "representative" else "name"
        return span, cls, None

    def _speaker_right(self, pos: int, limit: int) -> Found | None:
        """The speaker phrase starting at ``pos`` ("said Kim", "according to People")."""
        text = self.text
        while pos < limit and text[pos].isspace():
            pos += 1
        probe = pos
        while probe < limit and text[probe] in "‘'\"“":
            probe += 1
        mention = self._outlet_start.get(probe)
        if mention is None and text.startswith(("the ", "The "), probe):
            mention = self._outlet_start.get(probe + 4)
        if mention is not None:
            return mention.span, "outlet", mention.outlet.name
        window = text[pos:limit]
        m = noun_phrase_start_re().match(window)
        if m:
            raw = m.group(0)
            lead = len(raw) - len(raw.lstrip())
            span = Span(pos + lead, pos + len(raw.rstrip()))
            cls = speaker_nouns()[" ".join(m.group("head").lower().split())]
            return span, cls, self._outlet_within(span)
        m = PRONOUN_START_RE.match(window)
        if m:
            return Span(pos + m.start(1), pos + m.end(1)), "pronoun", None
        m = NAME_START_RE.match(window)
        if m:
            return self._name_span(pos + m.start(1), pos + m.end(1), pos)
        m = _HANDLE_RE.match(window)
        if m:
            return Span(pos + m.start(1), pos + m.end(1)), "name", None
        return None

    def _outlet_within(self, span: Span) -> str | None:
        for mention in self.outlets:
            if span.start <= mention.span.start and mention.span.end <= span.end:
                return mention.outlet.name
        return None

    def _speaker_across_commas(self, s_start: int, lo: int, hi: int) -> Found | None:
        """Appositives and relatives: "his rep, Leslie Sloane, told"; "Kim, who is 37, said"."""
        text = self.text
        gap = text[lo:hi]
        relative = RELATIVE_RE.match(gap)
        if gap.strip() and not relative:
            return None
        comma = lo - 1
        if comma <= s_start or text[comma] != ",":
            return None
        prev_lo = self._clause_start(s_start, comma)
        if relative:
            return self._phrase_ending_at(prev_lo, comma)
        segment = text[prev_lo:comma]
        if (RELATIVE_RE.match(segment) or _AGE_RE.fullmatch(segment)) and (
            prev_lo - 1 > s_start and text[prev_lo - 1] == ","
        ):
            # "Kim, who is 37, said" / "Cook, 26, says": the name before the aside.
            return self._phrase_ending_at(self._clause_start(s_start, prev_lo - 1), prev_lo - 1)
        inner = self._phrase_ending_at(prev_lo, comma)
        if inner is None:
            return None
        if segment.strip() != text[inner[0].start : inner[0].end].strip():
            return None
        outer_end = prev_lo - 1
        if outer_end <= s_start or text[outer_end] != ",":
            return None
        outer = self._phrase_ending_at(self._clause_start(s_start, outer_end), outer_end)
        if outer is None:
            return None
        cls = outer[1] if outer[1] in STRONG_CLASSES else inner[1]
        return Span(outer[0].start, inner[0].end), cls, outer[2] or inner[2]

    # -- content ------------------------------------------------------------------
    def _clause_start(self, s_start: int, cue_start: int) -> int:
        """After the last clause break before the cue; scare quotes ("“sources” say") are
        not breaks."""
        lo = s_start
        scare = [m.span() for m in _SCARE_QUOTE_RE.finditer(self.text, s_start, cue_start)]
        for m in CLAUSE_BREAK_RE.finditer(self.text, s_start, cue_start):
            if not any(a <= m.start() < b for a, b in scare):
                lo = m.end()
        return lo

    # -- main loop ----------------------------------------------------------------
    def _nearest_person(self, lo: int, hi: int) -> Found | None:
        """The last pronoun or person name in ``[lo, hi)``."""
        best: Found | None = None
        for m in _PERSONISH_RE.finditer(self.text, lo, hi):
            if m.group(1):
                best = (Span(m.start(1), m.end(1)), "pronoun", None)
                continue
            named = self._name_span(m.start(2), m.end(2), lo)
            if named is not None and named[1] == "name":
                best = named
        return best
