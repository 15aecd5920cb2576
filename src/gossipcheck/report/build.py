"""The public report, built as the typed :class:`~.models.Report` from an analysed Article.

``schema_version`` changes whenever a key is renamed or removed (see CHANGELOG.md).
The builder only maps what the stages found; the summary and the checklist are
derived from the mapped parts (``summary.py``), so they cannot disagree with them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .. import __version__
from .. import article as a
from ..article import SOURCE_TYPES
from . import models as m
from .summary import Findings, checklist, summary


def _span(value: a.Span, text: str) -> m.Span:
    """The report's one span shape for an offset span of the article ``text``."""
    return m.Span(start=value.start, end=value.end, text=value.text(text))


def build_report(article: a.Article) -> m.Report:
    text = article.text

    def span(value: a.Span | None) -> m.Span | None:
        return None if value is None else _span(value, text)

    def link(value: a.ChainLink) -> m.ChainLink:
        return m.ChainLink(outlet=value.outlet, evidence=_span(value.evidence, text))

    by_type = Counter(x.source_type for x in article.attributions)
    attributions = [
        m.Attribution(
            speaker=span(x.speaker),
            speaker_text=x.speaker_text,
            source_type=x.source_type,
            cue=span(x.cue),
            content=span(x.content),
            sentence_index=x.sentence_index,
            outlet=x.outlet,
            resolved_from=x.resolved_from,
            stance=x.stance,
        )
        for x in article.attributions
    ]
    chain = [link(x) for x in article.reporting_chain]
    signals = [m.Signal(kind=s.kind, span=_span(s.span, text)) for s in article.signals]
    sourcing = m.SourcingSummary(
        attributions=len(article.attributions),
        by_type={kind: by_type.get(kind, 0) for kind in SOURCE_TYPES},
        named_on_record=by_type.get("named_person", 0) > 0,
        relayed=bool(article.reporting_chain),
    )
    credibility = _credibility(article)
    corroboration = (
        m.Corroboration.model_validate(article.corroboration)
        if article.corroboration is not None
        else None
    )
    found = Findings(
        language=article.language,
        sourcing=sourcing,
        attributions=attributions,
        reporting_chain=chain,
        signals=signals,
        credibility=credibility,
        corroboration=corroboration,
    )
    return m.Report(
        tool=m.Tool(name="gossipcheck", version=__version__),
        article=m.ArticleInfo(
            title=article.title,
            url=article.url,
            outlet=article.outlet,
            author=article.author,
            published=article.published,
            word_count=article.word_count,
            language=article.language,
            source=article.source,
        ),
        summary=summary(found),
        checklist=checklist(found),
        credibility=credibility,
        sourcing_summary=sourcing,
        attributions=attributions,
        reporting_chain=chain,
        also_cites=[link(x) for x in article.also_cites],
        outlets=[
            m.Outlet(
                name=o.name,
                role=o.role,
                reputation=m.Reputation.model_validate(o.reputation) if o.reputation else None,
            )
            for o in article.outlets
        ],
        relayed_from=[x.outlet for x in reversed(chain)],
        signals=signals,
        claims=[
            m.Claim(
                span=_span(c.span, text),
                sentence_index=c.sentence_index,
                type=c.claim_type,
                entities=c.entities,
                attribution=c.attribution,
                attributed_to=(
                    attributions[c.attribution].who if c.attribution is not None else "unattributed"
                ),
                score=round(c.score, 3),
            )
            for c in article.claims
        ],
        entities=[
            m.Entity(span=_span(e.span, text), label=e.label, canonical=e.canonical)
            for e in article.entities
        ],
        corroboration=corroboration,
        sentences=[m.Sentence(index=s.index, span=_span(s.span, text)) for s in article.sentences],
        text=text,
        provenance=dict(article.provenance),
    )


def _credibility(article: a.Article) -> m.CredibilityReport | None:
    c = article.credibility
    if c is None:
        return None
    thresholds = None
    if c.thresholds is not None:
        low, high = c.thresholds
        thresholds = m.Thresholds(likely_real_below=low, likely_fake_above=high, band=c.band)
    return m.CredibilityReport(
        p_fake=c.p_fake,
        verdict=c.verdict,
        applicable=c.applicable,
        reason=c.reason,
        model=c.model,
        model_version=c.model_version,
        thresholds=thresholds,
        position=c.position,
        explanation=_explanation(c.explanation, article.text),
    )


def _explanation(explanation: dict[str, Any], text: str) -> m.Explanation:
    sentences = [
        m.SentencePush(
            span=_span(a.Span(item["start"], item["end"]), text),
            contribution=item["contribution"],
            direction=item["direction"],
        )
        for item in explanation.get("sentences", [])
    ]
    sourcing = explanation.get("sourcing")
    matches = explanation.get("matches")
    return m.Explanation(
        features=[m.Feature.model_validate(f) for f in explanation.get("features", [])],
        sentences=sentences,
        sourcing=m.SourcingProfile.model_validate(sourcing) if sourcing is not None else None,
        matches=[m.StoryMatch.model_validate(x) for x in matches] if matches is not None else None,
    )
