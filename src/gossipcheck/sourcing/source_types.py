"""Typing: the channel an attribution came through, and its public source type.

The channel is a phrase in the sentence ("in a statement", "on Instagram", "in a
new interview with Elle"); with the speaker's class it decides the
``SourceType`` by the guideline in ``eval/sourcing/README.md``: channel first,
then the speaker's identity.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..article import SourceType, Span
from .kinds import Channel, SpeakerClass
from .patterns import channels, contexts
from .scope import Scope

# "Speaking to Extra at the premiere, Hale added", "Chatting with a radio host, she said",
# "Sitting down with Ellen": a leading interview phrase (whoever the interviewer is).
_INTERVIEW_LEAD_RE = re.compile(
    r"(?i)[\s\"“‘']*(?:while\s+|when\s+)?(?:speaking|talking|chatting|sitting\s+down|"
    r"appearing)\s+(?:exclusively\s+)?(?:to|with|on)\s+(?:the\s+)?"
)
# "Asked by Extra whether …, Chen laughed": an interview when an outlet of the table asks.
_ASKED_BY_RE = re.compile(
    r"(?i)[\s\"“‘']*(?:when\s+)?(?:asked|questioned|quizzed|pressed)\s+by\s+(?:the\s+)?"
)
_ANNOUNCE_RE = re.compile(r"(?i)\bannounc(?:e|es|ed|ing)\b")
_SCOOP_RE = re.compile(r"(?i)(?:can|could|is\s+able\s+to)\b")
_SUBORDINATE_RE = re.compile(
    r"(?i)\b(?:after|before|when|while|because|since|although|though|until|once|if|as)\b"
)


# A channel inside reported (unquoted) words still names how they reached the writer, unless
# it is social ("she said she saw it on Instagram" is no post).
_TOPIC_CHANNELS: frozenset[Channel] = frozenset({"interview", "statement"})
_PASSED_ON_RE = re.compile(r"(?<![\w’'-])(?:per|via)\s+(?:(?:the|The)\s+)?")
_WRITTEN_RE = re.compile(r"(?i)(?:wrote|writes|write|writing)")
_TAG_RE = re.compile(r"(?<![\w.])[#@][A-Za-z]\w+")
# A quotation mark, not an apostrophe inside a word ("SiriusXM’s The Howard Stern Show").
_QUOTE_MARK_RE = re.compile(r"[\"“”‘]|’(?![A-Za-z])|(?<![A-Za-z])’")


class Lead(NamedTuple):
    """A leading interview phrase and the outlet it names (None when not in the table)."""

    outlet: str | None


class ChannelFinder:
    """The channel named in a sentence, for one attribution."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.text = scope.text

    def interview_lead(self, s_start: int, cue_start: int) -> Lead | None:
        """An interview phrase opening the sentence before the cue ("Speaking to Extra at
        the premiere, Hale added"), with its outlet when it names one from the table; or
        an outlet of the table asking ("Asked by Extra whether …, Chen laughed")."""
        m = _INTERVIEW_LEAD_RE.match(self.text, s_start, cue_start)
        if m is not None:
            mention = self.scope.outlet_start.get(m.end())
            return Lead(mention.outlet.name if mention is not None else None)
        m = _ASKED_BY_RE.match(self.text, s_start, cue_start)
        mention = None if m is None else self.scope.outlet_start.get(m.end())
        return None if mention is None else Lead(mention.outlet.name)

    def announces(self, cue: Span) -> bool:
        """The cue is an announcement ("announced", "announces"): an official voice; not
        an outlet's scoop idiom ("PEOPLE can exclusively announce")."""
        words = self.text[cue.start : cue.end]
        return _ANNOUNCE_RE.search(words) is not None and not _SCOOP_RE.match(words)

    def context(
        self, lo: int, hi: int, skip: Span | None, speaker: Span | None = None
    ) -> Channel | None:
        """The channel named in ``[lo, hi)``, outside the reported content ``skip`` and
        outside another clause ("She spoke through her rep after Rose suggested …" is not
        Rose's channel): social wins, then the one nearest the start."""
        found: list[Channel] = []
        for table in (contexts(), channels()):
            for m in table.regex.finditer(self.text, lo, hi):
                channel = table.channel(m)
                if channel is None:
                    continue
                if self._own_channel(m.start(), m.end(), skip, speaker) or (
                    channel in _TOPIC_CHANNELS and self._in_topic(m.start(), skip)
                ):
                    found.append(channel)
        if "social" in found:
            return "social"
        return found[0] if found else self._passed_on(lo, hi, skip, speaker)

    def _passed_on(
        self, lo: int, hi: int, skip: Span | None, speaker: Span | None
    ) -> Channel | None:
        """Words passed on by a named outlet ("Ryan said, per E!", "… via Us Weekly"): an
        interview."""
        for m in _PASSED_ON_RE.finditer(self.text, lo, hi):
            if m.end() in self.scope.outlet_start and self._own_channel(
                m.start(), m.end(), skip, speaker
            ):
                return "interview"
        return None

    def _in_topic(self, start: int, skip: Span | None) -> bool:
        """``start`` lies in reported words that are not a quotation ("opened up about the
        split in his interview with GQ", "apologized for it via her publicist")."""
        return (
            skip is not None
            and skip.start <= start < skip.end
            and self.scope.quote_at(start) is None
            and not _QUOTE_MARK_RE.search(self.text, skip.start, start)
        )

    def _own_channel(self, start: int, end: int, skip: Span | None, speaker: Span | None) -> bool:
        if skip is not None and skip.start < start < skip.end:
            return (
                False  # (a content that opens with the channel, "with a tweet saying", is cut wide)
            )
        if speaker is not None and speaker.start <= start and end <= speaker.end:
            return False  # "the “Good Morning America” host": who speaks, not where
        if speaker is None or end > speaker.start:
            return True
        gap = self.text[end : speaker.start]
        return "," in gap or not _SUBORDINATE_RE.search(gap)


def written_post(text: str, cue: str, lo: int, hi: int) -> bool:
    """A "wrote" with no channel of its own, next to a post ("posted a video … and wrote",
    "on her Instagram Stories. … she wrote") or with a hashtag or handle in ``[lo, hi)``."""
    if _WRITTEN_RE.fullmatch(cue) is None:
        return False
    if _TAG_RE.search(text, lo, hi):
        return True
    return any(
        table.channel(m) == "social"
        for table in (contexts(), channels())
        for m in table.regex.finditer(text, lo, hi)
    )


def source_type(cls: SpeakerClass, context: Channel | None) -> SourceType:
    """Channel first, then the speaker's identity (eval/sourcing/README.md guideline)."""
    if context == "social" or cls == "social":
        return "social_media"
    if cls == "anonymous":
        return "anonymous"
    if cls == "org" and context == "document":
        return "interview_or_document"  # "In the lawsuit, Renner claims": the filing's words
    if cls in ("representative", "org") or context == "statement":
        return "representative"
    if cls == "outlet":
        return "outlet"
    if cls == "document" or context in ("interview", "document"):
        return "interview_or_document"
    return "named_person"
