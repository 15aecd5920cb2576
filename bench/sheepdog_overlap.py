"""SheepDog robustness without story overlap.

    .venv/bin/python bench/sheepdog_overlap.py

The data README warns that some SheepDog stories also appear (in their original
style) in train or extra, which flatters models that remember stories. This
builds a corroboration corpus of train + extra, marks every SheepDog row whose
story is there (same-story decision of gossipcheck.corroboration), and reports the
shipped model's macro-F1 on the rows with and without such a twin.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np

from gossipcheck.corroboration import Corpus, Corroborator
from gossipcheck.credibility.calibration import macro_f1
from gossipcheck.credibility.model import CredibilityModel
from gossipcheck.lab.credibility.evaluate import labels, read_labelled
from gossipcheck.settings import shared_data_dir


def main() -> None:
    data = shared_data_dir()
    model = CredibilityModel.load()
    with tempfile.TemporaryDirectory() as tmp:
        corpus_path = Path(tmp) / "train_extra.sqlite"
        with Corpus(corpus_path) as corpus:
            for name in ("train.jsonl", "extra.jsonl"):
                corpus.add_jsonl(data / "gossipcop" / name)
        matcher = Corroborator.open(corpus_path)
        print("| set | rows | with a train/extra twin | macro-F1 all | twin | no twin |")
        print("|---|---|---|---|---|---|")
        for name in ("sheepdog_A", "sheepdog_B"):
            rows = read_labelled(data / "robustness" / f"{name}.jsonl")
            y = labels(rows)
            texts = [r["text"] for r in rows]
            pred = model.predict_proba(texts) >= model.threshold
            twin = np.array([any(m.same_story for m in matcher.find(t, k=1)) for t in texts])
            print(
                f"| {name} | {len(rows)} | {twin.sum()} | {macro_f1(y, pred):.3f} |"
                f" {macro_f1(y[twin], pred[twin]):.3f} | {macro_f1(y[~twin], pred[~twin]):.3f} |"
            )


if __name__ == "__main__":
    main()
