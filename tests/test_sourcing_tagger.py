"""The learned attribution tagger: training on a tiny hand-written set, the shipped artifact,
and the hook that adds its attributions where the rules found none."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest

from gossipcheck.article import Article
from gossipcheck.lexicons import phrase_pattern
from gossipcheck.sourcing.kinds import Candidate
from gossipcheck.sourcing.learned import add_learned
from gossipcheck.sourcing.scope import Scope
from gossipcheck.sourcing.stage import SourcingStage
from gossipcheck.sourcing.tagger import DEFAULT_PATH, Tagger
from gossipcheck.text import split_sentences

_NAMES = ["Jones", "Baker", "Lopez", "Miller", "Jones", "Baker", "Lopez", "Miller"]
_CLAUSES = [
    "the vote was delayed again",
    "the plan would cost more money",
    "the talks had failed last week",
    "the vote was delayed again",
    "the plan would cost more money",
    "the talks had failed last week",
    "the deal was signed on time",
    "the deal was signed on time",
]


def _row(i: int, name: str, clause: str) -> dict[str, object]:
    lead = "The weather was cold. "
    text = f"{lead}{name} said that {clause}. Nothing else happened."
    s = len(lead)
    c = s + len(name) + 1
    return {
        "id": f"r{i}",
        "text": text,
        "attributions": [
            {
                "source": [s, s + len(name)],
                "cue": [c, c + 4],
                "content": [c + 5, c + 10 + len(clause)],
            }
        ],
    }


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Tagger:
    from gossipcheck.lab.sourcing.extractor import train_extractor

    tmp = tmp_path_factory.mktemp("tagger")
    rows = [_row(i, n, c) for i, (n, c) in enumerate(zip(_NAMES, _CLAUSES, strict=True))]
    data = _write(tmp / "train.jsonl", rows)
    out = tmp / "tagger.npz"
    summary = train_extractor(
        data, data, out, seed=0, epochs=20, lr=0.5, batch=8, log=lambda _: None
    )
    assert summary["dev_f1_tagger_alone"] == 1.0
    return Tagger.load(out)


def test_tiny_tagger_decodes_a_new_sentence(tiny: Tagger) -> None:
    text = (
        "The weather was cold. Miller said that the talks were signed again. Nothing else happened."
    )
    tagged = tiny.tag(text, [s.span.start for s in split_sentences(text)])
    roles = {s.role: text[s.span.start : s.span.end] for s in tagged.spans}
    assert roles == {"SRC": "Miller", "CUE": "said", "CON": "that the talks were signed again"}


def test_training_is_deterministic(tmp_path: Path, tiny: Tagger) -> None:
    from gossipcheck.lab.sourcing.extractor import train_extractor

    rows = [_row(i, n, c) for i, (n, c) in enumerate(zip(_NAMES, _CLAUSES, strict=True))]
    data = _write(tmp_path / "train.jsonl", rows)
    train_extractor(
        data, data, tmp_path / "t.npz", seed=0, epochs=20, lr=0.5, batch=8, log=lambda _: None
    )
    again = Tagger.load(tmp_path / "t.npz")
    assert (again.weights == tiny.weights).all()
    assert again.outside_penalty == tiny.outside_penalty


def test_hook_adds_only_where_the_rules_found_nothing(tiny: Tagger) -> None:
    text = (
        "The weather was cold. Miller said that the talks were signed again. Nothing else happened."
    )
    article = Article(text=text)
    article.sentences = split_sentences(text)
    scope = Scope(article, [], [])
    added = add_learned(scope, [], tiny)
    assert [(c.cue.text(text), c.speaker and c.speaker.text(text)) for c in added] == [
        ("said", "Miller")
    ]
    rule = Candidate(added[0].cue, "speech", None, "name", added[0].content, 1)
    assert add_learned(scope, [rule], tiny) == [rule]


def test_shipped_artifact_tags_a_fixture() -> None:
    assert DEFAULT_PATH.stat().st_size < 30 * 2**20
    tagger = Tagger.load()
    text = "Smith warned that the deal would collapse if the vote was delayed again."
    roles = {s.role: text[s.span.start : s.span.end] for s in tagger.tag(text, [0]).spans}
    assert roles["SRC"] == "Smith"
    assert roles["CUE"] == "warned"
    assert "the deal would collapse" in roles["CON"]


@pytest.mark.parametrize(
    ("text", "rules", "combined"),
    [
        (
            "“We will win this fight in the courts and at the ballot box,” Smith pledged "
            "on Tuesday.",
            [],
            [("Smith", "pledged", "We will win this fight in the courts and at the ballot box")],
        ),
        (
            "Smith, speaking after a long meeting with the board on Monday night in Boston, "
            "said the deal was off.",
            [],
            [],  # the tagger's "Boston," is not a whole speaker phrase
        ),
    ],
)
def test_stage_adds_learned_attributions_the_rules_miss(
    text: str, rules: list[tuple[str, str, str]], combined: list[tuple[str, str, str]]
) -> None:
    found = {}
    for learned in (False, True):
        article = Article(text=text)
        article.sentences = split_sentences(text)
        SourcingStage(learned=learned)(article)
        found[learned] = [
            (a.speaker_text, a.cue_text, a.content.text(text) if a.content else "")
            for a in article.attributions
        ]
    assert found[False] == rules
    assert found[True] == combined


def _reference_viterbi(tagger: Tagger, emissions: np.ndarray) -> list[int]:
    """The textbook float32 Viterbi (back pointers kept during the forward pass)."""
    shifted = emissions - emissions.max(axis=1, keepdims=True)
    logp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    logp[:, 0] -= tagger.outside_penalty
    back = np.zeros(logp.shape, dtype=np.int64)
    score = logp[0] + tagger.start
    for t in range(1, len(logp)):
        cand = score[:, None] + tagger.transitions
        back[t] = cand.argmax(axis=0)
        score = cand.max(axis=0) + logp[t]
    path = [int(score.argmax())]
    for t in range(len(logp) - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]


def test_decode_matches_the_textbook_viterbi(tiny: Tagger) -> None:
    rng = np.random.default_rng(0)
    for n in (1, 2, 5, 300):
        emissions = rng.normal(0, 3, size=(n, tiny.transitions.shape[0])).astype(np.float32)
        assert tiny.decode(emissions.copy()) == _reference_viterbi(tiny, emissions.copy())


def test_grouped_phrase_alternation_keeps_matches_and_preference() -> None:
    entries = ["said", "Said to", "a post shared by", "A post", "spoke", "according to", "S"]
    texts = [
        "Kim SAID TO fans; A POST SHARED BY her. A post, she spoke. S said so, according to Bo.",
        "said-to saidto a  post\nshared by, aCCORDING TO sources; Spoke. s",
    ]
    grouped = re.compile("(?i:" + phrase_pattern(entries) + ")")
    plain = re.compile(
        "(?i:(?<![\\w'’-])(?:"
        + "|".join(sorted(entries, key=len, reverse=True)).replace(" ", r"\s+")
        + ")(?![\\w'’-]))"
    )
    assert "(?=" in grouped.pattern
    for text in texts:
        found = [m.span() for m in grouped.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]
        assert found


def test_learned_cue_words_keep_words_that_are_mostly_cues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gossipcheck.lab.sourcing import extractor
    from gossipcheck.lab.sourcing.polnear import read_polnear

    monkeypatch.setattr(extractor, "MIN_CUE_COUNT", 5)
    rows = [_row(i, n, c) for i, (n, c) in enumerate(zip(_NAMES, _CLAUSES, strict=True))]
    data = list(read_polnear(_write(tmp_path / "train.jsonl", rows)))
    # "said" is the cue in all 8 rows; "the" is never inside a cue
    assert extractor.learned_cue_words(data) == ["said"]
    monkeypatch.setattr(extractor, "MIN_CUE_COUNT", 9)
    assert extractor.learned_cue_words(data) == []


def test_cue_words_survive_save_and_load(tmp_path: Path, tiny: Tagger) -> None:
    tagger = Tagger(
        tiny.weights,
        tiny.bias,
        tiny.transitions,
        tiny.start,
        tiny.words,
        tiny.suffix_list,
        cue_words=["argued", "urged"],
    )
    tagger.save(tmp_path / "t.npz")
    assert Tagger.load(tmp_path / "t.npz").cue_words == {"argued", "urged"}


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Senator Smith argued that the new tax plan would hurt small farmers.",
            "Senator Smith",
            "argued",
        ),
        (
            "Governor Smith urged voters to reject the measure in November.",
            "Governor Smith",
            "urged",
        ),
    ],
)
def test_learned_cue_word_admits_a_cue_outside_the_lexicon(
    text: str, speaker: str, cue: str
) -> None:
    tagger = Tagger.load()
    assert cue in tagger.cue_words

    def found() -> list[tuple[str | None, str]]:
        article = Article(text=text)
        article.sentences = split_sentences(text)
        scope = Scope(article, [], [])
        return [
            (c.speaker and c.speaker.text(text), c.cue.text(text))
            for c in add_learned(scope, [], tagger)
        ]

    assert found() == [(speaker, cue)]
    tagger.cue_words = frozenset()
    assert found() == []  # the cue-verb lexicon alone does not hold it
