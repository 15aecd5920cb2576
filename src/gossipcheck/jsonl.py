"""Reading JSON-lines files: one place for the per-line parsing and its errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import DataError


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: ``row`` when it is a JSON object, else ``problem``."""

    where: str  # "path:line"
    row: dict[str, Any] | None
    problem: str | None = None
    text: str | None = None  # the raw line, kept when it could not be parsed


def read_lines(path: Path) -> Iterator[Line]:
    """Every non-blank line, parsed; bad lines are reported, not raised."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            where = f"{path}:{number}"
            try:
                row = json.loads(text)
            except json.JSONDecodeError as exc:
                yield Line(where, None, f"not valid JSON ({exc.msg})", text)
                continue
            except RecursionError:
                yield Line(where, None, "not readable: JSON nested too deeply", text)
                continue
            if not isinstance(row, dict):
                yield Line(where, None, f"expected a JSON object, got {type(row).__name__}", text)
                continue
            yield Line(where, row)


def read_rows(path: Path) -> Iterator[tuple[dict[str, Any], str]]:
    """``(row, "path:line")`` for every line; the first bad line raises :class:`DataError`."""
    for line in read_lines(path):
        if line.row is None:
            raise DataError(f"{line.where}: {line.problem}")
        yield line.row, line.where
