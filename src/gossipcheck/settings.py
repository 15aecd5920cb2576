"""Defaults, in one place. Front ends override them through :class:`Options`."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

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

ANALYSIS_TIMEOUT_S = 30.0  # web: one analysis, from acceptance to answer
WORKERS = 2  # web: analyses running at once (serve: worker processes, one a core)
#: web: analyses that may wait for a worker before new ones are refused. A warm ~600-word
#: article takes ~50 ms of CPU, so 2 workers clear 32 waiting in about 0.8 s: well inside
#: a 2 s answer, and better for a newsroom than a 503 its people must retry by hand.
QUEUE = 32
#: web: a request waits only while those ahead should clear within this many seconds, else
#: it hears 503 at once: a journalist would rather wait a few seconds than retry by hand,
#: but not ten (and the 32 a quiet 2-core server clears in ~0.8 s never come near it)
QUEUE_WAIT_S = 5.0
#: The extension in ``extension/`` (its id is pinned by the manifest's ``key``);
#: Firefox gives each install a random ``moz-extension://`` origin.
EXTENSION_ID = "bmedmeigmadfgmgjichjdcelcglaepcm"
ALLOWED_ORIGINS: tuple[str, ...] = (f"chrome-extension://{EXTENSION_ID}", "moz-extension://*")

SCHEMA_VERSION = "2.0"  # see CHANGELOG.md

#: how :meth:`Options.to_env` hands the options to ``serve``'s worker processes
OPTIONS_ENV = "GOSSIPCHECK_OPTIONS"


@dataclass(frozen=True, slots=True)
class Options:
    """The one options object for every front end: CLI flags (``check``, ``batch``,
    ``serve``), the web app's settings and API keyword arguments all build one."""

    allow_private: bool = False  # fetch URLs on private/loopback addresses
    fetch_timeout_s: float = FETCH_TIMEOUT_S
    max_bytes: int = MAX_INPUT_BYTES
    explain: bool = True
    corpus: Path | None = None  # a corroboration corpus (``gossipcheck corpus add``)
    analysis_timeout_s: float = ANALYSIS_TIMEOUT_S
    workers: int = WORKERS
    queue: int = QUEUE
    queue_wait_s: float = QUEUE_WAIT_S
    allowed_origins: tuple[str, ...] = ALLOWED_ORIGINS  # browser origins that may call the app

    def with_(self, **changes: Any) -> Options:
        """A copy with ``changes``; ``None`` values keep the current setting."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    def to_env(self) -> dict[str, str]:
        """The options as an environment variable, for worker processes."""
        values = asdict(self)
        values["corpus"] = str(self.corpus) if self.corpus is not None else None
        return {OPTIONS_ENV: json.dumps(values)}

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Options:
        """The options :meth:`to_env` wrote (defaults when none were)."""
        raw = (os.environ if environ is None else environ).get(OPTIONS_ENV)
        if not raw:
            return cls()
        values = json.loads(raw)
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in values.items() if k in known}
        if values.get("corpus") is not None:
            values["corpus"] = Path(values["corpus"])
        if "allowed_origins" in values:
            values["allowed_origins"] = tuple(values["allowed_origins"])
        return cls(**values)
