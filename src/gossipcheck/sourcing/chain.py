"""The reporting chain: which outlets the story passed through before this article.

A link is an outlet that speaks in the article ("People reports", "according
to TMZ", "a report by Page Six") or that anonymous sources and representatives
spoke to ("sources tell People", "a source told Us Weekly"). Links are ordered
nearest first: the outlet this article relays comes first; outlets named as
that outlet's own source ("citing", "first reported by", "via") come later.

Outlets that carry the story (an outlet's report, anonymous sources speaking to
it) rank before outlets that only received a representative's statement or an
interview. An outlet cited only for a past event ("TMZ reported in 2021 that
they split", "in an interview with Vogue last year") is background, not a link.
"""

from __future__ import annotations

import re

from ..article import Article, Attribution, ChainLink, Span

_RELAY_TYPES = frozenset({"outlet", "anonymous", "representative", "interview_or_document"})
# The outlet carries the story itself (its report or its anonymous sources).
_CARRIER_TYPES = frozenset({"outlet", "anonymous"})
_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
_PAST_RE = re.compile(
    r"\b(?:(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS + r"\s+)?(?:19|20)\d\d|"
    r"last\s+year|(?:a\s+year|\w+\s+years)\s+ago|in\s+the\s+past|"
    r"previously|at\s+the\s+time)\b"
)
_EARLIER_RE = re.compile(
    r"(?i)\b(?:citing|first\s+reported|originally\s+reported|first\s+broke|broke\s+the\s+news|"
    r"via|who\s+cited|which\s+cited|as\s+reported\s+by|picked\s+up)\b"
)


def _evidence(text: str, attribution: Attribution) -> Span:
    """The phrase that links the outlet: "People reports", "told Us Weekly", "according to TMZ"."""
    cue = attribution.cue or attribution.speaker
    assert cue is not None
    start, end = cue.start, cue.end
    speaker = attribution.speaker
    if speaker is not None and abs(speaker.start - cue.start) <= 40:
        start, end = min(start, speaker.start), max(end, speaker.end)
    if attribution.outlet:
        tail = text[end : end + 40]
        idx = tail.find(attribution.outlet.split()[0])
        if 0 <= idx <= 6:
            end = min(len(text), end + idx + len(attribution.outlet))
    return Span(start, end)


def _is_background(text: str, article: Article, attribution: Attribution) -> bool:
    """A past-time marker in the attribution's own clause: "reported in 2021", "last year"."""
    cue = attribution.cue or attribution.speaker
    if cue is None:
        return False
    lo = cue.start - 80
    if 0 <= attribution.sentence_index < len(article.sentences):
        lo = max(lo, article.sentences[attribution.sentence_index].span.start)
    hi = min(cue.end + 30, len(text))
    if attribution.content is not None and attribution.content.start > cue.end:
        hi = min(hi, attribution.content.start + 12)
    return bool(_PAST_RE.search(text, max(0, lo), hi))


def build_chain(article: Article) -> list[ChainLink]:
    """Outlets through which the story reached this article, nearest first."""
    text = article.text
    relays = [
        a
        for a in article.attributions
        if a.outlet and a.outlet != article.outlet and a.source_type in _RELAY_TYPES
    ]
    past = {id(a) for a in relays if _is_background(text, article, a)}
    current = [a for a in relays if id(a) not in past]
    if any(a.source_type in _CARRIER_TYPES for a in current):
        # The story rests on a current report: outlets cited for past events are background.
        relays = current
    elif current:
        # Past interviews may be what the article relays; an outlet's past report is not.
        relays = [a for a in relays if id(a) not in past or a.source_type not in _CARRIER_TYPES]
    tiers: dict[str, list[ChainLink]] = {"carrier": [], "recipient": [], "far": []}
    rank: dict[str, str] = {}
    for attribution in relays:
        outlet = attribution.outlet
        assert outlet is not None
        tier = "carrier" if attribution.source_type in _CARRIER_TYPES else "recipient"
        if outlet in rank and not (rank[outlet] == "recipient" and tier == "carrier"):
            continue
        evidence = _evidence(text, attribution)
        link = ChainLink(outlet=outlet, evidence=evidence, evidence_text=evidence.text(text))
        window = text[max(0, evidence.start - 25) : evidence.end]
        if _EARLIER_RE.search(window) and (tiers["carrier"] or tiers["recipient"]):
            tier = "far"
        if outlet in rank:  # first seen as a recipient, then as a carrier: promote it
            tiers[rank[outlet]] = [x for x in tiers[rank[outlet]] if x.outlet != outlet]
        rank[outlet] = tier
        tiers[tier].append(link)
    return tiers["carrier"] + tiers["recipient"] + tiers["far"]


def relayed_from(article: Article) -> list[str]:
    """The chain's outlets earliest first (the original reporter first)."""
    return [link.outlet for link in reversed(article.reporting_chain)]
