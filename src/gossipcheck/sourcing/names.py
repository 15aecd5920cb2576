"""A cheap name tagger: PERSON, ORG and GPE over capitalised word runs.

Only the candidate tokens are tagged: capitalised words ("Kanye", "NBC", "U.S."),
plus the connectors that can sit inside a name ("Bank of America", "the White
House"). Candidates next to each other in one sentence form a region; each
region's tokens get a BIO tag from a linear model over hashed lexical features
(the word, its shape and affixes, the words around it, its place in the region
and the sentence, whether an outlet mention covers it, and how the same word is
written elsewhere in the article). The weights live in one ``.npz``
(``data/models/name-tagger.npz``) distilled from spaCy's NER by
``gossipcheck lab train-names``; at run time this needs numpy only.
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import chain, compress, pairwise
from operator import itemgetter
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from ..article import Sentence, Span
from .tokens import spaced, spans_of

LABELS = ("O", "B-PERSON", "I-PERSON", "B-ORG", "I-ORG", "B-GPE", "I-GPE")
KINDS = ("PERSON", "ORG", "GPE")
DEFAULT_PATH = Path(str(files("gossipcheck") / "data" / "models" / "name-tagger.npz"))
FEATURE_VERSION = 1  # bump when features() changes: a saved model then refuses to load

# A word (a possessive "’s" apart), an initialism ("U.S."), or one punctuation mark.
_TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[-.&]\w+|[’'](?!s\b)\w+)*|[’']s\b|[^\w\s]")
_SPACED_RE = spaced(_TOKEN_RE)
# Lower-case words that may sit inside a name between capitalised words.
_INNER = frozenset(
    ("of", "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "and", "&")
)
_OPEN = frozenset("“‘\"'([")

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Tokens:
    """Word tokens of one text with their sentence index; ``regions`` are the
    candidate runs as token ranges ``[first, last)``."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    sentence: list[int]
    regions: list[tuple[int, int]]


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def tokenize(text: str, sentences: list[Sentence]) -> Tokens:
    """Tokens of ``text`` and the candidate regions within each sentence."""
    starts, ends, words = spans_of(_SPACED_RE.findall(text))
    bounds = np.asarray([s.span.start for s in sentences] or [0])
    sentence = np.searchsorted(bounds, np.asarray(starts, dtype=np.int64), "right") - 1
    sent: list[int] = np.maximum(sentence, 0).tolist()
    regions: list[tuple[int, int]] = []
    n = len(words)
    for i in compress(range(n), map(str.isupper, map(itemgetter(0), words))):
        if regions and i < regions[-1][1]:
            continue
        first = i - 1 if i > 0 and words[i - 1] == "the" and sent[i - 1] == sent[i] else i
        last = i + 1
        while last < n and sent[last] == sent[i]:
            if _is_cap(words[last]):
                last += 1
            elif (
                words[last] in _INNER
                and last + 1 < n
                and _is_cap(words[last + 1])
                and sent[last + 1] == sent[i]
            ):
                last += 2
            else:
                break
        regions.append((first, last))
    return Tokens(starts, ends, words, sent, regions)


_WORD_FEATURES: dict[str, tuple[str, ...]] = {}
_MEMO_LIMIT = 1 << 19  # words kept before the memo is cleared


def _word_features(word: str) -> tuple[str, ...]:
    """The features of a word alone (lower-cased form, shape, affixes), memoised."""
    got = _WORD_FEATURES.get(word)
    if got is None:
        if len(_WORD_FEATURES) > _MEMO_LIMIT:
            _WORD_FEATURES.clear()
        lw = word.lower()
        got = ("w=" + lw, "s=" + _shape(word), "p3=" + lw[:3], "x3=" + lw[-3:], "x2=" + lw[-2:])
        _WORD_FEATURES[word] = got
    return got


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word[:12]:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Doc:
    """Article-wide facts about words: written lower-case somewhere, inside a
    multi-word name somewhere, capitalised away from a sentence start."""

    lower: frozenset[str]
    in_multi: Counter[str]
    mid: Counter[str]


