"""Proper nouns are masked in the lexical and memory blocks (issue 11.2: evidence, not names)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gossipcheck.credibility.features import Analyzer
from gossipcheck.credibility.model import CredibilityModel
from gossipcheck.lab.credibility.names import proper_nouns
from gossipcheck.lab.credibility.names_experiment import proper_nouns_in, top_words

from .conftest import ROOT, SEED

EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))

CORPUS = [
    "Yesterday the singer met Brandolina Quist at a party. A source said Quist was happy.",
    "Fans saw Quist leave early, and a rep for Quist denied the split. Party plans changed.",
    "Sources close to Quist say the party was calm. The party ended at midnight.",
    "Will the couple marry? The couple will decide, and people will see.",
]


def test_capitalised_words_inside_sentences_are_names_and_sentence_openers_are_not() -> None:
    names = proper_nouns(CORPUS)
    assert {"quist"} <= names
    # "Party" and "Will" open sentences only; their uses inside sentences are lower-case.
    assert not {"party", "will", "couple", "people", "sources"} & names
    # Outlet-table names join even when the texts never mention them; common words do not.
    assert {"tmz", "radaronline"} <= names
    assert "people" not in names


def test_the_analyzer_masks_names_and_bridges_over_them() -> None:
    analyzer = Analyzer(n_max=2, names={"quist"})
    features = analyzer("Rumours about Quist spread online")
    assert "quist" not in " ".join(features)
    assert "rumours spread" in features
    assert Analyzer(**analyzer.params).names == {"quist"}


def _report_top_words(path: Path) -> tuple[list[str], list[str]]:
    text = path.read_text(encoding="utf-8")
    words = top_words(CredibilityModel.load(), text, k=5)
    return words, proper_nouns_in(text, words)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_no_proper_noun_among_the_report_top_words_on_the_examples(path: Path) -> None:
    words, nouns = _report_top_words(path)
    assert words, "the report shows no top words"
    assert nouns == [], words


@pytest.mark.data("..", "examples", SEED.name)
def test_no_proper_noun_among_the_top_words_on_the_kim_kanye_story() -> None:
    words, nouns = _report_top_words(SEED)
    assert words
    assert nouns == [], words


def test_the_check_flags_names_written_with_capitals() -> None:
    text = "Headline About Quist Rising\n\nThe singer met Brandolina Quist. Fans cheered Quist."
    assert proper_nouns_in(text, ["quist", "singer", "fans", "headline", "rising"]) == ["quist"]


def _fold_by_definition(text: str) -> str:
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKC", text).lower()


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_fold_equals_its_definition(text: str) -> None:
    from gossipcheck.credibility.features import fold

    assert fold(text) == _fold_by_definition(text)


def test_fold_strips_accents_and_compatibility_forms() -> None:
    from gossipcheck.credibility.features import fold

    assert fold("Beyoncé’s ﬁancé ＺＯË") == "beyonce’s fiance zoe"
