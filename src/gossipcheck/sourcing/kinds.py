"""The vocabulary of attribution finding: cue kinds, speaker classes, channels, windows.

The lexicon tables (``cue_verbs.tsv``, ``speaker_nouns.tsv``, ``source_contexts.tsv``,
``channel_nouns.tsv``) give each entry one of these names; :func:`checked` refuses a
table value that is not one, so a typo in a table fails at load, not silently.
An attribution is first a :class:`Candidate` (speaker class and channel as found);
:mod:`.source_types` turns the pair into the public ``SourceType``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple, TypeVar, get_args

from ..article import Span

CueKind = Literal[
    "speech",  # anyone says, tells, claims
    "speech_that",  # only with a that-clause, a quote or a colon ("shared that …")
    "report",  # only an outlet or a document speaks ("reports", "has learned")
    "according",  # the speaker follows the cue ("according to X", "per X")
    "anonymous",  # an impersonal cue with no speaker ("We're told")
    "interview",  # speaking to an outlet or on a show ("told Ellen", "in an interview")
    "social",  # a social-media post ("tweeted", "captioned")
    "social_by",  # the poster follows ("A post shared by X")
]
SpeakerClass = Literal[
    "outlet",  # a named outlet or "the site"
    "anonymous",  # "a source", "insiders"
    "representative",  # "her rep", "a spokesperson"
    "document",  # "court papers", "the report"
    "social",  # "a post", "her caption"
    "role",  # "the singer", "her mother"
    "nominal",  # any other definite noun phrase ("the zoo"); never resolved
    "pronoun",  # he, she, they, I, we
    "name",  # a capitalised name
    "org",  # a name the entity recogniser calls an organisation
]
Channel = Literal["social", "interview", "document", "statement"]

CUE_KINDS: tuple[CueKind, ...] = get_args(CueKind)
SPEAKER_CLASSES: tuple[SpeakerClass, ...] = get_args(SpeakerClass)
CHANNELS: tuple[Channel, ...] = get_args(Channel)

# Classes that identify a source by themselves: a bare participle or a that-less cue
# after one of these still attributes ("a source saying", "her rep added").
STRONG_CLASSES: frozenset[SpeakerClass] = frozenset(
    {"anonymous", "representative", "outlet", "document", "social", "org"}
)
# "…, says a source": an inverted cue after a comma takes these speakers only.
INVERTED_CLASSES: frozenset[SpeakerClass] = frozenset(
    {"anonymous", "representative", "outlet", "name"}
)
# Speakers an "according to X" attribution may have.
ACCORDING_CLASSES: frozenset[SpeakerClass] = frozenset(
    {"outlet", "anonymous", "representative", "document", "name", "org", "social"}
)

# Character windows (measured in characters of article text).
# How far around its cue an attribution is looked for (speaker, content, channel): the
# whole sentence when it is shorter, so the cost per cue is bounded and a long one-sentence
# text costs time linear in its length, not quadratic.
CUE_WINDOW = 1000
SPEAKER_WINDOW = 160  # how far back a speaker noun phrase may start before its cue
TITLE_WINDOW = 80  # a title or relation before a name ("spokesman Mlenga Mvula")
TOLD_OBJECT_WINDOW = 30  # "confirmed the split to People": the cue's object, then "to"
OUTLET_NEAR_WINDOW = 80  # an interview's outlet, from the cue ("said in her cover story for Elle")
OUTLET_AFTER_WINDOW = 60  # an outlet soon after "according to" ("… version of OK! magazine")
OUTLET_TAIL_WINDOW = 40  # an outlet inside an "according to" speaker's phrase
INTERVIEW_MERGE_GAP = 40  # an interview phrase this close after a speech cue qualifies it
CHANNEL_CLAUSE_WINDOW = 48  # characters from the cue to a channel phrase before "that"
CHANNEL_CLAUSE_WORDS = 2  # words between the cue and that channel phrase ("vented frustration")
PIECE_LEAD_WINDOW = 20  # "in an …" before an outlet's piece ("In an OK! exclusive")

_T = TypeVar("_T", bound=str)


def checked(value: str, allowed: tuple[_T, ...], table: str) -> _T:
    """``value`` as one of ``allowed``; a lexicon error otherwise."""
    for name in allowed:
        if value == name:
            return name
    raise ValueError(f"lexicon {table}: unknown value {value!r} (expected one of {allowed})")


class Found(NamedTuple):
    """A speaker phrase, its class and the outlet named in or by it."""

    span: Span
    cls: SpeakerClass
    outlet: str | None


@dataclass(slots=True)
class Candidate:
    """An attribution before speaker resolution and typing."""

    cue: Span
    cue_kind: CueKind
    speaker: Span | None
    speaker_class: SpeakerClass
    content: Span | None
    sentence_index: int
    outlet: str | None = None  # the speaker's outlet, or the outlet it spoke to
    context: Channel | None = None  # the channel named nearby ("in a statement")
    content_is_quote: bool = False
