"""CLI edges (issue 13.7), in-process: device files, FIFOs, BOMs, bad output paths."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from gossipcheck.cli import main

from .conftest import EXAMPLE


def one_line_error(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("gossipcheck: error: "), captured.err
    assert "internal error" not in lines[0] and captured.out == ""
    return int(exit_.value.code or 0), lines[0]


def test_dev_zero_is_refused_not_read(capsys: pytest.CaptureFixture[str]) -> None:
    code, line = one_line_error(capsys, "check", "/dev/zero")
    assert code == 2 and "device file" in line


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_with_no_writer_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, line = one_line_error(capsys, "check", str(fifo))  # would block forever if opened
    assert code == 2 and "named pipe" in line


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], codec: str
) -> None:
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[codec]
    story = tmp_path / "story.txt"
    story.write_bytes(bom + EXAMPLE.read_text(encoding="utf-8").encode(codec))
    from gossipcheck.ingest import Ingestor
    from gossipcheck.settings import Options

    article = Ingestor(Options()).load(str(story))
    assert article.title is not None and article.title.startswith("Mara Quinn And Theo")
    assert "\ufeff" not in article.text and "Mara Quinn and Theo Lassiter" in article.text


def test_output_into_a_missing_folder_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "report.json"
    code, line = one_line_error(capsys, "check", str(EXAMPLE), "-f", "json", "-o", str(target))
    assert code == 2 and "there is no folder" in line
    code, line = one_line_error(capsys, "check", str(EXAMPLE), "-o", str(tmp_path))
    assert code == 2 and "it is a folder" in line
    assert list(tmp_path.iterdir()) == []


def test_unknown_format_is_an_input_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, line = one_line_error(capsys, "check", str(EXAMPLE), "--format", "xml")
    assert code == 2 and "xml" in line


@pytest.mark.parametrize(("columns", "width"), [("80", 80), ("", 120), ("abc", 120), ("12", 120)])
def test_report_width_for_a_pipe_follows_columns(
    monkeypatch: pytest.MonkeyPatch, columns: str, width: int
) -> None:
    from gossipcheck.cli import report_width

    monkeypatch.setenv("COLUMNS", columns)
    assert report_width(to_terminal=False) == width


def test_piped_terminal_report_fits_80_columns(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    out = tmp_path / "report.txt"
    main(["check", str(EXAMPLE), "-o", str(out)])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines and max(len(line) for line in lines) <= 80
    assert any("Mara Quinn" in line for line in lines)
