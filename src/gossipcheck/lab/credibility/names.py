"""The proper-noun lexicon the credibility model masks (issue 11.2: evidence, not names).

A folded word is a proper noun when, in the training texts, it is written with a
capital letter in at least ``CAPITAL_SHARE`` of its occurrences that do not start a
sentence (and it occurs there at least ``MIN_COUNT`` times): "Kardashian", "Kanye",
"Trump", "Instagram", "RadarOnline". Words that only open sentences or headlines do
not count, and common words that name people or outlets now and then ("will", "rose",
"people", "us") stay, because most of their uses are lower-case. Outlet names from
the outlet table (aliases and web-domain names) join the lexicon unless they are such
common words. The rule needs no tagger: spaCy NER over the ~7,700 training articles
costs minutes on the shared cores, and it would have to run again at scoring time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from gossipcheck.credibility.features import STOPWORDS, fold
from gossipcheck.sourcing.outlets import all_outlets

CAPITAL_SHARE = 0.5
MIN_COUNT = 3
_WORD = re.compile(r"[^\W\d_][^\W_]*")
# What may sit between the previous word and a word that opens a sentence.
_OPENS = re.compile(r"[.!?:;\n\"“”‘’'(\[{|•*#—–-]")


def _accent_fold(text: str) -> str:
    """Accents stripped, case kept (the case-aware twin of :func:`fold`)."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFKC", "".join(c for c in text if not unicodedata.combining(c)))


def capital_counts(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Per folded word: occurrences inside a sentence, and how many of those are capitalised."""
    inside: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for text in texts:
        text = _accent_fold(text)
        end = 0
        for match in _WORD.finditer(text):
            gap = text[end : match.start()]
            end = match.end()
            if match.start() == 0 or _OPENS.search(gap):
                continue
            word = match.group()
            for part in re.findall(r"[a-z0-9]+", fold(word)):
                inside[part] += 1
                if word[0].isupper():
                    capital[part] += 1
    return inside, capital


def _outlet_words() -> set[str]:
    """Words of outlet names, aliases and domains; the table's context aliases
    ("People", "Star", "Us") are common words and stay out."""
    words: set[str] = set()
    common: set[str] = set()
    for outlet in all_outlets():
        for alias in (outlet.name, *outlet.aliases):
            words.update(re.findall(r"[a-z0-9]+", fold(alias)))
        for alias in outlet.context_aliases:
            common.update(re.findall(r"[a-z0-9]+", fold(alias)))
        for domain in outlet.domains:
            words.add(fold(domain).split(".")[0])
    return words - common


def proper_nouns(texts: Iterable[str]) -> frozenset[str]:
    """The folded words to mask: capitalised inside sentences, plus outlet names."""
    inside, capital = capital_counts(texts)
    names = {
        w
        for w, n in inside.items()
        if n >= MIN_COUNT and capital[w] >= CAPITAL_SHARE * n and not w[0].isdigit()
    }
    for word in _outlet_words():
        n = inside.get(word, 0)
        common = n >= MIN_COUNT and capital[word] < CAPITAL_SHARE * n
        if not common and len(word) > 1 and not word[0].isdigit():
            names.add(word)
    return frozenset(names - STOPWORDS)
