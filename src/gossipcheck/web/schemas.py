"""Request and response shapes of the REST API (they document /openapi.json)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ..report.models import Report

MAX_BATCH = 100


class ArticleIn(BaseModel):
    """One article: give ``text``, ``html`` or ``url``. ``url`` beside ``text`` or
    ``html`` is recorded as the article's address and not fetched."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"text": "Mara Quinn and Theo Lassiter are reportedly ...", "title": "Split?"},
                {"url": "https://news.example.com/story"},
            ]
        },
    )

    text: str | None = Field(default=None, description="The article as plain text.")
    html: str | None = Field(default=None, description="The article page as HTML.")
    url: str | None = Field(default=None, description="Fetch and check this http(s) URL.")
    title: str | None = Field(
        default=None, description="Headline, used with `text`.", max_length=1000
    )


class BatchIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(..., min_length=1, max_length=MAX_BATCH)


class ItemError(BaseModel):
    error: str
    message: str


class BatchItem(BaseModel):
    index: int
    ok: bool
    report: Report | None = None
    error: ItemError | None = None


class BatchOut(BaseModel):
    count: int
    ok: int
    failed: int
    results: list[BatchItem]


class Health(BaseModel):
    status: str
    version: str
    schema_version: str
    ready: bool
