"""Validate eval/sourcing/annotations.jsonl against the raw data (exit 1 on error)."""
import json
import sys
from collections import Counter
from pathlib import Path

from gossipcheck.settings import shared_data_dir

HERE = Path(__file__).resolve().parent
DATA = shared_data_dir()  # $GOSSIPCHECK_DATA, else ../shared/data
TYPES = {"named_person", "anonymous", "outlet", "social_media", "representative",
         "interview_or_document"}
KEYS = {"id", "file", "attributions", "chain", "also_cites", "chain_v1"}
QUOTES = "\"“”‘’'`"


def main(path=HERE / "annotations.jsonl"):
    errs = []
    texts = {}
    want = [tuple(l.split("\t")) for l in (HERE / "ids.txt").read_text().splitlines() if l]
    seen = set()
    types = Counter()
    n_att = 0
    for ln, line in enumerate(Path(path).read_text().splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        where = f"line {ln} ({rec.get('id')})"
        if set(rec) != KEYS:
            errs.append(f"{where}: keys {sorted(rec)}")
        f, i = rec["file"], rec["id"]
        if (f, i) in seen:
            errs.append(f"{where}: duplicate id")
        seen.add((f, i))
        if f not in texts:
            with open(DATA / f) as fh:
                texts[f] = {r["id"]: r["text"] for r in map(json.loads, fh)}
        if i not in texts[f]:
            errs.append(f"{where}: id not in {f}")
            continue
        t = texts[f][i]
        for key in ("chain", "also_cites", "chain_v1"):
            names = rec.get(key)
            if not (isinstance(names, list) and all(isinstance(c, str) and c for c in names)
                    and len(set(names)) == len(names)):
                errs.append(f"{where}: bad {key}")
        if set(rec.get("chain") or ()) & set(rec.get("also_cites") or ()):
            errs.append(f"{where}: an outlet is both in chain and also_cites")
        for k, a in enumerate(rec["attributions"]):
            w = f"{where} attr {k}"
            n_att += 1
            if a.get("source_type") not in TYPES:
                errs.append(f"{w}: bad type {a.get('source_type')}")
            types[a.get("source_type")] += 1
            for key in ("speaker", "cue", "content"):
                sp = a.get(key)
                if sp is None:
                    if key == "cue":
                        errs.append(f"{w}: cue is null")
                    continue
                if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)
                        and 0 <= sp[0] < sp[1] <= len(t)):
                    errs.append(f"{w}: bad {key} span {sp}")
                    continue
                s = t[sp[0]:sp[1]]
                if s != s.strip():
                    errs.append(f"{w}: {key} has outer whitespace {s!r}")
                if key == "content" and (s[0] in QUOTES and s.count(s[0]) == 1):
                    errs.append(f"{w}: content starts with a lone quote mark {s[:20]!r}")
            sp, cu = a.get("speaker"), a.get("cue")
            if sp and cu and sp[0] < cu[1] and cu[0] < sp[1]:
                errs.append(f"{w}: speaker and cue overlap")
            if (t[sp[0]:sp[1]] if sp else "") != a.get("speaker_text"):
                errs.append(f"{w}: speaker_text mismatch {a.get('speaker_text')!r}")
            if cu and t[cu[0]:cu[1]] != a.get("cue_text"):
                errs.append(f"{w}: cue_text mismatch {a.get('cue_text')!r}")
    missing = set(want) - seen
    extra = seen - set(want)
    if missing:
        errs.append(f"ids.txt rows not annotated: {sorted(missing)}")
    if extra:
        errs.append(f"annotated rows not in ids.txt: {sorted(extra)}")
    for e in errs:
        print("ERROR", e)
    print(f"{len(seen)} articles, {n_att} attributions, {dict(types)}")
    print("OK" if not errs else f"FAILED ({len(errs)} errors)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
