"""Reproducible draw of the second sourcing gold set (issue 10.2), seed 2027.

Rule:
  * Pools: ``gossipcop/extra.jsonl`` and ``ood/celebrity_dev.jsonl`` rows with
    400-3500 characters (whole articles short enough to annotate exhaustively;
    about 90% of extra.jsonl and 80% of celebrity_dev), de-duplicated on the first
    80 characters, minus every article of the first gold set (``../ids.txt``).
    Never test, val or the SheepDog sets.
  * Strata: label x the first outlet the text names (``OUTLETS`` below, "none"
    when it names none), within each pool. 130 articles from extra, 80 from
    celebrity_dev, allocated to strata in proportion to their size (largest
    remainder, at least one per stratum of 5+ rows), each stratum sorted by id
    and sampled with one ``random.Random(2027)``.
  * Stories: two drawn articles are the same story when the cosine of their word
    TF-IDF vectors is at least 0.35 (connected components). Whole stories go to
    ``dev`` or ``test``: stories are shuffled with the same RNG and each goes to
    the half with fewer articles of its (pool, label).
  * Double annotation: 25 articles of each half, drawn with the same RNG.
  * Annotation batches: primary batches ``a1``..``a6`` (35 articles each, in
    drawn order round robin); second-pass batches ``b1``, ``b2`` (25 each).

Writes ``ids.tsv``: file, id, label, stratum, part, batch, second_batch ("-" if
single).  Run from the repository root: ``python eval/sourcing/set2/draw.py``.
"""
from __future__ import annotations

import json
import random
import re
from collections import defaultdict
from pathlib import Path

from gossipcheck.settings import shared_data_dir

HERE = Path(__file__).resolve().parent
DATA = shared_data_dir()
SEED = 2027
POOLS = (("gossipcop/extra.jsonl", 130), ("ood/celebrity_dev.jsonl", 80))
N_PRIMARY, N_SECOND = 6, 2
N_DOUBLE_PER_PART = 25
STORY_COSINE = 0.35
OUTLETS = {  # stratum name -> pattern of its usual spellings
    "People": r"\bPeople(?: magazine)?\b(?= (?:reports|reported|has learned|confirms|magazine))|\btold People\b|\bto People\b|\bPeople\.com\b",
    "Us Weekly": r"\bUs Weekly\b|\bUs\b(?= (?:Weekly|reports))",
    "TMZ": r"\bTMZ\b",
    "E! News": r"\bE!(?: News| Online)?",
    "ET": r"\bET\b|Entertainment Tonight",
    "RadarOnline": r"\bRadar(?:Online)?(?:\.com| ?\. ?com)?\b",
    "Daily Mail": r"Daily ?Mail",
    "Page Six": r"Page Six",
    "In Touch / Life & Style / OK!": r"In ?Touch|Life ?& ?Style|\bOK!",
    "HollywoodLife": r"Hollywood ?Life",
    "trade (Variety/THR/Deadline)": r"\bVariety\b|Hollywood Reporter|\bTHR\b|\bDeadline\b",
    "Star / National Enquirer": r"\bStar\b(?= (?:magazine|reports))|Enquirer",
    "Gossip Cop": r"Gossip ?Cop",
}
_FIRST = re.compile("|".join(f"(?P<g{i}>{p})" for i, p in enumerate(OUTLETS.values())))


def first_outlet(text: str) -> str:
    m = _FIRST.search(text)
    if not m:
        return "none"
    names = list(OUTLETS)
    return next(names[int(k[1:])] for k, v in m.groupdict().items() if v is not None)


def rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    total = sum(sizes.values())
    quota = {k: n * v / total for k, v in sizes.items()}
    out = {k: int(q) for k, q in quota.items()}
    for k, v in sizes.items():
        if v >= 5 and out[k] == 0:
            out[k] = 1
    order = sorted(sizes, key=lambda k: (-(quota[k] - int(quota[k])), k))
    i = 0
    while sum(out.values()) < n:
        k = order[i % len(order)]
        if out[k] < sizes[k]:
            out[k] += 1
        i += 1
    while sum(out.values()) > n:  # minimums overshot: take from the largest
        k = max(out, key=lambda k: (out[k], k))
        out[k] -= 1
    return out


def stories(drawn: list[dict]) -> list[list[int]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1).fit_transform(
        [r["text"] for r in drawn]
    )
    sim = (x @ x.T).toarray()
    parent = list(range(len(drawn)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(drawn)):
        for j in range(i + 1, len(drawn)):
            if sim[i, j] >= STORY_COSINE:
                parent[root(i)] = root(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(drawn)):
        groups[root(i)].append(i)
    return sorted(groups.values())


def select() -> list[dict]:
    rng = random.Random(SEED)
    first_set = {tuple(l.split("\t")) for l in (HERE.parent / "ids.txt").read_text().splitlines() if l}
    drawn: list[dict] = []
    for name, n in POOLS:
        seen: set[str] = set()
        strata: dict[str, list[dict]] = defaultdict(list)
        for r in rows(name):
            key = r["text"][:80]
            if not 400 <= len(r["text"]) <= 3500 or key in seen or (name, r["id"]) in first_set:
                continue
            seen.add(key)
            strata[f"{r['label']}|{first_outlet(r['text'])}"].append(r)
        want = allocate({k: len(v) for k, v in strata.items()}, n)
        for k in sorted(strata):
            pool = sorted(strata[k], key=lambda r: r["id"])
            for r in rng.sample(pool, want[k]):
                drawn.append({"file": name, "id": r["id"], "label": r["label"], "stratum": k.split("|")[1],
                              "text": r["text"]})
    groups = stories(drawn)
    rng.shuffle(groups)
    count: dict[tuple[str, str, str], int] = defaultdict(int)
    for g in groups:
        head = drawn[g[0]]
        part = min(("dev", "test"), key=lambda p: (count[(head["file"], head["label"], p)], p))
        for i in g:
            drawn[i]["part"] = part
            count[(drawn[i]["file"], drawn[i]["label"], part)] += 1
    for part in ("dev", "test"):
        idx = [i for i, r in enumerate(drawn) if r["part"] == part]
        for i in rng.sample(idx, N_DOUBLE_PER_PART):
            drawn[i]["double"] = True
    for i, r in enumerate(drawn):
        r["batch"] = f"a{i % N_PRIMARY + 1}"
    doubles = [r for r in drawn if r.get("double")]
    for i, r in enumerate(doubles):
        r["second_batch"] = f"b{i % N_SECOND + 1}"
    return drawn


if __name__ == "__main__":
    out = select()
    lines = ["\t".join((r["file"], r["id"], r["label"], r["stratum"], r["part"], r["batch"],
                        r.get("second_batch", "-"))) for r in out]
    (HERE / "ids.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(out)} articles written to {HERE / 'ids.tsv'}")
