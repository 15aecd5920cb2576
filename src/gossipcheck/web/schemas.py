"""Request and response shapes of the REST API (they document /openapi.json)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from ..report.models import Report

MAX_BATCH = 100

#: The OpenAPI examples: real (invented) articles that check as written in /docs.
EXAMPLE_TEXT: dict[str, JsonValue] = {
    "title": "Mara Quinn and Theo Lassiter living separate lives?",
    "text": (
        "Mara Quinn and Theo Lassiter are reportedly living separate lives, an insider tells"
        " the magazine. According to sources for Us Weekly, the pair have not been seen"
        " together since the premiere in March. A source close to the actress says she is"
        " focused on her work. Quinn's representative told People the report is completely"
        " false and that the couple are happy."
    ),
}
EXAMPLE_HTML: dict[str, JsonValue] = {
    "url": "https://news.example.com/quinn-lassiter",
    "html": (
        "<html><head><title>Quinn and Lassiter split rumours</title></head><body><article>"
        "<h1>Quinn and Lassiter split rumours</h1><p>Mara Quinn and Theo Lassiter are"
        " reportedly living separate lives, an insider tells the magazine. A source close to"
        " the couple says they barely spoke for a week after the premiere in March.</p>"
        "<p>Quinn's representative told People the report is completely false and that the"
        " couple are spending the summer together in Malibu with their families.</p>"
        "</article></body></html>"
    ),
}


class ArticleIn(BaseModel):
    """One article: give ``text``, ``html`` or ``url``. ``url`` beside ``text`` or
    ``html`` is recorded as the article's address and not fetched."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [EXAMPLE_TEXT, EXAMPLE_HTML]},
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
