"""The words every report format uses for source types and signal kinds."""

from __future__ import annotations

from typing import NamedTuple


class SourceLabel(NamedTuple):
    label: str  # a legend or table entry: "anonymous source"
    short: str  # a narrow terminal column: "ANONYMOUS"
    phrase: str  # inside a sentence: "the claim rests on an anonymous source"
    noun: str  # after "one": "one anonymous source"
    nouns: str  # after a larger count: "four anonymous sources"


SOURCE_LABELS: dict[str, SourceLabel] = {
    "named_person": SourceLabel(
        "named person", "named person", "a named person on record", "named person", "named people"
    ),
    "anonymous": SourceLabel(
        "anonymous source",
        "ANONYMOUS",
        "an anonymous source",
        "anonymous source",
        "anonymous sources",
    ),
    "outlet": SourceLabel(
        "another outlet", "other outlet", "another outlet's report", "outlet", "outlets"
    ),
    "social_media": SourceLabel(
        "social media",
        "social media",
        "a social-media post",
        "social-media post",
        "social-media posts",
    ),
    "representative": SourceLabel(
        "representative",
        "rep/official",
        "a representative's statement",
        "representative",
        "representatives",
    ),
    "interview_or_document": SourceLabel(
        "interview or document",
        "interview/doc",
        "an interview or document",
        "interview or document",
        "interviews or documents",
    ),
}

SIGNAL_LABELS: dict[str, str] = {
    "hedge": "hedge",
    "sensational": "sensational wording",
    "exclusive": "exclusivity claim",
}


def source_label(kind: str) -> SourceLabel:
    """The labels for ``kind``; an unknown kind is shown as itself."""
    return SOURCE_LABELS.get(kind) or SourceLabel(kind, kind, kind, kind, kind)
