"""Speaker resolution and source typing.

Pronouns ("she told") resolve to the last person named before them; definite
nominals resolve by their class: "the source" / "the insider" to the last
anonymous speaker (whose outlet they inherit), "the site" / "the magazine" to
the last outlet, "the singer" / "the couple" to the last person. The antecedent
text goes into ``Attribution.resolved_from``.
"""

from __future__ import annotations

import bisect
import re

from ..article import Attribution, Entity
from .gender import Gender, genders, pronoun_gender
from .kinds import Candidate, SpeakerClass
from .roles import is_representative, representative_names
from .source_types import source_type, written_post

_PERSON_CLASSES = frozenset({"name", "pronoun", "role"})
_DEFINITE_RE = re.compile(r"^(?:the|this|that|these|those)\b", re.IGNORECASE)
# "their report": a publication's piece refers back to the last outlet like "the site".
_OUTLET_REF_RE = re.compile(r"^(?:its|their)\b", re.IGNORECASE)


class _Mentions:
    """People and outlets named outside quotes, indexed once per article (by offset, and
    people's names by word) so each lookup is a bisection, not a scan of the article."""

    def __init__(self, entities: list[Entity]) -> None:
        ordered = sorted(entities, key=lambda e: e.span.start)
        self.people = [e for e in ordered if e.label == "PERSON"]
        self.people_starts = [e.span.start for e in self.people]
        self.outlets = [e for e in ordered if e.label == "OUTLET"]
        self.outlet_starts = [e.span.start for e in self.outlets]
        self.counts: dict[str, int] = {}  # name -> mentions, in order of first mention
        self.by_word: dict[str, set[str]] = {}
        self.by_last: dict[tuple[str, ...], set[str]] = {}
        for person in self.people:
            name = person.text
            self.counts[name] = self.counts.get(name, 0) + 1
            for word in name.split():
                self.by_word.setdefault(word, set()).add(name)
            self.by_last.setdefault(tuple(name.split()[-1:]), set()).add(name)
        self.rank = {name: i for i, name in enumerate(self.counts)}
        self.genders: dict[str, Gender] = {}
        self.forms: dict[str, str] = {}  # a person's text -> their usual full name

    def gender_people(self, text: str, sentence_starts: list[int]) -> None:
        """Record the gender the text shows for each person (see :mod:`.gender`)."""
        self.forms = {p.text: self.longest_form(p) for p in self.people}
        self.genders = genders(text, self.people, sentence_starts, self.longest_form)

    def last_outlet(self, pos: int) -> Entity | None:
        i = bisect.bisect_left(self.outlet_starts, pos)
        return self.outlets[i - 1] if i else None

    def longest_form(self, ent: Entity) -> str:
        """The usual full form of a person ("Kim Kardashian West" for "Kim")."""
        text = ent.text
        names = self.by_word.get(text, set()) | self.by_last.get(tuple(text.split()[-1:]), set())
        if text in self.counts:
            names.add(text)
        multi = sorted((n for n in names if len(n.split()) > 1), key=self.rank.__getitem__)
        if not multi:
            return text
        return max(multi, key=lambda k: (self.counts[k], -len(k)))

    def agrees(self, ent: Entity, gender: Gender | None) -> bool:
        """The person may be called by a pronoun of ``gender`` (unknown agrees with all)."""
        return self.name_agrees(ent.text, gender)

    def name_agrees(self, name: str, gender: Gender | None) -> bool:
        known = self.genders.get(self.forms.get(name, name))
        return gender is None or known is None or known == gender

    def recent_subject(
        self, starts: list[int], index: int, pos: int, gender: Gender | None = None
    ) -> Entity | None:
        """The subject (first person named, of the pronoun's gender where the text shows
        one) of the nearest sentence, this one first, that names such a person outside
        quotation marks."""
        before = bisect.bisect_left(self.people_starts, pos)
        for i in range(index, max(-1, index - 6), -1):
            start = starts[i]
            end = min(starts[i + 1] if i + 1 < len(starts) else pos, pos)
            j = bisect.bisect_left(self.people_starts, start, 0, before)
            while j < before and self.people_starts[j] < end:
                if self.agrees(self.people[j], gender):
                    return self.people[j]
                j += 1
        for j in range(before - 1, max(-1, before - 20), -1):
            if self.agrees(self.people[j], gender):
                return self.people[j]
        return None

    def topic(self, text: str, start: int, pos: int, gender: Gender | None) -> Entity | None:
        """The person a sentence fronts as its topic before a pronoun ("As for Kanye, he
        tweeted"): that person, not the last speaker, is who the pronoun means."""
        m = _TOPIC_RE.match(text, start, pos)
        if m is None:
            return None
        j = bisect.bisect_left(self.people_starts, m.start(1))
        if j < len(self.people) and self.people[j].span.end <= m.end(1):
            person = self.people[j]
            return person if self.agrees(person, gender) else None
        return None


# "As for Kanye, he ...", "When it comes to Kim, she ...": a fronted person, then a comma.
_TOPIC_RE = re.compile(
    r"\s*(?:As for|As to|When it comes to|Speaking of|And)\s+([^,;:.!?]{2,60}?),\s",
    re.IGNORECASE,
)


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
    mentions = _Mentions(entities)
    mentions.gender_people(text, sentence_starts)
    representatives = representative_names(text)
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
                gender = pronoun_gender(speaker_text)
                index = cand.sentence_index
                start = sentence_starts[index] if index < len(sentence_starts) else 0
                ent = mentions.topic(text, start, pos, gender)
                if ent is None:
                    resolved_from = _continuing_speaker(out, index)
                    if resolved_from is not None and not mentions.name_agrees(
                        resolved_from, gender
                    ):
                        resolved_from = None  # "he" does not continue Kim's quote
                    if resolved_from is None:
                        ent = mentions.recent_subject(sentence_starts, index, pos, gender)
                if ent is not None:
                    resolved_from = mentions.longest_form(ent)
        elif cls == "anonymous" and definite:
            prev = _last_anonymous(out, plural_ok=True)
            if prev is not None:
                resolved_from = prev.speaker_text
                outlet = outlet or prev.outlet
        elif (
            cls == "outlet" and outlet is None and (definite or _OUTLET_REF_RE.match(speaker_text))
        ):
            ent = mentions.last_outlet(pos)
            if ent is not None:
                resolved_from, outlet = ent.text, ent.canonical
        elif cls == "role" and definite:
            ent = mentions.recent_subject(sentence_starts, cand.sentence_index, pos)
            if ent is not None:
                resolved_from = mentions.longest_form(ent)
        if cls in _PERSON_CLASSES and is_representative(
            resolved_from or speaker_text, representatives
        ):
            cls = "representative"  # "Tran's manager York" … "York continues"
        context = cand.context
        if context is None:
            index = cand.sentence_index
            lo = sentence_starts[index - 1] if 0 < index <= len(sentence_starts) else 0
            hi = max(cand.cue.end, cand.content.end if cand.content else 0)
            if written_post(text, cand.cue.text(text), lo, hi):
                context = "social"  # the post the previous sentence shows
        out.append(
            Attribution(
                speaker=speaker,
                speaker_text=speaker_text,
                source_type=source_type(cls, context),
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
