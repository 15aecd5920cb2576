"""Bad input: one line on stderr, a non-zero exit, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import FIXTURES, assert_one_line_error, run_cli

pytestmark = pytest.mark.slow  # every test starts the CLI in a subprocess


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bad")
    files = {
        "empty": root / "empty.txt",
        "binary": root / "photo.txt",
        "huge": root / "huge.txt",
        "latin1": root / "latin1.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 40)
    with files["huge"].open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse 50 MB file
    files["latin1"].write_bytes(
        ("Beyonc\u00e9 was seen in Cannes with her husband, sources say. " * 10).encode("latin-1")
    )
    return files


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("empty", "is empty"),
        ("binary", "binary file"),
        ("huge", "over the 5,242,880-byte limit"),
        ("latin1", "not valid UTF-8"),
    ],
)
def test_bad_files(bad_files: dict[str, Path], name: str, fragment: str) -> None:
    assert_one_line_error(run_cli("check", str(bad_files[name])), fragment)


def test_html_with_no_article() -> None:
    result = run_cli("check", str(FIXTURES / "no-article.html"))
    assert_one_line_error(result, "no article text")


def test_missing_path(tmp_path: Path) -> None:
    assert_one_line_error(run_cli("check", str(tmp_path / "nope.txt")), "no such file")


def test_unreachable_url() -> None:
    result = run_cli("check", "https://no-such-host.invalid/story", "--timeout", "3")
    assert_one_line_error(result, "no-such-host.invalid")


def test_private_url_refused() -> None:
    result = run_cli("check", "http://127.0.0.1:9/story")
    assert_one_line_error(result, "private or local address")


def test_empty_stdin() -> None:
    assert_one_line_error(run_cli("check", "-", stdin=b""), "stdin is empty")


def test_non_http_scheme() -> None:
    assert_one_line_error(run_cli("check", "file:///etc/passwd"), "only http and https")


def test_bad_labelled_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "hello", "label": "maybe"}\nnot json\n')
    assert_one_line_error(run_cli("lab", "eval", str(bad)), "bad.jsonl:1: 'label' must be")
