"""A learned attribution-span tagger: BIO tags for SOURCE, CUE and CONTENT over word tokens.

A linear model over a fixed set of feature templates (every token gets exactly one
value per template: the word and its neighbours ±2, suffix, shape, the cue lexicon's
kind, quotation state, sentence position, distance to the nearest lexicon cue), so the
emission scores are one gather and a sum in numpy. Tags are decoded by Viterbi with
the BIO transition table learned from the training data (``O`` -> ``I-X`` never
occurs, so it is never decoded). The weights and vocabularies live in one ``.npz``
(``data/models/attribution-tagger.npz``), built by ``gossipcheck lab train-extractor``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from ..article import Span
from .patterns import cues
from .tokens import spaced, spans_of
from .viterbi import best_path, forward

LABELS = ("O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON")
ROLES = ("SRC", "CUE", "CON")
DEFAULT_PATH = Path(str(files("gossipcheck") / "data" / "models" / "attribution-tagger.npz"))

_TOKEN_RE = re.compile(r"\w+(?:[’'.-]\w+)*|[^\w\s]")
_SPACED_RE = spaced(_TOKEN_RE)
_QUOTE_OPEN = frozenset("“«")
_QUOTE_CLOSE = frozenset("”»")
_QUOTE_BOTH = frozenset('"')
_QUOTE_MARKS = _QUOTE_OPEN | _QUOTE_CLOSE | _QUOTE_BOTH
KINDS = (
    "speech",
    "speech_that",
    "report",
    "according",
    "anonymous",
    "interview",
    "social",
    "social_by",
)
_DIST_BUCKETS = np.array([-12, -6, -3, -2, -1, 0, 1, 2, 3, 6, 12])
_OFFSETS = (-2, -1, 0, 1, 2)
_KIND_VALUE = {k: i + 1 for i, k in enumerate(KINDS)}

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Tokens:
    """Word tokens of one text: character offsets and lower-cased forms."""

    starts: list[int]
    ends: list[int]
    words: list[str]


def tokenize(text: str) -> Tokens:
    return Tokens(*spans_of(_SPACED_RE.findall(text)))


@lru_cache(maxsize=1 << 16)
def _shape(word: str) -> int:
    """0 lower, 1 Capitalised, 2 UPPER, 3 digits, 4 quote, 5 other punctuation, 6 mixed."""
    if word in _QUOTE_OPEN or word in _QUOTE_CLOSE or word in _QUOTE_BOTH:
        return 4
    if word.islower():
        return 0
    if word.isdigit():
        return 3
    if word[:1].isupper():
        return 2 if word.isupper() and len(word) > 1 else 1
    if not word[:1].isalnum():
        return 5
    return 6


def sizes(n_words: int, n_suffixes: int) -> list[int]:
    """The number of values of each feature template, in order."""
    n_kinds = len(KINDS) + 1
    return [
        *([n_words] * len(_OFFSETS)),  # word at -2..2
        n_suffixes,  # suffix of the word
        7,
        7,
        7,  # shape at -1, 0, 1
        n_kinds,
        n_kinds,
        n_kinds,  # lexicon cue kind at -1, 0, 1
        8,  # quote mark kind (none/open/close/both) x inside quotes
        16,  # sentence position (first/second/last/other) x cue before x cue after
        len(_DIST_BUCKETS) + 2,  # signed distance to the nearest lexicon cue (none: last)
        3 * n_words,  # word x (no lexicon cue / a cue before / a cue after it) in its sentence
        n_kinds * 2,  # previous sentence's first lexicon cue kind x this token is first
    ]


def _shift_into(out: IntArray, values: IntArray, offset: int, pad: int) -> None:
    """``out[i] = values[i + offset]``, ``pad`` where that is outside the text."""
    if offset < 0:
        out[:-offset] = pad
        out[-offset:] = values[:offset]
    elif offset > 0:
        out[-offset:] = pad
        out[:-offset] = values[offset:]
    else:
        out[:] = values


def lexicon_kinds(text: str, tokens: Tokens) -> IntArray:
    """Per token, 1 + the index in ``KINDS`` of the lexicon cue covering it, else 0."""
    starts = tokens.starts
    kind = np.zeros(len(tokens.words), dtype=np.int64)
    table = cues()
    for m in table.regex.finditer(text):
        lo = bisect_left(starts, m.start())
        hi = bisect_left(starts, m.end())
        kind[lo:hi] = _KIND_VALUE[table.kind(m.group(0))]
    return kind


def features(
    text: str,
    tokens: Tokens,
    sentence_starts: list[int],
    vocab: dict[str, int],
    suffixes: dict[str, int],
    kind: IntArray | None = None,
) -> IntArray:
    """The (tokens, templates) matrix of global feature indices (``kind``: the lexicon
    kinds, computed when not given)."""
    n = len(tokens.words)
    lower = [w.lower() for w in tokens.words]
    zeros = [0] * n
    word = np.array(list(map(vocab.get, lower, zeros)), dtype=np.int64)
    suffix = np.array(list(map(suffixes.get, [w[-3:] for w in lower], zeros)), dtype=np.int64)
    shape = np.array(list(map(_shape, tokens.words)), dtype=np.int64)
    starts = np.asarray(tokens.starts, dtype=np.int64)
    if kind is None:
        kind = lexicon_kinds(text, tokens)
    # Quotation state: inside after an opening mark until its closing one.
    # Only the marks change the state: the tokens after an opening mark, up to the next
    # mark, are inside.
    qkind = np.zeros(n, dtype=np.int64)
    inside = np.zeros(n, dtype=np.int64)
    open_ = False
    marks = [i for i, w in enumerate(tokens.words) if w in _QUOTE_MARKS]
    for i, nxt in zip(marks, [*marks[1:], n], strict=False):
        w = tokens.words[i]
        if w in _QUOTE_OPEN or (w in _QUOTE_BOTH and not open_):
            qkind[i], open_ = 1, True
            inside[i + 1 : nxt] = 1
        else:
            qkind[i], open_ = 2, False
    # Sentences: index of each token's sentence.
    sent = np.searchsorted(np.asarray(sentence_starts or [0], dtype=np.int64), starts, "right") - 1
    sent = np.maximum(sent, 0)
    first = np.ones(n, dtype=bool)
    first[1:] = sent[1:] != sent[:-1]
    last = np.ones(n, dtype=bool)
    last[:-1] = sent[1:] != sent[:-1]
    second = np.zeros(n, dtype=bool)
    second[1:] = first[:-1] & ~first[1:]
    position = np.where(first, 0, np.where(second, 1, np.where(last, 2, 3)))
    # Lexicon cue before / after each token in its sentence, and the signed distance:
    # the nearest cue in the whole text, kept when it lies in the token's sentence.
    idx = np.arange(n)
    is_cue = kind > 0
    big = n + 1000
    head = np.maximum.accumulate(np.where(first, idx, 0))  # the sentence's first token
    tail = np.minimum.accumulate(np.where(last, idx, n)[::-1])[::-1] + 1  # one past its last
    before = np.maximum.accumulate(np.where(is_cue, idx, -big))
    after = np.minimum.accumulate(np.where(is_cue, idx, 2 * big)[::-1])[::-1]
    cue_before = before >= head
    cue_after = after < tail
    d_b = np.where(cue_before, idx - before, big)
    d_a = np.where(cue_after, after - idx, big)
    dist = np.where(d_b <= d_a, d_b, -d_a)
    n_sent = int(sent.max()) + 1 if n else 0
    first_kind = np.zeros(n_sent + 1, dtype=np.int64)
    cue_at = np.flatnonzero(is_cue)
    cue_sent, first_cue = np.unique(sent[cue_at], return_index=True)
    first_kind[cue_sent + 1] = kind[cue_at[first_cue]]
    bucket = np.where(
        np.abs(dist) >= big, len(_DIST_BUCKETS) + 1, np.searchsorted(_DIST_BUCKETS, -dist)
    )
    side = np.where(cue_before, 1, np.where(cue_after, 2, 0))
    prev_kind = first_kind[sent] * 2 + first
    columns: list[tuple[IntArray, int, int]] = [  # (values, offset, padding)
        *((word, o, 0) for o in _OFFSETS),
        (suffix, 0, 0),
        (shape, -1, 5),
        (shape, 0, 0),
        (shape, 1, 5),
        (kind, -1, 0),
        (kind, 0, 0),
        (kind, 1, 0),
        (qkind * 2 + inside, 0, 0),
        (position * 4 + cue_before * 2 + cue_after, 0, 0),
        (bucket, 0, 0),
        (side * (len(vocab) + 1) + word, 0, 0),
        (prev_kind, 0, 0),
    ]
    matrix: IntArray = np.empty((n, len(columns)), dtype=np.int64)
    for c, (values, offset, pad) in enumerate(columns):
        _shift_into(matrix[:, c], values, offset, pad)
    matrix += _offsets(len(vocab) + 1, len(suffixes) + 1)
    return matrix


@lru_cache(maxsize=8)
def _offsets(n_words: int, n_suffixes: int) -> IntArray:
    """Where each template's values start in the global feature index."""
    offsets: IntArray = np.cumsum([0, *sizes(n_words, n_suffixes)])[:-1]
    return offsets


