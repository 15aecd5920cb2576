"""Named entities: the name tagger's PERSON, ORG and GPE merged with the outlet table.

Outlet mentions found by :func:`find_outlets` win over the tagger's guesses, so
"People" in "sources tell People" is an OUTLET, while the tagger
(:mod:`.names`, distilled from spaCy's NER) fills the rest.
"""

from __future__ import annotations

from typing import Literal

from ..article import Entity, Sentence, Span
from ..text import split_sentences
from .names import shipped
from .outlets import OutletMention, find_outlets, lookup_outlet

_LABELS: dict[str, Literal["PERSON", "ORG", "GPE"]] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
}


def find_entities(
    text: str,
    outlets: list[OutletMention] | None = None,
    sentences: list[Sentence] | None = None,
) -> list[Entity]:
    """People, organisations, places and outlets in ``text``, in order, without overlaps."""
    if outlets is None:
        outlets = find_outlets(text)
    entities = [
        Entity(span=m.span, label="OUTLET", text=m.text, canonical=m.outlet.name, stage="sourcing")
        for m in outlets
    ]
    taken = [m.span for m in outlets]
    if sentences is None:
        sentences = split_sentences(text)
    for start, end, tag in shipped().tag(text, sentences, taken):
        label = _LABELS.get(tag)
        if label is None:
            continue
        span = Span(start, end)
        if end <= start or any(span.overlaps(t) for t in taken):
            continue
        surface = text[start:end]
        if label == "ORG":
            outlet = lookup_outlet(surface)
            if outlet is not None and outlet.name != "People":
                entities.append(
                    Entity(span, "OUTLET", surface, canonical=outlet.name, stage="sourcing")
                )
                continue
        entities.append(Entity(span=span, label=label, text=surface, stage="sourcing"))
    entities.sort(key=lambda e: e.span.start)
    return _relabel_name_parts(entities)


def _relabel_name_parts(entities: list[Entity]) -> list[Entity]:
    """A lone "Kardashian" tagged GPE/ORG after "Kim Kardashian" was named is a PERSON."""
    parts: set[str] = set()
    for ent in entities:
        if ent.label == "PERSON":
            words = ent.text.split()
            if len(words) > 1:
                parts.update(words)
            continue
        if ent.label in ("GPE", "ORG") and ent.text in parts:
            ent.label = "PERSON"
    return entities
