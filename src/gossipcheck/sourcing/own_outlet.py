"""The article's own outlet, from marks in its text, when no URL or page names it.

An outlet writes itself into its stories in ways a site that copies them does not (the
guideline in ``eval/sourcing/README.md``, "Neither list"): its house style for its own
exclusives ("a source tells HollywoodLife.com EXCLUSIVELY"), its readers' name
("HollywoodLifers"), its tip line or gallery ("Email us at tips@radaronline.com", "Click
through RadarOnline.com's gallery"), its dateline or byline ("(AP) —", "CNN —", "The
Associated Press contributed to this report"), a fact-checker's own voice ("Gossip Cop
can reveal", "As Gossip Cop previously noted", "told Gossip Cop exclusively") and
first-person sourcing beside the one outlet that sources speak to ("Law enforcement
sources tell TMZ … We're told": TMZ's own story). The outlet so marked is the article's
own: never a link of its reporting chain, never a cited outlet. An outlet named with no
such mark ("RadarOnline.com can reveal!" alone) stays a relay, since a reader cannot tell
it from a site that copied it.
"""

from __future__ import annotations

import re
from collections import Counter

from .chain import fact_checkers
from .outlets import OutletMention, lookup_outlet

# An all-capitals EXCLUSIVELY beside the outlet, in the same clause (house style).
_EXCLUSIVE_AFTER_RE = re.compile(r"^[ \t]*(?:\.com)?[ \t]*,?[ \t]*EXCLUSIVELY\b")
_EXCLUSIVE_BEFORE_RE = re.compile(r"\bEXCLUSIVELY[ \t]+(?:(?:told|tells|to|with)[ \t]+)?$")
_WINDOW = 30
# Its readers addressed by name: "HollywoodLifers, what do you think?"
_READERS_RE = re.compile(r"\b([A-Z][A-Za-z]+)(?:ers|rs)\b")
# Its tip line or its own gallery.
_TIPS_RE = re.compile(r"(?i)\b(?:tips?|news|editor)@((?:[a-z0-9-]+\.)+[a-z]{2,})\b")
_GALLERY_RE = re.compile(r"(?i)\b(?:click|scroll)\s+(?:through|down\s+to\s+see)\s+$")
# A fact-checker speaking as itself.
_VOICE_AFTER_RE = re.compile(
    r"\s+(?:can\s+(?:exclusively\s+)?(?:reveal|confirm|correct|debunk)|"
    r"(?:has|had)\s+(?:learned|confirmed|debunked)|previously\s+(?:noted|reported|debunked|"
    r"corrected)|exclusively\b)"
)
_AS_BEFORE_RE = re.compile(r"(?i)\bas\s+$")
# First-person sourcing ("We're told", "a source tells us", "our insider") and the outlet
# sources speak to or that "has learned" the story.
_FIRST_PERSON_RE = re.compile(
    r"(?i)(?<![\w’'-])(?:we['’]re\s+told|we\s+are\s+told|we\s+were\s+told|we['’]ve\s+learned|"
    r"(?:tell|tells|told)\s+(?-i:us)\b|our\s+(?:source|insider|spy|tipster)s?)"
)
_SOURCES_TELL_RE = re.compile(
    r"(?i)\b(?:sources?|insiders?|pals?|friends?)(?:\s+[\w’'-]+){0,5}?\s+(?:tell|tells|told)\s+"
    r"(?:the\s+)?$"
)
_LEARNED_AFTER_RE = re.compile(r"(?i)\s+(?:has|have)\s+(?:\w+\s+)?learned\b")
# Datelines and bylines of wire services and networks.
_DATELINE_RE = re.compile(
    r"(?m)(?:^|[A-Z][A-Za-z .,'-]{1,40})\((AP|UPI|Reuters|AFP)\)\s*(?:[-—–]{1,2}|:)"
    r"|^(CNN|CBS News|NBC News|ABC News)\s*[-—–]{1,2}\s"
    r"|\bThe (Associated Press) contributed\b"
)


def own_outlet(text: str, mentions: list[OutletMention]) -> str | None:
    """The canonical name of the outlet the text marks as its writer, else None (the most
    often marked when several are)."""
    marks: Counter[str] = Counter()
    for mention in mentions:
        start, end = mention.span.start, mention.span.end
        after = text[end : end + _WINDOW]
        before = text[max(0, start - _WINDOW) : start]
        exclusive = _EXCLUSIVE_AFTER_RE.match(after) or _EXCLUSIVE_BEFORE_RE.search(before)
        gallery = text.startswith("'s gallery", end) and _GALLERY_RE.search(before)
        if exclusive or gallery:
            marks[mention.outlet.name] += 1
    for m in _READERS_RE.finditer(text):
        outlet = lookup_outlet(m.group(1))
        if outlet is not None and m.group(1) in (outlet.name, *outlet.aliases):
            marks[outlet.name] += 1
    for m in _TIPS_RE.finditer(text):
        outlet = lookup_outlet(m.group(1))
        if outlet is not None:
            marks[outlet.name] += 1
    for m in _DATELINE_RE.finditer(text):
        outlet = lookup_outlet(next(g for g in m.groups() if g))
        if outlet is not None:
            marks[outlet.name] += 1
    checkers = fact_checkers()
    for mention in mentions:
        start, end = mention.span.start, mention.span.end
        if mention.outlet.name in checkers and (
            _VOICE_AFTER_RE.match(text, end) or _AS_BEFORE_RE.search(text, max(0, start - 4), start)
        ):
            marks[mention.outlet.name] += 1
    if not marks and _FIRST_PERSON_RE.search(text):
        told = {
            m.outlet.name
            for m in mentions
            if _SOURCES_TELL_RE.search(text, max(0, m.span.start - 80), m.span.start)
            or _LEARNED_AFTER_RE.match(text, m.span.end)
        }
        if len(told) == 1:
            return told.pop()
    return marks.most_common(1)[0][0] if marks else None
