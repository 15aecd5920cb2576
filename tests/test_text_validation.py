"""One validation path for text from every front end (issue 13.4): the crash cases
as regression tests and a bounded property-based fuzz test (a 1.2 MB sentence:
tests/test_sourcing_names.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gossipcheck import Checker
from gossipcheck.errors import GossipcheckError, InputError
from gossipcheck.inputs import Input

from .conftest import EXAMPLE

BODY = EXAMPLE.read_text(encoding="utf-8").split("\n", 2)[2]
WORDS = [
    "Mara",
    "Quinn",
    "told",
    "People",
    "the",
    "couple",
    "split",
    "in",
    "Malibu,",
    "sources",
    "say",
]


@pytest.fixture(scope="module")
def bare() -> Checker:
    """A Checker whose stages never load: these inputs must fail in ingest."""
    return Checker()


def test_lone_surrogate_is_replaced_and_the_report_is_made(checker: Checker) -> None:
    text = BODY.replace("Mara", "Ma\ud800ra", 1)
    report = checker.report(checker.check_text(text))
    assert "Ma\ufffdra" in report["text"] and "\ud800" not in report["text"]
    assert_offsets_valid(report)


def test_text_over_the_cap_is_refused_like_a_file(bare: Checker) -> None:
    with pytest.raises(InputError, match="over the 5,242,880-byte limit"):
        bare.check_text("The couple split, sources say. " * 210_000)  # 6.3 MB


def test_control_characters_are_binary_not_an_article(bare: Checker) -> None:
    text = "\x01\x02\x03" * 1000 + " ".join(WORDS * 6)
    with pytest.raises(InputError, match="binary"):
        bare.check_text(text)
    with pytest.raises(InputError, match="binary"):
        bare.check(Input.from_fields(text=text, detect_title=False))  # a JSONL row


# ---- property-based fuzz: only documented errors, and every offset valid ---------------


def spans(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("text"), str):
            yield node
        for value in node.values():
            yield from spans(value)
    elif isinstance(node, list):
        for value in node:
            yield from spans(value)


def assert_offsets_valid(report: dict[str, Any]) -> None:
    text = report["text"]
    for span in spans({k: v for k, v in report.items() if k != "article"}):
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert text[span["start"] : span["end"]] == span["text"], span


words = st.sampled_from([*WORDS, "“He", "said”", "reportedly", "EXCLUSIVE", "\n\n", "—"])
noise = st.text(min_size=0, max_size=6)  # any code point, lone surrogates and controls included
texts = st.lists(st.one_of(words, words, words, noise), min_size=0, max_size=80).map(" ".join)
pages = texts.map(lambda body: f"<html><body><article><p>{body}</p></article></body></html>")
FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(text=texts)
def test_fuzz_text(checker: Checker, text: str) -> None:
    check_or_refuse(checker, Input.from_text(text))


@FUZZ
@given(html=pages)
def test_fuzz_html(checker: Checker, html: str) -> None:
    check_or_refuse(checker, Input.from_html(html))


def check_or_refuse(checker: Checker, given: Input) -> None:
    try:
        report = checker.report(checker.check(given))
    except GossipcheckError as exc:
        assert "\n" not in str(exc)
        return
    assert_offsets_valid(report)


def _binary_by_definition(codes: list[int]) -> bool:
    """The rule, one character at a time: a NUL, or more than 5% control characters."""
    control = {*range(0, 9), 11, 12, *range(14, 32), 127}
    return 0 in codes or (len(codes) > 0 and sum(c in control for c in codes) / len(codes) > 0.05)


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.characters(max_codepoint=0x3000, blacklist_categories=()), max_size=300))
def test_the_binary_check_counts_control_characters_as_defined(text: str) -> None:
    from gossipcheck.ingest.decode import _mostly_control

    assert _mostly_control(text) is _binary_by_definition([ord(c) for c in text])
    data = text.encode("utf-8", "surrogatepass")
    assert _mostly_control(data) is _binary_by_definition(list(data))
