"""The one data object that flows through the pipeline.

An :class:`Article` is created by ingest and enriched, stage by stage, by
sourcing, signals, claims and credibility. Every result is an offset span into
``Article.text`` and records which stage (and stage version) produced it, in the
manner of spaCy's ``Doc``/``Span``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

SourceType = Literal[
    "named_person",
    "anonymous",
    "outlet",
    "social_media",
    "representative",
    "interview_or_document",
]
SOURCE_TYPES: tuple[SourceType, ...] = (
    "named_person",
    "anonymous",
    "outlet",
    "social_media",
    "representative",
    "interview_or_document",
)
# The source types that put someone on the record: everything but anonymous sources and
# other outlets (as the sourcing profile counts "on record").
ON_RECORD_TYPES: frozenset[SourceType] = frozenset(
    {"named_person", "representative", "social_media", "interview_or_document"}
)

Verdict = Literal["likely real", "uncertain", "likely fake", "not applicable"]
Stance = Literal["denies", "confirms"]
OutletRole = Literal["this article", "relayed from", "cited"]


@dataclass(frozen=True, slots=True)
class Span:
    """A character range ``[start, end)`` of ``Article.text``."""

    start: int
    end: int

    def text(self, article_text: str) -> str:
        return article_text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Sentence:
    index: int
    span: Span


@dataclass(slots=True)
class Entity:
    """A person, organisation or outlet mentioned in the article."""

    span: Span
    label: Literal["PERSON", "ORG", "OUTLET", "GPE", "OTHER"]
    text: str
    canonical: str | None = None  # e.g. the outlet's canonical name
    stage: str = "entities"


@dataclass(slots=True)
class Attribution:
    """Who said what: speaker, cue and content, each an offset span."""

    speaker: Span | None
    speaker_text: str
    source_type: SourceType
    cue: Span | None
    cue_text: str
    content: Span | None
    sentence_index: int
    outlet: str | None = None  # canonical outlet name when the speaker is or reports to an outlet
    resolved_from: str | None = None  # antecedent text when the speaker was a pronoun/nominal
    stance: Stance | None = None  # the subject's side denying or confirming the story
    stage: str = "sourcing"


@dataclass(slots=True)
class ChainLink:
    """One outlet the article cites (a relay in ``reporting_chain``, otherwise in
    ``also_cites``), with the phrase that shows the link."""

    outlet: str
    evidence: Span
    evidence_text: str


@dataclass(slots=True)
class Signal:
    """A style or hedging cue: ``kind`` is ``hedge``, ``sensational`` or ``exclusive``."""

    kind: Literal["hedge", "sensational", "exclusive"]
    span: Span
    text: str
    stage: str = "signals"


@dataclass(slots=True)
class Claim:
    """A check-worthy factual statement."""

    span: Span
    sentence_index: int
    text: str
    claim_type: str
    entities: list[str] = field(default_factory=list)
    attribution: int | None = None  # index into Article.attributions, None = unattributed
    score: float = 0.0
    stage: str = "claims"


@dataclass(slots=True)
class Credibility:
    p_fake: float
    verdict: Verdict
    model: str
    model_version: str
    applicable: bool = True
    reason: str | None = None
    explanation: dict[str, Any] = field(default_factory=dict)
    thresholds: tuple[float, float] | None = None  # (likely real below, likely fake above)
    band: float = 0.0  # scores within ``band`` of a cut-off read as uncertain
    position: str | None = None  # where the score sits, in words


@dataclass(slots=True)
class OutletRecord:
    """An outlet the article is from, relays or cites, with its GossipCop record."""

    name: str
    role: OutletRole
    reputation: dict[str, Any] | None = None


@dataclass(slots=True)
class Article:
    """An article and everything the pipeline has found in it."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    source: str | None = None  # where it was read from: a path, "-", a URL or "api"
    language: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    reporting_chain: list[ChainLink] = field(default_factory=list)  # relay links only
    also_cites: list[ChainLink] = field(default_factory=list)  # outlets cited, not relayed
    outlets: list[OutletRecord] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    credibility: Credibility | None = None
    corroboration: dict[str, Any] | None = None  # other copies of the story in a local corpus
    provenance: dict[str, str] = field(default_factory=dict)  # stage name -> version

    @property
    def word_count(self) -> int:
        return len(self.text.split())
