"""The per-sentence form of ``credibility.explain`` (gossipcheck 0.1, stage 1.3.0), kept
as the reference the array form must match bit for bit: each sentence's n-grams built
and counted with a ``Counter``, its TF-IDF edited one sentence at a time."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from gossipcheck.credibility.features import Analyzer, ngrams, raw_tokens
from gossipcheck.credibility.lexical import LexicalVectorizer
from gossipcheck.credibility.memory import StoryMemory

Span = tuple[int, int]


def sentence_token_ranges(
    analyzer: Analyzer, text: str, spans: Sequence[Span]
) -> tuple[list[str], list[Span]]:
    """The text's content tokens, and each sentence's ``[first, last)`` token range.

    Spans are clipped to the text and to the end of the span before them
    (sorted order), so overlapping spans do not count a token twice.
    """
    order = sorted(range(len(spans)), key=lambda k: spans[k])
    tokens: list[str] = []
    ranges: list[Span] = [(0, 0)] * len(spans)
    budget = analyzer.max_tokens if analyzer.max_tokens > 0 else -1
    pos = 0

    def take(segment: str) -> None:
        nonlocal budget
        raw = raw_tokens(segment)
        if budget >= 0:
            raw, budget = raw[:budget], max(0, budget - len(raw))
        tokens.extend(analyzer.select(raw))

    for k in order:
        start = min(max(spans[k][0], pos), len(text))
        end = min(max(spans[k][1], start), len(text))
        take(text[pos:start])
        first = len(tokens)
        take(text[start:end])
        ranges[k] = (first, len(tokens))
        pos = end
    take(text[pos:])
    return tokens, ranges


def count_changes(tokens: Sequence[str], first: int, last: int, n_max: int) -> Counter[str]:
    """Feature-count changes when ``tokens[first:last]`` is left out."""
    change: Counter[str] = Counter()
    if first >= last:
        return change
    lo = max(0, first - n_max + 1)
    hi = min(len(tokens), last + n_max - 1)
    for gram in ngrams(tokens[lo:hi], n_max):
        change[gram] -= 1
    for gram in ngrams([*tokens[lo:first], *tokens[last:hi]], n_max):
        change[gram] += 1
    return Counter({g: c for g, c in change.items() if c})


class _Tfidf:
    """One text's sparse TF-IDF state under a vectoriser, with cheap edits."""

    def __init__(self, vectorizer: LexicalVectorizer, tokens: Sequence[str]) -> None:
        self.vectorizer = vectorizer
        self.counts = Counter(
            i
            for i in (vectorizer.index.get(f) for f in ngrams(tokens, vectorizer.analyzer.n_max))
            if i is not None
        )
        self.idx = np.fromiter(self.counts, dtype=np.int64, count=len(self.counts))
        self.values = self._weights(self.idx, [self.counts[int(i)] for i in self.idx])
        self.norm2 = float(np.dot(self.values, self.values))

    def _weights(self, idx: np.ndarray, counts: Sequence[int]) -> np.ndarray:
        tf = np.fromiter(
            (1.0 + math.log(c) if c > 0 else 0.0 for c in counts), dtype=np.float64, count=len(idx)
        )
        return np.asarray(tf * self.vectorizer.idf[idx], dtype=np.float64)

    def edit(self, grams: Counter[str]) -> tuple[np.ndarray, np.ndarray, float, bool]:
        """(indices, value changes, new squared norm, whether any feature is left)."""
        index = self.vectorizer.index
        changed = {index[g]: d for g, d in grams.items() if g in index}
        idx = np.fromiter(changed, dtype=np.int64, count=len(changed))
        old_counts = [self.counts[int(i)] for i in idx]
        new_counts = [c + changed[int(i)] for c, i in zip(old_counts, idx, strict=True)]
        old = self._weights(idx, old_counts)
        new = self._weights(idx, new_counts)
        gone = sum(1 for c, n in zip(old_counts, new_counts, strict=True) if c > 0 and n <= 0)
        born = sum(1 for c, n in zip(old_counts, new_counts, strict=True) if c <= 0 and n > 0)
        left = len(self.counts) - gone + born > 0
        norm2 = self.norm2 - float(np.dot(old, old)) + float(np.dot(new, new))
        return idx, new - old, norm2, left


def left_out_margins(
    lexical: LexicalVectorizer,
    coef: np.ndarray,
    intercept: float,
    memory: StoryMemory | None,
    text: str,
    spans: Sequence[Span],
) -> np.ndarray:
    """Lexical and memory margins of ``text`` with each sentence left out, shape ``(n, 2)``."""
    out = np.zeros((len(spans), 2), dtype=np.float64)
    tokens, ranges = sentence_token_ranges(lexical.analyzer, text, spans)
    state = _Tfidf(lexical, tokens)
    dot = float(np.dot(state.values, coef[state.idx]))
    n_max = lexical.analyzer.n_max
    for k, (first, last) in enumerate(ranges):
        idx, change, norm2, left = state.edit(count_changes(tokens, first, last, n_max))
        new_dot = dot + float(np.dot(change, coef[idx]))
        out[k, 0] = intercept + (new_dot / math.sqrt(norm2) if left and norm2 > 0 else 0.0)
    if memory is None or memory.gamma == 0.0:
        return out
    m_tokens, m_ranges = sentence_token_ranges(memory.vectorizer.analyzer, text, spans)
    m_state = _Tfidf(memory.vectorizer, m_tokens)
    m_n = memory.vectorizer.analyzer.n_max
    edits = [m_state.edit(count_changes(m_tokens, f, last, m_n)) for f, last in m_ranges]
    dots = memory.dots(m_state.idx, m_state.values)
    top = float(dots.max()) if len(dots) else 0.0
    nonnegative = memory.nonnegative

    def may_vote(change: np.ndarray, norm2: float) -> bool:
        # Nothing left to compare (an empty text): no vote. A removal that lowers every
        # weight (unigrams always do) lowers every dot product, so no article it leaves
        # reaches the threshold unless the best whole-text dot over the new norm does.
        if norm2 <= 0:
            return False
        lowers = nonnegative and not (change > 0).any()
        return not lowers or top / math.sqrt(norm2) > memory.start

    voting = [k for k, (_, ch, n2, left) in enumerate(edits) if left and may_vote(ch, n2)]
    if not voting:
        return out
    changes = memory.dots_many([edits[k][:2] for k in voting])
    norms = np.sqrt([edits[k][2] for k in voting])
    out[voting, 1] = memory.gamma * memory.votes((dots + changes) / norms[:, None])
    return out
