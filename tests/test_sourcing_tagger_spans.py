"""The tagger's label runs as spans: the array version against a plain loop over labels."""

from __future__ import annotations

import random

from gossipcheck.article import Span
from gossipcheck.sourcing.tagger import LABELS, TaggedSpan, Tokens, spans, tokenize


def _loop(tokens: Tokens, labels: list[int], text: str) -> list[TaggedSpan]:
    """One label at a time: close a run at O, a B-, another role, or a quotation mark
    opening a line; open one at any non-O label outside a run."""
    out: list[TaggedSpan] = []
    role: str | None = None
    first = 0
    for i, lab in enumerate([*labels, 0]):
        name = LABELS[lab]
        broken = (
            role is not None
            and i < len(labels)
            and tokens.words[i] in ("“", "«", '"')
            and "\n" in text[tokens.ends[i - 1] : tokens.starts[i]]
        )
        if role is not None and (
            name == "O" or name.startswith("B-") or name[2:] != role or broken
        ):
            out.append(TaggedSpan(role, Span(tokens.starts[first], tokens.ends[i - 1]), first, i))
            role = None
        if name != "O" and role is None:
            role, first = name[2:], i
    return out


def test_runs_match_the_loop_on_random_labels() -> None:
    rng = random.Random(3)
    for _ in range(3000):
        text = ""
        for _ in range(rng.randint(0, 20)):
            text += rng.choice(["", " ", "\n", " \n\n"]) if text else ""
            text += rng.choice(["Kim", "said", "“", '"', "”", "«", ".", "it"])
        tokens = tokenize(text)
        labels = [rng.randrange(len(LABELS)) for _ in tokens.words]
        for with_text in (text, ""):
            assert spans(tokens, labels, with_text) == _loop(tokens, labels, with_text)


def test_a_quotation_opening_a_line_cuts_a_content() -> None:
    text = "She said the deal was done.\n“It was the least bad outcome”"
    tokens = tokenize(text)
    con = [LABELS.index("I-CON")] * len(tokens.words)
    con[0] = LABELS.index("B-CON")
    got = spans(tokens, con, text)
    assert [text[s.span.start : s.span.end] for s in got] == [
        "She said the deal was done.",
        "“It was the least bad outcome”",
    ]
    assert len(spans(tokens, con)) == 1
