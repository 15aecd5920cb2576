"""Content spans: what a speaker said, found around the cue.

The adjacent quotation, the that-clause after the cue, a quote opened by a colon
in the next sentence, or the clause before the speaker ("Kim is pregnant, a
source told Us Weekly"). The recipient of a told-like cue ("told People", "told
her") is skipped first and its outlet returned.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..article import Span
from .kinds import CHANNEL_CLAUSE_WINDOW, CHANNEL_CLAUSE_WORDS, Channel
from .patterns import (
    CLAUSE_BREAK_RE,
    OBJECT_PRONOUN_RE,
    OUTLET_DESCRIPTOR_RE,
    OUTLET_NOUN_RE,
    QUOTE_BEFORE_RE,
    TELL_END_RE,
    THAT_RE,
    channels,
    contexts,
    media_objects,
)
from .scope import Scope

TRAIL_PUNCT = " \t\n,.;:!?—–-"
MIN_CONTENT_WORDS = 3  # shorter text after a cue is not reported content
# Speech verbs that take no indirect object: "said the network stands by it" names the
# content's subject, not whom it was said to ("said to People" still is).
_NO_OBJECT_RE = re.compile(r"(?i)(?<![\w’'-])(?:said|says|say|added|adds|claimed|claims)$")
# A capitalised name told, before what was said or where: "told French Elle that",
# "telling Stephen Colbert on The Late Show that".
_NAMED_RECIPIENT_RE = re.compile(
    r"\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*(?=\s*(?:[,:“\"]|that\b|on\s|in\s|during\s))"
)
# "to" and a capitalised name that ends the clause: "revealed to Good Morning America."
_TO_NAMED_RE = re.compile(
    r"(?:to|with)\s+(?:[A-Z][\w’'.!-]*\s+){0,3}[A-Z][\w’'!-]*(?=\s*(?:[,.;:!?]|that\b|$))"
)
# Capitalised words the speaker phrase left out before the name ("Italian", "Then-Senator").
_NAME_MODIFIERS_RE = re.compile(r"(?<=\s)(?:[A-Z][\w’'.-]*\s+){1,2}$")
# "that" after a channel or right after the cue, maybe past a date: "on Monday that",
# "Tuesday that", "last week that".
DATED_THAT_RE = re.compile(
    r"\s*,?\s*(?:(?:on\s+|last\s+|this\s+|earlier\s+this\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|"
    r"Satur|Sun)day|week|weekend|month|year|morning|night)|yesterday|today|tonight)?\s*,?\s*"
    r"that\s+"
)
_DETERMINED_RE = re.compile(r"(?i)\w+\s+(?:a|an|the|her|his|their|its|this|that)\s")
# A time or manner phrase and a comma between a cue and its quotation: "adding later, “…”",
# "saying during the debate, “…”".
_LEAD_IN_RE = re.compile(
    r"\s*(?:later|then|again|also|too|[a-z]+ly|(?:during|at|on|in|after|before)\s+[^,;:“”\"]{1,40}),"
    r"\s*(?=[“\"])"
)
CONJUNCTION_RE = re.compile(r"(?:and|but|or|so|yet)\b")
# Cues whose object may be the thing shared ("shared a photo", "posted a video").
SHARING_CUES = frozenset(
    {"share", "shares", "shared", "sharing", "posts", "posted", "posting", "wrote", "writes"}
)
_SUBORDINATOR_RE = re.compile(r"(?i)\s+(?:while|when|during|as|after|before|in|like)$")


class Content(NamedTuple):
    """A content span, whether it is a quotation, and whether it was marked explicitly
    (a that-clause, a colon, a quotation) rather than merely following the cue."""

    span: Span | None
    is_quote: bool
    explicit: bool


def strip_span(text: str, start: int, end: int) -> Span | None:
    """``text[start:end]`` without surrounding punctuation; None if under three characters."""
    while start < end and text[start] in TRAIL_PUNCT + '“"':
        start += 1
    while end > start and text[end - 1] in TRAIL_PUNCT:
        end -= 1
    if end - start < 3:
        return None
    return Span(start, end)


def words(text: str, span: Span | None) -> int:
    return 0 if span is None else len(text[span.start : span.end].split())


def clause_before(text: str, lo: int, hi: int) -> Span | None:
    """``text[lo:hi]`` without a trailing "while"/"like", if it has three words or more."""
    span = strip_span(text, lo, hi)
    if span is None:
        return None
    m = _SUBORDINATOR_RE.search(text, span.start, span.end)
    span = strip_span(text, span.start, m.start() if m else span.end)
    if span is None or words(text, span) < MIN_CONTENT_WORDS:
        return None
    return span


class ContentFinder:
    """Content and recipient lookup over one article."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.text = scope.text

    def recipient(self, pos: int, limit: int) -> tuple[int, str | None]:
        """Skip "People" / "the site" / "her" after told-like cues; return (pos, outlet)."""
        text = self.text
        starts = self.scope.outlet_start
        probe = pos
        while probe < limit and text[probe] in " \n":  # "told\nthe Daily Mail": a cut line
            probe += 1
        if text.startswith(("to ", "with "), probe):
            skip = probe + (3 if text.startswith("to ", probe) else 5)
            if skip in starts or text.startswith(("the ", "The "), skip):
                probe = skip
            elif (named := _TO_NAMED_RE.match(text, probe, limit)) is not None:
                # "she once revealed to Good Morning America.": a show or person the
                # outlet table does not know is who was told, not what
                inside = self.scope.outlets_from(named.start(), named.end())
                return named.end(), inside[-1].outlet.name if inside else None
        elif _NO_OBJECT_RE.search(text, max(0, pos - 8), pos):
            return pos, None
        mention = starts.get(probe)
        if mention is None and text.startswith(("the ", "The "), probe):
            mention = starts.get(probe + 4)
        if mention is None:
            described = OUTLET_DESCRIPTOR_RE.match(text, probe, limit)
            if described is not None:
                mention = starts.get(described.end())
        if mention is not None:
            return mention.span.end, mention.outlet.name
        m = OUTLET_NOUN_RE.match(text, pos, limit)
        if m:
            return m.end(), self.scope.previous_outlet(pos)
        m = OBJECT_PRONOUN_RE.match(text, pos, limit)
        if m:
            return m.end(), None
        if TELL_END_RE.search(text, max(0, pos - 8), pos):
            m = _NAMED_RECIPIENT_RE.match(text, pos, limit)
            if m:  # "telling Stephen Colbert that", "told French Elle:" (Elle's edition)
                inside = self.scope.outlets_from(m.start(), m.end())
                return m.end(), inside[-1].outlet.name if inside else None
        return pos, None

    def after(self, pos: int, sent_end: int) -> Content:
        """The material after the cue (a channel phrase at ``pos`` is skipped)."""
        text = self.text
        channel = self.channel_at(pos, sent_end)
        if channel is not None:
            pos = channel
        m = THAT_RE.match(text, pos, sent_end)
        after = m.end() if m else pos
        explicit = bool(m and (m.group(0).strip()))
        if not explicit:
            dated = DATED_THAT_RE.match(text, pos, sent_end)  # "said on Monday that"
            leap = dated.end() if dated else self._channel_clause(pos, sent_end)
            if leap is not None:
                after, explicit = leap, True
        probe = after
        while probe < sent_end and text[probe] in ' "“\n':
            probe += 1
        quote = self.scope.quote_at(probe)
        if quote is not None and quote.start - after <= 3:
            return Content(quote, True, True)
        lead = _LEAD_IN_RE.match(text, after, sent_end)  # "adding later, “…”"
        if lead is not None:
            quote = self.scope.quote_at(lead.end() + 1)
            if quote is not None:
                return Content(quote, True, True)
        if probe >= sent_end:
            # "The source added:" with the quote in the next sentence or paragraph.
            nxt = probe
            while nxt < len(text) and text[nxt] in ' \n"“':
                nxt += 1
            quote = self.scope.quote_at(nxt)
            if quote is not None and text[pos:sent_end].rstrip().endswith(":"):
                return Content(quote, True, True)
        span = strip_span(text, after, sent_end)
        if (
            span is None
            or words(text, span) < MIN_CONTENT_WORDS
            or CONJUNCTION_RE.match(text, span.start)
        ):
            return Content(None, False, explicit)  # "TMZ reported and multiple outlets confirmed"
        return Content(span, False, explicit)

    def _channel_clause(self, pos: int, limit: int) -> int | None:
        """After the "that" of a channel phrase a few words past the cue ("vented
        frustration in a tweet Wednesday that …"): the channel is the speaker's, the clause
        after "that" is the content."""
        text = self.text
        m = channels().regex.search(text, pos, min(limit, pos + CHANNEL_CLAUSE_WINDOW))
        if (
            m is None
            or len(text[pos : m.start()].split()) > CHANNEL_CLAUSE_WORDS
            or not _DETERMINED_RE.match(text, m.start(), m.end())
            or CLAUSE_BREAK_RE.search(text, pos, m.start())
        ):
            return None
        that = DATED_THAT_RE.match(text, m.end(), limit)
        return that.end() if that else None

    def medium(self, cue: str, pos: int, limit: int) -> Channel | None:
        """The channel of a shared object right after a sharing cue ("shared a photo of
        her son", "posted several snaps", "wrote an essay in Teen Vogue"): the act is the
        attribution and has no content span."""
        media = media_objects()
        if cue.split()[-1].lower() not in SHARING_CUES:
            return None
        m = media.regex.match(self.text, pos, limit)
        return media.channel(m) if m else None

    def channel_at(self, pos: int, limit: int) -> int | None:
        """End of a channel phrase ("on Instagram", "in a statement") right at ``pos``."""
        probe = pos
        while probe < limit and self.text[probe] == " ":
            probe += 1
        m = contexts().regex.match(self.text, probe, limit) or channels().regex.match(
            self.text, probe, limit
        )
        return m.end() if m else None

    def before(self, lo: int, speaker_start: int) -> tuple[Span | None, bool]:
        """The quotation or comma-ended clause before the speaker: (content, is_quote)."""
        text = self.text
        before = text[lo:speaker_start]
        modifiers = _NAME_MODIFIERS_RE.search(before)  # "“…,” Italian Prime Minister Renzi"
        if modifiers is not None and QUOTE_BEFORE_RE.search(before, 0, modifiers.start()):
            before = before[: modifiers.start()]
        if QUOTE_BEFORE_RE.search(before):
            idx = len(before.rstrip(TRAIL_PUNCT + "”\"’'"))
            quote = self.scope.quote_at(lo + max(idx - 1, 0))
            if quote is not None:
                return quote, True
        if not before.rstrip().endswith(","):
            return None, False
        span = strip_span(text, lo, speaker_start)
        if span is None or words(text, span) < MIN_CONTENT_WORDS:
            return None, False
        return span, False