def _doc_facts(tokens: Tokens) -> _Doc:
    words, sent = tokens.words, tokens.sentence
    lower = frozenset(filter(str.islower, words))
    in_multi: Counter[str] = Counter()
    mid: Counter[str] = Counter()
    for first, last in tokens.regions:
        caps = [w for w in words[first:last] if _is_cap(w)]
        if len(caps) > 1:
            in_multi.update(caps)
        mid.update(
            [
                words[j]
                for j in range(max(first, 1), last)
                if sent[j - 1] == sent[j] and words[j - 1] not in _OPEN
            ]
        )
    return _Doc(lower, in_multi, mid)


def _bucket(count: int) -> str:
    return "0" if count == 0 else "1" if count == 1 else "2" if count < 4 else "4"


def _covered(starts: list[int], spans: Iterable[Span]) -> set[int]:
    """The tokens (by index) whose start lies inside one of ``spans``."""
    out: set[int] = set()
    for span in spans:
        out.update(range(bisect_left(starts, span.start), bisect_left(starts, span.end)))
    return out


def token_features(tokens: Tokens, outlet_spans: Iterable[Span] = ()) -> list[list[str]]:
    """Feature strings of each candidate token, region by region, in order."""
    words, sent = tokens.words, tokens.sentence
    doc = _doc_facts(tokens)
    in_multi, mid, lower = doc.in_multi.get, doc.mid.get, doc.lower
    covered = _covered(tokens.starts, outlet_spans)
    out: list[list[str]] = []
    n = len(words)
    for first, last in tokens.regions:
        size = min(last - first, 4)
        head, tail = words[first].lower(), words[last - 1].lower()
        caps = sum(1 for w in words[first:last] if _is_cap(w))
        multi = caps > 1
        rc = f"rc={min(caps, 4)}"
        for j in range(first, last):
            w = words[j]
            lw = w.lower()
            s = sent[j]
            prev = words[j - 1].lower() if j > 0 and sent[j - 1] == s else "<S>"
            prev2 = words[j - 2].lower() if j > 1 and sent[j - 2] == s else "<S>"
            nxt = words[j + 1].lower() if j + 1 < n and sent[j + 1] == s else "</S>"
            nxt2 = words[j + 2].lower() if j + 2 < n and sent[j + 2] == s else "</S>"
            pos = "S" if last - first == 1 else "B" if j == first else "E" if j == last - 1 else "I"
            initial = prev == "<S>" or (prev in _OPEN and prev2 == "<S>")
            feats = [
                "b",
                *_word_features(w),
                f"-1={prev}",
                f"-2={prev2}",
                f"+1={nxt}",
                f"+2={nxt2}",
                f"-1w={prev}|{lw}",
                f"w+1={lw}|{nxt}",
                f"rp={pos}{size}",
                rc,
                f"r0={head}",
                f"rL={tail}",
                f"rLp={tail}|{pos}",
                f"si={initial}",
                f"siw={initial}|{lw}",
                f"dl={lw in lower}|{initial}",
                f"dm={_bucket(in_multi(w, 0) - multi)}|{multi}",
                f"dc={_bucket(mid(w, 0) - (not initial))}",
            ]
            if j in covered:
                feats.append("out")
            out.append(feats)
    return out


_HASHES: dict[int, dict[str, int]] = {}  # bits -> feature string -> bucket
_HASH_LIMIT = 1 << 16  # feature strings kept per table before it is cleared


def hashed(features: list[list[str]], bits: int) -> IntArray:
    """The (tokens, features) matrix of bucket indices (crc32, stable across runs; the
    buckets of the strings seen are memoised, most recur from article to article)."""
    mask = (1 << bits) - 1
    width = max((len(f) for f in features), default=0)
    memo = _HASHES.get(bits)
    if memo is None or len(memo) > _HASH_LIMIT:
        memo = _HASHES[bits] = {"": -1}  # padding: the all-zero row
    pad = [""] * width
    flat = list(chain.from_iterable(f if len(f) == width else f + pad[len(f) :] for f in features))
    codes = list(map(memo.get, flat))
    if not all(codes):  # a string not seen yet (or, rarely, a bucket 0: then no miss)
        crc = zlib.crc32
        for f in set(compress(flat, map(_is_none, codes))):
            memo[f] = crc(f.encode()) & mask
        codes = list(map(memo.get, flat))
    return np.asarray(codes, dtype=np.int64).reshape(len(features), width)


