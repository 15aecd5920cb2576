"""Cue finding: the sentences to search, the cues in them, and the checks on a cue's verb.

A cue is a lexicon phrase (``cue_verbs.tsv``: "said", "sources tell", "according
to", "tweeted") outside quotation marks. Sentences are the splitter's, re-joined
where a split cut an outlet name ("E! News") or a quote's "!”" from its cue, and
split again at periods glued to the next word ("told Star magazine.While Jennifer").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import NamedTuple

from ..article import Span
from .kinds import CUE_WINDOW, CueKind, SpeakerClass
from .patterns import AUX_START_RE, cues
from .scope import Scope, broken_line

# A period with no space after it ("told Star magazine.While Jennifer"): scraped text.
_GLUED_PERIOD_RE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]+\b)")
# A closing "!”"/"?”" that the splitter took for a sentence end ("“I Do!” according to").
_EXCLAIM_END_RE = re.compile(r"[!?][”\"’']?\s*$")
NEGATION_RE = re.compile(r"(?i)\b(?:not|never|no\s+longer)\b|n['’]t\b")
# A form of "be" (and an adverb) before a participle: "is said", "was reportedly told",
# "was confirmed".
AUXILIARY = r"(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?"
PASSIVE_RE = re.compile(AUXILIARY + r"(?:said|told|thought|[a-z]+ed)\b")
_PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})
_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "spoke", "spilt", "read", "dished", "went"})
# Cue words that are also parts of names: capitalised, they are the name ("the United
# States", "the State Department"), never the verb.
_NAME_PART_CUES = frozenset({"state", "states"})


class Sentence(NamedTuple):
    """A searched stretch of text; ``number`` is the splitter's (first) sentence index."""

    number: int
    start: int
    end: int


class Cue(NamedTuple):
    match: re.Match[str]
    kind: CueKind


def sentences(scope: Scope) -> list[Sentence]:
    """Sentences re-joined where a split cut an outlet name in two, then un-glued."""
    out: list[Sentence] = []
    text = scope.text
    for sentence in scope.article.sentences:
        start, end = sentence.span.start, sentence.span.end
        if (
            out
            and (
                _cuts_outlet(scope, out[-1].end, start)
                # "…say “I Do!” according to the insider": lower case goes on the sentence.
                or (
                    text[start : start + 1].islower()
                    and _EXCLAIM_END_RE.search(text, out[-1].start, start)
                )
                or broken_line(text, out[-1].end, start)
                or _tag_after_quote(text, out[-1], start, end)
            )
        ):
            out[-1] = Sentence(out[-1].number, out[-1].start, end)
            continue
        out.append(Sentence(sentence.index, start, end))
    return [piece for item in out for piece in _unglue(scope, item)]


# A speech-tag that opens the next "sentence" in the same paragraph: its speaker, its verb
# (a lexicon cue, or any verb in -ed/-s) and at most three words before a stop or comma
# ("“… fail?” Vitter demanded." / "“… right?” Kim told Us Weekly.").
_TAG_RE = re.compile(
    r"(?:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,})"
    r"(?P<rest>(?:\s+[\w’'!.-]+){0,3}?)\s*[.,;:!?]"
)


def _tag_after_quote(text: str, previous: Sentence, start: int, end: int) -> bool:
    """A quotation closing on "?”" or "!”" split from the speech-tag that follows it."""
    if (
        text[previous.end - 1 : previous.end] not in _CLOSING
        or not _EXCLAIM_END_RE.search(text, previous.start, previous.end)
        or "\n" in text[previous.end : start]
    ):
        return False
    m = _TAG_RE.match(text, start, end)
    if m is None:
        return False
    if cues().regex.match(text, m.start("verb")) is not None:
        return True
    verb = m.group("verb")
    return not m.group("rest") and verb.endswith(("ed", "s")) and verb not in _GESTURES


def _cuts_outlet(scope: Scope, prev_end: int, start: int) -> bool:
    """An outlet mention straddles the boundary between two sentences."""
    return any(scope.inside_outlet(pos) for pos in (prev_end, start))


def _unglue(scope: Scope, sentence: Sentence) -> list[Sentence]:
    """Split a sentence at periods with no space after them, outside outlet names."""
    index, start, end = sentence
    pieces: list[Sentence] = []
    for m in _GLUED_PERIOD_RE.finditer(scope.text, start, end):
        if scope.outlet_at(m.start()):
            continue
        pieces.append(Sentence(index, start, m.end()))
        start = m.end()
    pieces.append(Sentence(index, start, end))
    return pieces


