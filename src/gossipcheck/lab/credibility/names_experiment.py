"""Masking proper nouns in the lexical and memory blocks (issue 11.2), on both selection sets.

    gossipcheck lab experiment names [--out-dir bench/out/names]

Retrains each candidate with ``gossipcheck lab train --seed 0 --encoder reuse`` settings into
``--out-dir`` (names kept reproduces 3.0.1, names masked the shipped 3.1.0 artifact) and
prints macro-F1 (at the model's val-chosen threshold) and ROC-AUC on ``gossipcop/val.jsonl``
and ``ood/celebrity_dev.jsonl``, and the proper nouns among the top words on
``examples/*.txt`` and the shared examples; then the sourcing-profile stack of
:mod:`.sourcing_stack` on the masked model.
Reads no test, SheepDog or held-out rows; trains on train + extra only.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from gossipcheck.credibility.calibration import macro_f1, roc_auc
from gossipcheck.credibility.model import CredibilityModel

from .evaluate import labels, read_labelled
from .names import capital_counts
from .sourcing_stack import sourcing_stack_report
from .train import DEFAULT_DATA, DEFAULT_VAL, train_model

# The 3.0.1 settings (names kept) and the shipped 3.1.0 ones (names masked).
CANDIDATES = {"names kept (3.0.1)": False, "names masked (3.1.0, shipped)": True}


def selection_figures(model: CredibilityModel, path: Path) -> tuple[float, float]:
    """Macro-F1 at the model's threshold and ROC-AUC of P(fake) on a labelled file."""
    rows = read_labelled(path)
    y = labels(rows)
    p = model.predict_proba([r["text"] for r in rows])
    return macro_f1(y, p >= model.threshold), roc_auc(y, p)


def _headline(line: str) -> bool:
    words = line.split()
    return len(words) > 1 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def proper_nouns_in(text: str, words: Sequence[str]) -> list[str]:
    """Words of ``words`` that ``text`` writes capitalised inside its sentences, never lower-case.

    Title-case lines (headlines, captions) are left out: their capitals say nothing.
    """
    body = "\n".join(line for line in text.splitlines() if not _headline(line))
    inside, capital = capital_counts([body])
    return [w for w in words if any(inside[t] and capital[t] == inside[t] for t in w.split())]


def top_words(model: CredibilityModel, text: str, k: int = 5) -> list[str]:
    """The lexical block's top words the report shows for ``text``."""
    vocabulary = set(model.lexical.vocabulary)
    features = model.explain(text, [], top_k=k)["features"]
    return [f["feature"] for f in features if f["feature"] in vocabulary]


def names_report(data_dir: Path, out_dir: Path, examples: Sequence[Path]) -> list[str]:
    """One line per model: val and celebrity_dev macro-F1 / ROC-AUC, proper nouns in top words."""
    sets = {
        "val": DEFAULT_VAL,
        "celebrity_dev": data_dir / "ood" / "celebrity_dev.jsonl",
    }
    texts = [p.read_text(encoding="utf-8") for p in examples]
    models: dict[str, Path] = {}
    for name, mask in CANDIDATES.items():
        out = out_dir / f"mask-{int(mask)}" / "credibility.npz"
        train_model(DEFAULT_DATA, out, seed=0, val=DEFAULT_VAL, encoder="reuse", mask_names=mask)
        models[name] = out
    lines = []
    for name, path in models.items():
        model = CredibilityModel.load(path)
        line = f"{name:50s}"
        for set_name, file in sets.items():
            f1, auc = selection_figures(model, file)
            line += f" | {set_name} F1 {f1:.4f} AUC {auc:.4f}"
        nouns = [w for t in texts for w in proper_nouns_in(t, top_words(model, t))]
        line += f" | proper nouns in top words: {', '.join(nouns) or 'none'}"
        lines.append(line)
    lines.append("sourcing profile stacked onto the names-masked model (issue 11.3):")
    lines.extend(
        sourcing_stack_report(models[max(CANDIDATES, key=CANDIDATES.__getitem__)], sets, out_dir)
    )
    return lines
