"""The reporting chain: the outlets the text says the story came through.

A **relay** link is an outlet the text says carries the story:

- the outlet speaks for the story's claims: "People reports", "according to TMZ",
  "a report by Page Six", "as The ENQUIRER reported";
- anonymous sources speak to it: "sources told Us Weekly", "a source tells E!";
- it is named as another link's source: "Page Six, citing the Daily Mail",
  "People reports, via Us Weekly", "as Us Weekly first reported".

Every other outlet an attribution names goes to ``Article.also_cites``, in order
of mention: a representative's statement or denial to an outlet ("A rep told
People the reports are false"), interviews and quotes given to outlets ("she told
Extra"), outlets cited for a past event ("TMZ reported in 2021"), and anonymous
sources that deny the story. The chain is one line of relays: an outlet relayed
beside the first one, with no word that one carries the other ("According to E! News,
…", then "An Us Weekly report says …"), is cited, not a second link. In an article that
checks other outlets' stories (one
by a fact-checker, or quoting one: "Gossip Cop can correct RadarOnline's story")
the outlets checked are cited, not relayed. The article's own outlet (from its URL, or
from its text's marks: :mod:`.own_outlet`) is never a link of either kind.

Order: ``reporting_chain`` runs **nearest first**, as the text states it: the
outlets this article relays directly, then the outlets they are said to cite
("citing", "via"), then the one said to have broken the story ("first
reported"). :func:`relayed_from` gives the same outlets earliest first.
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Article, Attribution, ChainLink, Span
from ..lexicons import word_list
from .outlets import OutletMention

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_PAST_RE = re.compile(
    r"\b(?:(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS + r"\s+)?(?:19|20)\d\d|"
    r"last\s+(?:year|month|week|summer|spring|fall|autumn|winter)|"
    r"earlier\s+this\s+(?:year|month|week)|"
    r"(?:a\s+(?:year|month|week)|\w+\s+(?:years|months|weeks))\s+ago|in\s+the\s+past|"
    r"previously|at\s+the\s+time)\b"
)
# Relay markers before an outlet mention ("citing the Daily Mail", "first reported by TMZ").
_CITED_BEFORE_RE = re.compile(
    r"(?i)\b(?:citing|via|(?:who|which)\s+(?:cited|cites|credits|credited)|as\s+reported\s+by|"
    r"(?:which\s+|who\s+)?(?:picked|picking)\s+up(?:\s+(?:the|a|an)\s+(?:story|report|claim|"
    r"news|scoop))?(?:\s+from)?|courtesy\s+of)\s+"
    r"(?:(?:a|an|the)\s+(?:new\s+)?(?:report|story|article)\s+(?:by|from|in)\s+)?"
    r"(?:a|an|the\s+)?\s*$"
)
_ORIGIN_BEFORE_RE = re.compile(
    r"(?i)\b(?:first|originally|initially)\s+(?:reported|revealed|broken|made|published)\s+by\s+"
    r"(?:the\s+)?$"
)
# ... and after it ("as Us Weekly first reported", "TMZ broke the news").
_ORIGIN_AFTER_RE = re.compile(
    r"(?i)^\s+(?:(?:was|were)\s+(?:the\s+)?first\s+to\s+report|first\s+(?:reported|broke|revealed)|"
    r"originally\s+reported|broke\s+the\s+(?:news|story))\b"
)
# An excerpt's or a copy's pointer to the story it carries ("(Excerpt) Read more at: E!
# Online", "Read the full story at People", "h/t TMZ", "This article originally appeared
# in the New York Post", "[From Star Magazine]").
_EXCERPT_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:read\s+more\s+at|read\s+(?:the\s+)?(?:full|whole|rest\s+of\s+the)\s+"
    r"(?:story|article|interview)\s+(?:at|on)|h/t|hat\s+tip(?:\s+to)?|"
    r"(?:originally|first)\s+(?:appeared|ran|published)\s+(?:in|on|at))|[\[(]\s*from)"
    r"\s*:?\s*(?:the\s+)?$"
)
_AS_REPORTED_RE = re.compile(r"(?i)\bas\s+(?:the\s+)?$")
_REPORTED_AFTER_RE = re.compile(
    r"(?i)^\s+(?:(?:has|had)\s+)?(?:previously\s+|exclusively\s+)?(?:reported|reports|revealed)\b"
)
# Documents an outlet obtained and reports on ("Court documents obtained by TMZ"): a link.
_HELD_BY_RE = re.compile(r"(?i)\b(?:obtained|seen|reviewed)\s+by\b")
_MARKER_WINDOW = 60  # characters before an outlet mention searched for a relay marker
_EVIDENCE_WINDOW = 40  # speaker and outlet this close to the cue belong to the evidence
_BACKGROUND_BEFORE = 80  # a past-time marker this far before the cue ...
_BACKGROUND_AFTER = 30  # ... or this far after it makes the citation background

# Tiers of the chain, nearest first.
_DIRECT, _CITED, _ORIGIN = 0, 1, 2


@cache
def fact_checkers() -> frozenset[str]:
    """Canonical names of outlets that check other outlets' stories."""
    return frozenset(word_list("fact_checkers"))


