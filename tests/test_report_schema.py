"""The typed report: its published schema, its formats and how each shows the summary."""

from __future__ import annotations

import copy
import io
import json

import jsonschema
import pytest
from rich.console import Console

from gossipcheck.article import Article, ChainLink, Span
from gossipcheck.cli import main
from gossipcheck.errors import InputError
from gossipcheck.report import Report, report_schema
from gossipcheck.report.claimreview import claim_review
from gossipcheck.report.formats import FORMATS, get_format
from gossipcheck.report.html import render_page
from gossipcheck.report.terminal import render
from gossipcheck.sourcing.outlet_records import OutletsStage

from .assets.web_fakes import SAMPLE_REPORT
from .conftest import validate_report


def test_sample_report_validates_and_round_trips() -> None:
    validate_report(SAMPLE_REPORT)
    assert Report.model_validate(SAMPLE_REPORT).model_dump(mode="json") == SAMPLE_REPORT


@pytest.mark.parametrize(
    "breakage",
    [
        lambda r: r["signals"].append({"kind": "hedge", "start": 1, "end": 4, "text": "x"}),
        lambda r: r["attributions"][0].update(speaker_span=r["attributions"][0]["speaker"]),
        lambda r: r["credibility"]["explanation"].update(rules=[]),
        lambda r: r["checklist"][0].update(answer="maybe"),
        lambda r: r.update(schema_version="1.0"),
        lambda r: r.pop("summary"),
    ],
)
def test_schema_rejects_the_old_shapes(breakage: object) -> None:
    report = copy.deepcopy(SAMPLE_REPORT)
    breakage(report)  # type: ignore[operator]
    with pytest.raises(AssertionError):
        validate_report(report)


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) in (0, None)
    printed = json.loads(capsys.readouterr().out)
    assert printed == report_schema()
    jsonschema.Draft202012Validator.check_schema(printed)


def test_unknown_format_is_an_input_error_naming_the_known_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(InputError, match="text, json, html, claimreview"):
        get_format("pdf")
    with pytest.raises(SystemExit) as exit_:
        main(["check", "missing.txt", "--format", "pdf"])
    assert exit_.value.code == InputError.exit_code
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "choose one of: text, json, html, claimreview" in err[0]


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_renders_the_summary(name: str) -> None:
    rendered = FORMATS[name].render(SAMPLE_REPORT, width=100)
    if name == "json":
        assert json.loads(rendered) == SAMPLE_REPORT
    elif name == "claimreview":
        assert json.loads(rendered)["reviewBody"].startswith(SAMPLE_REPORT["summary"])
    else:
        assert "a rep for Quinn denies it" in " ".join(rendered.split())


def test_terminal_report_fits_80_columns_and_opens_with_the_summary() -> None:
    buffer = io.StringIO()
    render(SAMPLE_REPORT, Console(file=buffer, width=80, force_terminal=False))
    lines = buffer.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    joined = " ".join(" ".join(line.strip("│ ").split()) for line in lines)
    assert joined.index("Rests on one named person") < joined.index("Verdict:")
    assert "✔ yes Is someone on the record?" in joined
    assert "⚠ yes Is the story relayed from another outlet?" in joined  # a warning sign
    assert "✔ no Does it rest only on anonymous sources?" in joined  # reassuring
    assert "· no Does it match a story that was fact-checked?" in joined  # neither
    assert "? unknown Is the story told elsewhere" in joined


def test_html_shows_summary_and_checklist_first() -> None:
    page = render_page(SAMPLE_REPORT)
    assert page.index('id="summary"') < page.index('id="verdict"')
    assert '<ul class="checklist"' in page
    for item in SAMPLE_REPORT["checklist"]:  # coloured by tone, worded by answer
        assert f'class="check-{item["answer"]} tone-{item["tone"]}" id="check-{item["id"]}"' in page
    assert page.count('class="check-yes') == sum(
        1 for item in SAMPLE_REPORT["checklist"] if item["answer"] == "yes"
    )
    assert "⚠</span> Yes<span" in page and "✓</span> No<span" in page


def test_claimreview_body_opens_with_the_summary() -> None:
    review = claim_review(SAMPLE_REPORT)
    assert review["reviewBody"].startswith(SAMPLE_REPORT["summary"] + " Automated estimate")


def test_outlets_stage_records_roles_reputation_and_provenance() -> None:
    text = "According to Us Weekly, the pair split."
    article = Article(
        text=text,
        outlet="TMZ",
        url="https://www.tmz.com/2019/01/01/story",
        reporting_chain=[ChainLink("Us Weekly", Span(0, 22), text[:22])],
        also_cites=[
            ChainLink("Us Weekly", Span(0, 22), text[:22]),
            ChainLink("Vogue", Span(0, 1), "A"),
        ],
    )
    stage = OutletsStage()
    out = stage(article)
    assert [(o.name, o.role) for o in out.outlets] == [
        ("TMZ", "this article"),
        ("Us Weekly", "relayed from"),
        ("Vogue", "cited"),
    ]
    tmz = out.outlets[0].reputation
    assert tmz is not None and "tmz.com" in tmz["domains"] and tmz["n"] > 0
    assert out.provenance["outlets"] == stage.version


def test_terminal_sentence_pushes_wrap_under_their_text() -> None:
    buffer = io.StringIO()
    render(SAMPLE_REPORT, Console(file=buffer, width=60, force_terminal=False))
    lines = buffer.getvalue().splitlines()
    arrows = [i for i, line in enumerate(lines) if "↑ fake " in line or "↓ real " in line]
    assert arrows, "the sample report shows sentence pushes"
    column = lines[arrows[0]].index("fake " if "↑" in lines[arrows[0]] else "real ") + 5
    wrapped = [lines[i + 1] for i in arrows if lines[i + 1][1:column].strip() == ""]
    assert wrapped, "a sample sentence is long enough to wrap at 60 columns"
    assert all(line[column:].strip() for line in wrapped)  # its text, under the text
