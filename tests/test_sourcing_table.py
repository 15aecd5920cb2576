"""The sourcing table (issue 10.5) on articles written for the test: stance and per-type
scoring, the peer's output as untyped articles, and the one-table command without a peer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from gossipcheck.article import Article, Attribution, Span
from gossipcheck.cli import app, main
from gossipcheck.lab.sourcing.evaluate import evaluate_sourcing
from gossipcheck.lab.sourcing.table import ROWS, _gold_pairs, markdown, peer_article

TEXT = 'A rep for Quinn told People the reports are "completely false." A source said they split.'


def _gold_row(stance: str | None, part: str) -> dict[str, object]:
    rep = TEXT.index("A rep for Quinn")
    told = TEXT.index("told")
    content = TEXT.index("completely")
    source = TEXT.index("A source")
    said = TEXT.index("said")
    return {
        "id": f"q-{part}",
        "file": "set/rows.jsonl",
        "part": part,
        "chain": [],
        "also_cites": ["People"],
        "attributions": [
            {
                "speaker": [rep, rep + 15],
                "cue": [told, told + 4],
                "content": [content, content + 17],
                "source_type": "representative",
                "stance": stance,
            },
            {
                "speaker": [source, source + 8],
                "cue": [said, said + 4],
                "content": [said + 5, len(TEXT) - 1],
                "source_type": "anonymous",
                "stance": None,
            },
        ],
    }


def _write(tmp_path: Path, rows: list[dict[str, object]]) -> tuple[Path, Path]:
    data = tmp_path / "data"
    (data / "set").mkdir(parents=True)
    ids = {str(r["id"]) for r in rows}
    (data / "set" / "rows.jsonl").write_text(
        "".join(json.dumps({"id": i, "text": TEXT}) + "\n" for i in sorted(ids))
    )
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return gold, data


def _fixed(stance: str | None, rep_type: str) -> Article:
    article = Article(text=TEXT)
    rep = TEXT.index("A rep for Quinn")
    article.attributions = [
        Attribution(
            Span(rep, rep + 15),
            "A rep for Quinn",
            rep_type,  # type: ignore[arg-type]
            Span(rep + 16, rep + 20),
            "told",
            None,
            0,
            stance=stance,
        )  # type: ignore[arg-type]
    ]
    return article


def test_stance_and_per_type_recall_are_scored(tmp_path: Path) -> None:
    gold, data = _write(tmp_path, [_gold_row("denies", "dev"), _gold_row("denies", "test")])
    right = evaluate_sourcing(
        gold, data, part="dev", predict=lambda t: _fixed("denies", "representative")
    )
    assert right["articles"] == 1
    assert right["stance"] == {
        "accuracy": 1.0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "tp": 1,
        "pred": 1,
        "gold": 1,
    }
    assert right["type_recall"] == {"anonymous": 0.0, "representative": 1.0}
    wrong = evaluate_sourcing(gold, data, part="test", predict=lambda t: _fixed(None, "outlet"))
    assert wrong["stance"]["accuracy"] == 0.0 and wrong["stance"]["recall"] == 0.0
    assert wrong["type_recall"]["representative"] == 0.0
    assert wrong["source_type_accuracy"] == 0.0


def test_rows_without_stance_labels_have_no_stance_figure(tmp_path: Path) -> None:
    row = _gold_row(None, "dev")
    for a in row["attributions"]:  # type: ignore[union-attr]
        del a["stance"]
    gold, data = _write(tmp_path, [row])
    figures = evaluate_sourcing(gold, data, predict=lambda t: _fixed("denies", "representative"))
    assert figures["stance"] is None


def test_quoted_gold_content_is_widened_to_its_quote_marks() -> None:
    pairs = _gold_pairs(TEXT, _gold_row(None, "dev"))
    start, end = pairs[0]["content"]
    assert TEXT[start:end] == '"completely false."'


def test_peer_output_becomes_untyped_attributions() -> None:
    rep = TEXT.index("A rep for Quinn")
    article = peer_article(
        TEXT, {"attributions": [{"speaker": [rep, rep + 15], "cue": None, "content": [40, 60]}]}
    )
    (a,) = article.attributions
    assert a.speaker_text == "A rep for Quinn" and a.cue is None and a.content == Span(40, 60)


def test_markdown_leaves_figures_a_system_lacks_empty() -> None:
    table = {
        "PolNeAR dev": {
            "gossipcheck": {"f1": 0.5, "ms_per_600_words": 90.0},
            "textacy": {"f1": 0.25},
        }
    }
    text = markdown(table)
    assert "| attribution F1 | 0.500 | 0.250 |" in text
    assert "| ms per 600 words | 90.0 | — |" in text
    assert text.count("\n") == len(ROWS) + 2


def test_sourcing_table_command_without_peer(tmp_path: Path) -> None:
    gold, data = _write(tmp_path, [_gold_row("denies", "dev"), _gold_row("denies", "test")])
    polnear = tmp_path / "polnear.jsonl"
    content = TEXT.index("completely")
    polnear.write_text(
        json.dumps(
            {
                "id": "p1",
                "text": TEXT,
                "attributions": [
                    {"source": [0, 15], "cue": [16, 20], "content": [content - 1, content + 17]}
                ],
            }
        )
        + "\n"
    )
    out = tmp_path / "table.md"
    result = CliRunner().invoke(
        app,
        [
            "lab",
            "sourcing-table",
            "--gold",
            str(gold),
            "--polnear",
            str(polnear),
            "--data-dir",
            str(data),
            "--no-peer",
            "--out",
            str(out),
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    table = json.loads(result.output)
    assert set(table) == {"PolNeAR dev", "celebrity dev", "celebrity test"}
    assert set(table["celebrity dev"]) == {"gossipcheck"}
    assert 0.0 <= table["celebrity test"]["gossipcheck"]["f1"] <= 1.0
    assert "stance accuracy" in out.read_text()
    dev_only = CliRunner().invoke(
        app,
        [
            *("lab", "sourcing-table", "--gold", str(gold), "--polnear", str(polnear)),
            *("--data-dir", str(data), "--no-peer", "--format", "json", "--dev-only"),
        ],
    )
    assert dev_only.exit_code == 0, dev_only.output
    assert set(json.loads(dev_only.output)) == {"PolNeAR dev", "celebrity dev"}


def test_missing_gold_is_a_one_line_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["lab", "sourcing-table", "--gold", str(tmp_path / "no.jsonl"), "--no-peer"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "no such file" in err
