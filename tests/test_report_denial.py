"""Issue 10.3: when the subject's side denies the story, the report says so at the top and
the credibility explanation shows it (on an article written for this test)."""

from __future__ import annotations

from typing import Any

import pytest

from gossipcheck import Checker

DENIED = (
    "Mara Quinn and Theo Lassiter Split After Four Years\n\n"
    "Mara Quinn and Theo Lassiter have called it quits, Us Weekly reports. An insider tells"
    " the magazine the couple separated weeks ago and that Quinn has moved to Malibu.\n\n"
    "“They have been living separate lives for a while,” the insider says.\n\n"
    "Not everyone agrees. A rep for Quinn told People that the reports are “completely"
    " false” and that the couple are happy."
)
UNDENIED = DENIED.replace("the reports are “completely false” and that ", "")


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker()


def report(checker: Checker, text: str) -> dict[str, Any]:
    return checker.report(checker.check_text(text, title=""))


def test_the_summary_and_the_explanation_show_the_denial(checker: Checker) -> None:
    out = report(checker, DENIED)
    assert "a rep for Quinn denies it" in out["summary"].split(".")[0]
    sourcing = out["credibility"]["explanation"]["sourcing"]
    assert sourcing["denial"].startswith("A rep for Quinn denies the story")
    responded = next(c for c in out["checklist"] if c["id"] == "subject_responded")
    assert responded["answer"] == "yes"


def test_no_denial_is_claimed_when_none_is_stated(checker: Checker) -> None:
    out = report(checker, UNDENIED)
    assert "denies" not in out["summary"]
    assert out["credibility"]["explanation"]["sourcing"]["denial"] is None


@pytest.mark.parametrize(
    ("name", "shown"), [("text", "denial: A rep for Quinn"), ("html", "Denial:")]
)
def test_the_terminal_and_html_reports_show_the_denial(
    checker: Checker, name: str, shown: str
) -> None:
    from gossipcheck.report.formats import get_format

    rendered = get_format(name).render(report(checker, DENIED), width=200)
    assert shown in rendered and "denies the story" in rendered
    assert shown not in get_format(name).render(report(checker, UNDENIED), width=200)
