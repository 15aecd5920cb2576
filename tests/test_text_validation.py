"""One validation path for text from every front end (issue 13.4): the crash cases
as regression tests, spaCy's length limit, and a bounded property-based fuzz test."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gossipcheck import Checker
from gossipcheck.errors import GossipcheckError, InputError
from gossipcheck.inputs import Input
from gossipcheck.sourcing import entities

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


class _Doc:
    def __init__(self, text: str) -> None:
        at = text.find("Mara Quinn")
        self.ents = [_Ent(at, at + len("Mara Quinn"))] if at >= 0 else []


class _Ent:
    label_ = "PERSON"

    def __init__(self, start: int, end: int) -> None:
        self.start_char, self.end_char = start, end


class _StrictNlp:
    """Refuses what spaCy refuses (E088): any text of ``max_length`` characters or more."""

    max_length = 1_000_000

    def __init__(self) -> None:
        self.longest = 0

    def _check(self, text: str) -> _Doc:
        if len(text) >= self.max_length:
            raise ValueError("[E088] Text of length exceeds maximum")
        self.longest = max(self.longest, len(text))
        return _Doc(text)

    def __call__(self, text: str) -> _Doc:
        return self._check(text)

    def pipe(self, texts: Iterator[str], batch_size: int = 0) -> Iterator[_Doc]:
        return (self._check(text) for text in texts)


@pytest.mark.parametrize("with_sentences", [True, False])
def test_a_1_2_mb_sentence_is_tagged_in_pieces(
    monkeypatch: pytest.MonkeyPatch, with_sentences: bool
) -> None:
    from gossipcheck.text import split_sentences

    text = "Fans of the pair met in Malibu and " * 36_000 + "Mara Quinn smiled"
    assert len(split_sentences(text)) == 1 and len(text) > 1_200_000
    fake = _StrictNlp()
    monkeypatch.setattr(entities, "nlp", lambda: fake)
    sentences = split_sentences(text) if with_sentences else None
    found = entities._ner(text, sentences)
    assert 0 < fake.longest < fake.max_length
    assert [text[a:b] for a, b, _ in found] == ["Mara Quinn"]  # offsets map back


def test_pieces_cover_the_span_and_cut_at_spaces() -> None:
    prose = " ".join(["word"] * 100)
    text = "x" * 30 + prose + "y" * 300  # no space at all in the last 300 characters
    pieces = entities.pieces(text, 30, len(text), 64)
    assert "".join(piece for _, piece in pieces) == text[30:]
    assert all(len(piece) < 64 and text[at : at + len(piece)] == piece for at, piece in pieces)
    in_prose = [piece for at, piece in pieces if at + 64 < 30 + len(prose)]
    assert len(in_prose) > 3 and all(piece.endswith(" ") for piece in in_prose)
    assert "y" * 63 in [piece for _, piece in pieces]  # no space: cut anyway


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
