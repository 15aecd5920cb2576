"""Regular expressions for attribution, built once from the lexicon tables.

Kept apart from the extraction logic so that the grammar of a speaker noun
phrase can be read (and tested) on its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicons import compile_phrases, key, phrase_pattern, table, word_list
from .kinds import CHANNELS, CUE_KINDS, SPEAKER_CLASSES, Channel, CueKind, SpeakerClass, checked

# Leading words that are capitalised only because they start a sentence.
NAME_STOPWORDS = frozenset(word_list("name_stopwords"))
DETERMINERS = (
    r"(?:(?i:a|an|the|one|another|two|three|four|five|several|multiple|many|some|other|"
    r"numerous|both|his|her|their|its|our|this|that|these|those|the\s+couple['’]s)|"
    r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s|\d+)"
)
# Words that never start or sit inside a speaker noun phrase's modifiers.
_STOP = (
    r"(?:and|but|or|so|that|which|who|whom|whose|has|have|had|is|are|was|were|be|been|"
    r"will|would|could|should|may|might|can|did|does|do|not|if|when|while|as|than|then|"
    r"it|he|she|they|we|you|i|him|her|them|us|me|to|of|in|on|at|by|with|for|from|"
    r"said|says|told|tells|added|adds|according|also|even|just|reportedly|apparently)"
)


# A modifier: a lower-case word that is not a function word or a cue verb, or a capitalised
# word that does not merely start the sentence ("the Keeping Up With the Kardashians star").
def _mod() -> str:
    verbs = sorted({form.split()[0].lower() for form, _ in table("cue_verbs")}, key=len)
    stop = r"(?:" + _STOP[3:-1] + "|" + "|".join(re.escape(v) for v in reversed(verbs)) + r")"
    capital_stop = "|".join(sorted(NAME_STOPWORDS)) + "|He|She|They|We|You|His|Her|Their"
    return (
        r"(?:(?:(?!"
        + stop
        + r"\b(?![’'-]))[a-z0-9][\w’'-]*|(?!(?:"
        + capital_stop
        + r")\b)[A-Z][\w’'&.-]*)(?:\s+and)?(?:\s+|-))"
    )


_POSSESSIVE_END_RE = re.compile(r"\w(?:['’]s|s['’])$")
_POSSESSIVE_DET_RE = re.compile(r"(?i)(?:his|her|their|its|my|our|your)\b")


def owns_the_cue(phrase: str, cls: SpeakerClass) -> bool:
    """A possessive before a cue word makes it a noun, not a verb with a speaker:
    "North Korea's claims", "her early-morning tweets" (a plain nominal after "her";
    "her rep said" has a speaker noun)."""
    phrase = phrase.rstrip()
    if _POSSESSIVE_END_RE.search(phrase):
        return True
    return cls == "nominal" and _POSSESSIVE_DET_RE.match(phrase) is not None


_POST = (
    # "a source on the set", "an insider on her tour": "on" before a determiner only.
    r"(?:,?\s+(?:close\s+to|closest\s+to|close\s+with|familiar\s+with|near|for|at|from|of|"
    r"on(?=\s+(?:the|her|his|their)\s)|"
    # "a source who asked not to be named", "an insider who did not want to be identified"
    r"(?:who|that)\s+(?:asked|requested|declined|wished|spoke|did\s+not\s+want|didn['’]t\s+want|"
    r"does\s+not\s+want|doesn['’]t\s+want)|"
    r"inside|within|connected\s+(?:to|with)|with\s+(?:knowledge\s+of|ties\s+to|access\s+to)|who\s+(?:knows|know|"
    r"has|have|is|are|was|were)(?:\s+(?:worked|been|spoken|seen))?(?:\s+with)?|in)\s+"
    # The modifier holds no negated verb: "Reps for the streamer did not respond when asked"
    # is a clause, not a speaker.
    r"(?:(?!(?:did|does|do|has|have|had|is|are|was|were)(?:\s+not\b|n['’]t\b))"
    r"[^,;:“”\"!?.()]){1,60}?)"
)
PRONOUN_RE = re.compile(r"(?<![\w’'-])(he|she|they|He|She|They|I|We)\s*$")
NAME_RE = re.compile(
    r"(?<![\w’'-])((?:[A-Z][\w’'.-]*|de|van|von|da|del|la|le|di)(?:\s+(?:[A-Z][\w’'.-]*|de|van|"
    r"von|da|del|la|le|di)){0,3})\s*$"
)
NAME_START_RE = re.compile(r"\s*((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,3})(?![\w’'-])")
PRONOUN_START_RE = re.compile(r"\s*(he|she|they|I|we)(?![\w’'-])")
# Words allowed between a speaker and its cue ("she recently told", "Kim has retweeted").
# Nouns that end like adverbs ("A statement from the family read").
_LY_NOUNS = (
    r"(?!(?:family|ally|rally|belly|bully|jelly|lily|reply|supply|assembly|anomaly|monopoly)\b)"
)
ADVERBS_RE = re.compile(
    r"(?:\s+(?:"
    + _LY_NOUNS
    + r"[a-z]+ly|flat\s+out|also|even|later|then|recently|previously|once|has|had|have|just|"
    r"would|will|first|earlier|further|since|now|already|still|exclusively|EXCLUSIVELY|"
    r"reportedly|allegedly|apparently|all|only|too|ever|once\s+again|again|herself|himself|"
    r"themselves|can|could|did|does|do|is|are|was|were|been|being|be|['’]s|['’]ve|"
    r"yesterday|today|tonight|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:earlier\s+|later\s+)?(?:this|last)\s+(?:week|month|year|weekend|morning|night)))+\s*$"
)
# Auxiliaries that belong to the cue's verb group ("has learned", "is now claiming").
AUX_START_RE = re.compile(
    r"(?<![\w’'-])(?:has|have|had|is|are|was|were|can|could|will|would|did|does|do|['’]s|"
    r"['’]ve)\b[\s\w’'-]*$"
)
GENERIC_NP_RE = re.compile(
    r"(?<![\w’'-])(?:the|The|a|an|A|An|his|her|their|His|Her|Their|its|Its|this|This)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?P<head>[a-z][\w’'-]*)\s*$"
)
RELATIVE_RE = re.compile(r"\s*(?:who|which)\b", re.IGNORECASE)
PARTICIPLE_RE = re.compile(r"\w+ing$")
CLAUSE_BREAK_RE = re.compile(r"[,;:(—–“”\"]")
# A quotation that ends right before the speaker: “…,” she said / “…” — Kim.
QUOTE_BEFORE_RE = re.compile(r"[”\"’']\s*[,.!?—–-]+\s*$|[,.!?—–-]\s*[”\"’']\s*$")
# A tell-verb ending the text searched: its object is who is told, not the speaker or
# the content ("…, telling Stephen Colbert that").
TELL_END_RE = re.compile(r"(?i)(?<![\w’'-])(?:tell|tells|told|telling)$")
OBJECT_PRONOUN_RE = re.compile(r"\s*(?:him|her|me|us|them|reporters|fans|the\s+crowd)\b")
THAT_RE = re.compile(r"\s*(?:[,:]\s*)?(?:that\b)?\s*")
# A descriptor before a named outlet: "the celebrity news site TMZ", "website The Blast".
OUTLET_DESCRIPTOR_RE = re.compile(
    r"(?:(?:the|The)\s+)?(?:[\w’'-]+\s+){0,3}?(?:outlet|site|website|magazine|publication|"
    r"tabloid|newspaper|paper|network|blog)\s+"
)
OUTLET_NOUN_RE = re.compile(
    r"\s*(?:the|this|that)\s+(?:outlet|site|website|magazine|mag|publication|tabloid|"
    r"newspaper|paper|network|report)\b"
)


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue matcher plus the kind of each form (by :func:`~gossipcheck.lexicons.key`)."""

    regex: re.Pattern[str]
    kinds: dict[str, CueKind]

    def kind(self, phrase: str) -> CueKind:
        return self.kinds.get(key(phrase), "speech")