def _evidence(text: str, attribution: Attribution) -> Span:
    """The phrase that links the outlet: "People reports", "told Us Weekly", "according to TMZ"."""
    cue = attribution.cue or attribution.speaker
    assert cue is not None
    start, end = cue.start, cue.end
    speaker = attribution.speaker
    if speaker is not None and abs(speaker.start - cue.start) <= _EVIDENCE_WINDOW:
        start, end = min(start, speaker.start), max(end, speaker.end)
    if attribution.outlet:
        tail = text[end : end + _EVIDENCE_WINDOW]
        idx = tail.find(attribution.outlet.split()[0])
        if 0 <= idx <= 6:
            end = min(len(text), end + idx + len(attribution.outlet))
    return Span(start, end)


def _is_background(text: str, article: Article, attribution: Attribution) -> bool:
    """A past-time marker in the attribution's own clause: "reported in 2021", "last year"."""
    cue = attribution.cue or attribution.speaker
    if cue is None:
        return False
    lo = cue.start - _BACKGROUND_BEFORE
    if 0 <= attribution.sentence_index < len(article.sentences):
        lo = max(lo, article.sentences[attribution.sentence_index].span.start)
    hi = min(cue.end + _BACKGROUND_AFTER, len(text))
    if attribution.content is not None and attribution.content.start > cue.end:
        if _PAST_RE.match(text, attribution.content.start):
            return True  # "told Us Weekly [earlier this month that …]": the content's lead
        hi = min(hi, attribution.content.start + 12)
    return bool(_PAST_RE.search(text, max(0, lo), hi))


def _relays(text: str, article: Article, attribution: Attribution) -> bool:
    """The attribution carries the story through its outlet (not a denial, an interview
    or a past event)."""
    held = attribution.source_type == "interview_or_document" and bool(
        _HELD_BY_RE.search(attribution.speaker_text)
    )
    if attribution.source_type not in ("outlet", "anonymous") and not held:
        return False
    if attribution.stance == "denies":
        return False
    return not _is_background(text, article, attribution)


def _marked(text: str, mention: OutletMention) -> tuple[int, int, int] | None:
    """(tier, evidence start, evidence end) when the text names ``mention`` as a relay."""
    start, end = mention.span.start, mention.span.end
    lo = max(0, start - _MARKER_WINDOW)
    origin = _ORIGIN_BEFORE_RE.search(text, lo, start)
    if origin is not None:
        return _ORIGIN, origin.start(), end
    after = _ORIGIN_AFTER_RE.match(text[end : end + _MARKER_WINDOW])
    if after is not None:
        return _ORIGIN, start, end + after.end()
    cited = _CITED_BEFORE_RE.search(text, lo, start)
    if cited is not None:
        return _CITED, cited.start(), end
    excerpt = _EXCERPT_BEFORE_RE.search(text, lo, start)
    if excerpt is not None:
        return _DIRECT, excerpt.start(), end
    as_ = _AS_REPORTED_RE.search(text, lo, start)
    reported = _REPORTED_AFTER_RE.match(text[end : end + _MARKER_WINDOW])
    if as_ is not None and reported is not None:
        return _DIRECT, as_.start(), end + reported.end()  # "As The ENQUIRER reported"
    return None


