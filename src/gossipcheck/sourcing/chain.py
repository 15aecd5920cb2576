"""The reporting chain: which outlets the story passed through before this article.

A link is an outlet that speaks in the article ("People reports", "according
to TMZ", "a report by Page Six") or that anonymous sources and representatives
spoke to ("sources tell People", "a source told Us Weekly"). Links are ordered
nearest first: the outlet this article relays comes first; outlets named as
that outlet's own source ("citing", "first reported by", "via") come later.
"""

from __future__ import annotations

import re

from ..article import Article, Attribution, ChainLink, Span

_RELAY_TYPES = frozenset({"outlet", "anonymous", "representative", "interview_or_document"})
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


def build_chain(article: Article) -> list[ChainLink]:
    """Outlets through which the story reached this article, nearest first."""
    text = article.text
    own = article.outlet
    near: list[ChainLink] = []
    far: list[ChainLink] = []
    seen: set[str] = set()
    for attribution in article.attributions:
        outlet = attribution.outlet
        if not outlet or outlet == own or outlet in seen:
            continue
        if attribution.source_type not in _RELAY_TYPES:
            continue
        seen.add(outlet)
        evidence = _evidence(text, attribution)
        link = ChainLink(outlet=outlet, evidence=evidence, evidence_text=evidence.text(text))
        window = text[max(0, evidence.start - 25) : evidence.end]
        (far if _EARLIER_RE.search(window) and near else near).append(link)
    return near + far


def relayed_from(article: Article) -> list[str]:
    """The chain's outlets earliest first (the original reporter first)."""
    return [link.outlet for link in reversed(article.reporting_chain)]
