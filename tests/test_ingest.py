from __future__ import annotations

import io
from pathlib import Path

import pytest

from gossipcheck.errors import InputError
from gossipcheck.ingest import Ingestor, from_html, from_text
from gossipcheck.ingest.decode import decode_text, looks_binary
from gossipcheck.ingest.language import detect_language
from gossipcheck.ingest.plain import split_title
from gossipcheck.settings import Options

from .conftest import EXAMPLE, FIXTURES


def test_plain_text_first_line_is_title(example_text: str) -> None:
    article = from_text(example_text, source="x")
    assert article.title is not None and article.title.startswith("Mara Quinn And Theo")
    assert not article.text.startswith("Mara Quinn And Theo Lassiter 'Living")
    assert article.language == "en"
    assert article.sentences and article.provenance["ingest"]
    # sentences are offset spans that cover real text, in order
    starts = [s.span.start for s in article.sentences]
    assert starts == sorted(starts)
    first = article.sentences[1].span.text(article.text)
    assert first.startswith("Mara Quinn and Theo Lassiter are reportedly")


def test_title_not_taken_from_a_sentence() -> None:
    title, body = split_title("This is a sentence that ends with a full stop.\nAnd more text here.")
    assert title is None and body.startswith("This is a sentence")


def test_html_extraction_metadata() -> None:
    article = from_html((FIXTURES / "article.html").read_bytes(), source="article.html")
    assert article.title == "Jessa Rowe Engaged? Star Flashes Huge Ring In Malibu"
    assert article.author == "Kelly Marsh"
    assert article.published == "2018-06-14"
    assert article.url == "https://celebbuzzdaily.example.com/2018/06/14/jessa-rowe-engaged-ring/"
    assert article.outlet == "Celeb Buzz Daily"
    assert "popped the question" in article.text
    assert "Advertisement" not in article.text and "Copyright" not in article.text


def test_html_without_article_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        from_html((FIXTURES / "no-article.html").read_bytes(), source="no-article.html")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (b"\x00\x01\x02PNG\x00binary" * 10, "binary"),
        ("Beyonc\u00e9 and Jay-Z".encode("latin-1") + b" were seen " * 20, "not valid UTF-8"),
    ],
)
def test_decode_rejects_bad_bytes(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode_text(data, "input", 1000)


def test_decode_caps_size() -> None:
    with pytest.raises(InputError, match="over the 100-byte limit"):
        decode_text(b"a" * 101, "input", 100)


def test_utf8_bom_is_dropped() -> None:
    assert decode_text("\ufeffhello world".encode(), "input", 100) == "hello world"
    assert not looks_binary("Beyoncé’s “Lemonade”".encode())


def test_language_detection() -> None:
    assert detect_language(EXAMPLE.read_text()) == "en"
    assert detect_language((FIXTURES / "french.txt").read_text()) == "und"


def test_ingestor_reads_stdin_and_paths(tmp_path: Path) -> None:
    ingestor = Ingestor(Options())
    article = ingestor.load("-", stdin=io.BytesIO(EXAMPLE.read_bytes()))
    assert article.source == "stdin" and article.title
    html_copy = tmp_path / "page.htm"
    html_copy.write_bytes((FIXTURES / "article.html").read_bytes())
    assert ingestor.load(str(html_copy)).author == "Kelly Marsh"
    # HTML is sniffed even without the extension
    sniffed = tmp_path / "page.txt"
    sniffed.write_bytes((FIXTURES / "article.html").read_bytes())
    assert (
        ingestor.load(str(sniffed)).title == "Jessa Rowe Engaged? Star Flashes Huge Ring In Malibu"
    )


def test_ingestor_errors(tmp_path: Path) -> None:
    ingestor = Ingestor(Options(max_bytes=10_000))
    with pytest.raises(InputError, match="no such file"):
        ingestor.load(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="directory"):
        ingestor.load(str(tmp_path))
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 5000)
    with pytest.raises(InputError, match="over the 10,000-byte limit"):
        ingestor.load(str(big))
    short = tmp_path / "short.txt"
    short.write_text("Just a few words here.")
    with pytest.raises(InputError, match="at least 20"):
        ingestor.load(str(short))
