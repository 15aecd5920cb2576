"""`gossipcheck lab ...`: the research commands, and their one-line errors."""

from __future__ import annotations

import pytest

from gossipcheck.cli import main
from gossipcheck.lab import cli as lab_cli


def one_line_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    assert exit_info.value.code not in (0, None)
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert len(lines) == 1 and captured.out == "", captured.err
    return lines[0]


def test_without_the_lab_extra_every_lab_command_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(lab_cli, "find_spec", lambda name: None if name == "sklearn" else True)
    assert lab_cli.missing_lab_modules() == ["sklearn"]
    for argv in (("lab", "eval", "rows.jsonl"), ("lab", "build-reputation")):
        line = one_line_error(capsys, *argv)
        assert line == "gossipcheck: error: the lab needs `pip install gossipcheck[lab]`"


def test_lab_extra_present_here() -> None:
    assert lab_cli.missing_lab_modules() == []


def test_bench_sourcing_needs_a_gold_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: object
) -> None:
    monkeypatch.delenv("GOSSIPCHECK_GOLD", raising=False)
    assert "GOSSIPCHECK_GOLD" in one_line_error(capsys, "lab", "bench-sourcing")
    monkeypatch.setenv("GOSSIPCHECK_GOLD", "no-such-gold.jsonl")
    assert "no such file: no-such-gold.jsonl" in one_line_error(capsys, "lab", "bench-sourcing")


def test_old_top_level_lab_commands_are_gone(capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("train", "eval", "bench", "bench-sourcing", "build-reputation"):
        with pytest.raises(SystemExit) as exit_info:
            main([name])
        assert exit_info.value.code == 2
        assert "No such command" in capsys.readouterr().err
