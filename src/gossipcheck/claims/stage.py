"""``ClaimsStage``: check-worthy factual sentences, typed, with entities and attribution.

A sentence is a claim when it states something checkable about a person:
it mentions a person (or a pronoun for one) and a topic keyword from
``data/lexicons/claim_types.tsv`` (relationship, pregnancy/children, health,
legal, money, career), or it is reported speech. Questions and opinion
sentences ("fans are rooting for them") are not claims.
"""

from __future__ import annotations

import re
from functools import cache

from ..article import Article, Attribution, Claim, Entity, Span
from ..lexicons import compile_phrases, non_name_words, table
from ..pipeline import record

VERSION = "1.2.0"
_PRIORITY = ("pregnancy_children", "relationship", "health", "legal", "money", "career", "quote")
_PERSONISH_RE = re.compile(r"\b(?:he|she|they|him|her|his|their|couple|pair)\b", re.IGNORECASE)
_OPINION_RE = re.compile(
    r"(?i)\b(?:we\s+(?:think|hope|love|can't\s+wait|wish)|i\s+(?:think|hope|love|believe)|"
    r"rooting\s+for|fingers\s+crossed|stay\s+tuned|let\s+us\s+know|what\s+do\s+you\s+think|"
    r"tell\s+us|comment\s+below|in\s+the\s+comments|we'?ll\s+have\s+to\s+wait|only\s+time\s+will"
    r"\s+tell|our\s+opinion|in\s+our\s+view|is\s+(?:so|such)\s+(?:cute|adorable|gorgeous)|"
    r"click\s+here|subscribe|sign\s+up)\b"
)
_FACTUAL_VERB_RE = re.compile(
    r"(?i)\b(?:is|are|was|were|has|have|had|will|would|did|does|'s|’s|[a-z]{3,}ed|[a-z]{3,}s)\b"
)


@cache
def _type_matchers() -> tuple[tuple[str, re.Pattern[str]], ...]:
    by_type: dict[str, list[str]] = {}
    for keyword, claim_type in table("claim_types"):
        by_type.setdefault(claim_type, []).append(keyword)
    return tuple((t, compile_phrases(by_type[t], wildcard=True)) for t in _PRIORITY if t in by_type)


def claim_type(sentence: str) -> str | None:
    """The first topic (in priority order) whose keywords occur in ``sentence``."""
    for name, regex in _type_matchers():
        if regex.search(sentence):
            return name
    return None


def _is_name(entity: Entity) -> bool:
    """Drop tagger noise: platforms and days ("Instagram"), shouted words ("LOT")."""
    text = entity.text
    if text in non_name_words():
        return False
    return not (entity.label == "PERSON" and text.isupper() and len(text) > 1)


def _attribution_for(span: Span, index: int, attributions: list[Attribution]) -> int | None:
    best: int | None = None
    for i, attribution in enumerate(attributions):
        content = attribution.content
        if content is not None and content.overlaps(span):
            return i
        if attribution.sentence_index == index and best is None:
            best = i
    return best


def find_claims(article: Article) -> list[Claim]:
    text = article.text
    entities: list[Entity] = [e for e in article.entities if e.label in ("PERSON", "ORG")]
    claims: list[Claim] = []
    for sentence in article.sentences:
        span = sentence.span
        body = span.text(text).strip()
        if len(body.split()) < 5 or body.endswith("?") or _OPINION_RE.search(body):
            continue
        if not _FACTUAL_VERB_RE.search(body):
            continue
        names = [e.text for e in entities if span.start <= e.span.start < span.end and _is_name(e)]
        if not (names or _PERSONISH_RE.search(body)):
            continue  # about no one: not a claim whatever its topic (tested before the topic)
        attribution = _attribution_for(span, sentence.index, article.attributions)
        kind = claim_type(body)
        if kind is None and attribution is not None:
            kind = "quote"
        if kind is None:
            continue
        score = min(1.0, 0.4 + 0.15 * len(names) + (0.2 if kind != "quote" else 0.0))
        claims.append(
            Claim(
                span=span,
                sentence_index=sentence.index,
                text=body,
                claim_type=kind,
                entities=list(dict.fromkeys(names)),
                attribution=attribution,
                score=round(score, 3),
            )
        )
    return claims


class ClaimsStage:
    """Fills ``article.claims``. Reads ``sentences``, ``entities`` and ``attributions``."""

    name = "claims"
    version = VERSION

    def __call__(self, article: Article) -> Article:
        article.claims = find_claims(article)
        return record(article, self)
