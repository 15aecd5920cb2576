"""Direct quotations the rules and the tagger left unattributed, attached to a speech
cue and speaker right next to them: "“…,” she said", "“…,” said Kim", "Kim said: “…”",
and a name after a dash under a quote ("“…” ― Kim Lane"; the dash is the cue).

Only a lexicon speech cue within :data:`GAP` characters of a quotation mark counts, with
nothing but punctuation and the speaker between the mark and the cue; the speaker is the
rule finder's phrase, so its typing is the rules'.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..article import Span
from .cues import NEGATION_RE
from .kinds import Candidate, Found
from .patterns import NAME_STOPWORDS, cues
from .scope import Scope
from .source_types import ChannelFinder
from .speakers import SpeakerFinder

GAP = 40  # characters between a quotation mark and its cue
_KINDS = frozenset({"speech", "speech_that"})
_AFTER_MARK_RE = re.compile(r"[”\"’']?[ \t\xa0,.!?—–-]*")
_DASH_RE = re.compile(r"[”\"][ \t\xa0]*([―—])[ \t\xa0]*")
_BEFORE_MARK_RE = re.compile(r"\s*[:,]?\s*")


def attach_quotes(scope: Scope, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` plus one attribution per unattributed quotation with a cue beside it."""
    taken = [c.content for c in candidates if c.content is not None]
    taken += [c.cue for c in candidates]
    text = scope.text
    sentences = scope.article.sentences
    starts = [s.span.start for s in sentences]
    speakers = SpeakerFinder(scope)
    channels = ChannelFinder(scope)
    added: list[Candidate] = []
    for quote in scope.quotes:
        if any(quote.overlaps(s) or quote.start - 1 <= s.start <= quote.end + 1 for s in taken):
            continue
        index = max(0, bisect_right(starts, quote.start) - 1)
        sentence = sentences[index].span if sentences else Span(0, len(text))
        found = _after(scope, speakers, quote) or _before(scope, speakers, quote, sentence)
        if found is None:
            continue
        cue, speaker = found
        silent = next((c for c in candidates if c.content is None and c.cue.overlaps(cue)), None)
        if silent is not None:  # "“…,” Mr. Hale of the River Trust said": the rules found
            silent.content, silent.content_is_quote = quote, True  # the cue, not its words
            taken.append(quote)
            continue
        if any(cue.overlaps(s) for s in taken):
            continue  # the cue has its own content already ("Fowler said he …")
        if speaker.span.text(text).strip() in NAME_STOPWORDS:
            continue
        context = channels.context(sentence.start, sentence.end, quote, speaker.span)
        number = sentences[index].index if sentences else 0
        added.append(
            Candidate(
                cue,
                "speech",
                speaker.span,
                speaker.cls,
                quote,
                number,
                speaker.outlet,
                context,
                content_is_quote=True,
            )
        )
        taken += [quote, cue]
    return sorted([*candidates, *added], key=lambda c: c.cue.start)


def _speech(scope: Scope, m: re.Match[str] | None) -> bool:
    """A lexicon speech cue, not negated ("did not say")."""
    if m is None or cues().kind(m.group(0)) not in _KINDS:
        return False
    return not NEGATION_RE.search(scope.text, max(0, m.start() - 20), m.start())


def _after(scope: Scope, speakers: SpeakerFinder, quote: Span) -> tuple[Span, Found] | None:
    """“…,” she said / “…,” said Kim (on the same line as the closing mark)."""
    text = scope.text
    mark = _AFTER_MARK_RE.match(text, quote.end)
    pos = mark.end() if mark else quote.end
    if pos == quote.end or text[quote.end] not in "”\"’',.!?":
        return None
    dash = _DASH_RE.match(text, quote.end)
    if dash is not None:  # “…” ― Kim Lane (a byline under a quote)
        line = text.find("\n", dash.end())
        right = speakers.right(dash.end(), line if line != -1 else len(text))
        if right is None or right.cls != "name":
            return None
        return Span(dash.start(1), dash.end(1)), right
    limit = min(len(text), pos + GAP)
    newline = text.find("\n", pos, limit)
    m = cues().regex.search(text, pos, newline if newline != -1 else limit)
    if m is None or not _speech(scope, m):
        return None
    cue = Span(m.start(), m.end())
    if m.start() == pos:  # “…,” said Kim
        right = speakers.right(m.end(), min(len(text), m.end() + GAP + 40))
        return (cue, right) if right is not None else None
    left = speakers.left(pos, m.start())
    if left is None or text[pos : left.span.start].strip():
        return None
    return cue, left


def _before(
    scope: Scope, speakers: SpeakerFinder, quote: Span, sentence: Span
) -> tuple[Span, Found] | None:
    """Kim said: “…” (a colon or comma between the cue and the opening mark)."""
    text = scope.text
    mark = quote.start - 1
    if mark < 0 or text[mark] not in '“"‘':
        return None
    lo = max(sentence.start, mark - GAP)
    found = list(cues().regex.finditer(text, lo, mark))
    m = found[-1] if found else None  # the last cue before the mark
    if m is None or not _BEFORE_MARK_RE.fullmatch(text, m.end(), mark) or not _speech(scope, m):
        return None
    left = speakers.left(sentence.start, m.start())
    return (Span(m.start(), m.end()), left) if left is not None else None
