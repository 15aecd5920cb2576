"""Attributions from the learned tagger (:mod:`.tagger`), added where the rules found none.

The tagger's CONTENT spans are grouped with the nearest CUE span a few tokens before or
after (one in the content's own sentence first) and the SOURCE span nearest that cue.
Rule attributions are kept as they are; a learned one is added only when its content
overlaps no rule attribution's content or cue, and its speaker is classed by the rule
speaker finder (so typing is the rules'), falling back to the tagger's span as a name or
a nominal phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..article import Span
from .cues import AUXILIARY, NEGATION_RE
from .kinds import Candidate, SpeakerClass
from .patterns import NAME_STOPWORDS, PRONOUN_RE, owns_the_cue
from .scope import Scope
from .source_types import ChannelFinder
from .speakers import SpeakerFinder
from .tagger import KINDS, Tagged, TaggedSpan, Tagger, shipped

CUE_GAP = 12  # tokens between a content span and its cue
SOURCE_GAP = 6  # tokens between a cue and its source
MIN_CONTENT_TOKENS = 1
REQUIRE_LEXICAL_CUE = True  # the cue must hold a lexicon cue (cue_verbs.tsv) or a learned one
QUOTE_ANY_CUE = True  # a quotation may take any tagged cue ("“…,” Smith quipped")
NOMINAL_OK = True  # a speaker phrase the rule finder does not know
REQUIRE_SOURCE = True  # a learned attribution needs a speaker phrase
TOPIC_WORDS = 4  # a content this short is a topic, searched for the channel too


_PASSIVE_BEFORE_RE = re.compile(r"(?i)\b" + AUXILIARY + "$")
_TO_AFTER_RE = re.compile(r"\s+to\b")  # "said to be", "The film, said to cost"
_CLAUSE_START_RE = re.compile(r"[\s:,]*(?:that\b|[\"“‘'])")
_RELATIVE_END_RE = re.compile(r"(?i)\b(?:who|that|which)$|,$")
_QUOTE_MARKS = "\"“”‘’'«»"
_LINE_RE = re.compile(r"[^\n]*\w[^\n]*")  # a line with a word on it
_LEADING_PUNCT = " \t\n\xa0.,;:!?"


@dataclass(frozen=True, slots=True)
class Triple:
    """A learned attribution: content with its cue and (optional) source."""

    source: TaggedSpan | None
    cue: TaggedSpan
    content: TaggedSpan


def _gap(a: TaggedSpan, b: TaggedSpan) -> int:
    return max(a.first - b.last, b.first - a.last, 0)


def _nearest(
    items: list[TaggedSpan],
    firsts: list[int],
    to: TaggedSpan,
    gap: int,
    skip: TaggedSpan | None = None,
    home: _Sentences | None = None,
) -> TaggedSpan | None:
    """The item (sorted by first token) within ``gap`` tokens of ``to``, nearest first;
    none inside ``skip``; with ``home``, one in ``to``'s sentences before any other."""
    lo = bisect_left(firsts, to.first - gap - _LONGEST)
    hi = bisect_right(firsts, to.last + gap)
    best: tuple[bool, int] | None = None
    found: TaggedSpan | None = None
    for item in items[max(0, lo) : hi]:
        d = _gap(item, to)
        if d > gap or (skip is not None and skip.first <= item.first and item.last <= skip.last):
            continue
        rank = (home is not None and not home.shares(item, to), d)
        if best is None or rank < best:
            best, found = rank, item
    return found