@dataclass(frozen=True, slots=True)
class TaggedSpan:
    role: str  # SRC, CUE or CON
    span: Span
    first: int  # token index range [first, last)
    last: int


@dataclass(frozen=True, slots=True)
class Tagged:
    """A tagged text: its tokens, the decoded spans and the lexicon cue kind per token."""

    tokens: Tokens
    spans: list[TaggedSpan]
    kinds: IntArray


class Tagger:
    """Loaded weights: emission table, biases, transitions and the vocabularies."""

    def __init__(
        self,
        weights: FloatArray,
        bias: FloatArray,
        transitions: FloatArray,
        start: FloatArray,
        words: list[str],
        suffixes: list[str],
        outside_penalty: float = 0.0,
        cue_words: list[str] | None = None,
    ) -> None:
        self.weights = weights
        self.outside_penalty = outside_penalty  # subtracted from O's log-probability
        self.bias = bias
        self.transitions = transitions
        self.start = start
        self.vocab = {w: i + 1 for i, w in enumerate(words)}
        self.suffixes = {s: i + 1 for i, s in enumerate(suffixes)}
        self.words = words
        self.suffix_list = suffixes
        self.cue_word_list = cue_words or []
        self.cue_words = frozenset(self.cue_word_list)  # learned from PolNeAR train cues

    @classmethod
    def load(cls, path: Path | None = None) -> Tagger:
        with np.load(path or DEFAULT_PATH, allow_pickle=False) as z:
            return cls(
                z["weights"].astype(np.float32),
                z["bias"].astype(np.float32),
                z["transitions"].astype(np.float32),
                z["start"].astype(np.float32),
                z["words"].tolist(),
                z["suffixes"].tolist(),
                float(z["outside_penalty"]),
                z["cue_words"].tolist() if "cue_words" in z.files else None,
            )

    def save(self, path: Path, **meta: int) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=self.bias,
            transitions=self.transitions,
            start=self.start,
            outside_penalty=np.float32(self.outside_penalty),
            words=np.array(self.words),
            suffixes=np.array(self.suffix_list),
            cue_words=np.array(self.cue_word_list, dtype=str),
            **{k: np.array(v) for k, v in meta.items()},  # type: ignore[arg-type]
        )

    def scores(self, matrix: IntArray) -> FloatArray:
        out: FloatArray = np.take(self.weights, matrix, axis=0).sum(axis=1) + self.bias
        return out

    def decode(self, emissions: FloatArray) -> list[int]:
        """Viterbi over log-softmax emissions plus the transition table (:mod:`.viterbi`)."""
        n = len(emissions)
        if n == 0:
            return []
        shifted = emissions - emissions.max(axis=1, keepdims=True)
        logp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        logp[:, 0] -= self.outside_penalty
        scores, back = forward(np.ascontiguousarray(logp), self.start, self.transitions)
        return best_path(back, int(scores[-1].argmax()))

    def learned_cue(self, tokens: Tokens, first: int, last: int) -> bool:
        """A token in [first, last) is a learned cue word (``said``-like in PolNeAR train)."""
        return any(w.lower() in self.cue_words for w in tokens.words[first:last])

    def tag(self, text: str, sentence_starts: list[int]) -> Tagged:
        tokens = tokenize(text)
        kind = lexicon_kinds(text, tokens)
        if not tokens.words:
            return Tagged(tokens, [], kind)
        matrix = features(text, tokens, sentence_starts, self.vocab, self.suffixes, kind)
        labels = self.decode(self.scores(matrix))
        return Tagged(tokens, spans(tokens, labels, text), kind)


