"""Annotation helper for the second gold set.

``python eval/sourcing/set2/tool.py a3`` prints batch a3's articles (``b1`` prints a
second-pass batch) with sentence numbers and character offsets; ``... a3 5 10``
prints articles 5..9 of the batch only.

A spec file (``specs/a3_01.py``, ``second/b1_01.py``) calls :func:`annotate` once per
article and ends with ``save(__file__)``, which writes the records beside it as
``<name>.jsonl``; ``build.py`` merges them. Span patterns are those of
``../tool.py`` (``"ctx [[target]] ctx"``, ``("pattern", n)``, ``"start ~~ end"``).

An attribution is ``(speaker, cue, content, type)`` or ``(speaker, cue, content,
type, stance)`` with stance ``"denies"`` or ``"confirms"`` (see the guideline).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import importlib.util

_spec = importlib.util.spec_from_file_location(
    "first_set_tool", Path(__file__).resolve().parent.parent / "tool.py")
assert _spec and _spec.loader
_first = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_first)
TYPES, load, show, span = _first.TYPES, _first.load, _first.show, _first.span

HERE = Path(__file__).resolve().parent
STANCES = {None, "denies", "confirms"}
_records: list[dict] = []


def batch(name: str) -> list[tuple[str, str]]:
    out = []
    for line in (HERE / "ids.tsv").read_text(encoding="utf-8").splitlines():
        f, i, _label, _stratum, _part, prim, second = line.split("\t")
        if name in (prim, second):
            out.append((f, i))
    return out


def annotate(file: str, id_: str, attrs: list[tuple], chain=(), also_cites=()) -> dict:
    t = load(file, id_)["text"]
    out = []
    for a in attrs:
        sp, cu, co, ty = a[:4]
        stance = a[4] if len(a) > 4 else None
        assert ty in TYPES, ty
        assert stance in STANCES, stance
        s, c, x = span(t, sp), span(t, cu), span(t, co)
        out.append({"speaker": s, "cue": c, "content": x, "source_type": ty, "stance": stance,
                    "speaker_text": t[s[0]:s[1]] if s else "", "cue_text": t[c[0]:c[1]]})
    out.sort(key=lambda a: a["cue"][0])
    rec = {"id": id_, "file": file, "attributions": out, "chain": list(chain),
           "also_cites": list(also_cites)}
    _records.append(rec)
    return rec


def save(spec_file: str) -> None:
    path = Path(spec_file).with_suffix(".jsonl")
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records),
                    encoding="utf-8")
    print(f"{len(_records)} articles -> {path.name}")


if __name__ == "__main__":
    items = batch(sys.argv[1])
    lo = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    hi = int(sys.argv[3]) if len(sys.argv) > 3 else len(items)
    for k, (f, i) in enumerate(items[lo:hi], lo):
        print(f"--- #{k}")
        show(f, i)
