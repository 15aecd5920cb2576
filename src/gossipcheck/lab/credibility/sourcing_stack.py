"""Sourcing-profile features stacked onto the model's blocks (issue 11.3), on both selection sets.

The sourcing, signals and claims stages run on each val and celebrity_dev article; its
sourcing profile (anonymous share, only anonymous sources, only anonymous and relayed from
another outlet, an on-record denial, hedges per 100 words) joins the lexical, memory and
encoder margins in the val-fitted stacking LR. Val figures are 5-fold cross-validated on val
(the stack is fitted on val); celebrity_dev is scored by the stack fitted on all of val.
Reads no test, SheepDog or held-out rows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from gossipcheck.credibility.calibration import best_threshold, macro_f1, roc_auc
from gossipcheck.credibility.model import CredibilityModel
from gossipcheck.credibility.rules import profile_statistics, sourcing_profile
from gossipcheck.credibility.sourcing_features import sourcing_features

from .evaluate import labels, read_labelled

ON_RECORD = ("named_person", "representative", "interview_or_document", "social_media")
PROFILE = ("anonymous_share", "anonymous_only", "anonymous_relayed", "on_record_denial", "hedges")
FEATURES = (
    *PROFILE,
    "relayed_only",
    "exclusive",
    "attributed",
    "profile_log_odds",
    "outlet_log_odds",
    "outlet_known",
)
MIN_OUTLET_STORIES = 10


def article_features(text: str, name: str) -> dict[str, float]:
    """Sourcing evidence of one article, by name (the sourcing stages run on ``text``).

    The five :data:`PROFILE` features, plus ``relayed_only`` (relayed from another outlet
    with no one on record), ``exclusive`` (the story calls itself exclusive), ``attributed``,
    ``profile_log_odds`` (log-odds of GossipCop's fake share for the article's sourcing
    profile, ``data/sourcing_profiles.json``, measured on train + extra, minus that of all
    profiles together) and ``outlet_log_odds`` (mean log-odds of the fake share of the
    outlets the text names that have >= 10 rated stories in ``data/outlet_reputation.json``;
    0 when none is known) with ``outlet_known``.
    """
    from gossipcheck.claims import ClaimsStage
    from gossipcheck.errors import InputError
    from gossipcheck.ingest import from_text
    from gossipcheck.signals import SignalsStage
    from gossipcheck.sourcing import SourcingStage
    from gossipcheck.sourcing.outlet_records import OutletsStage

    try:
        article = from_text(text, source=name, detect_title=False)
    except InputError:  # too short to be read as an article: no sourcing found
        return dict.fromkeys(FEATURES, 0.0)
    for stage in (SourcingStage(), SignalsStage(), ClaimsStage(), OutletsStage()):
        article = stage(article)
    f = sourcing_features(article)
    only_anonymous = f["anonymous_attributions"] > 0 and f["on_record_attributions"] == 0
    denial = any(a.stance == "denies" and a.source_type in ON_RECORD for a in article.attributions)
    shares = [
        float(o.reputation["fake_share"])
        for o in article.outlets
        if o.reputation and int(o.reputation.get("n", 0)) >= MIN_OUTLET_STORIES
    ]
    return {
        "anonymous_share": f["anonymous_share"],
        "anonymous_only": float(only_anonymous),
        "anonymous_relayed": float(only_anonymous and f["chain_length"] > 0),
        "on_record_denial": float(denial),
        "hedges": min(f["hedges_per_100_words"], 5.0),
        "relayed_only": float(f["chain_length"] > 0 and f["on_record_attributions"] == 0),
        "exclusive": float(f["exclusives"] > 0),
        "attributed": float(f["attributions"] > 0),
        "profile_log_odds": profile_log_odds(sourcing_profile(f)),
        "outlet_log_odds": float(np.mean([_logit(s) for s in shares])) if shares else 0.0,
        "outlet_known": float(bool(shares)),
    }


def _logit(share: float) -> float:
    share = min(max(share, 0.02), 0.98)
    return float(np.log(share / (1.0 - share)))


def profile_log_odds(profile: str) -> float:
    """Log-odds of GossipCop's fake share for ``profile``, against all profiles pooled."""
    stats = profile_statistics()
    if profile not in stats:
        return 0.0
    n = sum(s["n"] for s in stats.values())
    pooled = sum(s["n"] * s["fake_share"] for s in stats.values()) / n
    return _logit(stats[profile]["fake_share"]) - _logit(pooled)


def profile_row(text: str, name: str) -> list[float]:
    """The :data:`PROFILE` features of one article."""
    f = article_features(text, name)
    return [f[k] for k in PROFILE]


def profiles(rows: Sequence[dict[str, Any]], cache: Path) -> np.ndarray:
    """Profile features per row, cached as JSON in ``cache`` (they take minutes to compute)."""
    if cache.is_file():
        stored = json.loads(cache.read_text())
        if len(stored) == len(rows):
            return np.asarray(stored, dtype=np.float64)
    values = [profile_row(r["text"], str(r["id"])) for r in rows]
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(values))
    return np.asarray(values, dtype=np.float64)


def _fit(x: np.ndarray, y: np.ndarray) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=1e4, max_iter=2000).fit(x, y)


def _cv_val(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """5-fold cross-validated macro-F1 (threshold chosen on each training fold) and ROC-AUC."""
    from sklearn.model_selection import StratifiedKFold

    p = np.zeros(len(y))
    pred = np.zeros(len(y), dtype=bool)
    for fit_idx, held in StratifiedKFold(5, shuffle=True, random_state=0).split(x, y):
        clf = _fit(x[fit_idx], y[fit_idx])
        threshold, _ = best_threshold(y[fit_idx], clf.predict_proba(x[fit_idx])[:, 1])
        p[held] = clf.predict_proba(x[held])[:, 1]
        pred[held] = p[held] >= threshold
    return macro_f1(y, pred), roc_auc(y, p)


def sourcing_stack_report(model_path: Path, sets: dict[str, Path], cache_dir: Path) -> list[str]:
    """Stacks with and without the sourcing profile: val (5-fold CV) and celebrity_dev."""
    model = CredibilityModel.load(model_path)
    data: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for name, path in sets.items():
        rows = read_labelled(path)
        blocks = model.blocks([r["text"] for r in rows])
        data[name] = (blocks, profiles(rows, cache_dir / f"profile-{name}.json"), labels(rows))
    lines = []
    for variant, with_profile in (("blocks", False), ("blocks + sourcing profile", True)):
        feats = {n: np.c_[b, s] if with_profile else b for n, (b, s, _) in data.items()}
        yv = data["val"][2]
        f1, auc = _cv_val(feats["val"], yv)
        line = f"{variant:28s} | val (5-fold CV) F1 {f1:.4f} AUC {auc:.4f}"
        clf = _fit(feats["val"], yv)
        threshold, _ = best_threshold(yv, clf.predict_proba(feats["val"])[:, 1])
        for name in sets:
            if name != "val":
                p = clf.predict_proba(feats[name])[:, 1]
                y = data[name][2]
                line += f" | {name} F1 {macro_f1(y, p >= threshold):.4f} AUC {roc_auc(y, p):.4f}"
        if with_profile:
            weights = ", ".join(
                f"{k} {w:+.2f}" for k, w in zip(PROFILE, clf.coef_[0][3:], strict=True)
            )
            line += f" | weights: {weights}"
        lines.append(line)
    return lines
