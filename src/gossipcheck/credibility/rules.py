"""The documented sourcing rule on top of the model.

The model scores the text; this rule reads the sourcing stage's findings and
(1) states how the story is sourced, with GossipCop's fake share for stories
sourced that way (``data/sourcing_profiles.json``, measured on train + extra by
``gossipcheck lab build-fake-rates --write``), and (2) never lets a story
that rests only on anonymous sources be called "likely real": such a verdict
becomes "uncertain". ``p_fake`` itself is not changed, so the model's
calibration and benchmark figures are untouched. (3) When the subject's side denies the
story (an attribution with stance ``denies``, see ``sourcing/stances.py``), the block
says so in ``denial``: GossipCop's most common reason for a "fake" rating.

Why a rule and not a feature: stacking the sourcing features onto the model's
score gave no gain on val (ROC-AUC 0.900 -> 0.901, macro-F1 0.810 -> 0.805), and
they are fragile under style rewrites (ROC-AUC of the features alone 0.75 on val,
0.60 on SheepDog), because a rewrite drops "a source tells" phrasing.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from ..article import Article, Verdict
from ..settings import DATA_DIR
from .sourcing_features import sourcing_features

PROFILES_PATH = DATA_DIR / "sourcing_profiles.json"

PROFILE_TEXT = {
    "no_attributions": "no attributed statements",
    "anonymous_only": "only anonymous sources, no one on record",
    "anonymous_only_relayed": "only anonymous sources, relayed from another outlet",
    "anonymous_and_on_record": "anonymous sources alongside people on record",
    "on_record_only": "named people, reps, posts or interviews on record; no anonymous source",
}


DENIAL_NOTE = (
    "a denial from the subject's side is GossipCop's most common reason for a 'fake' rating"
)


def subject_denial(article: Article) -> str | None:
    """Who on the subject's side denies the story (the first to), in words; else None."""
    for attribution in article.attributions:
        if attribution.stance == "denies":
            speaker = attribution.speaker_text or "the subject's side"
            return f"{speaker} denies the story; {DENIAL_NOTE}"
    return None


def sourcing_profile(features: dict[str, float]) -> str:
    if features.get("attributions", 0) == 0:
        return "no_attributions"
    anonymous = features.get("anonymous_attributions", 0) > 0
    on_record = features.get("on_record_attributions", 0) > 0
    if anonymous and not on_record:
        relayed = features.get("chain_length", 0) > 0
        return "anonymous_only_relayed" if relayed else "anonymous_only"
    return "anonymous_and_on_record" if anonymous else "on_record_only"


@lru_cache(maxsize=1)
def profile_statistics() -> dict[str, dict[str, float]]:
    if not PROFILES_PATH.exists():
        return {}
    data: dict[str, dict[str, float]] = json.loads(PROFILES_PATH.read_text())["profiles"]
    return data


def apply_sourcing_rule(article: Article, verdict: Verdict) -> tuple[Verdict, dict[str, Any]]:
    """The verdict after the rule, and the sourcing block for the explanation."""
    features = sourcing_features(article)
    profile = sourcing_profile(features)
    stats = profile_statistics().get(profile)
    block: dict[str, Any] = {
        "profile": profile,
        "description": PROFILE_TEXT[profile],
        "gossipcop_fake_share": stats.get("fake_share") if stats else None,
        "gossipcop_n": stats.get("n") if stats else None,
        "features": {key: round(value, 3) for key, value in features.items()},
        "rules": [],
        "denial": subject_denial(article),
    }
    if profile.startswith("anonymous_only") and verdict == "likely real":
        verdict = "uncertain"
        block["rules"].append(
            "the text reads as likely real, but the story rests only on anonymous sources,"
            " so the verdict is 'uncertain'"
        )
    return verdict, block
