"""ClaimsStage: check-worthy sentences, typed, with entities and the attribution they rest on."""

from __future__ import annotations

from gossipcheck.claims import claim_type

from .test_sourcing_support import analyse

TEXT = (
    "A source told Us Weekly that Mia Lane is pregnant with her second child. "
    "Mia Lane and Tom Reed filed for divorce in Los Angeles last week. "
    "Tom Reed was arrested for drunk driving in March. "
    "Is Mia Lane secretly engaged again? "
    "We are rooting for them and we think they look adorable together. "
    "Mia Lane signed a $5 million deal for a new album."
)


def test_claims_typed_and_attributed() -> None:
    article = analyse(TEXT)
    by_text = {c.text.split()[0] + " " + c.text.split()[-1]: c for c in article.claims}
    types = [c.claim_type for c in article.claims]
    assert types == ["pregnancy_children", "relationship", "legal", "money"]
    first = article.claims[0]
    assert first.attribution is not None
    assert article.attributions[first.attribution].source_type == "anonymous"
    assert "Mia Lane" in first.entities
    assert all(c.attribution is None for c in article.claims[1:])
    assert not any(c.text.endswith("?") for c in by_text.values())
    for c in article.claims:
        assert c.span.text(article.text) == c.text


def test_claim_type_lexicon() -> None:
    assert claim_type("She checked into rehab after the overdose.") == "health"
    assert claim_type("The show was renewed for a third season.") == "career"
    assert claim_type("They had lunch.") is None
