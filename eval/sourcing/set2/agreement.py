"""Agreement between the two independent passes on the 50 double-annotated articles.

``python eval/sourcing/set2/agreement.py`` compares ``annotations.jsonl`` (first pass) with
``second.jsonl`` on the articles both hold, and prints:

* attribution agreement: pass 2 scored against pass 1 as gold, pairs matched one to one,
  greedily by largest overlap (speaker spans, else cue spans: the evaluator's rule), F1;
* per-role span agreement: for speaker, cue and content spans on their own, F1 of
  one-to-one overlap matching and the share of matched spans that are identical;
* Cohen's kappa on ``source_type`` and on ``stance`` (none / denies / confirms) over the
  matched attribution pairs, with raw agreement;
* chain and also-cites: share of articles with identical lists.

``--json`` prints the same figures as one JSON object.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
Span = tuple[int, int]


def _ov(a: Span | None, b: Span | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(xs: list, ys: list, score) -> list[tuple[int, int]]:
    cand = sorted(((score(x, y), i, j) for i, x in enumerate(xs) for j, y in enumerate(ys)),
                  reverse=True)
    used_i: set[int] = set()
    used_j: set[int] = set()
    out = []
    for s, i, j in cand:
        if s > 0 and i not in used_i and j not in used_j:
            used_i.add(i)
            used_j.add(j)
            out.append((i, j))
    return out


def _attr_score(a: dict, b: dict) -> int:
    if a["speaker"] and b["speaker"]:
        return _ov(tuple(a["speaker"]), tuple(b["speaker"]))
    return _ov(tuple(a["cue"]), tuple(b["cue"]))


def kappa(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """Cohen's kappa and raw agreement of two label sequences."""
    n = len(pairs)
    if not n:
        return 0.0, 0.0
    po = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    return ((po - pe) / (1 - pe) if pe < 1 else 1.0), po


def _f1(tp: int, n1: int, n2: int) -> float:
    return 2 * tp / (n1 + n2) if n1 + n2 else 1.0


def agreement(first: Path = HERE / "annotations.jsonl", second: Path = HERE / "second.jsonl") -> dict:
    one = {(r["file"], r["id"]): r for r in map(json.loads, first.read_text(encoding="utf-8").splitlines())}
    two = {(r["file"], r["id"]): r for r in map(json.loads, second.read_text(encoding="utf-8").splitlines())}
    keys = sorted(set(one) & set(two))
    c: Counter[str] = Counter()
    types: list[tuple[str, str]] = []
    stances: list[tuple[str, str]] = []
    for k in keys:
        a, b = one[k]["attributions"], two[k]["attributions"]
        pairs = _match(a, b, _attr_score)
        c["n1"] += len(a)
        c["n2"] += len(b)
        c["tp"] += len(pairs)
        for i, j in pairs:
            types.append((a[i]["source_type"], b[j]["source_type"]))
            stances.append((a[i].get("stance") or "none", b[j].get("stance") or "none"))
        for role in ("speaker", "cue", "content"):
            sa = [tuple(x[role]) for x in a if x[role]]
            sb = [tuple(x[role]) for x in b if x[role]]
            m = _match(sa, sb, _ov)
            c[f"{role}_1"] += len(sa)
            c[f"{role}_2"] += len(sb)
            c[f"{role}_tp"] += len(m)
            c[f"{role}_exact"] += sum(sa[i] == sb[j] for i, j in m)
        c["chain"] += one[k]["chain"] == two[k]["chain"]
        c["also"] += sorted(one[k]["also_cites"]) == sorted(two[k]["also_cites"])
    tk, ta = kappa(types)
    sk, sa_ = kappa(stances)
    return {
        "articles": len(keys),
        "attributions": [c["n1"], c["n2"]],
        "attribution_f1": round(_f1(c["tp"], c["n1"], c["n2"]), 3),
        "roles": {
            role: {"overlap_f1": round(_f1(c[f"{role}_tp"], c[f"{role}_1"], c[f"{role}_2"]), 3),
                   "identical_share": round(c[f"{role}_exact"] / c[f"{role}_tp"], 3) if c[f"{role}_tp"] else 0.0}
            for role in ("speaker", "cue", "content")
        },
        "type_kappa": round(tk, 3), "type_agreement": round(ta, 3),
        "stance_kappa": round(sk, 3), "stance_agreement": round(sa_, 3),
        "stance_set": [sum(x != "none" for x, _ in stances), sum(y != "none" for _, y in stances)],
        "chain_identical": round(c["chain"] / len(keys), 3) if keys else 0.0,
        "also_cites_identical": round(c["also"] / len(keys), 3) if keys else 0.0,
        "type_confusion": {f"{x}->{y}": n for (x, y), n in sorted(Counter(types).items()) if x != y},
    }


if __name__ == "__main__":
    res = agreement()
    if "--json" in sys.argv:
        print(json.dumps(res))
    else:
        print(f"{res['articles']} articles double-annotated; attributions {res['attributions'][0]} / "
              f"{res['attributions'][1]}; attribution agreement F1 {res['attribution_f1']}")
        for role, v in res["roles"].items():
            print(f"  {role:8s} overlap F1 {v['overlap_f1']}  identical {v['identical_share']}")
        print(f"  type kappa {res['type_kappa']} (raw {res['type_agreement']}); stance kappa "
              f"{res['stance_kappa']} (raw {res['stance_agreement']}, set {res['stance_set']})")
        print(f"  chain identical {res['chain_identical']}, also-cites identical {res['also_cites_identical']}")
        print(f"  type disagreements: {res['type_confusion']}")