def _is_none(value: object) -> bool:
    return value is None


class NameTagger:
    """Loaded weights: one row of label scores per hashed feature bucket."""

    def __init__(self, weights: FloatArray, bias: FloatArray) -> None:
        self.bits = int(np.log2(len(weights)))
        # float32, with an extra all-zero row for the padding index -1: one copy of the
        # stored float16 table, converted as it is written.
        self.weights: FloatArray = np.empty((len(weights) + 1, len(LABELS)), np.float32)
        self.weights[:-1] = weights
        self.weights[-1] = 0.0
        self.bias = bias

    @classmethod
    def load(cls, path: Path | None = None) -> NameTagger:
        with np.load(path or DEFAULT_PATH, allow_pickle=False) as z:
            if int(z["feature_version"]) != FEATURE_VERSION:
                raise ValueError("name tagger built for other features: rebuild it")
            return cls(z["weights"], z["bias"].astype(np.float32))

    def save(self, path: Path, **meta: int) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            path,
            weights=self.weights[:-1].astype(np.float16),
            bias=self.bias,
            feature_version=np.int64(FEATURE_VERSION),
            **{k: np.int64(v) for k, v in meta.items()},  # type: ignore[arg-type]
        )

    def tag(
        self, text: str, sentences: list[Sentence], outlet_spans: Iterable[Span] = ()
    ) -> list[tuple[int, int, str]]:
        """Names in ``text`` as ``(start, end, label)``, label PERSON, ORG or GPE."""
        tokens = tokenize(text, sentences)
        feats = token_features(tokens, outlet_spans)
        if not feats:
            return []
        scores = np.take(self.weights, hashed(feats, self.bits), axis=0).sum(axis=1) + self.bias
        return decode(tokens, best_paths(tokens, scores))


# Allowed moves between labels: an I-X only after B-X or I-X (rows: from, columns: to).
_BARRED = np.array(
    [[0.0 if not b.startswith("I-") or a[2:] == b[2:] else -1e4 for b in LABELS] for a in LABELS],
    dtype=np.float32,
)
_START = _BARRED[0]  # a region starts as if after O
_ALLOWED: list[list[bool]] = (_BARRED == 0).tolist()


def best_paths(tokens: Tokens, scores: FloatArray) -> list[int]:
    """The best allowed label sequence of each region (Viterbi over log-softmax scores)."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    logp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    best: list[int] = logp.argmax(axis=1).tolist()
    out: list[int] = []
    k = 0
    for first, last in tokens.regions:
        n = last - first
        path = best[k : k + n]
        if _ALLOWED[0][path[0]] and all(_ALLOWED[a][b] for a, b in pairwise(path)):
            out.extend(path)  # the best labels already form an allowed sequence
            k += n
            continue
        back = np.zeros((n, len(LABELS)), dtype=np.int64)
        score = logp[k] + _START
        for t in range(1, n):
            cand = score[:, None] + _BARRED
            back[t] = cand.argmax(axis=0)
            score = cand.max(axis=0) + logp[k + t]
        path = [int(score.argmax())]
        for t in range(n - 1, 0, -1):
            path.append(int(back[t, path[-1]]))
        out.extend(path[::-1])
        k += n
    return out


def decode(tokens: Tokens, labels: list[int]) -> list[tuple[int, int, str]]:
    """Entities from per-candidate label indices (an I- without its B- starts one)."""
    out: list[tuple[int, int, str]] = []
    k = 0
    for first, last in tokens.regions:
        kind: str | None = None
        begin = first
        for j in range(first, last + 1):
            name = LABELS[labels[k]] if j < last else "O"
            k += j < last
            if kind is not None and (name == "O" or name[0] == "B" or name[2:] != kind):
                out.append((tokens.starts[begin], tokens.ends[j - 1], kind))
                kind = None
            if name != "O" and kind is None:
                kind, begin = name[2:], j
    return out


@cache
def shipped() -> NameTagger:
    """The packaged name tagger (cached for the process)."""
    return NameTagger.load()
