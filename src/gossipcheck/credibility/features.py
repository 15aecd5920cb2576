"""Text normalisation and lexical features shared by training and inference.

Everything the credibility model sees of an article goes through
:func:`content_tokens`, at training time and at run time alike, so the two can
never drift apart. The normalisation is deliberately style-agnostic:

* tokenizer spacing is undone by construction: tokens are maximal runs of
  letters/digits, so ``"six - year - old"`` and ``"six-year-old"``,
  ``"RadarOnline. com"`` and ``"RadarOnline.com"``, ``"girl ’ s"`` and
  ``"girl's"`` give the same tokens;
* text is Unicode-folded (NFKC, accents stripped) and lower-cased;
* numbers collapse to a shape token (``2018`` -> ``0000``);
* function words and a lexicon of tone words (intensifiers, sensational and
  emotional vocabulary) are dropped, so what remains is mostly *who/what* the
  story is about (names, nouns, places, outlets), not *how* it is written;
* only the first ``max_tokens`` tokens are kept, because the benchmark texts
  are ~130-word openings and long articles should be judged on the same part.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import pairwise

_TOKEN = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"[0-9]")


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Function words: carry style (register, voice), not content.
STOPWORDS = _words(
    """
    a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just me more most my myself no nor not now of off on once only
    or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves s t d ll m re ve don didn doesn isn wasn aren weren won wouldn
    couldn shouldn hasn haven hadn ain let lets via per upon yet still even ever never
    always already us ok okay oh yeah
    """
)

# Tone words: the vocabulary a rewrite in another style adds or removes while
# the facts stay the same (sensational, emotional, intensifying). Attribution
# words (source, insider, reportedly, rumor, confirmed, said...) are kept on
# purpose: how a story is sourced is part of its content, and keeping them
# raised ROC-AUC on val and on both directions of our own style-perturbed val.
TONE_WORDS = _words(
    """
    shocking shocked shock stunning stunned stun jaw dropping dropped bombshell explosive
    breaking insane crazy wild epic huge massive major totally absolutely completely utterly
    incredibly incredible unbelievable amazing amazingly awesome fabulous gorgeous stunner
    sizzling steamy sexy hot hottest sultry racy scandal scandalous drama dramatic juicy
    spill spills spilled tea gush gushed gushes gushing dish dished dishes rave raved slam
    slams slammed blast blasts blasted rip ripped claps clapped fuming furious outraged
    outrage heartbroken heartbreaking devastated devastating tragic tearful emotional
    adorable cute sweet sweetest lovely beautiful beloved iconic legendary famous superstar
    star stars celeb celebrity celebs fans fan fanbase buzz buzzing seemingly clearly
    obviously literally really actually simply truly surely certainly definitely undoubtedly
    indeed notably significant significantly notable remarkable remarkably impressive
    tremendous terrific fantastic wonderful brilliant glamorous glam chic stylish fierce
    flaunt flaunts flaunted flaunting showed show shows showing showcase showcased
    showcasing revealed reveal reveals revealing revelation details detail spotted spotting
    spot rocked rocking rocks donned donning sported sporting dazzled dazzling stunned
    glowing radiant wow whoa omg lol yikes ouch oops hey well so much many lot lots things
    thing something anything everything nothing someone anyone everyone nobody somebody
    everybody moment moments time times way ways day days new latest recently recent just
    finally amid despite however although though meanwhile moreover furthermore additionally
    also while whether added adding noted noting explained explaining news story stories
    article read reading click
    """
)

DROP = STOPWORDS | TONE_WORDS


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _drop_combining(match: re.Match[str]) -> str:
    return "" if unicodedata.combining(match.group()) else match.group()


def fold(text: str) -> str:
    """Unicode-fold and lower-case ``text`` (NFKC, accents stripped).

    Only non-ASCII characters can be combining marks, so only they are looked at (the
    text of an English article is nearly all ASCII)."""
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():
        text = _NON_ASCII.sub(_drop_combining, text)
    return unicodedata.normalize("NFKC", text).lower()


def raw_tokens(text: str) -> list[str]:
    """All alphanumeric tokens of ``text`` after folding (spacing-agnostic)."""
    return _TOKEN.findall(fold(text))


# Folding keeps a NUL and lets no character compose across it, and one between two
# pieces of a text never joins two words: fold(a + NUL + b) is fold(a) + NUL + fold(b).
_CUT = "\x00"


def piece_tokens(text: str, cuts: Sequence[int]) -> list[list[str]]:
    """:func:`raw_tokens` of each piece ``text[cuts[i]:cuts[i + 1]]``, folding once."""
    pieces = [text[a:b] for a, b in pairwise(cuts)]
    if _CUT in text:
        return [raw_tokens(piece) for piece in pieces]
    return [_TOKEN.findall(part) for part in fold(_CUT.join(pieces)).split(_CUT)]


def content_tokens(
    text: str,
    max_tokens: int = 0,
    drop: frozenset[str] = DROP,
    keep: frozenset[str] | None = None,
) -> list[str]:
    """The content tokens the model looks at.

    ``max_tokens`` (0 = all) counts raw tokens, so truncation is independent of
    how many function words a style uses. With ``keep``, only those words (and
    numbers) survive: the content-word lexicon learnt at training time.
    """
    return select_tokens(head(raw_tokens(text), max_tokens), drop, keep)


def head(tokens: list[str], max_tokens: int) -> list[str]:
    """The first ``max_tokens`` of ``tokens`` (0 = all)."""
    return tokens[:max_tokens] if max_tokens > 0 else tokens


def select_tokens(
    tokens: Sequence[str], drop: frozenset[str] = DROP, keep: frozenset[str] | None = None
) -> list[str]:
    """The content tokens among already folded raw ``tokens`` (see :func:`content_tokens`)."""
    return select_positions(tokens, drop, keep)[0]


def select_positions(
    tokens: Sequence[str], drop: frozenset[str] = DROP, keep: frozenset[str] | None = None
) -> tuple[list[str], list[int]]:
    """:func:`select_tokens`, and where in ``tokens`` each content token comes from."""
    at = [
        i
        for i, tok in enumerate(tokens)
        if tok not in drop
        and (len(tok) > 1 or tok.isdigit())
        and (keep is None or tok[0].isdigit() or tok in keep)
    ]
    return [_DIGITS.sub("0", t) if t[0].isdigit() else t for t in map(tokens.__getitem__, at)], at


def ngrams(tokens: Sequence[str], n_max: int) -> list[str]:
    """Unigrams to ``n_max``-grams of ``tokens`` (joined by a space)."""
    feats = list(tokens)
    for n in range(2, n_max + 1):
        feats.extend(map(" ".join, zip(*(tokens[i:] for i in range(n)), strict=False)))
    return feats


class Analyzer:
    """Picklable text -> feature-strings function (training and run time).

    ``names``: folded words masked like function words (proper nouns: people,
    outlets, places), so who a story is about is not evidence about it; the
    lexicon is learnt at training time (:mod:`gossipcheck.lab.credibility.names`)
    and stored with the model's analyzer settings.
    """

    def __init__(
        self,
        max_tokens: int = 0,
        n_max: int = 2,
        drop_tone: bool = True,
        keep: frozenset[str] | None = None,
        names: Iterable[str] = (),
    ) -> None:
        self.max_tokens = max_tokens
        self.n_max = n_max
        self.drop_tone = drop_tone
        self.keep = keep
        self.names = frozenset(names)
        self.drop = (DROP if drop_tone else STOPWORDS) | self.names

    @property
    def params(self) -> dict[str, int | bool | list[str]]:
        """JSON-able settings (the ``keep`` lexicon is stored separately)."""
        params: dict[str, int | bool | list[str]] = {
            "max_tokens": self.max_tokens,
            "n_max": self.n_max,
            "drop_tone": self.drop_tone,
        }
        if self.names:
            params["names"] = sorted(self.names)
        return params

    @property
    def selection(self) -> tuple[frozenset[str], frozenset[str] | None, int]:
        """What decides :meth:`tokens_of` (analyzers with equal selections select alike)."""
        return self.drop, self.keep, self.max_tokens

    def share_selection(self, other: Analyzer) -> None:
        """Hold ``other``'s word sets where they equal this one's (one copy in memory, and
        equal selections then compare at once)."""
        if self.drop == other.drop:
            self.drop = other.drop
        if self.keep == other.keep:
            self.keep = other.keep

    def tokens(self, text: str) -> list[str]:
        return content_tokens(text, self.max_tokens, self.drop, self.keep)

    def tokens_of(self, raw: list[str]) -> tuple[list[str], list[int]]:
        """:meth:`tokens` of a text whose :func:`raw_tokens` are ``raw``, and the place in
        ``raw`` of each."""
        return select_positions(head(raw, self.max_tokens), self.drop, self.keep)

    def select(self, raw: Sequence[str]) -> list[str]:
        """Content tokens of already folded raw tokens (no truncation)."""
        return select_tokens(raw, self.drop, self.keep)

    def __call__(self, text: str) -> list[str]:
        return ngrams(self.tokens(text), self.n_max)


def chunk_words(text: str, size: int, max_chunks: int) -> list[str]:
    """Split ``text`` into pieces of ``size`` whitespace words (at most ``max_chunks``).

    Long training articles become several opening-sized examples, like the
    ~130-word benchmark texts; a remainder under ``size // 3`` words joins the
    piece before it.
    """
    words = text.split()
    if size <= 0 or len(words) <= size:
        return [text]
    pieces = [words[i : i + size] for i in range(0, len(words), size)]
    if len(pieces) > 1 and len(pieces[-1]) < size // 3:
        pieces[-2].extend(pieces.pop())
    return [" ".join(p) for p in pieces[:max_chunks]]