@cache
def cues() -> Cues:
    rows = table("cue_verbs")
    kinds = {key(form): checked(kind, CUE_KINDS, "cue_verbs") for form, kind in rows}
    return Cues(compile_phrases([form for form, _ in rows]), kinds)


@cache
def speaker_nouns() -> dict[str, SpeakerClass]:
    """Speaker nouns ("source", "rep", "magazine") by key, with their class."""
    rows = table("speaker_nouns")
    return {key(noun): checked(cls, SPEAKER_CLASSES, "speaker_nouns") for noun, cls in rows}


def speaker_class(head: str) -> SpeakerClass:
    """The class of a matched speaker noun (the ``head`` group of :func:`noun_phrase_re`)."""
    return speaker_nouns()[key(head)]


def phrase_class(m: re.Match[str]) -> SpeakerClass:
    """The class of a matched speaker phrase: of the longest lexicon noun that ends it, so a
    modifier that makes a compound noun counts ("a police report" is a document, while
    "report" alone is an outlet's)."""
    nouns = speaker_nouns()
    words = m.string[m.start() : m.end("head")].split()
    for size in (3, 2):
        compound = nouns.get(key(" ".join(words[-size:]))) if len(words) >= size else None
        if compound is not None:
            return compound
    return speaker_class(m.group("head"))


