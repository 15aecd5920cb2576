"""Speaker resolution and source typing.

Pronouns ("she told") resolve to the last person named before them; definite
nominals resolve by their class: "the source" / "the insider" to the last
anonymous speaker (whose outlet they inherit), "the site" / "the magazine" to
the last outlet, "the singer" / "the couple" to the last person. The antecedent
text goes into ``Attribution.resolved_from``.
"""

from __future__ import annotations

import re

from ..article import Attribution, Entity
from .kinds import Candidate, SpeakerClass
from .source_types import source_type

_DEFINITE_RE = re.compile(r"^(?:the|this|that|these|those)\b", re.IGNORECASE)


def _last_entity(entities: list[Entity], pos: int, labels: tuple[str, ...]) -> Entity | None:
    best = None
    for ent in entities:
        if ent.span.start >= pos:
            break
        if ent.label in labels:
            best = ent
    return best


def _longest_form(entities: list[Entity], ent: Entity) -> str:
    """The usual full form of a person ("Kim Kardashian West" for "Kim")."""
    counts: dict[str, int] = {}
    for other in entities:
        if other.label != "PERSON":
            continue
        if (
            ent.text in other.text.split()
            or ent.text == other.text
            or (ent.text.split()[-1:] == other.text.split()[-1:])
        ):
            counts[other.text] = counts.get(other.text, 0) + 1
    multi = {k: v for k, v in counts.items() if len(k.split()) > 1}
    if not multi:
        return ent.text
    return max(multi, key=lambda k: (multi[k], -len(k)))


def _recent_subject(
    entities: list[Entity], starts: list[int], index: int, pos: int
) -> Entity | None:
    """The subject (first person named) of the nearest sentence, this one first, that names
    a person outside quotation marks; ``entities`` must not hold names inside quotes."""
    people = [e for e in entities if e.label == "PERSON" and e.span.start < pos]
    for i in range(index, max(-1, index - 6), -1):
        start = starts[i]
        end = starts[i + 1] if i + 1 < len(starts) else pos
        for ent in people:
            if start <= ent.span.start < min(end, pos):
                return ent
    return people[-1] if people else None


def _continuing_speaker(found: list[Attribution], index: int) -> str | None:
    """A pronoun right after a person's quote ("…,” she added) continues that speaker."""
    if not found:
        return None
    prev = found[-1]
    if index - prev.sentence_index > 2 or prev.source_type in ("anonymous", "outlet"):
        return None
    if prev.resolved_from:
        return prev.resolved_from
    if (
        prev.speaker_text
        and prev.speaker_text[:1].isupper()
        and prev.speaker_text.lower() not in ("he", "she", "they", "i", "we")
    ):
        return prev.speaker_text
    return None


def resolve(
    text: str,
    candidates: list[Candidate],
    entities: list[Entity],
    sentence_starts: list[int],
) -> list[Attribution]:
    """Turn candidates into typed attributions, resolving pronoun and nominal speakers."""
    out: list[Attribution] = []
    for cand in candidates:
        speaker = cand.speaker
        speaker_text = speaker.text(text) if speaker else ""
        cls: SpeakerClass = cand.speaker_class
        outlet = cand.outlet
        resolved_from: str | None = None
        pos = speaker.start if speaker else cand.cue.start
        definite = bool(_DEFINITE_RE.match(speaker_text))
        if cls == "pronoun":
            if speaker_text.lower() == "they":
                prev = _last_anonymous(out, plural_ok=True)
                if prev is not None and cand.sentence_index - prev.sentence_index <= 3:
                    resolved_from, cls = prev.speaker_text, "anonymous"
                    outlet = outlet or prev.outlet
            if cls == "pronoun":
                resolved_from = _continuing_speaker(out, cand.sentence_index)
                if resolved_from is None:
                    ent = _recent_subject(entities, sentence_starts, cand.sentence_index, pos)
                    if ent is not None:
                        resolved_from = _longest_form(entities, ent)
        elif cls == "anonymous" and definite:
            prev = _last_anonymous(out, plural_ok=True)
            if prev is not None:
                resolved_from = prev.speaker_text
                outlet = outlet or prev.outlet
        elif cls == "outlet" and definite and outlet is None:
            ent = _last_entity(entities, pos, ("OUTLET",))
            if ent is not None:
                resolved_from, outlet = ent.text, ent.canonical
        elif cls == "role" and definite:
            ent = _recent_subject(entities, sentence_starts, cand.sentence_index, pos)
            if ent is not None:
                resolved_from = _longest_form(entities, ent)
        out.append(
            Attribution(
                speaker=speaker,
                speaker_text=speaker_text,
                source_type=source_type(cls, cand.context),
                cue=cand.cue,
                cue_text=cand.cue.text(text),
                content=cand.content,
                sentence_index=cand.sentence_index,
                outlet=outlet,
                resolved_from=resolved_from,
            )
        )
    return out


def _last_anonymous(found: list[Attribution], *, plural_ok: bool) -> Attribution | None:
    for attribution in reversed(found):
        if attribution.source_type == "anonymous":
            return attribution
    return None