_ROLE_OF = np.array([0 if lab == "O" else 1 + ROLES.index(lab[2:]) for lab in LABELS])
_BEGINS = np.array([lab.startswith("B-") for lab in LABELS])


def spans(tokens: Tokens, labels: list[int], text: str = "") -> list[TaggedSpan]:
    """Contiguous B/I runs of each role as character spans; with ``text``, a run is cut
    where a line opens with a quotation mark (a content tagged over into the next
    paragraph's quotation is two contents, each grouped with its own cue)."""
    if not labels:
        return []
    label = np.asarray(labels, dtype=np.int64)
    role = _ROLE_OF[label]  # 0 for O, else 1 + the index in ROLES
    before = np.concatenate([[0], role[:-1]])
    opens = (role != 0) & ((before != role) | _BEGINS[label])  # an I- after O opens a run
    if text:
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        for i in np.flatnonzero((role != 0) & ~opens).tolist():  # a run goes on at i
            w = words[i]
            if (w in _QUOTE_OPEN or w in _QUOTE_BOTH) and "\n" in text[ends[i - 1] : starts[i]]:
                opens[i] = True
    stops = [*np.flatnonzero(opens | (role == 0)).tolist(), len(labels)]
    out: list[TaggedSpan] = []
    for first in np.flatnonzero(opens).tolist():
        last = stops[bisect_right(stops, first)]
        span = Span(tokens.starts[first], tokens.ends[last - 1])
        out.append(TaggedSpan(ROLES[int(role[first]) - 1], span, first, last))
    return out


@cache
def shipped() -> Tagger | None:
    """The packaged tagger, or None when the artifact is absent."""
    return Tagger.load() if DEFAULT_PATH.is_file() else None