# Whatever the verb, right after a quotation that ends in ",", "!" or "?" and its speaker it
# reports the quotation: “…,” he reminisced / “…,” Kyle snaps back / “…,” echoed Heather
# Rassel. Words the lexicon holds are its cues already.
_AFTER_QUOTE_RE = re.compile(
    r"\s+(?:(?:he|she|they|I|we|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]{3,}(?:ed|s)(?:\s+(?:back|on|out|up|in))?)"
    r"|(?P<inverted>[a-z]{3,}ed)\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})"
    r"(?=\s*(?:[.,;!?]|$))"
)
# Gestures after a quotation are not its speech-tag ("“Favorite song?” He pauses.").
_GESTURES = frozenset(
    {"pauses", "paused", "nods", "nodded", "shrugs", "shrugged", "smiles", "smiled"}
    | {"sighs", "sighed", "grins", "grinned", "winks", "winked", "blushes", "blushed"}
)
_WORDS_RE = re.compile(r"[a-z]+(?:\s+(?:back|on|out|up|in)\b)?")
_QUOTE_END_RE = re.compile(r"[,!?…]\s*$")  # a quotation's last mark before its closing one
_TITLE_RE = re.compile(r"(?:[A-Z0-9][\w’'&.-]*\s+)+[A-Z0-9][\w’'&.-]*[,!?…]\s*")  # a song
_CLOSING = "”\"’'"


def _after_quotes(scope: Scope, sentence: Sentence) -> Iterator[Cue]:
    """A verb the lexicon does not hold, in a quotation's speech-tag (:data:`_AFTER_QUOTE_RE`)."""
    text, table = scope.text, cues()
    lo = bisect_left(scope.quotes, sentence.start, key=lambda q: q.end)
    for quote in scope.quotes[lo:]:
        if quote.end > sentence.end:
            break
        if (
            text[quote.end : quote.end + 1] not in _CLOSING
            or not _QUOTE_END_RE.search(text, quote.start, quote.end)
            or _TITLE_RE.fullmatch(text, quote.start, quote.end)
        ):
            continue
        m = _AFTER_QUOTE_RE.match(text, quote.end + 1, sentence.end)
        if m is None:
            continue
        verb = _WORDS_RE.match(text, m.start("verb") if m.group("verb") else m.start("inverted"))
        if (
            verb is not None
            and table.regex.fullmatch(verb.group(0)) is None
            and verb.group(0) not in _GESTURES
        ):
            yield Cue(verb, "speech")


_TITLE_BEFORE_RE = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]* +$")
_TITLE_AFTER_RE = re.compile(r" +[‘'\"“]?[A-Z]")


def find_cues(scope: Scope, sentence: Sentence) -> Iterator[Cue]:
    """The cues in a sentence outside quotation marks and outside the headline line, with
    their kind."""
    table = cues()
    for m in table.regex.finditer(scope.text, sentence.start, sentence.end):
        if scope.quote_at(m.start()) is not None:
            continue
        if m.group(0)[:1].isupper() and m.group(0).lower() in _NAME_PART_CUES:
            continue
        kind = table.kind(m.group(0))
        if m.start() < scope.headline_end and kind != "social_by":
            continue  # the article's headline is not an attribution (an embed's line is)
        if kind not in ("social", "social_by") and title_case(
            scope.text, sentence.start, Span(m.start(), m.end())
        ):
            continue  # a related story's headline ("PHOTOS: Kim Reveals Her …")
        yield Cue(m, kind)
    if sentence.start >= scope.headline_end:
        yield from _after_quotes(scope, sentence)


def around(scope: Scope, sentence: Sentence, cue: Cue) -> Sentence:
    """The part of ``sentence`` within :data:`CUE_WINDOW` of the cue, cut at spaces."""
    start, end = sentence.start, sentence.end
    lo, hi = cue.match.start() - CUE_WINDOW, cue.match.end() + CUE_WINDOW
    if lo > start:
        space = scope.text.find(" ", lo, cue.match.start())
        start = space + 1 if space != -1 else lo
    if hi < end:
        space = scope.text.rfind(" ", cue.match.end(), hi)
        end = space if space != -1 else hi
    return Sentence(sentence.number, start, end)


def agrees(text: str, m: re.Match[str], speaker: Span, cls: SpeakerClass) -> bool:
    """A bare base-form cue ("detail", "claim") needs a plural or pronoun speaker."""
    cue = m.group(0)
    word = cue.split()[0].lower()
    if " " in cue.strip() or word.endswith(("s", "ed", "ing")) or word in _IRREGULAR_PAST:
        return True
    if cls not in ("role", "nominal") or AUX_START_RE.search(text, speaker.end, m.start()):
        return True
    last = text[speaker.start : speaker.end].split()[-1].lower()
    return last in _PLURAL_PRONOUNS or last.endswith("s")


def verb_group(text: str, lo: int, speaker_end: int, cue: Span) -> Span | None:
    """The cue widened over its auxiliaries ("has learned"); None for a negated ("has not
    commented", not "Kim, who never confirmed it, said") or passive cue ("is said to be")."""
    if NEGATION_RE.search(text, max(speaker_end, lo), cue.start):
        return None
    aux = AUX_START_RE.search(text, speaker_end, cue.start)
    if aux is None:
        return cue
    cue = Span(aux.start(), cue.end)
    return None if PASSIVE_RE.search(text, cue.start, cue.end) else cue


def title_case(text: str, s_start: int, cue: Span) -> bool:
    """A capitalised cue between capitalised words ("PHOTOS: Amber Heard Reveals Secrets
    …"): a related story's headline, not prose (", Claims Source" still counts)."""
    if not text[cue.start : cue.start + 1].isupper():
        return False
    return (
        _TITLE_BEFORE_RE.search(text, max(s_start, cue.start - 40), cue.start) is not None
        and _TITLE_AFTER_RE.match(text, cue.end) is not None
    )
