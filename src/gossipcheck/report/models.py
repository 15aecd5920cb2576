"""The typed report (schema 2.0): the one public contract of gossipcheck.

Every span is ``{"start", "end", "text"}`` under a named key; ``Report.model_dump
(mode="json")`` is the JSON report and :func:`report_schema` its JSON Schema
(``gossipcheck schema``; the REST API's OpenAPI uses the same models).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..article import OutletRole, SourceType, Stance, Verdict
from ..settings import SCHEMA_VERSION

Direction = Literal["fake", "real"]
Answer = Literal["yes", "no", "unknown"]
# What an answer means for trust in the story, so that a reader sees a warning sign as one
# whatever the question's polarity ("relayed? yes" warns, "only anonymous? no" reassures).
Tone = Literal["reassuring", "warning", "neutral"]
CheckId = Literal[
    "on_record",
    "subject_responded",
    "relayed",
    "only_anonymous",
    "hedged",
    "corroborated",
    "fact_check_match",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Model):
    """A character range ``[start, end)`` of ``Report.text`` and the text it covers."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Tool(_Model):
    name: str
    version: str


class ArticleInfo(_Model):
    title: str | None
    url: str | None
    outlet: str | None
    author: str | None
    published: str | None
    word_count: int
    language: str | None
    source: str | None = Field(description="Where it was read from: a path, '-', a URL or 'api'.")


class ChecklistItem(_Model):
    id: CheckId
    question: str
    answer: Answer
    tone: Tone = Field(
        description="What the answer means for trust in the story: reassuring, a warning"
        " sign, or neither (shown as the answer's colour)."
    )
    detail: str = Field(description="One plain sentence: why the answer is what it is.")
    evidence: list[Span] = Field(default_factory=list)


class Thresholds(_Model):
    likely_real_below: float
    likely_fake_above: float
    band: float = Field(description="Scores within this distance of a cut-off read as uncertain.")


class Feature(_Model):
    feature: str
    weight: float
    direction: Direction


class SentencePush(_Model):
    span: Span
    contribution: float = Field(description="Change in P(fake) when the sentence is left out.")
    direction: Direction


class SourcingProfile(_Model):
    profile: str
    description: str
    gossipcop_fake_share: float | None
    gossipcop_n: int | None
    features: dict[str, float]
    rules: list[str]
    denial: str | None = Field(
        default=None,
        description="Who on the subject's side denies the story, in words; null when no one does.",
    )


class StoryMatch(_Model):
    """A fact-checked story in the model's memory that tells the same story."""

    title: str | None
    outlet: str | None
    date: str | None
    rating: Direction
    similarity: float


class Explanation(_Model):
    features: list[Feature] = Field(default_factory=list)
    sentences: list[SentencePush] = Field(default_factory=list)
    sourcing: SourcingProfile | None = None
    matches: list[StoryMatch] | None = Field(
        default=None, description="Fact-checked stories matched; null when not looked up."
    )


class CredibilityReport(_Model):
    p_fake: float = Field(ge=0.0, le=1.0)
    verdict: Verdict
    applicable: bool
    reason: str | None
    model: str
    model_version: str
    thresholds: Thresholds | None = None
    position: str | None = Field(default=None, description="Where the score sits, in words.")
    explanation: Explanation = Field(default_factory=Explanation)


class SourcingSummary(_Model):
    attributions: int
    by_type: dict[SourceType, int]
    named_on_record: bool
    relayed: bool


class Attribution(_Model):
    speaker: Span | None
    speaker_text: str
    source_type: SourceType
    cue: Span | None
    content: Span | None
    sentence_index: int
    outlet: str | None
    resolved_from: str | None
    stance: Stance | None = None

    @property
    def who(self) -> str:
        """The speaker as a reader names them: the antecedent of a pronoun or nominal
        ("he" -> "Kanye West"), else the speaker's own words."""
        return self.resolved_from or self.speaker_text


class ChainLink(_Model):
    outlet: str
    evidence: Span


class Reputation(_Model):
    outlet: str | None
    domains: list[str]
    fake: int
    real: int
    n: int
    fake_share: float
    ci95: tuple[float, float]


class Outlet(_Model):
    name: str
    role: OutletRole
    reputation: Reputation | None


class Signal(_Model):
    kind: Literal["hedge", "sensational", "exclusive"]
    span: Span


class Claim(_Model):
    span: Span
    sentence_index: int
    type: str
    entities: list[str]
    attribution: int | None = Field(description="Index into `attributions`; null: unattributed.")
    attributed_to: str
    score: float


class Entity(_Model):
    span: Span
    label: Literal["PERSON", "ORG", "OUTLET", "GPE", "OTHER"]
    canonical: str | None


class Sentence(_Model):
    index: int
    span: Span


class CorpusMatch(_Model):
    id: str
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    similarity: float
    same_story: bool
    is_query: bool = False


class Corroboration(_Model):
    matches: list[CorpusMatch]
    earliest: CorpusMatch | None
    corpus_size: int


class Report(_Model):
    """Everything gossipcheck found in one article."""

    model_config = ConfigDict(title="gossipcheck report")

    schema_version: str = Field(default=SCHEMA_VERSION, json_schema_extra={"const": SCHEMA_VERSION})
    tool: Tool
    article: ArticleInfo
    summary: str = Field(description="One or two plain sentences, read first.")
    checklist: list[ChecklistItem]
    credibility: CredibilityReport | None
    sourcing_summary: SourcingSummary
    attributions: list[Attribution]
    reporting_chain: list[ChainLink] = Field(description="Relays, nearest outlet first.")
    also_cites: list[ChainLink] = Field(default_factory=list)
    outlets: list[Outlet]
    relayed_from: list[str] = Field(description="Relaying outlets, origin first.")
    signals: list[Signal]
    claims: list[Claim]
    entities: list[Entity]
    corroboration: Corroboration | None
    sentences: list[Sentence]
    text: str
    provenance: dict[str, str] = Field(description="Stage name -> stage version.")


def report_schema() -> dict[str, Any]:
    """The JSON Schema of the report (draft 2020-12)."""
    schema = Report.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