class _Sentences:
    """Which sentence a tagged span lies in (by the sentences' start offsets)."""

    def __init__(self, text: str, starts: list[int]) -> None:
        self.text = text
        self.starts = starts

    def index(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def shares(self, item: TaggedSpan, content: TaggedSpan) -> bool:
        """``item`` starts in the sentence where ``content``'s words begin or end (a
        content tagged from the previous sentence's period, ". “…,” she said", begins
        after it)."""
        start = content.span.start
        while start < content.span.end and self.text[start] in _LEADING_PUNCT:
            start += 1
        at = self.index(item.span.start)
        last = self.index(content.span.end - 1)
        if at == last + 1 and self.text[self.starts[at] : self.starts[at] + 1].islower():
            return True  # "“You winning?” | she said": the splitter's cut after "?”"
        return at in (self.index(start), last)


_LONGEST = 64  # cue and source spans are shorter than this many tokens (for the sweep)


def group(
    found: list[TaggedSpan], text: str = "", sentence_starts: list[int] | None = None
) -> list[Triple]:
    """Content spans with their nearest cue (one in the content's sentence first, when
    the sentences are given) and that cue's nearest source."""
    home = _Sentences(text, sentence_starts) if sentence_starts else None
    cues_ = [s for s in found if s.role == "CUE" and s.last - s.first <= _LONGEST]
    sources = [s for s in found if s.role == "SRC" and s.last - s.first <= _LONGEST]
    cue_firsts = [c.first for c in cues_]
    source_firsts = [s.first for s in sources]
    out: list[Triple] = []
    for content in (s for s in found if s.role == "CON"):
        if content.last - content.first < MIN_CONTENT_TOKENS:
            continue
        cue = _nearest(cues_, cue_firsts, content, CUE_GAP, home=home)
        if cue is None:
            continue
        source = _nearest(sources, source_firsts, cue, SOURCE_GAP, skip=content)
        out.append(Triple(source, cue, content))
    return out


class _Taken:
    """Character spans already claimed, for overlap tests in sorted order of start."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.reach = 0  # the longest claimed span, bounding the look-back
        for s in self.spans:
            self.reach = max(self.reach, s.end - s.start)

    def overlapping(self, span: Span) -> list[Span]:
        lo = bisect_left(self.starts, span.start - self.reach)
        hi = bisect_left(self.starts, span.end)
        return [s for s in self.spans[lo:hi] if s.overlaps(span)]

    def add(self, *spans: Span) -> None:
        for s in spans:
            i = bisect_left(self.starts, s.start)
            self.starts.insert(i, s.start)
            self.spans.insert(i, s)
            self.reach = max(self.reach, s.end - s.start)


def add_learned(
    scope: Scope,
    candidates: list[Candidate],
    tagger: Tagger | None = None,
    trace: list[tuple[Triple, str]] | None = None,
) -> list[Candidate]:
    """The rule candidates plus learned ones whose content the rules did not cover;
    ``trace`` (when given) gets each grouped triple with ``"kept"`` or why it was not."""
    model = tagger or shipped()
    if model is None:
        return candidates
    text = scope.text
    spans_ = scope.article.sentences
    starts = [s.span.start for s in spans_]
    tagged = model.tag(text, starts)
    contents = _Taken([c.content for c in candidates if c.content is not None])
    cues_ = _Taken([c.cue for c in candidates])
    speakers = SpeakerFinder(scope)
    channels = ChannelFinder(scope)
    added: list[Candidate] = []
    for triple in group(tagged.spans, text, starts):
        cue, content = triple.cue.span, _cue_paragraph(text, triple.content.span, triple.cue.span)
        why = _taken(cues_, contents, cue, content)
        if why is None and (
            NEGATION_RE.search(text, cue.start, cue.end) or scope.quote_at(cue.start)
        ):
            why = "negated or quoted cue"  # the rules' rule too
        if why is None and cue.start < scope.headline_end:
            why = "in the headline"  # the headline is not an attribution (the rules' rule too)
        if why is None and not _lexical(model, tagged, triple, text, content):
            why = "no lexicon cue"  # "welcomed", "thinks": PolNeAR's wider notion
        if why is None and REQUIRE_SOURCE and triple.source is None:
            why = "no source"
        candidate = None
        if why is None:
            candidate = _candidate(scope, speakers, channels, tagged, triple, content)
            why = "kept" if candidate is not None else "implausible"
        if trace is not None:
            trace.append((triple, why))
        if candidate is not None:
            added.append(candidate)
            contents.add(candidate.content or content)
            cues_.add(cue)
    return sorted([*candidates, *added], key=lambda c: c.cue.start)


def _taken(cues_: _Taken, contents: _Taken, cue: Span, content: Span) -> str | None:
    """Why a triple's stretch is the rules' (or an earlier triple's) already, if it is."""
    if cues_.overlapping(cue) or cues_.overlapping(content):
        return "cue taken"
    if contents.overlapping(content) or contents.overlapping(cue):
        return "content taken"  # the rules' reading of this stretch stands
    return None


def _lexical(model: Tagger, tagged: Tagged, triple: Triple, text: str, content: Span) -> bool:
    """The cue holds a lexicon cue or a learned cue word, or introduces a quotation."""
    first, last = triple.cue.first, triple.cue.last
    return (
        not REQUIRE_LEXICAL_CUE
        or bool(tagged.kinds[first:last].any())
        or model.learned_cue(tagged.tokens, first, last)
        or (QUOTE_ANY_CUE and _quoted(text, content))
    )


def _candidate(
    scope: Scope,
    speakers: SpeakerFinder,
    channels: ChannelFinder,
    tagged: Tagged,
    triple: Triple,
    content: Span,
) -> Candidate | None:
    """The triple as a candidate, speaker classed by the rule finder; None when the rules'
    checks on a learned cue reject it."""
    text = scope.text
    cue = triple.cue.span
    sentences = scope.article.sentences
    index = max(0, bisect_right([s.span.start for s in sentences], cue.start) - 1)
    sentence = sentences[index] if sentences else None
    lo, hi = (sentence.span.start, sentence.span.end) if sentence else (0, len(text))
    source = triple.source
    if source is not None and _QUANTIFIER_RE.fullmatch(source.span.text(text).strip()):
        source = None  # "Numerous [people] …, but Kim has pushed back and said": cut short
    if source is not None:
        speaker, cls, outlet = _speaker(speakers, scope, source.span)
    else:
        speaker, cls, outlet = _rule_speaker(speakers, cue, content, lo, hi)
    content = _trim(text, content)
    # A short topic ("spoke about it on The Talk") holds the speaker's channel; a clause
    # or a quotation is the reported words, whose channels are not the speaker's.
    topic = len(content.text(text).split()) <= TOPIC_WORDS and not _quoted(
        text, triple.content.span
    )
    context = channels.context(lo, hi, None if topic else content, speaker)
    kind = int(tagged.kinds[triple.cue.first : triple.cue.last].max())
    if not _plausible(text, cue, content, speaker, cls, kind):
        return None
    number = sentence.index if sentence else 0
    return Candidate(cue, "speech", speaker, cls, content, number, outlet, context)


# A determiner or quantifier alone is a noun phrase cut short ("Numerous [people]"), never
# a speaker: the rules find the cue's own subject instead.
_QUANTIFIER_RE = re.compile(
    r"(?i)numerous|many|several|some|most|few|both|all|each|any|various|countless|"
    r"multiple|other|others|these|those|this|that"
)


def _speaker(
    speakers: SpeakerFinder, scope: Scope, span: Span | None
) -> tuple[Span | None, SpeakerClass, str | None]:
    """The rule finder's reading of the tagged source span, else the span as tagged."""
    if span is None:
        return None, "nominal", None
    raw = span.text(scope.text).rstrip()
    if raw.endswith(",") and "," in raw[:-1]:
        # An apposition closed by its comma ("Mitch McConnell, R-Ky., said") is whole;
        # a phrase cut at a comma ("… in Boston, said") is not, and stays rejected.
        span = Span(span.start, span.start + len(raw) - 1)
    found = speakers.phrase_ending_at(span.start, span.end)
    if found is not None and found.span.overlaps(span):
        return found.span, found.cls, found.outlet
    raw = span.text(scope.text)
    if PRONOUN_RE.fullmatch(raw):
        return span, "pronoun", None
    return span, ("name" if raw[:1].isupper() else "nominal"), scope.outlet_within(span)


def _rule_speaker(
    speakers: SpeakerFinder, cue: Span, content: Span, lo: int, hi: int
) -> tuple[Span | None, SpeakerClass, str | None]:
    """No tagged source: the rule finder's phrase before the cue, else after it."""
    before = speakers.left(max(lo, content.end) if content.end <= cue.start else lo, cue.start)
    found = before or speakers.right(cue.end, content.start if content.start > cue.end else hi)
    if found is None or found.span.overlaps(content):
        return None, "nominal", None
    return found.span, found.cls, found.outlet


def _cue_paragraph(text: str, content: Span, cue: Span) -> Span:
    """The part of ``content`` in the paragraph on its cue's side: a tagged content that
    runs over a paragraph break ("… the deal.\n\n“It was the least bad outcome,” Morgan
    said") begins after the break when the cue follows it, and ends at the break when
    the cue precedes it."""
    pieces = [m.span() for m in _LINE_RE.finditer(text, content.start, content.end)]
    if len(pieces) < 2:
        return content
    start, end = pieces[-1] if cue.start >= content.end else pieces[0]
    return Span(start, end)


def _trim(text: str, span: Span) -> Span:
    """Without outer quotation marks, spaces and clause punctuation, as the rules' contents
    ("“We will win,” Smith vowed" -> "We will win")."""
    start, end = span.start, span.end
    while start < end - 1 and (text[start] in _LEADING_PUNCT or text[start] in _QUOTE_MARKS):
        start += 1
    while end > start + 1 and (text[end - 1].isspace() or text[end - 1] in _QUOTE_MARKS + ".,;:"):
        end -= 1
    return Span(start, end)


def _plausible(
    text: str, cue: Span, content: Span, speaker: Span | None, cls: SpeakerClass, kind: int
) -> bool:
    """The rules' checks on a learned cue: no passive ("is said to"), a that-clause or a
    quote for "shared"-type cues, an outlet for "reports", a real name (not "Monday")."""
    if _PASSIVE_BEFORE_RE.search(text, max(0, cue.start - 40), cue.start):
        return False
    if _TO_AFTER_RE.match(text, cue.end):
        return False
    name = KINDS[kind - 1] if kind else None
    if (
        name == "speech_that"
        and content.start > cue.start
        and not _CLAUSE_START_RE.match(text, cue.end, content.start + 1)
    ):
        return False
    if name == "report" and cls not in ("outlet", "document"):
        return False
    if speaker is None:
        return not REQUIRE_SOURCE
    if _RELATIVE_END_RE.search(speaker.text(text)) or (cls == "nominal" and not NOMINAL_OK):
        return False  # "several … stars who", "Boston,": not a whole phrase
    if speaker.end <= cue.start and owns_the_cue(speaker.text(text), cls):
        return False  # "North Korea's claims"
    return speaker.text(text).strip() not in NAME_STOPWORDS  # "Monday said"


def _quoted(text: str, content: Span) -> bool:
    """The content is a quotation (a mark at its start or right before it)."""
    head = text[max(0, content.start - 1) : content.start + 1]
    return any(ch in _QUOTE_MARKS for ch in head)