def build_chain(
    article: Article, mentions: list[OutletMention]
) -> tuple[list[ChainLink], list[ChainLink]]:
    """(reporting chain nearest first, also-cites in order of mention) for the article."""
    text = article.text
    own = article.outlet
    checking = own in fact_checkers() or any(
        m.outlet.name in fact_checkers() and m.outlet.name != own for m in mentions
    )
    # (position, tier or None for also-cites, outlet, evidence)
    seen: list[tuple[int, int | None, str, Span]] = []
    relays = [
        a
        for a in article.attributions
        if a.outlet and a.outlet != own and not checking and _relays(text, article, a)
    ]
    relay_ids = {id(a) for a in relays}
    for attribution in article.attributions:
        if not attribution.outlet or attribution.outlet == own:
            continue
        evidence = _evidence(text, attribution)
        tier = _DIRECT if id(attribution) in relay_ids else None
        if tier is not None and _inside_relay(attribution, relays):
            tier = _CITED  # "According to People, court papers obtained by TMZ claim …"
        seen.append((evidence.start, tier, attribution.outlet, evidence))
    ends = {m.span.end: m for m in mentions}
    for mention in mentions:
        name = mention.outlet.name
        marked = _marked(text, mention)
        if name == own or marked is None:
            continue
        tier, start, stop = marked
        seen.append((start, None if checking else tier, name, Span(start, stop)))
        carrier = ends.get(_before_aside(text, start)) if tier == _CITED else None
        if carrier is not None and carrier.outlet.name not in (own, name):
            # "Us Weekly, citing People, says": the outlet before the aside carries it.
            span = Span(carrier.span.start, stop)
            seen.append((span.start, None if checking else _DIRECT, carrier.outlet.name, span))
    seen.sort(key=lambda item: item[0])
    tiers: dict[str, int] = {}
    links: dict[str, ChainLink] = {}
    direct = _first_direct(seen)
    for _, tier, outlet, evidence in seen:
        if tier == _DIRECT and outlet != direct:
            tier = None  # a parallel outlet: cited beside the story's one line of relays
        if tier is not None and tier > tiers.get(outlet, -1):
            tiers[outlet] = tier
            if outlet not in links or tier != _DIRECT:
                links[outlet] = ChainLink(outlet, evidence, evidence.text(text))
    chain = sorted(links.values(), key=lambda link: tiers[link.outlet])
    cited: dict[str, ChainLink] = {}
    for _, _, outlet, evidence in seen:
        if outlet not in tiers and outlet not in cited:
            cited[outlet] = ChainLink(outlet, evidence, evidence.text(text))
    return chain, list(cited.values())


def _inside_relay(attribution: Attribution, relays: list[Attribution]) -> bool:
    """The attribution's cue lies in the reported content of another outlet's relay: that
    outlet names it as its source."""
    cue = attribution.cue
    return cue is not None and any(
        other.outlet != attribution.outlet
        and other.content is not None
        and other.content.start <= cue.start < other.content.end
        for other in relays
    )


def _before_aside(text: str, start: int) -> int:
    """Where the outlet before a relay aside would end: "Us Weekly, citing …" -> the end
    of "Us Weekly" (-1 when no comma opens the aside)."""
    end = start
    while end > 0 and text[end - 1] == " ":
        end -= 1
    if end == 0 or text[end - 1] != ",":
        return -1
    end -= 1
    while end > 0 and text[end - 1] in "’'\"”":
        end -= 1
    return end


def _first_direct(seen: list[tuple[int, int | None, str, Span]]) -> str | None:
    """The outlet the article relays first: the chain is one line of relays, so another
    outlet relayed beside it, with no word that one carries the other ("According to E!
    News, …" then "An Us Weekly report says …"), is cited, not a second link; so is one
    relayed only after the outlet said to have broken the story ("TMZ first reported …
    According to ET, …")."""
    cited = {outlet for _, tier, outlet, _ in seen if tier is not None and tier > _DIRECT}
    origin = min((at for at, tier, _, _ in seen if tier == _ORIGIN), default=None)
    for at, tier, outlet, _ in seen:
        if origin is not None and at > origin:
            return None  # "TMZ first reported it … According to ET, …": ET is beside it
        if tier == _DIRECT and outlet not in cited:
            return outlet
    return None


def relayed_from(article: Article) -> list[str]:
    """The chain's outlets earliest first (the original reporter first)."""
    return [link.outlet for link in reversed(article.reporting_chain)]
