"""Reproducible selection of the sourcing evaluation articles.

Rule (deterministic, seed 2026):
  * gossipcop/extra.jsonl rows with 400 <= len(text) <= 1500 characters
    (full articles short enough to annotate exhaustively), de-duplicated
    by the first 80 characters.
  * Each row is put into the FIRST bucket whose regex matches its text
    (priority order below). From each bucket, rows are sorted by id and
    a seeded random sample of the given size is drawn.
  * "low" = rows with none of the attribution cue words at all; sampled
    per label so both labels are present.
  * train.jsonl / val.jsonl (short tokenised openings): seeded samples of
    rows matching the anonymous/outlet regex, plus a few "low" rows.
  * finally a supplementary draw from four extra buckets (SUPPLEMENT), made
    with the same RNG after all other draws, excluding rows already chosen.
Prints `file<TAB>id` lines (the content of ids.txt).
"""
import json
import random
import re

from gossipcheck.settings import shared_data_dir

DATA = shared_data_dir()  # $GOSSIPCHECK_DATA, else ../shared/data
SEED = 2026

OUTLETS = (r"People|Us Weekly|TMZ|E! News|E! Online|Entertainment Tonight|ET|"
           r"Radar(?:Online)?|Page Six|the Daily Mail|Daily Mail|In Touch|Life & Style|"
           r"Hollywood Life|HollywoodLife|OK!|Star|Variety|The Hollywood Reporter|"
           r"Vanity Fair|The Sun|InStyle|Harper's Bazaar|Vogue|Access Hollywood|Extra")
BUCKETS = [  # (name, regex, n from extra)
    ("anonymous", r"\b(?:[Aa]n? (?:source|insider|pal|friend|eyewitness|onlooker|person close)|[Ss]ources?\b (?:close|tell|told|say|said|reveal)|[Ii]nsiders? (?:say|said|tell|told|reveal))", 17),
    ("outlet", r"(?:according to|told|tells|reported by|report(?:ed)? (?:by|from)) (?:" + OUTLETS + r")\b|(?:" + OUTLETS + r") (?:has learned|reports|reported|confirmed)", 11),
    ("social_media", r"\b(?:tweeted|Instagram|Twitter|Snapchat|Facebook post|retweet)", 8),
    ("representative", r"\b(?:rep|reps|representative|spokesperson|spokesman|spokeswoman|publicist|lawyer|attorney)\b|\bstatement\b", 7),
    ("interview_or_document", r"\b(?:in an interview|interview with|court (?:documents|papers|filing)|told (?:Ellen|Howard Stern|Andy Cohen)|memoir|podcast)\b", 7),
    ("named", r"\b(?:said|says|told|tells|added|explained|revealed)\b", 3),
]
CUEWORDS = re.compile(r"\b(?:said|says|say|told|tells|tell|added|explained|revealed|claimed|according|tweeted|posted|wrote|source|sources|insider|report|reports|reported|statement|interview|shared|\")", re.I)
LOW_EXTRA = {"fake": 3, "real": 3}
# supplementary draw (appended after everything above, so earlier picks are unchanged)
SUPPLEMENT = [("anonymous", 2), ("representative", 3), ("outlet", 1), ("social_media", 1)]
TRAINVAL = [("gossipcop/train.jsonl", 5, 2), ("gossipcop/val.jsonl", 3, 1)]  # (file, n attributed, n low)
TV_RE = re.compile(BUCKETS[0][1] + "|" + BUCKETS[1][1])


def rows(name):
    with open(DATA / name) as fh:
        for line in fh:
            yield json.loads(line)


def sample(pool, n, rng):
    pool = sorted(pool, key=lambda r: r["id"])
    return rng.sample(pool, min(n, len(pool)))


def select():
    rng = random.Random(SEED)
    chosen = []
    seen = set()
    extra = []
    for r in rows("gossipcop/extra.jsonl"):
        key = r["text"][:80]
        if 400 <= len(r["text"]) <= 1500 and key not in seen:
            seen.add(key)
            extra.append(r)
    buckets = {b[0]: [] for b in BUCKETS}
    low = []
    for r in extra:
        for name, rx, _ in BUCKETS:
            if re.search(rx, r["text"]):
                buckets[name].append(r)
                break
        else:
            if not CUEWORDS.search(r["text"]):
                low.append(r)
    for name, _, n in BUCKETS:
        chosen += [("gossipcop/extra.jsonl", r["id"]) for r in sample(buckets[name], n, rng)]
    for lab, n in LOW_EXTRA.items():
        chosen += [("gossipcop/extra.jsonl", r["id"]) for r in sample([r for r in low if r["label"] == lab], n, rng)]
    for f, n_att, n_low in TRAINVAL:
        rs = list(rows(f))
        chosen += [(f, r["id"]) for r in sample([r for r in rs if TV_RE.search(r["text"])], n_att, rng)]
        lows = [r for r in rs if not CUEWORDS.search(r["text"])]
        chosen += [(f, r["id"]) for r in sample(lows, n_low, rng)]
    got = {i for _, i in chosen}
    for name, n in SUPPLEMENT:
        pool = [r for r in buckets[name] if r["id"] not in got]
        chosen += [("gossipcop/extra.jsonl", r["id"]) for r in sample(pool, n, rng)]
    return chosen


if __name__ == "__main__":
    for f, i in select():
        print(f"{f}\t{i}")
