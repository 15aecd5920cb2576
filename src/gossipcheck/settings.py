"""Defaults, in one place. Front ends override them through :class:`Options`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
MODELS_DIR = DATA_DIR / "models"


def shared_data_dir() -> Path:
    """Where the lab's labelled research data lives (never copied into the project).

    ``$GOSSIPCHECK_DATA`` when set, else ``../shared/data`` from the working
    directory. The one place the lab and the tests find the data.
    """
    return Path(os.environ.get("GOSSIPCHECK_DATA") or Path("..") / "shared" / "data").resolve()


MAX_INPUT_BYTES = 5 * 1024 * 1024  # files, stdin, fetched pages and request bodies
FETCH_TIMEOUT_S = 10.0
MAX_REDIRECTS = 5
USER_AGENT = "gossipcheck/0.1 (+offline celebrity-news checker)"
MIN_WORDS = 20  # below this an input is not an article

SCHEMA_VERSION = "2.0"  # see CHANGELOG.md


@dataclass(frozen=True, slots=True)
class Options:
    """One options object, built from CLI flags or API keyword arguments."""

    allow_private: bool = False
    fetch_timeout_s: float = FETCH_TIMEOUT_S
    max_bytes: int = MAX_INPUT_BYTES
    explain: bool = True
    corpus: Path | None = None  # a corroboration corpus (``gossipcheck corpus add``)
