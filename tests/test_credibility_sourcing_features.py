"""sourcing_features: the numbers the credibility stage reads."""

from __future__ import annotations

import pytest

from gossipcheck.article import Article
from gossipcheck.credibility.sourcing_features import sourcing_features

from .test_sourcing_support import analyse


def test_features_on_an_anonymous_re_report() -> None:
    article = analyse(
        "EXCLUSIVE: A source told Us Weekly that Mia Lane is reportedly pregnant with twins. "
        "Insiders say she is apparently thrilled. Mia Lane and Tom Reed married in June. "
        "Tom Reed said in a statement that the couple is happy."
    )
    f = sourcing_features(article)
    assert f["anonymous_attributions"] == 2
    assert f["attributions"] == 3
    assert f["anonymous_share"] == pytest.approx(2 / 3)
    assert f["chain_length"] == 1 and f["outlets_relayed"] == 1
    assert f["exclusives"] == 1
    assert f["hedges_per_100_words"] == pytest.approx(100 * 2 / article.word_count)
    assert 0.0 < f["unattributed_claims_share"] < 1.0
    assert all(isinstance(v, float) for v in f.values())


def test_features_on_an_empty_article() -> None:
    f = sourcing_features(Article(text=""))
    assert f["attributions"] == 0.0 and f["unattributed_claims_share"] == 0.0
