"""Where a report or an export is written: stdout, or a file replaced only once complete.

Shared by every command that writes output (``check -o``, ``schema``, ``export``,
``report``): a path that cannot be written is refused with one line before any work.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from .errors import InputError


def check_output(output: Path | None) -> None:
    """Refuse an output path that cannot be written, before any work is done."""
    if output is None:
        return
    if output.is_dir():
        raise InputError(f"cannot write {output}: it is a folder; give a file name")
    if not output.parent.is_dir():
        raise InputError(f"cannot write {output}: there is no folder {output.parent}")


@contextmanager
def opened(output: Path | None) -> Iterator[IO[str]]:
    """stdout, or a temporary file beside ``output`` renamed into place once complete."""
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    check_output(output)
    tmp = output.with_name(output.name + ".tmp")
    try:
        handle = tmp.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror}") from None
    try:
        with handle:
            yield handle
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(output)  # never leave a half-written file behind


def write_text(output: Path | None, content: str) -> None:
    """``content`` (with a final newline) to stdout or, atomically, to ``output``."""
    with opened(output) as handle:
        handle.write(content if content.endswith("\n") else content + "\n")
