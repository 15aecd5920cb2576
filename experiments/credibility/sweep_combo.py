"""Combos: lexical variants (whole / chunked / keep-attribution) + story-memory settings."""

from __future__ import annotations

import itertools

import numpy as np
from harness import D, load, report, selection_sets
from sklearn.linear_model import LogisticRegression

import gossipcheck.credibility.features as F
from gossipcheck.credibility.memory import StoryMemory
from gossipcheck.credibility.train import fit_lexical

ATTRIB = set(
    [
        "rumor",
        "rumors",
        "rumour",
        "rumours",
        "rumored",
        "rumoured",
        "reportedly",
        "allegedly",
        "alleged",
        "apparently",
        "supposedly",
        "source",
        "sources",
        "insider",
        "insiders",
        "tipster",
        "eyewitness",
        "said",
        "says",
        "say",
        "saying",
        "told",
        "tells",
        "tell",
        "according",
        "stated",
        "statement",
        "official",
        "officially",
        "confirm",
        "confirmed",
        "confirms",
        "confirmation",
        "deny",
        "denied",
        "denies",
        "denial",
        "report",
        "reports",
        "reported",
        "reporting",
        "exclusive",
        "exclusively",
    ]
)
sets = selection_sets()
tr, ex = load(D + "gossipcop/train.jsonl"), load(D + "gossipcop/extra.jsonl")
texts, y = tr[0] + ex[0], np.concatenate([tr[1], ex[1]])
ctexts, cy = [], []
for t, lab in zip(texts, y, strict=True):
    for ch in F.chunk_words(t, 150, 8):
        ctexts.append(ch)
        cy.append(lab)
cy = np.array(cy)
idx = lambda tx: next(k for k in sets if sets[k][0] is tx)  # noqa: E731
base = {}
for name, tx, yy, drop in (
    ("whole", texts, y, F.STOPWORDS | F.TONE_WORDS),
    ("chunk", ctexts, cy, F.STOPWORDS | F.TONE_WORDS),
    ("attrib", texts, y, F.STOPWORDS | (F.TONE_WORDS - ATTRIB)),
):
    F.DROP = drop
    lex = fit_lexical(tx, F.Analyzer(max_tokens=0))
    lr = LogisticRegression(C=3, max_iter=3000, class_weight="balanced").fit(lex.matrix(tx), yy)
    base[name] = {k: lr.decision_function(lex.matrix(s[0])) for k, s in sets.items()}
F.DROP = F.STOPWORDS | F.TONE_WORDS
mem = StoryMemory.build(fit_lexical(texts, F.Analyzer(max_tokens=0, n_max=1)), texts, y)
sims = {k: np.vstack([mem.similarities(t) for t in s[0]]) for k, s in sets.items()}


def votes(k: str, start: float, width: float) -> np.ndarray:
    mem.start, mem.width = start, width
    return np.array([mem.vote(r) for r in sims[k]])


for name in base:
    report(f"{name} nomem", sets, lambda tx, n=name: base[n][idx(tx)])
for start, width, gamma in itertools.product((0.3, 0.4, 0.5), (0.1, 0.2, 0.3), (1.0, 2.0, 3.0)):
    v = {k: votes(k, start, width) for k in sets}
    report(
        f"whole mem {start},{width},{gamma}",
        sets,
        lambda tx, g=gamma, v=v: base["whole"][idx(tx)] + g * v[idx(tx)],
    )
v = {k: votes(k, 0.4, 0.2) for k in sets}
report(
    "whole+chunk mem",
    sets,
    lambda tx: (base["whole"][idx(tx)] + base["chunk"][idx(tx)]) / 2 + 2 * v[idx(tx)],
)
report("attrib mem", sets, lambda tx: base["attrib"][idx(tx)] + 2 * v[idx(tx)])
report("chunk mem", sets, lambda tx: base["chunk"][idx(tx)] + 2 * v[idx(tx)])
