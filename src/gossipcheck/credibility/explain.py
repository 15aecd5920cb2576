"""Leave-one-sentence-out margins in linear time, in closed form.

A sentence's push on P(fake) is P(fake) of the whole text minus P(fake) with
that sentence left out (the encoder's margin is held fixed, as before). Left
out naively, that re-vectorises the article once per sentence: quadratic in
its length. Here the article is tokenised once, per segment (the gaps between
sentences and the sentences themselves), and each sentence's removal is a
small change of feature counts:

* the n-grams that overlap the sentence's tokens disappear, and the n-grams
  that bridge the tokens before and after it appear (for bigrams: the pair
  "last word before, first word after");
* the TF-IDF value of a feature is ``(1 + log count) * idf``, then the vector
  is L2-normalised. With the unnormalised dot ``P = v . coef`` and squared
  norm ``S = v . v`` of the whole text, leaving a sentence out changes ``P``
  and ``S`` only at its changed features, so the lexical margin
  ``P' / sqrt(S') + intercept`` costs O(sentence length): it is the exact
  leave-one-out value, not an approximation (sub-linear tf and the norm
  included);
* the story memory's cosines are ``(D + delta) / sqrt(S')``, where ``D`` (the
  unnormalised dot with every training article) is computed once and
  ``delta`` touches only the postings of the sentence's words; the vote is
  then taken as before, O(training articles) per sentence (all sentences'
  deltas in one ``bincount``, their votes in one pass over the matrix). A
  sentence whose removal only lowers weights cannot lift any article above
  the best whole-text dot over its new norm; when that is under the
  threshold its vote is 0 without the postings (most articles match no story).

Total cost: linear in the article's length (times the memory's size per
sentence). Exactness holds when sentence spans start and end between words
(spaCy's always do). With a truncating analyzer (``max_tokens > 0``; the
shipped one reads everything), tokens past the cut that would shift into the
window when a sentence leaves are ignored: a first-order approximation.

The text is folded once for all its pieces (:func:`.features.piece_tokens`);
every sentence's changes come out of one set of array operations
(:class:`.edits.Edits`), each summed in the order the per-sentence form summed
them, so the margins are bit for bit what it gave. With a :class:`.reading.Reading`
of the text, its features and memory similarities are the ones scoring
already counted (``D`` is bounded by the similarities times the norm). When
every voting sentence only lowers weights, only the articles the whole text
could lift over the threshold for the smallest new norm are looked up
(``StoryMemory.restricted``), ``D`` included: the vote of any other is 0 (its
similarity cannot rise), as is that of a sentence voting on the bound alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import chain

import numpy as np

from .edits import Edits
from .features import Analyzer, piece_tokens
from .lexical import Counted, LexicalVectorizer
from .memory import StoryMemory
from .reading import Reading

Span = tuple[int, int]


def text_pieces(text: str, spans: Sequence[Span]) -> tuple[list[list[str]], list[int]]:
    """The folded tokens of the gaps and sentences of ``text``, in text order (gap,
    sentence, gap, ..., gap), and the sentences in that order (indices into ``spans``).

    Spans are clipped to the text and to the end of the span before them
    (sorted order), so overlapping spans do not count a token twice.
    """
    order = sorted(range(len(spans)), key=lambda k: spans[k])
    cuts, pos = [0], 0
    for k in order:
        start = min(max(spans[k][0], pos), len(text))
        end = min(max(spans[k][1], start), len(text))
        cuts += [start, end]
        pos = end
    cuts.append(len(text))
    return piece_tokens(text, cuts), order


def sentence_token_ranges(
    analyzer: Analyzer, pieces: Sequence[list[str]], order: Sequence[int]
) -> tuple[list[str], list[Span]]:
    """The content tokens of :func:`text_pieces`, and each sentence's ``[first, last)``
    token range (indexed as the spans were)."""
    tokens: list[str] = []
    ranges: list[Span] = [(0, 0)] * len(order)
    budget = analyzer.max_tokens if analyzer.max_tokens > 0 else -1
    for i, raw in enumerate(pieces):
        if budget >= 0:
            raw, budget = raw[:budget], max(0, budget - len(raw))
        first = len(tokens)
        tokens.extend(analyzer.select(raw))
        if i % 2:
            ranges[order[i // 2]] = (first, len(tokens))
    return tokens, ranges


def _counted(
    vectorizer: LexicalVectorizer,
    reading: Reading,
    pieces: Sequence[list[str]],
    order: Sequence[int],
) -> tuple[Counted, list[Span]]:
    """The features the sentences are left out of, and their token ranges: the reading's
    when the pieces hold its tokens (they do unless a span cuts a word)."""
    whole, at = reading.counted(vectorizer)
    if sum(map(len, pieces)) == len(reading.raw) and list(chain(*pieces)) == reading.raw:
        # Sentence ``order[i]`` is piece 2i + 1: its content tokens are those from its raw ones.
        cuts = np.cumsum([0, *map(len, pieces)])
        first = np.searchsorted(at, cuts[1:-1:2]).tolist()
        last = np.searchsorted(at, cuts[2::2]).tolist()
        ranges: list[Span] = [(0, 0)] * len(order)
        for i, k in enumerate(order):
            ranges[k] = (first[i], last[i])
        return whole, ranges
    tokens, ranges = sentence_token_ranges(vectorizer.analyzer, pieces, order)
    return vectorizer.count(tokens), ranges


# The whole text's cosines times its norm are its dots to a relative error of about
# (terms + 2) * 2**-53 (sums of non-negative terms): under 1e-12 for any article.
# Raised by this factor, they bound them.
SLACK = 1.0 + 1e-9


def left_out_margins(
    lexical: LexicalVectorizer,
    coef: np.ndarray,
    intercept: float,
    memory: StoryMemory | None,
    text: str | Reading,
    spans: Sequence[Span],
) -> np.ndarray:
    """Lexical and memory margins of ``text`` with each sentence left out, shape ``(n, 2)``."""
    if not isinstance(text, Reading) or not text.reads_as(lexical, memory):
        text = Reading(text if isinstance(text, str) else text.text, lexical, memory)
    reading = text
    out = np.zeros((len(spans), 2), dtype=np.float64)
    pieces, order = text_pieces(reading.text, spans)
    counted, ranges = _counted(lexical, reading, pieces, order)
    edits = Edits(lexical, counted, ranges)
    dot = float(np.dot(counted.values, coef[counted.idx]))
    for k, delta in enumerate(edits.dots(coef)):
        norm2 = edits.norm2[k]
        fits = edits.left[k] and norm2 > 0
        out[k, 0] = intercept + ((dot + delta) / math.sqrt(norm2) if fits else 0.0)
    if memory is None or memory.gamma == 0.0:
        return out
    m_counted, m_ranges = _counted(memory.vectorizer, reading, pieces, order)
    m_edits = Edits(memory.vectorizer, m_counted, m_ranges)
    whole = (m_counted.idx, m_counted.values)
    # ``bound`` >= the whole text's dot with each article (its cosine times its norm).
    if m_counted is reading.memory_counts:
        bound = reading.similarities * (math.sqrt(m_counted.norm2) * SLACK)
    else:
        bound = memory.dots(*whole)
    top = float(bound.max()) if len(bound) else 0.0
    nonnegative = memory.nonnegative

    def lowers(k: int) -> bool:
        return nonnegative and not m_edits.raises[k]

    def may_vote(k: int) -> bool:
        # Nothing left to compare (an empty text): no vote. A removal that lowers every
        # weight (unigrams always do) lowers every dot product, so no article it leaves
        # reaches the threshold unless the best whole-text dot over the new norm does
        # (when only the bound does, its vote comes out 0, as if skipped).
        norm2 = m_edits.norm2[k]
        if not m_edits.left[k] or norm2 <= 0:
            return False
        return not lowers(k) or top / math.sqrt(norm2) > memory.start

    voting = [k for k in range(len(spans)) if may_vote(k)]
    if not voting:
        return out
    rows = [m_edits.row(k) for k in voting]
    norms = np.sqrt([m_edits.norm2[k] for k in voting])
    if all(lowers(k) for k in voting):
        # Dots only fall, so an article under the threshold for the smallest norm stays
        # under it for every sentence (its vote is 0): look up the others only.
        docs = np.flatnonzero(bound / norms.min() > memory.start)
        dots = memory.restricted(m_counted.idx, docs).dots_many([whole, *rows])
        sims = (dots[0] + dots[1:]) / norms[:, None]
        out[voting, 1] = memory.gamma * memory.votes(sims, columns=docs)
    else:
        dots = memory.dots_many([whole, *rows])
        sims = (dots[0] + dots[1:]) / norms[:, None]
        out[voting, 1] = memory.gamma * memory.votes(sims)
    return out
