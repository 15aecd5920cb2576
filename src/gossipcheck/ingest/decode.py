"""Bytes to text: size caps, binary detection and strict UTF-8 decoding."""

from __future__ import annotations

from ..errors import InputError, too_large

_BOMS = (b"\xef\xbb\xbf",)
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}


def check_size(data: bytes, what: str, limit: int) -> None:
    if len(data) > limit:
        raise too_large(what, len(data), limit)


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or more than 5% control bytes in the first 8 KiB, mean binary."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL)
    return bool(head) and controls / len(head) > 0.05


def decode_text(data: bytes, what: str, limit: int) -> str:
    """Decode ``data`` as UTF-8 text, or raise a one-line :class:`InputError`."""
    check_size(data, what, limit)
    if not data.strip():
        raise InputError(f"{what} is empty")
    if looks_binary(data):
        raise InputError(f"{what} looks like a binary file, not text or HTML")
    for bom in _BOMS:
        if data.startswith(bom):
            data = data[len(bom) :]
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