def _speaker_np() -> str:
    """Optional determiner, up to six modifiers, then a speaker noun as group ``head``."""
    return (
        r"(?:"
        + DETERMINERS
        + r"\s+)?(?:"
        + _mod()
        + r"){0,6}(?i:(?P<head>"
        + phrase_pattern(speaker_nouns())
        + r"))"
    )


@cache
def noun_phrase_re() -> re.Pattern[str]:
    """A speaker noun phrase ending at the end of the string (``$``)."""
    return re.compile(r"(?<![\w’'-])" + _speaker_np() + _POST + r"?\s*$")


@cache
def shortest_phrase_start_re() -> re.Pattern[str]:
    """The shortest speaker noun phrase at the start of the string, before a lower-case
    word ("The singer addressed the rumors": "The singer", not a phrase run on to
    "rumors")."""
    return re.compile(r"\s*" + _speaker_np().replace("){0,6}", "){0,6}?") + r"(?=\s+[a-z])")


@cache
def noun_phrase_start_re() -> re.Pattern[str]:
    """A speaker noun phrase at the start of the string (after an inverted cue)."""
    return re.compile(r"\s*" + _speaker_np() + r"(?:" + _POST + r"(?=\s*[,.;:!?]|\s*$))?")


# A social "story" is a person's ("on her story", "his Instagram stories"); any other ("its
# story", "according to their story") is a
# publication's piece.
_OWNED_NOUNS = frozenset({"story", "stories"})
_OWNER_RE = re.compile(r"(?i)\b(?:her|his|my|instagram|snapchat|ig|facebook)\s+$")


@dataclass(frozen=True, slots=True)
class Channels:
    """A channel-phrase matcher and the channel of each phrase (by key of ``group``)."""

    regex: re.Pattern[str]
    kinds: dict[str, Channel]
    group: int | str = 0

    def channel(self, m: re.Match[str]) -> Channel | None:
        noun = m.group(self.group)
        if (
            key(noun) in _OWNED_NOUNS
            and noun[:1].islower()
            and not _OWNER_RE.search(m.string, m.start(), m.start(self.group))
        ):
            return None  # "in its story", "the story": an article, not someone's Story
        return self.kinds.get(key(noun))


@cache
def contexts() -> Channels:
    """Fixed channel phrases ("in a statement", "Jimmy Kimmel Live") and their class."""
    rows = table("source_contexts")
    kinds = {key(p): checked(cls, CHANNELS, "source_contexts") for p, cls in rows}
    return Channels(compile_phrases([p for p, _ in rows]), kinds)


@cache
def channels() -> Channels:
    """Prepositional channel phrases: "in a new interview", "via Instagram", "in her memoir"."""
    rows = table("channel_nouns")
    kinds = {key(n): checked(cls, CHANNELS, "channel_nouns") for n, cls in rows}
    regex = re.compile(
        # "with a tweet saying", "with a statement": "with" takes an indefinite article
        # ("with social media" is a topic); "in E! News' latest sneak peek": an outlet's.
        r"(?i:\b(?:(?:in|during|on|via|through|to|from)\s+(?:(?:a|an|the|her|his|their|its|this|"
        r"that|one|my)\s+)?|with\s+(?:a|an)\s+)(?:[\w’‘'&!-]+\s+){0,3}?)(?i:(?P<noun>"
        + phrase_pattern([n for n, _ in rows])
        + r"))"
    )
    return Channels(regex, kinds, "noun")


@cache
def media_objects() -> Channels:
    """A shared object at the start of the match: "a photo", "several snaps", "an essay"."""
    rows = table("media_objects")
    kinds = {key(n): checked(cls, CHANNELS, "media_objects") for n, cls in rows}
    regex = re.compile(
        r"\s*(?i:(?:(?:a|an|the|her|his|their|its|another|several|some|more|new|two|three|"
        r"four|five|\d+|a\s+(?:few|couple\s+of|series\s+of|number\s+of|set\s+of))\s+)?"
        r"(?:[\w’'&-]+\s+){0,3}?)(?i:(?P<noun>"
        + phrase_pattern([n for n, _ in rows])
        + r"))(?![\w’'-])"
    )
    return Channels(regex, kinds, "noun")
