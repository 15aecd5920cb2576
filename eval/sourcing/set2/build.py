"""Run every spec file and merge them: ``annotations.jsonl`` (specs/) and ``second.jsonl``.

``python eval/sourcing/set2/build.py a3`` checks batch a3's spec files only (what an
annotator runs); with no argument it re-runs the specs, checks every record against
the raw text (spans inside the text, no outer whitespace, speaker and cue apart, known
types and stances, chain and also_cites disjoint, each article once per pass and only
articles of its batch), prints coverage per batch and exits 1 on any error.
"""
from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tool import TYPES, load  # noqa: E402  (this folder's tool.py)

HERE = Path(__file__).resolve().parent
STANCES = {None, "denies", "confirms"}
KEYS = {"id", "file", "attributions", "chain", "also_cites"}  # build adds "part" (dev/test)


def check(rec: dict) -> list[str]:
    errs = []
    if set(rec) != KEYS:
        errs.append(f"keys {sorted(rec)}")
    t = load(rec["file"], rec["id"])["text"]
    if set(rec["chain"]) & set(rec["also_cites"]):
        errs.append("an outlet is in both chain and also_cites")
    for k, a in enumerate(rec["attributions"]):
        if a["source_type"] not in TYPES or a.get("stance") not in STANCES:
            errs.append(f"attr {k}: bad type or stance")
        for key in ("speaker", "cue", "content"):
            sp = a[key]
            if sp is None:
                if key == "cue":
                    errs.append(f"attr {k}: cue is null")
                continue
            if not (0 <= sp[0] < sp[1] <= len(t)) or t[sp[0]:sp[1]] != t[sp[0]:sp[1]].strip():
                errs.append(f"attr {k}: bad {key} span {sp}")
        sp, cu = a["speaker"], a["cue"]
        if sp and cu and sp[0] < cu[1] and cu[0] < sp[1]:
            errs.append(f"attr {k}: speaker and cue overlap")
    return errs


def build(folder: str, out_name: str, column: int, only: str | None = None) -> int:
    rows = [l.split("\t") for l in (HERE / "ids.tsv").read_text(encoding="utf-8").splitlines() if l]
    batch_of = {(r[0], r[1]): r[column] for r in rows}
    errors = 0
    merged: dict[tuple[str, str], dict] = {}
    for spec in sorted((HERE / folder).glob(f"{only or ''}*.py")):
        res = subprocess.run([sys.executable, str(spec)], capture_output=True, text=True)
        if res.returncode:
            print(f"ERROR {spec.name}: {res.stderr.strip().splitlines()[-1]}")
            errors += 1
            continue
        batch = spec.stem.split("_")[0]
        for line in spec.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            key = (rec["file"], rec["id"])
            problems = check(rec)
            if batch_of.get(key) != batch:
                problems.append(f"not in batch {batch}")
            if key in merged:
                problems.append("annotated twice in this pass")
            for p in problems:
                print(f"ERROR {spec.name} {rec['id']}: {p}")
            errors += len(problems)
            merged[key] = rec
    if only:  # an annotator's check of their own batch: nothing merged is written
        print(f"{only}: {len(merged)} articles checked")
        return errors
    order = [(r[0], r[1]) for r in rows if r[column] != "-"]
    part_of = {(r[0], r[1]): r[4] for r in rows}
    done = [merged[k] | {"part": part_of[k]} for k in order if k in merged]
    (HERE / out_name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in done),
                                 encoding="utf-8")
    cov = Counter(batch_of[k] for k in merged)
    want = Counter(batch_of[k] for k in order)
    print(f"{out_name}: {len(done)}/{len(order)} articles, "
          f"{sum(len(r['attributions']) for r in done)} attributions; "
          + ", ".join(f"{b} {cov[b]}/{want[b]}" for b in sorted(want)))
    return errors


if __name__ == "__main__":
    if len(sys.argv) > 1:  # build.py a3: check batch a3's spec files only
        b = sys.argv[1]
        n = build("specs" if b.startswith("a") else "second", "", 5 if b.startswith("a") else 6, b + "_")
    else:
        n = build("specs", "annotations.jsonl", 5) + build("second", "second.jsonl", 6)
    print("OK" if not n else f"FAILED ({n} errors)")
    sys.exit(1 if n else 0)
