"""Annotation helper: show articles and turn substring specs into offsets.

Pattern syntax for span():
  "exact text"            -> the whole match (must be unique unless occ given)
  "ctx [[target]] ctx"    -> only the bracketed part of a unique context match
  ("pattern", n)          -> the n-th occurrence (1-based)
  "start ~~ end"          -> from the start of `start` to the end of the first
                             `end` found after it (for long content spans);
                             either side may use [[...]].
"""
import json
import re
import sys
from pathlib import Path

from gossipcheck.settings import shared_data_dir

HERE = Path(__file__).resolve().parent
DATA = shared_data_dir()  # $GOSSIPCHECK_DATA, else ../shared/data
OUT = HERE / "annotations.jsonl"
TYPES = {"named_person", "anonymous", "outlet", "social_media", "representative",
         "interview_or_document"}
_cache = {}


def load(file, id_):
    if file not in _cache:
        with open(DATA / file) as fh:
            _cache[file] = {r["id"]: r for r in map(json.loads, fh)}
    return _cache[file][id_]


def _find(text, pat, occ=None, start=0):
    m = re.fullmatch(r"(.*?)\[\[(.*?)\]\](.*)", pat, re.S)
    pre, tgt, post = (m.group(1), m.group(2), m.group(3)) if m else ("", pat, "")
    full = pre + tgt + post
    hits = [i for i in range(start, len(text)) if text.startswith(full, i)]
    if not hits:
        raise ValueError(f"not found: {pat!r}")
    if occ is None:
        if len(hits) > 1 and start == 0:
            raise ValueError(f"ambiguous ({len(hits)}x): {pat!r}")
        h = hits[0]
    else:
        h = hits[occ - 1]
    return [h + len(pre), h + len(pre) + len(tgt)]


def span(text, spec, start=0):
    if spec is None:
        return None
    occ = None
    if isinstance(spec, (tuple, list)):
        spec, occ = spec
    if " ~~ " in spec:
        a, b = spec.split(" ~~ ")
        s = _find(text, a, occ, start)
        e = _find(text, b, None, s[0])
        return [s[0], e[1]]
    return _find(text, spec, occ, start)


def show(file, id_):
    r = load(file, id_)
    t = r["text"]
    print(f"=== {file} {id_} label={r['label']} len={len(t)}")
    for i, m in enumerate(re.finditer(r"(?:[^.!?\n]|\.(?=com)|\.(?=[a-z0-9]))+(?:[.!?]+[\"”’']?|\n|$)", t)):
        s = m.group().strip()
        if s:
            print(f"[{i}@{m.start()}] {s}")
    print()


def annotate(file, id_, attrs, chain=()):
    """attrs: list of (speaker, cue, content, type). Upserts annotations.jsonl."""
    t = load(file, id_)["text"]
    out = []
    for sp, cu, co, ty in attrs:
        assert ty in TYPES, ty
        s, c, x = span(t, sp), span(t, cu), span(t, co)
        out.append({"speaker": s, "cue": c, "content": x, "source_type": ty,
                    "speaker_text": t[s[0]:s[1]] if s else "",
                    "cue_text": t[c[0]:c[1]]})
    out.sort(key=lambda a: a["cue"][0])
    rec = {"id": id_, "file": file, "attributions": out, "chain": list(chain)}
    lines = []
    if OUT.exists():
        lines = [l for l in OUT.read_text().splitlines()
                 if l.strip() and json.loads(l)["id"] != id_]
    lines.append(json.dumps(rec, ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n")
    return rec


def ids():
    return [tuple(l.split("\t")) for l in (HERE / "ids.txt").read_text().splitlines() if l]


if __name__ == "__main__":
    a, b = int(sys.argv[1]), int(sys.argv[2])
    for f, i in ids()[a:b]:
        show(f, i)
