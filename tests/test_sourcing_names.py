"""The name tagger (``sourcing/names.py``) and the entities built on it."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

import numpy as np
import pytest

from gossipcheck.article import Entity
from gossipcheck.sourcing.entities import find_entities
from gossipcheck.sourcing.names import LABELS, NameTagger, decode, hashed, shipped, tokenize
from gossipcheck.text import split_sentences

from .conftest import EXAMPLE, ROOT

STORY = (
    "Mara Quinn has split from her husband, a source told People. "
    "The singer flew home to Los Angeles after the Grammys, the insider said. "
    "Her label, Velvet Records, declined to comment on Mara Quinn’s plans, and Netflix said it "
    "had no plans for the show. Orlando Brinkley, her manager, said the pair "
    "remain friends. Brinkley added that Quinn would tour France in the spring."
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities(text, sentences=split_sentences(text))]


@pytest.fixture(scope="module")
def found() -> list[tuple[str, str]]:
    return _found(STORY)


def test_a_person_with_a_possessive_is_the_name_alone() -> None:
    at = STORY.index("Mara Quinn’s")
    entities = find_entities(STORY, sentences=split_sentences(STORY))
    owner = [e for e in entities if e.span.start == at]
    assert [(e.text, e.label, e.span.end) for e in owner] == [("Mara Quinn", "PERSON", at + 10)]
    assert (entities[0].text, entities[0].label) == ("Mara Quinn", "PERSON")
    assert not any(e.text.endswith(("’s", "'s")) for e in entities)


def test_an_outlet_comes_from_the_outlet_table(found: list[tuple[str, str]]) -> None:
    entities = find_entities(STORY, sentences=split_sentences(STORY))
    people = [e for e in entities if e.text == "People"]
    assert [(e.label, e.canonical) for e in people] == [("OUTLET", "People")]


def test_an_org_and_a_place(found: list[tuple[str, str]]) -> None:
    assert ("Netflix", "ORG") in found
    assert ("Velvet Records", "ORG") in found
    assert ("Los Angeles", "GPE") in found
    assert ("France", "GPE") in found


def test_a_name_at_sentence_start_is_found_and_a_plain_word_is_not(
    found: list[tuple[str, str]],
) -> None:
    assert ("Brinkley", "PERSON") in found  # "Brinkley added ...", first word of its sentence
    assert ("Orlando Brinkley", "PERSON") in found
    assert not any(text in ("The", "The singer") for text, _ in found)


def test_entities_are_ordered_offsets_into_the_text() -> None:
    entities: list[Entity] = find_entities(STORY)  # sentences split when not given
    starts = [e.span.start for e in entities]
    assert starts == sorted(starts)
    assert all(STORY[e.span.start : e.span.end] == e.text for e in entities)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(entities))


def test_candidate_regions_hold_connectors_and_split_possessives() -> None:
    text = "Kim Kardashian’s trip to the Bank of America. Jay-Z and Beyoncé met."
    tokens = tokenize(text, split_sentences(text))
    regions = [tokens.words[a:b] for a, b in tokens.regions]
    assert regions == [
        ["Kim", "Kardashian"],
        ["the", "Bank", "of", "America"],
        ["Jay-Z", "and", "Beyoncé"],
    ]
    assert "’s" in tokens.words  # a token of its own, outside every region


def test_regions_stop_at_sentence_ends() -> None:
    text = "She met Tom Ford. Ford smiled."
    tokens = tokenize(text, split_sentences(text))
    assert [tokens.words[a:b] for a, b in tokens.regions] == [["She"], ["Tom", "Ford"], ["Ford"]]


def test_decode_starts_an_entity_at_a_stray_inside_tag() -> None:
    text = "Ava Stone and Acme Corp"
    tokens = tokenize(text, split_sentences(text))
    assert tokens.regions == [(0, 5)]
    labels = [LABELS.index(x) for x in ("I-PERSON", "I-PERSON", "O", "B-ORG", "I-ORG")]
    assert decode(tokens, labels) == [(0, 9, "PERSON"), (14, 23, "ORG")]


def test_hashing_is_crc32_and_pads_with_minus_one() -> None:
    matrix = hashed([["w=kim", "b"], ["b"]], 18)
    assert matrix[0, 0] == zlib.crc32(b"w=kim") & ((1 << 18) - 1)
    assert matrix[1, 1] == -1


def test_a_saved_tagger_loads_with_the_same_scores(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    weights = rng.normal(size=(1 << 6, len(LABELS))).astype(np.float16).astype(np.float32)
    tagger = NameTagger(weights, np.zeros(len(LABELS), np.float32))
    path = tmp_path / "t.npz"
    tagger.save(path, bits=6)
    again = NameTagger.load(path)
    assert again.bits == 6
    text = "Ava Stone met Acme Corp in Paris."
    sentences = split_sentences(text)
    assert np.array_equal(again.weights, tagger.weights)
    assert again.tag(text, sentences) == tagger.tag(text, sentences)


def test_the_shipped_tagger_is_small() -> None:
    from gossipcheck.sourcing.names import DEFAULT_PATH

    assert DEFAULT_PATH.stat().st_size < 4_000_000
    assert shipped().bits >= 16


def test_a_1_2_mb_sentence_is_tagged_in_linear_time() -> None:
    text = "Fans of the pair met in Malibu and " * 36_000 + "Mara Quinn smiled"
    sentences = split_sentences(text)
    assert len(sentences) == 1 and len(text) > 1_200_000
    started = time.perf_counter()
    found = shipped().tag(text, sentences)
    assert time.perf_counter() - started < 30
    assert (len(text) - 17, len(text) - 7, "PERSON") in found  # offsets map back


@pytest.mark.slow
def test_a_check_runs_with_spacy_unimportable() -> None:
    """The product never imports spaCy: a check with ``sys.modules['spacy'] = None``."""
    code = (
        "import sys, json; sys.modules['spacy'] = None\n"
        "from gossipcheck import Checker\n"
        "c = Checker(); r = c.report(c.check(sys.argv[1]))\n"
        "assert 'spacy' not in [m.split('.')[0] for m in sys.modules if sys.modules[m]]\n"
        "print(json.dumps(r))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLE)], capture_output=True, timeout=300, env=env
    )
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    assert report["entities"] and report["credibility"]["verdict"]
    assert any(e["label"] == "PERSON" for e in report["entities"])


def test_memoised_hashes_equal_fresh_ones_and_the_memo_is_bounded(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gossipcheck.sourcing.names as names

    rows = [[f"w=name{i}", "b", f"-1=x{i % 3}"] for i in range(40)] + [["b"]]
    want = np.array(
        [[zlib.crc32(f.encode()) & 0xFFF for f in row] + [-1] * (3 - len(row)) for row in rows]
    )
    monkeypatch.setattr(names, "_HASH_LIMIT", 16)
    for _ in range(3):  # misses, then hits, then a cleared memo
        assert np.array_equal(hashed(rows, 12), want)
        assert len(names._HASHES[12]) <= 16 + len({f for row in rows for f in row}) + 1
