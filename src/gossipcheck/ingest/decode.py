"""Bytes and strings to checked text: size caps, binary detection, decoding.

Every input passes here whatever its front end: files, stdin and fetched pages
through :func:`decode_text`, text given directly (``check_text``, JSONL rows,
``/api/check``, the form) through :func:`clean_text`.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError, too_large

# UTF-32 first: its little-endian BOM starts with UTF-16's
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = (*range(0, 9), 11, 12, *range(14, 32), 127)
_CONTROL_BYTES = bytes(_CONTROL)
_DROP_CONTROL: dict[int, None] = dict.fromkeys(_CONTROL)
_HEAD = 8192
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_size(data: bytes, what: str, limit: int) -> None:
    if len(data) > limit:
        raise too_large(what, len(data), limit)


def _mostly_control(head: str | bytes) -> bool:
    """A NUL, or more than 5% control characters, mean binary (counted by ``translate``,
    which deletes them in C: a character loop cost 0.2 ms an article)."""
    if isinstance(head, bytes):
        nul, kept = b"\0" in head, len(head.translate(None, _CONTROL_BYTES))
    else:
        nul, kept = "\0" in head, len(head.translate(_DROP_CONTROL))
    return nul or (len(head) > 0 and (len(head) - kept) / len(head) > 0.05)


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 5% control bytes in the first 8 KiB, mean binary."""
    head = data[:_HEAD]
    return _mostly_control(head)


def clean_text(text: str, what: str, limit: int) -> str:
    """Text given as a string, held to the rules files are: the size cap, the
    binary check; lone surrogates (a broken ``\\u`` escape) become U+FFFD."""
    if len(text) > limit or len(text.encode("utf-8", "surrogatepass")) > limit:
        raise too_large(what, len(text.encode("utf-8", "surrogatepass")), limit)
    head = text[:_HEAD]
    if _mostly_control(head):
        raise InputError(f"{what} looks like binary data, not text or HTML")
    return _SURROGATE.sub("\ufffd", text)


def decode_text(data: bytes, what: str, limit: int) -> str:
    """Decode ``data`` (UTF-8, or UTF-16/32 with a BOM), or raise a one-line :class:`InputError`."""
    check_size(data, what, limit)
    if not data.strip():
        raise InputError(f"{what} is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return clean_text(data.decode(codec), what, limit)
            except UnicodeDecodeError:
                raise InputError(f"{what} is not valid {codec.upper()} text") from None
    if looks_binary(data):
        raise InputError(f"{what} looks like a binary file, not text or HTML")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{what} is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start});"
            " convert it with e.g. `iconv -f latin1 -t utf-8`"
        ) from None


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<body" in head or "<head" in head or "<article" in head
    )
