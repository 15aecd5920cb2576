"""Checks on every candidate (rule or learned) for wordings that are not attributions, and
the typing of unidentified speakers (issue 10's error classes on unseen articles).

- The writer's own questions are not attributions ("Could she have asked him to leave?",
  "Did Kim tell Kanye that …?"): a sentence that opens with an auxiliary or a wh-word and
  ends in a question mark outside quotation marks.
- Negated acts ("The couple haven't confirmed", "Neither star has announced", "No rep
  has commented"): a speaker that opens with a negative determiner or ends on a negated
  auxiliary.
- A date is not a speaker ("By Saturday revealed", "Monday said"); a date glued before a
  name is dropped from the speaker ("Tuesday Kim said" -> "Kim").
- A cue word used as a modifier ("in a revealing chat", "the shocking claims"), or in an
  anonymity clause ("a source who asked not to be named told …": the cue is "told").
- A kicker in capitals is no speaker ("AMAZING REPORT from Amsterdam reveals …"), nor a
  story acted on ("the story was published") or "Article continues below".
- A greeting or an answer is no reported content ("saying goodbye to", "said yes when he
  proposed", "said “I do”").
- An indefinite description of a person ("a bystander", "one guest", "a Hollywood
  veteran") names nobody: anonymous, never resolved to the last person named.
"""

from __future__ import annotations

import bisect
import re

from ..article import Span
from .kinds import Candidate, Channel, CueKind, SpeakerClass
from .scope import Scope

