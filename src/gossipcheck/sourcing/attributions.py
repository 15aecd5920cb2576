"""Who said what: cue, speaker and content spans for direct and indirect speech.

Rule-based and parser-free (fast): a cue (``said``, ``sources tell``,
``according to``, ``tweeted``) is found by the lexicon; the speaker is the noun
phrase before it (or after it, for "…,” said Kim" and "according to X"); the
content is the adjacent quotation, the that-clause after the cue, or the clause
before it ("Kim is pregnant, a source told Us Weekly"). Pronoun and nominal
speakers are resolved afterwards by :mod:`.coreference`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Article, Span
from .outlets import OutletMention
from .patterns import (
    ADVERBS_RE,
    AUX_START_RE,
    CLAUSE_BREAK_RE,
    GENERIC_NP_RE,
    NAME_RE,
    NAME_START_RE,
    NAME_STOPWORDS,
    OBJECT_PRONOUN_RE,
    OUTLET_NOUN_RE,
    PARTICIPLE_RE,
    PRONOUN_RE,
    PRONOUN_START_RE,
    QUOTE_BEFORE_RE,
    RELATIVE_RE,
    THAT_RE,
    contexts,
    cues,
    noun_phrase_re,
    noun_phrase_start_re,
    speaker_nouns,
)
from .quotes import find_quotes, quote_at

_LEFT_WINDOW = 160
_TRAIL_PUNCT = " \t\n,.;:!?—–-"
_GENERIC_STOP = frozenset(
    "and or but that which who is are was were has have had be been being not also just "
    "said says told tells added adds then now later while when as after before about with in "
    "on of to for from by at like than because if since so too very all more most much "
    "again here there what whom whose it them him her us me you".split()
)
_STRONG = frozenset({"anonymous", "representative", "outlet", "document", "social", "org"})
_SUBORDINATOR_RE = re.compile(r"(?i)\s+(?:while|when|during|as|after|before|in|like)$")
_PASSIVE_RE = re.compile(
    r"(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:said|told|reported|believed|rumou?red|"
    r"thought|claimed|described|asked)\b"
)
_PERSONISH_RE = re.compile(
    r"(?<![\w’'-])(?:(he|she|He|She|they|They)|((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,3}))"
    r"(?![\w’'-])"
)


@dataclass(slots=True)
class Candidate:
    """An attribution before speaker resolution and typing."""

    cue: Span
    cue_kind: str
    speaker: Span | None
    # outlet | anonymous | representative | document | social | role | pronoun | name | org
    speaker_class: str
    content: Span | None
    sentence_index: int
    outlet: str | None = None  # the speaker's outlet, or the outlet it spoke to
    context: str | None = None  # social | interview | document | statement, from nearby phrases
    content_is_quote: bool = False


Found = tuple[Span, str, "str | None"]


def _strip_span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in _TRAIL_PUNCT + "“\"":
        start += 1
    while end > start and text[end - 1] in _TRAIL_PUNCT:
        end -= 1
    if end - start < 3:
        return None
    return Span(start, end)


def _words(text: str, span: Span | None) -> int:
    return 0 if span is None else len(text[span.start : span.end].split())


class AttributionFinder:
    """Finds attribution candidates in one article (one instance per article)."""

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
        m = noun_phrase_re().search(window)
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
            return span, "role", None
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
        inner = self._phrase_ending_at(prev_lo, comma)
        segment = text[prev_lo:comma]
        if inner is None:
            return None
        if RELATIVE_RE.match(segment) and prev_lo - 1 > s_start and text[prev_lo - 1] == ",":
            return self._phrase_ending_at(self._clause_start(s_start, prev_lo - 1), prev_lo - 1)
        if segment.strip() != text[inner[0].start : inner[0].end].strip():
            return None
        outer_end = prev_lo - 1
        if outer_end <= s_start or text[outer_end] != ",":
            return None
        outer = self._phrase_ending_at(self._clause_start(s_start, outer_end), outer_end)
        if outer is None:
            return None
        cls = outer[1] if outer[1] in _STRONG else inner[1]
        return Span(outer[0].start, inner[0].end), cls, outer[2] or inner[2]

    # -- content ------------------------------------------------------------------
    def _recipient(self, pos: int, limit: int) -> tuple[int, str | None]:
        """Skip "People" / "the site" / "her" after told-like cues; return (pos, outlet)."""
        text = self.text
        probe = pos
        while probe < limit and text[probe] == " ":
            probe += 1
        if text.startswith(("to ", "with "), probe):
            skip = probe + (3 if text.startswith("to ", probe) else 5)
            if skip in self._outlet_start or text.startswith(("the ", "The "), skip):
                probe = skip
        mention = self._outlet_start.get(probe)
        if mention is None and text.startswith(("the ", "The "), probe):
            mention = self._outlet_start.get(probe + 4)
        if mention is not None:
            return mention.span.end, mention.outlet.name
        m = OUTLET_NOUN_RE.match(text, pos, limit)
        if m:
            return m.end(), self._previous_outlet(pos)
        m = OBJECT_PRONOUN_RE.match(text, pos, limit)
        if m:
            return m.end(), None
        return pos, None

    def _previous_outlet(self, pos: int) -> str | None:
        name = None
        for mention in self.outlets:
            if mention.span.start >= pos:
                break
            name = mention.outlet.name
        return name

    def _content_after(self, pos: int, sent_end: int) -> tuple[Span | None, bool, bool]:
        """(content, is_quote, explicit) for the material after the cue."""
        text = self.text
        channel = self._channel_at(pos, sent_end)
        if channel is not None:
            pos = channel
        m = THAT_RE.match(text, pos, sent_end)
        after = m.end() if m else pos
        explicit = bool(m and (m.group(0).strip()))
        probe = after
        while probe < sent_end and text[probe] in " \"“\n":
            probe += 1
        quote = quote_at(self.quotes, probe)
        if quote is not None and quote.start - after <= 3:
            return quote, True, True
        if probe >= sent_end:
            # "The source added:" with the quote in the next sentence or paragraph.
            nxt = probe
            while nxt < len(text) and text[nxt] in " \n\"“":
                nxt += 1
            quote = quote_at(self.quotes, nxt)
            if quote is not None and text[pos:sent_end].rstrip().endswith(":"):
                return quote, True, True
        span = _strip_span(text, after, sent_end)
        if span is None or _words(text, span) < 3:
            return None, False, explicit
        return span, False, explicit

    def _channel_at(self, pos: int, limit: int) -> int | None:
        """End of a channel phrase ("on Instagram", "in a statement") right at ``pos``."""
        regex, _ = contexts()
        probe = pos
        while probe < limit and self.text[probe] == " ":
            probe += 1
        m = regex.match(self.text, probe, limit)
        return m.end() if m else None

    def _content_before(self, lo: int, speaker_start: int) -> tuple[Span | None, bool]:
        text = self.text
        before = text[lo:speaker_start]
        if QUOTE_BEFORE_RE.search(before):
            idx = len(before.rstrip(_TRAIL_PUNCT + "”\"’"))
            quote = quote_at(self.quotes, lo + max(idx - 1, 0))
            if quote is not None:
                return quote, True
        if not before.rstrip().endswith(","):
            return None, False
        span = _strip_span(text, lo, speaker_start)
        if span is None or _words(text, span) < 3:
            return None, False
        return span, False

    def _context(self, lo: int, hi: int, skip: Span | None) -> str | None:
        """The channel named near the cue (skipping the reported content itself)."""
        regex, kinds = contexts()
        best = None
        for m in regex.finditer(self.text, lo, hi):
            if skip is not None and skip.start <= m.start() < skip.end:
                continue
            cls = kinds.get(" ".join(m.group(0).lower().split()))
            if cls == "social" or best is None:
                best = cls
        return best

    def _sentences(self) -> list[tuple[int, int, int]]:
        """(index, start, end) of each sentence, re-joined where a split cut an outlet name
        ("E! News") in two; the index is the first sentence's."""
        out: list[tuple[int, int, int]] = []
        for sentence in self.article.sentences:
            start, end = sentence.span.start, sentence.span.end
            if out and any(
                m.span.start < out[-1][2] < m.span.end or m.span.start < start < m.span.end
                for m in self.outlets
                if m.span.start < start and m.span.end > out[-1][2] - 1
            ):
                out[-1] = (out[-1][0], out[-1][1], end)
                continue
            out.append((sentence.index, start, end))
        return out

    def _clause_start(self, s_start: int, cue_start: int) -> int:
        lo = s_start
        for m in CLAUSE_BREAK_RE.finditer(self.text, s_start, cue_start):
            lo = m.end()
        return lo

    # -- main loop ----------------------------------------------------------------
    def find(self) -> list[Candidate]:
        found: list[Candidate] = []
        regex = cues().regex
        kinds = cues().kinds
        text = self.text
        for index, s_start, s_end in self._sentences():
            for m in regex.finditer(text, s_start, s_end):
                if quote_at(self.quotes, m.start()) is not None:
                    continue
                kind = kinds.get(" ".join(m.group(0).lower().split()), "speech")
                cand = self._candidate(m, kind, index, s_start, s_end, found)
                if cand is not None:
                    found.append(cand)
        return _dedupe(found)

    def _candidate(
        self,
        m: re.Match[str],
        kind: str,
        index: int,
        s_start: int,
        s_end: int,
        previous: list[Candidate],
    ) -> Candidate | None:
        text = self.text
        cue = Span(m.start(), m.end())
        if kind == "according":
            return self._according(cue, index, s_start, s_end)
        if kind == "anonymous":  # "We're told …"
            content, is_quote, _ = self._content_after(cue.end, s_end)
            return Candidate(cue, kind, None, "anonymous", content, index, None, None, is_quote)
        if kind == "social_by":  # "A post shared by Kim (@kimk) on …"
            found = self._speaker_right(cue.end, s_end)
            if found is None:
                return None
            return Candidate(cue, kind, found[0], found[1], None, index, found[2], "social")
        lo = self._clause_start(s_start, cue.start)
        found = self._speaker_left(lo, cue.start)
        if found is None:
            found = self._speaker_across_commas(s_start, lo, cue.start)
        inverted = False
        if found is None and QUOTE_BEFORE_RE.search(text[s_start : cue.start]):
            found = self._speaker_right(cue.end, s_end)
            inverted = found is not None
        shared = False
        if found is None and PARTICIPLE_RE.search(m.group(0)) and previous:
            prior = previous[-1]
            if prior.sentence_index == index and prior.speaker is not None:
                found = (prior.speaker, prior.speaker_class, prior.outlet)
                shared = True
        if found is None and kind == "interview":
            after_recipient, _ = self._recipient(cue.end, s_end)
            m_after = PRONOUN_START_RE.match(text, after_recipient, s_end)
            if m_after:
                found = (Span(m_after.start(1), m_after.end(1)), "pronoun", None)
            else:
                found = self._nearest_person(s_start, cue.start)
        if found is None:
            return None
        speaker, cls, outlet = found
        if kind == "report" and cls not in ("outlet", "document"):
            return None
        if cls == "name" and _words(text, speaker) > 4:
            return None  # a headline fragment ("Kim Kardashian Stands By Kanye")
        if not inverted and speaker.end <= cue.start:
            aux = AUX_START_RE.search(text, speaker.end, cue.start)
            if aux is not None:
                cue = Span(aux.start(), cue.end)
                if _PASSIVE_RE.match(text, cue.start, cue.end):
                    return None  # "is said to be", "was told by"
        after = max(cue.end, speaker.end) if inverted else cue.end
        after, recipient = self._recipient(after, s_end)
        if recipient and outlet is None:
            outlet = recipient
        content, is_quote, explicit = self._content_after(after, s_end)
        before, before_quote = (None, False) if shared else self._content_before(
            s_start, min(speaker.start, cue.start)
        )
        if before is not None and (before_quote or content is None):
            content, is_quote, explicit = before, before_quote, True
        weak = cls not in _STRONG
        if kind == "speech_that" and weak and not (explicit or is_quote):
            return None
        if kind == "interview" and not (explicit or is_quote):
            content = _clause_before(text, lo, cue.start) or _clause_before(
                text, s_start, cue.start
            )
        if content is None and kind == "speech" and weak and not recipient:
            return None
        window_lo = max(s_start, min(speaker.start, cue.start) - 60)
        context = self._context(window_lo, min(s_end, cue.end + 50), content)
        if kind in ("social", "interview"):
            context = kind
        elif recipient and context is None:
            context = "interview"
        return Candidate(cue, kind, speaker, cls, content, index, outlet, context, is_quote)

    def _according(self, cue: Span, index: int, s_start: int, s_end: int) -> Candidate | None:
        text = self.text
        phrase = " ".join(text[cue.start : cue.end].lower().split())
        found = self._speaker_right(cue.end, s_end)
        if found is None:
            return None
        speaker, cls, outlet = found
        if phrase in ("per", "via", "courtesy of") and cls != "outlet":
            return None
        if cls not in ("outlet", "anonymous", "representative", "document", "name", "org",
                       "social"):
            return None
        if cls == "outlet" and outlet is None:
            outlet = self._outlet_within(Span(speaker.start, min(s_end, speaker.end + 40)))
        before = _strip_span(text, s_start, cue.start)
        tail = speaker.end
        while tail < s_end and text[tail] in "’'\"”":
            tail += 1
        after = _strip_span(text, tail, s_end)
        content = after if _words(text, after) >= 3 else before
        if _words(text, content) < 3:
            content = None
        context = self._context(s_start, s_end, content)
        return Candidate(cue, "according", speaker, cls, content, index, outlet, context)

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


def _clause_before(text: str, lo: int, hi: int) -> Span | None:
    """``text[lo:hi]`` without a trailing "while"/"like", if it has three words or more."""
    span = _strip_span(text, lo, hi)
    if span is None:
        return None
    m = _SUBORDINATOR_RE.search(text, span.start, span.end)
    span = _strip_span(text, span.start, m.start() if m else span.end)
    if span is None or _words(text, span) < 3:
        return None
    return span


def _dedupe(found: list[Candidate]) -> list[Candidate]:
    """Merge interview phrases into the speech cue they qualify; drop nested repeats."""
    out: list[Candidate] = []
    for cand in found:
        if cand.content is None and any(
            o.content is not None and o.content.start <= cand.cue.start < o.content.end
            for o in out
        ):
            continue
        if cand.cue_kind == "interview" and out:
            prior = out[-1]
            if prior.sentence_index == cand.sentence_index and cand.cue.start - prior.cue.end < 40:
                prior.context = "interview"
                prior.outlet = prior.outlet or cand.outlet
                continue
        if out and cand.speaker is not None and out[-1].speaker == cand.speaker and (
            out[-1].content == cand.content
        ):
            continue
        out.append(cand)
    return out
