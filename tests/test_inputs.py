"""Input.parse: what a user typed, told apart once, in the core."""

from __future__ import annotations

from pathlib import Path

import pytest

from gossipcheck.errors import InputError
from gossipcheck.inputs import Input


@pytest.mark.parametrize(
    ("value", "url"),
    [
        ("people.com/2018/story", "https://people.com/2018/story"),
        ("www.tmz.com/x", "https://www.tmz.com/x"),
        ("www.tmz.com", "https://www.tmz.com"),
        ("  https://news.example.com/a?b=1  ", "https://news.example.com/a?b=1"),
        ("HTTP://news.example.com/", "HTTP://news.example.com/"),
        (
            "news.example.co.uk:8080/2020/01/a-story",
            "https://news.example.co.uk:8080/2020/01/a-story",
        ),
    ],
)
@pytest.mark.parametrize("local", [True, False])
def test_links_with_or_without_a_scheme_are_urls(value: str, url: str, local: bool) -> None:
    given = Input.parse(value, local=local)
    assert (given.kind, given.value) == ("url", url)


def test_html_and_text_in_the_box() -> None:
    assert Input.parse("<!doctype html><html><body>x</body></html>").kind == "html"
    text = Input.parse("Insiders say the couple split. people.com/x reported it.", title=" T ")
    assert (text.kind, text.title) == ("text", "T")


def test_paths_and_stdin_on_the_command_line(tmp_path: Path) -> None:
    assert Input.parse("-", local=True).kind == "stdin"
    assert Input.parse("-", local=False).kind == "text"  # a lone dash in the box is text
    assert Input.parse("story.txt", local=True) == Input.from_path("story.txt")
    assert Input.parse("notes/today.html", local=True).kind == "path"
    # a file that exists wins over a link-like spelling of its name
    site = tmp_path / "people.com"
    site.mkdir()
    (site / "story").write_text("x", encoding="utf-8")
    assert Input.parse(str(site / "story"), local=True).kind == "path"
    assert Input.parse("people.com/story", local=False).kind == "url"


def test_named_fields() -> None:
    assert Input.from_fields(text="t", url="https://a.example/x").kind == "text"
    assert Input.from_fields(url="tmz.com/x").value == "https://tmz.com/x"
    assert Input.from_fields(path="https://a.example/x", url="https://a.example/x").kind == "url"
    with pytest.raises(InputError, match="only one"):
        Input.from_fields(text="t", html="<p>t</p>")
    with pytest.raises(InputError, match="give one of"):
        Input.from_fields()


@pytest.mark.parametrize("local", [True, False])
def test_other_schemes_are_urls_for_the_fetcher_to_refuse(local: bool) -> None:
    given = Input.parse("file:///etc/passwd", local=local)
    assert (given.kind, given.value) == ("url", "file:///etc/passwd")