_QUESTION_OPEN_RE = re.compile(
    r"[\s\"“‘'(]*(?:(?:And|But|So|Or|Yet|Then)\s+)?(?:Could|Would|Should|Can|Will|Did|Does|Do|"
    r"Is|Are|Was|Were|Has|Have|Had|Might|May|Must|Shall|Why|What|How|Who|Whom|Where|When|"
    r"Which|Isn['’]t|Aren['’]t|Wasn['’]t|Didn['’]t|Doesn['’]t|Don['’]t|Hasn['’]t|Haven['’]t|"
    r"Won['’]t|Wouldn['’]t|Couldn['’]t|Can['’]t)\b"
)
_QUESTION_END_RE = re.compile(r"\?[\s\"”’')\]]*$")
_NEGATIVE_OPEN_RE = re.compile(r"(?i)(?:neither|nor|no|none|nobody|no\s+one|not\s+one|not)\b")
_CLAUSE_OPEN_RE = re.compile(r"that\s")
_RELATIVE_RE = re.compile(r"(?i)\b(?:that|who|which)\b")
_NEGATED_END_RE = re.compile(r"(?i)(?:n['’]t|\bnot|\bnever|\bno\s+longer)$")
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATE = (
    _WEEKDAY + r"(?:['’]s)?|January|February|March|April|June|July|August|September|October|"
    r"November|December|Christmas|Thanksgiving|Easter|Tonight|Yesterday|Eve|Morning|Night|Weekend"
)
_DATE_SPEAKER_RE = re.compile(
    r"(?:(?:By|On|Late|Early|Last|This|Next|Since|Until|Then|And|But)\s+)?(?:" + _DATE + r")"
    r"(?:\s+(?:" + _DATE + r"|morning|night|afternoon|evening))*"
)
_DATE_LEAD_RE = re.compile(_WEEKDAY + r"\s+(?=[A-Z])")
# "an interview with Rolling Stone published Wednesday": a participle dating the piece.
_DATED_PIECE_RE = re.compile(r"\s+(?:on\s+|last\s+|this\s+|earlier\s+)?(?:" + _DATE + r")\b")
_DATING_CUES = frozenset({"published", "posted", "released", "aired"})
# "said in a statement that deputies responded": a content clause, not a speaker.
_CLAUSE_TAIL_RE = re.compile(r"(?<![\w’'-])that\s+[a-z][\w’'-]*$")
_DETERMINER_CUE_RE = re.compile(r"(?i)(?:a|an|the|this|that|its|their|his|her)\s")
_DETERMINER_BEFORE_RE = re.compile(r"(?i)(?<![\w’'-])(?:a|an|the)\s+$")
_INDEFINITE_RE = re.compile(
    r"(?i:a|an|one|another|some|several|two|three|four|five|many|multiple|numerous)\s+"
)
_LOWER_RE = re.compile(r"[a-z]")
# Agent nouns (people by what they do), less things that end alike.
_AGENT_RE = re.compile(
    r"(?!(?:letter|paper|number|poster|trailer|flyer|cover|order|water|border|corner|center|"
    r"chapter|computer|sticker|banner|folder|chamber|matter|monitor|factor|sector|error|"
    r"mirror|motor|tractor|elevator|indicator|calendar|dollar|pillar|collar)s?$)"
    r"[a-z][\w’'-]*(?:er|or|ist|ian|ant|ent|ee|man|woman|men|women|people|person|folks)s?"
)
# A publication's piece speaks ("the article read", "according to their story") but is
# not a speaker when it is acted on ("the story was published", "an article posted by
# her") or a page's furniture ("Article continues below").
_PIECE_RE = re.compile(
    r"(?i)(?<![\w’'-])(?:story|stories|article|articles)(?:\s+(?:for|in|from|by|on|of|about)\b.*)?$"
)
_BARE_PIECE_RE = re.compile(r"(?:Story|Stories|Article|Articles)$")
_PASSIVE_CUE_RE = re.compile(r"(?i)(?:was|were|is|are|be|been|being)\b")
_BY_AFTER_RE = re.compile(r"\s+by\b")
# A kicker in capitals ("AMAZING REPORT from Amsterdam reveals", "SHOCKING NEW CLAIMS"):
# two capitalised words of three letters or more with no outlet named.
_CAPS_WORD_RE = re.compile(r"(?<![\w’'-])[A-Z]{3,}(?![\w’'-])")
# The cue of an anonymity clause ("who asked not to be named") is the speaker's phrase.
_ANONYMITY_AFTER_RE = re.compile(
    r"\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+remain\s+anonymous|"
    r"(?:on\s+(?:the\s+)?condition\s+of\s+)?anonymity)\b"
)
_VERB_KINDS: frozenset[CueKind] = frozenset({"speech", "speech_that"})
# A greeting or an answer as the cue's object ("saying goodbye to one of its co-hosts",
# "said yes when he proposed", "said “I do”"): an act, not words reported.
# A "yes" before a comma is the word spoken ("said yes, yes, yes, over and over").
_FAREWELL_RE = re.compile(
    r"\s+(?:(?:goodbye|good-bye|farewell|hello|thanks|thank\s+you|[“\"]I\s+do[,.!]?[”\"])"
    r"(?:\s+(?:to|when|as|after|at|in|on|and|for)\b|[,.;!]|$)"
    r"|(?:yes|no)(?:\s+(?:to|when|as|after|at|in|on|and|for)\b|[.;!]|$))"
)


