"""Denials and confirmations: the stance of the subject's side toward the story.

An attribution by a representative, a named person (the subject or someone in the
story), their social-media posts and interviews, or anonymous sources close to them
("a friend", "a source close to the couple") carries ``denies`` or ``confirms`` when
its cue or reported content says so by the ``stances.tsv`` lexicon: "A rep for Quinn
told People the reports are 'completely false'" denies; "her rep confirmed the split"
confirms; "flat out denied the rumors" denies. Outlets and plain anonymous sources
carry none (they carry the story, they are not its subject's side).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from ..article import Article, Attribution
from ..lexicons import compile_phrases, key, table

Stance = Literal["denies", "confirms"]

_SIDE_TYPES = frozenset({"representative", "named_person", "social_media", "interview_or_document"})
# Anonymous speakers that belong to the subject's camp.
_CAMP_RE = re.compile(
    r"(?i)\b(?:close\s+to|closest\s+to|friends?|pals?|confidants?|family|relatives?|camp)\b"
)
_NEGATION_RE = re.compile(
    r"(?i)(?:\b(?:not|never|neither|nor|no\s+one|declined\s+to|refused\s+to|wouldn['’]t|"
    r"won['’]t|couldn['’]t|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|yet\s+to)\s+"
    r"(?:\w+\s+){0,2})$"
)
# A speaker inside a time clause ("since she confirmed her pregnancy", "months after they
# announced the split") recalls a past event as background: no stance toward this story.
_BACKGROUND_BEFORE_RE = re.compile(r"(?i)\b(?:since|after|before|ever\s+since|until)\s+$")
BACKGROUND_WINDOW = 20  # characters before the speaker searched for that clause opener
STANCE_WINDOW = 120  # characters after a content-less cue read for a stance ("denied the rumors")


@cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, Stance]]:
    rows = table("stances")
    kinds: dict[str, Stance] = {}
    for phrase, value in rows:
        if value not in ("denies", "confirms"):
            raise ValueError(f"lexicon stances: unknown value {value!r}")
        kinds[key(phrase).rstrip("*")] = "denies" if value == "denies" else "confirms"
    return compile_phrases([p for p, _ in rows], wildcard=True), kinds


def _kind(phrase: str, kinds: dict[str, Stance]) -> Stance | None:
    phrase = key(phrase)
    if phrase in kinds:
        return kinds[phrase]
    # A wildcard entry: the longest entry that starts the phrase.
    for entry in sorted(kinds, key=len, reverse=True):
        if phrase.startswith(entry):
            return kinds[entry]
    return None


def _on_side(attribution: Attribution) -> bool:
    if attribution.source_type in _SIDE_TYPES:
        return True
    return attribution.source_type == "anonymous" and bool(
        _CAMP_RE.search(attribution.speaker_text)
    )


def stance_of(text: str, attribution: Attribution) -> Stance | None:
    """The stance stated in the attribution's cue and content, if any."""
    cue = attribution.cue
    if cue is None or not _on_side(attribution):
        return None
    start = (attribution.speaker or cue).start
    if _BACKGROUND_BEFORE_RE.search(text, max(0, start - BACKGROUND_WINDOW), start):
        return None
    regions = [(cue.start, cue.end)]
    content = attribution.content
    if content is not None:
        regions.append((content.start, content.end))
    else:
        regions.append((cue.end, min(len(text), cue.end + STANCE_WINDOW)))
    regex, kinds = _lexicon()
    found: set[Stance] = set()
    for lo, hi in regions:
        for m in regex.finditer(text, lo, hi):
            if _NEGATION_RE.search(text, max(0, m.start() - 40), m.start()):
                continue
            stance = _kind(m.group(0), kinds)
            if stance is not None:
                found.add(stance)
    if "denies" in found:
        return "denies"
    return "confirms" if found else None


def assign_stances(article: Article) -> None:
    """Set ``stance`` on each attribution of the article."""
    for attribution in article.attributions:
        attribution.stance = stance_of(article.text, attribution)