def refine(scope: Scope, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` without the non-attributions above, unidentified speakers anonymous."""
    text = scope.text
    starts = [s.span.start for s in scope.article.sentences]
    out: list[Candidate] = []
    for cand in candidates:
        if (
            _question(scope, starts, cand.cue)
            or (cand.cue_kind in _VERB_KINDS and _modifier_cue(text, cand.cue))
            or _ANONYMITY_AFTER_RE.match(text, cand.cue.end)
            or _dating(text, cand.cue)
            or _FAREWELL_RE.match(text, cand.cue.end)
        ):
            continue
        if cand.speaker is not None:
            speaker = _undated(text, cand.speaker)
            if (
                speaker is None
                or _negated(text, speaker)
                or _CLAUSE_OPEN_RE.match(text, speaker.start)
                or _CLAUSE_TAIL_RE.search(text, speaker.start, speaker.end)
            ):
                continue  # "confirmed to TMZ [that officers] responded": a clause, not a speaker
            if (
                cand.outlet is None
                and len(_CAPS_WORD_RE.findall(text, speaker.start, speaker.end)) > 1
            ):
                continue
            if _PIECE_RE.search(text, speaker.start, speaker.end) and _misread_piece(
                text, speaker, cand.cue
            ):
                continue
            cand.speaker = speaker
            if _indefinite(text, speaker, cand.speaker_class, cand.context):
                cand.speaker_class = "anonymous"
        out.append(cand)
    return out


def _question(scope: Scope, starts: list[int], cue: Span) -> bool:
    """The cue stands in the writer's question (not a quoted one)."""
    sentences = scope.article.sentences
    i = bisect.bisect_right(starts, cue.start) - 1
    if i < 0 or scope.quote_at(cue.start) is not None:
        return False
    span = sentences[i].span
    end = _QUESTION_END_RE.search(scope.text, span.start, span.end)
    if end is None or scope.quote_at(end.start()) is not None:
        return False
    return _QUESTION_OPEN_RE.match(scope.text, span.start, cue.start) is not None


def _dating(text: str, cue: Span) -> bool:
    """A participle that dates a piece ("an interview with GQ published Wednesday")."""
    return (
        text[cue.start : cue.end].lower() in _DATING_CUES
        and _DATED_PIECE_RE.match(text, cue.end) is not None
    )


def _modifier_cue(text: str, cue: Span) -> bool:
    """A cue word used as a noun or its modifier: "a revealing chat", "the shocking claims",
    "denied the claims"."""
    words = text[cue.start : cue.end]
    if _DETERMINER_CUE_RE.match(words):
        return True
    # "a revealing chat", "denied the claims": a determiner right before an -ing or -s form
    return words.endswith(("ing", "s")) and bool(
        _DETERMINER_BEFORE_RE.search(text, max(0, cue.start - 6), cue.start)
    )


def _indefinite(text: str, speaker: Span, cls: SpeakerClass, context: Channel | None) -> bool:
    """An indefinite description of people: a plural role ("several stars"), or a phrase with no
    lexicon noun whose last word is an agent noun ("one questioner", "a narrator", "a former
    committee chairman"; not "a new poll" or "One Direction"), with no channel ("an
    email" sent to an outlet is a document)."""
    if cls not in ("role", "name", "nominal") or (cls != "role" and context is not None):
        return False
    m = _INDEFINITE_RE.match(text, speaker.start, speaker.end)
    if m is None:
        return False
    if cls == "role":  # "several stars", "some celebrities"; "a reporter" stays a person
        return text[speaker.start : speaker.end].endswith("s")
    last = text[speaker.start : speaker.end].split()[-1]
    return bool(_LOWER_RE.match(last)) and _AGENT_RE.fullmatch(last) is not None


def _misread_piece(text: str, speaker: Span, cue: Span) -> bool:
    """The piece is acted on ("was published"; "was told by X" names X) or page furniture;
    "an article posted …" is a reduced relative, not the article speaking."""
    return bool(
        _BARE_PIECE_RE.fullmatch(text, speaker.start, speaker.end)
        or (
            _PASSIVE_CUE_RE.match(text, cue.start, cue.end)
            and not _BY_AFTER_RE.match(text, cue.end)
        )
        or (
            _INDEFINITE_RE.match(text, speaker.start, speaker.end)
            and text[cue.start : cue.end].endswith("ed")
        )
    )


def _negated(text: str, speaker: Span) -> bool:
    """A negative determiner opens the speaker, or it ends on a negated auxiliary that is
    not in a relative clause ("a history that isn't told" is not the couple's denial)."""
    words = text[speaker.start : speaker.end]
    if _NEGATIVE_OPEN_RE.match(words):
        return True
    return bool(_NEGATED_END_RE.search(words)) and _RELATIVE_RE.search(words) is None


def _undated(text: str, speaker: Span) -> Span | None:
    """The speaker without a leading date; None when it is only a date."""
    if _DATE_SPEAKER_RE.fullmatch(text, speaker.start, speaker.end):
        return None
    lead = _DATE_LEAD_RE.match(text, speaker.start, speaker.end)
    return speaker if lead is None else Span(lead.end(), speaker.end)
