"""Who said what: cue, speaker and content spans for direct and indirect speech.

Rule-based and parser-free (fast): a cue (``said``, ``sources tell``,
``according to``, ``tweeted``) is found by the lexicon; the speaker is the noun
phrase before it (or after it, for "…,” said Kim" and "according to X"); the
content is the adjacent quotation, the that-clause after the cue, or the clause
before it ("Kim is pregnant, a source told Us Weekly"). Pronoun and nominal
speakers are resolved afterwards by :mod:`.coreference`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Span
from .outlets import OutletMention
from .patterns import (
    AUX_START_RE,
    NAME_START_RE,
    OBJECT_PRONOUN_RE,
    OUTLET_DESCRIPTOR_RE,
    OUTLET_NOUN_RE,
    PARTICIPLE_RE,
    PRONOUN_START_RE,
    QUOTE_BEFORE_RE,
    THAT_RE,
    channels,
    contexts,
    cues,
)
from .quotes import quote_at
from .speakers import STRONG_CLASSES, Found, SpeakerFinder

_TRAIL_PUNCT = " \t\n,.;:!?—–-"
# "…, says a source": an inverted cue after a comma takes these speakers only.
_SUBORDINATE_RE = re.compile(
    r"(?i)\b(?:after|before|when|while|because|since|although|though|until|once|if|as)\b"
)
# The object of a content-less denial or response ("flat out denied the rumors").
_RUMOUR_OBJECT_RE = re.compile(
    r"\s*(?:(?:the|these|those|such|all|any|her|his|their)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:rumou?rs?|reports?|claims?|allegations?|accusations?|speculation|gossip)\b"
)
_PIECE_BEFORE_RE = re.compile(r"(?i)\b(?:in|per|from)\s+(?:an?|the)\s+(?:new\s+)?$")
_PIECE_AFTER_RE = re.compile(r"\s+(?:exclusive|report|story|article|cover\s+story)\b")
_CONJUNCTION_RE = re.compile(r"(?:and|but|or|so|yet)\b")
_AND_BEFORE_RE = re.compile(r"(?<![\w’'-])and(?:\s+(?:then|later|also|[a-z]+ly))?\s*$")
_COMMA_BEFORE_RE = re.compile(r",\s*$")
_INVERTED_CLASSES = frozenset({"anonymous", "representative", "outlet", "name"})
# "a source that said", "sources who have claimed": the relative pronoun (and auxiliaries).
_RELATIVE_GAP_RE = re.compile(
    r"\s+(?:who|that)(?:\s+(?:has|have|had|also|later|recently|reportedly|then))*\s*$"
)
# A period with no space after it ("told Star magazine.While Jennifer"): scraped text.
_GLUED_PERIOD_RE = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z]+\b)")
# A closing "!”"/"?”" that the splitter took for a sentence end ("“I Do!” according to").
_EXCLAIM_END_RE = re.compile(r"[!?][”\"’]?\s*$")
_SUBORDINATOR_RE = re.compile(r"(?i)\s+(?:while|when|during|as|after|before|in|like)$")
_NEGATION_RE = re.compile(r"(?i)\b(?:not|never|no\s+longer)\b|n['’]t\b")
_PASSIVE_RE = re.compile(
    r"(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?:said|told|reported|believed|rumou?red|"
    r"thought|claimed|described|asked)\b"
)


@dataclass(slots=True)
class Candidate:
    """An attribution before speaker resolution and typing."""

    cue: Span
    cue_kind: str
    speaker: Span | None
    # outlet | anonymous | representative | document | social | role | nominal | pronoun |
    # name | org
    speaker_class: str
    content: Span | None
    sentence_index: int
    outlet: str | None = None  # the speaker's outlet, or the outlet it spoke to
    context: str | None = None  # social | interview | document | statement, from nearby phrases
    content_is_quote: bool = False


def _strip_span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in _TRAIL_PUNCT + '“"':
        start += 1
    while end > start and text[end - 1] in _TRAIL_PUNCT:
        end -= 1
    if end - start < 3:
        return None
    return Span(start, end)


def _words(text: str, span: Span | None) -> int:
    return 0 if span is None else len(text[span.start : span.end].split())


class AttributionFinder(SpeakerFinder):
    """Finds attribution candidates in one article (one instance per article)."""

    def _recipient(self, pos: int, limit: int) -> tuple[int, str | None]:
        """Skip "People" / "the site" / "her" after told-like cues; return (pos, outlet)."""
        text = self.text
        probe = pos
        while probe < limit and text[probe] == " ":
            probe += 1
        if text.startswith(("to ", "with "), probe):
            skip = probe + (3 if text.startswith("to ", probe) else 5)
            if skip in self._outlet_start or text.startswith(("the ", "The "), skip):
                probe = skip
        mention = self._outlet_start.get(probe)
        if mention is None and text.startswith(("the ", "The "), probe):
            mention = self._outlet_start.get(probe + 4)
        if mention is None:
            described = OUTLET_DESCRIPTOR_RE.match(text, probe, limit)
            if described is not None:
                mention = self._outlet_start.get(described.end())
        if mention is not None:
            return mention.span.end, mention.outlet.name
        m = OUTLET_NOUN_RE.match(text, pos, limit)
        if m:
            return m.end(), self._previous_outlet(pos)
        m = OBJECT_PRONOUN_RE.match(text, pos, limit)
        if m:
            return m.end(), None
        return pos, None

    def _outlet_soon_after(self, pos: int, limit: int) -> OutletMention | None:
        """The first outlet named within a few words after ``pos``, before any comma."""
        stop = min(limit, pos + 60)
        comma = self.text.find(",", pos, stop)
        stop = comma if comma != -1 else stop
        for mention in self.outlets:
            if pos <= mention.span.start < stop:
                return mention
        return None

    def _outlet_near(self, cue: Span, lo: int, hi: int, skip: Span | None) -> str | None:
        """The outlet an interview was given to ("said in her cover story for Elle")."""
        best: tuple[int, str] | None = None
        for mention in self.outlets:
            span = mention.span
            if not lo <= span.start < hi or (skip is not None and skip.overlaps(span)):
                continue
            distance = abs(span.start - cue.end)
            if distance <= 80 and (best is None or distance < best[0]):
                best = (distance, mention.outlet.name)
        return best[1] if best else None

    def _org_after(self, pos: int, cue_end: int) -> bool:
        """A named organisation right after a told-like cue ("told Vogue Arabia")."""
        gap = self.text[cue_end : cue_end + 6]
        probe = cue_end + len(gap) - len(gap.lstrip(" "))
        if self.text.startswith(("to ", "with "), probe):
            probe += 3 if self.text.startswith("to ", probe) else 5
        return any(o.start == probe for o in self.orgs)

    def _previous_outlet(self, pos: int) -> str | None:
        name = None
        for mention in self.outlets:
            if mention.span.start >= pos:
                break
            name = mention.outlet.name
        return name

    def _content_after(self, pos: int, sent_end: int) -> tuple[Span | None, bool, bool]:
        """(content, is_quote, explicit) for the material after the cue."""
        text = self.text
        channel = self._channel_at(pos, sent_end)
        if channel is not None:
            pos = channel
        m = THAT_RE.match(text, pos, sent_end)
        after = m.end() if m else pos
        explicit = bool(m and (m.group(0).strip()))
        probe = after
        while probe < sent_end and text[probe] in ' "“\n':
            probe += 1
        quote = quote_at(self.quotes, probe)
        if quote is not None and quote.start - after <= 3:
            return quote, True, True
        if probe >= sent_end:
            # "The source added:" with the quote in the next sentence or paragraph.
            nxt = probe
            while nxt < len(text) and text[nxt] in ' \n"“':
                nxt += 1
            quote = quote_at(self.quotes, nxt)
            if quote is not None and text[pos:sent_end].rstrip().endswith(":"):
                return quote, True, True
        span = _strip_span(text, after, sent_end)
        if span is None or _words(text, span) < 3 or _CONJUNCTION_RE.match(text, span.start):
            return None, False, explicit  # "TMZ reported and multiple outlets confirmed"
        return span, False, explicit

    def _channel_at(self, pos: int, limit: int) -> int | None:
        """End of a channel phrase ("on Instagram", "in a statement") right at ``pos``."""
        probe = pos
        while probe < limit and self.text[probe] == " ":
            probe += 1
        m = contexts()[0].match(self.text, probe, limit) or channels()[0].match(
            self.text, probe, limit
        )
        return m.end() if m else None

    def _content_before(self, lo: int, speaker_start: int) -> tuple[Span | None, bool]:
        text = self.text
        before = text[lo:speaker_start]
        if QUOTE_BEFORE_RE.search(before):
            idx = len(before.rstrip(_TRAIL_PUNCT + '”"’'))
            quote = quote_at(self.quotes, lo + max(idx - 1, 0))
            if quote is not None:
                return quote, True
        if not before.rstrip().endswith(","):
            return None, False
        span = _strip_span(text, lo, speaker_start)
        if span is None or _words(text, span) < 3:
            return None, False
        return span, False

    def _context(
        self, lo: int, hi: int, skip: Span | None, speaker: Span | None = None
    ) -> str | None:
        """The channel named in the sentence, outside the reported content and outside
        another clause ("She spoke through her rep after Rose suggested …" is not Rose's
        channel): social wins, then the one nearest the start."""
        found: list[str] = []
        regex, kinds = contexts()
        for m in regex.finditer(self.text, lo, hi):
            if self._own_channel(m.start(), m.end(), skip, speaker):
                found.append(kinds.get(" ".join(m.group(0).lower().split()), ""))
        regex, kinds = channels()
        for m in regex.finditer(self.text, lo, hi):
            if self._own_channel(m.start(), m.end(), skip, speaker):
                found.append(kinds.get(" ".join(m.group("noun").lower().split()), ""))
        found = [f for f in found if f]
        if "social" in found:
            return "social"
        return found[0] if found else None

    def _own_channel(self, start: int, end: int, skip: Span | None, speaker: Span | None) -> bool:
        if skip is not None and skip.start <= start < skip.end:
            return False
        if speaker is None or end > speaker.start:
            return True
        gap = self.text[end : speaker.start]
        return "," in gap or not _SUBORDINATE_RE.search(gap)

    def _sentences(self) -> list[tuple[int, int, int]]:
        """(index, start, end) of each sentence, re-joined where a split cut an outlet name
        ("E! News") in two; the index is the first sentence's."""
        out: list[tuple[int, int, int]] = []
        text = self.text
        for sentence in self.article.sentences:
            start, end = sentence.span.start, sentence.span.end
            if (
                out
                and (
                    any(
                        m.span.start < out[-1][2] < m.span.end or m.span.start < start < m.span.end
                        for m in self.outlets
                        if m.span.start < start and m.span.end > out[-1][2] - 1
                    )
                    # "…say “I Do!” according to the insider": lower case goes on the sentence.
                    or (
                        text[start : start + 1].islower()
                        and _EXCLAIM_END_RE.search(text, out[-1][1], start)
                    )
                )
            ):
                out[-1] = (out[-1][0], out[-1][1], end)
                continue
            out.append((sentence.index, start, end))
        return [piece for item in out for piece in self._unglue(*item)]

    def _unglue(self, index: int, start: int, end: int) -> list[tuple[int, int, int]]:
        """Split a sentence at periods with no space after them, outside outlet names."""
        pieces: list[tuple[int, int, int]] = []
        for m in _GLUED_PERIOD_RE.finditer(self.text, start, end):
            if any(o.span.start <= m.start() < o.span.end for o in self.outlets):
                continue
            pieces.append((index, start, m.end()))
            start = m.end()
        pieces.append((index, start, end))
        return pieces

    def find(self) -> list[Candidate]:
        found: list[Candidate] = []
        regex = cues().regex
        kinds = cues().kinds
        text = self.text
        for index, s_start, s_end in self._sentences():
            for m in regex.finditer(text, s_start, s_end):
                if quote_at(self.quotes, m.start()) is not None:
                    continue
                kind = kinds.get(" ".join(m.group(0).lower().split()), "speech")
                cand = self._candidate(m, kind, index, s_start, s_end, found)
                if cand is not None:
                    found.append(cand)
        return _dedupe(found)

    def _candidate(
        self,
        m: re.Match[str],
        kind: str,
        index: int,
        s_start: int,
        s_end: int,
        previous: list[Candidate],
    ) -> Candidate | None:
        text = self.text
        cue = Span(m.start(), m.end())
        if kind == "according":
            return self._according(cue, index, s_start, s_end)
        if kind == "anonymous":  # "We're told …"
            content, is_quote, _ = self._content_after(cue.end, s_end)
            return Candidate(cue, kind, None, "anonymous", content, index, None, None, is_quote)
        if kind == "social_by":  # "A post shared by Kim (@kimk) on …"
            found = self._speaker_right(cue.end, s_end)
            if found is None:
                return None
            return Candidate(cue, kind, found[0], found[1], None, index, found[2], "social")
        lo = self._clause_start(s_start, cue.start)
        found = self._speaker_left(lo, cue.start)
        if found is None:
            found = self._speaker_across_commas(s_start, lo, cue.start)
        if found is None:
            found = self._speaker_before_relative(lo, cue.start)
        inverted = False
        if found is None and QUOTE_BEFORE_RE.search(text[s_start : cue.start]):
            found = self._speaker_right(cue.end, s_end)
            inverted = found is not None
        if found is None and _COMMA_BEFORE_RE.search(text, s_start, cue.start):
            # "Kim is pregnant, says a source close to the family"; "…, Claims Source".
            right = self._speaker_right(cue.end, s_end)
            if right is not None and right[1] in _INVERTED_CLASSES:
                found, inverted = right, True
        shared = False
        if found is None and PARTICIPLE_RE.search(m.group(0)) and previous:
            prior = previous[-1]
            if prior.sentence_index == index and prior.speaker is not None:
                found = (prior.speaker, prior.speaker_class, prior.outlet)
                shared = True
        if found is None:
            found = self._coordinated_subject(s_start, cue.start)
        if found is None and kind == "interview":
            after_recipient, _ = self._recipient(cue.end, s_end)
            m_after = PRONOUN_START_RE.match(text, after_recipient, s_end)
            if m_after:
                found = (Span(m_after.start(1), m_after.end(1)), "pronoun", None)
            else:
                found = self._nearest_person(s_start, cue.start)
        if found is None:
            return None
        speaker, cls, outlet = found
        if kind == "report" and cls not in ("outlet", "document"):
            return None
        if (
            kind in ("speech", "speech_that")
            and not shared
            and cls not in STRONG_CLASSES
            and m.group(0).endswith("ing")
            and not AUX_START_RE.search(text, speaker.end, m.start())
        ):
            return None  # "the best writing from films": a participle needs "is" or a comma
        if not inverted and not shared and not _agrees(text, m, speaker, cls):
            return None  # "the mere mention of", "a claim"
        if cls == "name" and _words(text, speaker) > 4:
            return None  # a headline fragment ("Kim Kardashian Stands By Kanye")
        if not inverted and speaker.end <= cue.start:
            if _NEGATION_RE.search(text, max(speaker.end, lo), cue.start):
                return None  # "has not commented" (not "Kim, who never confirmed it, said")
            aux = AUX_START_RE.search(text, speaker.end, cue.start)
            if aux is not None:
                cue = Span(aux.start(), cue.end)
                if _PASSIVE_RE.match(text, cue.start, cue.end):
                    return None  # "is said to be", "was told by"
        after = max(cue.end, speaker.end) if inverted else cue.end
        after, recipient = self._recipient(after, s_end)
        if recipient and outlet is None:
            outlet = recipient
        content, is_quote, explicit = self._content_after(after, s_end)
        rumour = content is None and _RUMOUR_OBJECT_RE.match(text, after, s_end) is not None
        before, before_quote = (
            (None, False)
            if shared or rumour  # "Setting the record straight, Munn denied the rumors"
            else self._content_before(s_start, min(speaker.start, cue.start))
        )
        if before is not None and (before_quote or content is None):
            content, is_quote, explicit = before, before_quote, True
        if content is None and m.group(0).lower().endswith("as saying"):
            # "“…,” okmagazine.com quoted a source as saying": the quote before the clause.
            earlier = [q for q in self.quotes if s_start <= q.end <= speaker.start]
            if earlier:
                content, is_quote = earlier[-1], True
        weak = cls not in STRONG_CLASSES
        if kind == "speech_that" and weak and not (explicit or is_quote):
            return None
        if kind == "interview" and not (explicit or is_quote):
            content = _clause_before(text, lo, cue.start) or _clause_before(
                text, s_start, cue.start
            )
        if content is None and kind == "speech" and weak and not recipient and not rumour:
            return None  # a content-less act only with a rumour object ("denied the rumors")
        context = self._context(s_start, s_end, content, speaker)
        if kind in ("social", "interview"):
            context = kind
        elif shared and previous[-1].context:
            context = previous[-1].context
        elif context is None and (recipient or self._org_after(after, cue.end)):
            context = "interview"
        if outlet is None and context in ("interview", "document"):
            outlet = self._outlet_near(cue, s_start, s_end, content)
        if outlet is None and cls == "anonymous":
            outlet = self._exclusive_outlet(s_start, s_end)
        return Candidate(cue, kind, speaker, cls, content, index, outlet, context, is_quote)

    def _exclusive_outlet(self, s_start: int, s_end: int) -> str | None:
        """The outlet whose piece the sentence's sources speak in: "In an OK! exclusive,
        sources reveal …", "in a new Us Weekly report"."""
        for mention in self.outlets:
            span = mention.span
            if not s_start <= span.start < s_end:
                continue
            lead = _PIECE_BEFORE_RE.search(self.text, max(s_start, span.start - 20), span.start)
            if lead and _PIECE_AFTER_RE.match(self.text, span.end, s_end):
                return mention.outlet.name
        return None

    def _coordinated_subject(self, s_start: int, cue_start: int) -> Found | None:
        """The subject of a coordinated predicate: "She got engaged in January, and told
        Good Morning America …", "Ferguson grabbed her … and said" (a person only)."""
        if not _AND_BEFORE_RE.search(self.text, s_start, cue_start):
            return None
        probe = s_start
        while probe < cue_start and self.text[probe] in " \n\"“‘'`":
            probe += 1
        m = PRONOUN_START_RE.match(self.text, probe, cue_start)
        if m:
            return Span(m.start(1), m.end(1)), "pronoun", None
        m = NAME_START_RE.match(self.text, probe, cue_start)
        if m is None or self.text.startswith(" and ", m.end(1)):
            return None
        found = self._name_span(m.start(1), m.end(1), probe)
        return found if found is not None and found[1] == "name" else None

    def _speaker_before_relative(self, lo: int, cue_start: int) -> Found | None:
        """A source phrase with a restrictive relative right before the cue: "a source that
        said", "insiders who have claimed" (anonymous, representative or outlet only)."""
        m = _RELATIVE_GAP_RE.search(self.text, lo, cue_start)
        if m is None:
            return None
        found = self._phrase_ending_at(lo, m.start())
        if found is None or found[1] not in STRONG_CLASSES - {"org"}:
            return None
        return found

    def _according(self, cue: Span, index: int, s_start: int, s_end: int) -> Candidate | None:
        text = self.text
        phrase = " ".join(text[cue.start : cue.end].lower().split())
        found = self._speaker_right(cue.end, s_end)
        if found is None or found[1] not in ("outlet", "anonymous", "representative"):
            # "according to the Australian version of OK! magazine": the outlet speaks.
            mention = self._outlet_soon_after(cue.end, s_end)
            if mention is not None:
                found = (mention.span, "outlet", mention.outlet.name)
        if found is None:
            return None
        speaker, cls, outlet = found
        if phrase in ("per", "via", "courtesy of") and cls != "outlet":
            return None
        if cls not in (
            "outlet",
            "anonymous",
            "representative",
            "document",
            "name",
            "org",
            "social",
        ):
            return None
        if cls == "outlet" and outlet is None:
            outlet = self._outlet_within(Span(speaker.start, min(s_end, speaker.end + 40)))
        before = _strip_span(text, s_start, cue.start)
        tail = speaker.end
        while tail < s_end and text[tail] in "’'\"”":
            tail += 1
        while tail < s_end and text[tail] in " ,":
            tail += 1
        if tail < s_end and text[tail] == "(":  # skip an aside: "(because …),"
            close = text.find(")", tail, s_end)
            tail = close + 1 if close != -1 else tail
        after = _strip_span(text, tail, s_end)
        content = after if _words(text, after) >= 3 else before
        if _words(text, content) < 3:
            content = None
        context = self._context(s_start, s_end, content)
        return Candidate(cue, "according", speaker, cls, content, index, outlet, context)


_PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})


def _agrees(text: str, m: re.Match[str], speaker: Span, cls: str) -> bool:
    """A bare base-form cue ("detail", "claim") needs a plural or pronoun speaker."""
    cue = m.group(0)
    word = cue.split()[0].lower()
    if " " in cue.strip() or word.endswith(("s", "ed", "ing")) or word in _IRREGULAR_PAST:
        return True
    if cls not in ("role", "nominal") or AUX_START_RE.search(text, speaker.end, m.start()):
        return True
    last = text[speaker.start : speaker.end].split()[-1].lower()
    return last in _PLURAL_PRONOUNS or last.endswith("s")


_IRREGULAR_PAST = frozenset({"said", "told", "wrote", "spoke", "spilt", "read", "dished", "went"})


def _clause_before(text: str, lo: int, hi: int) -> Span | None:
    """``text[lo:hi]`` without a trailing "while"/"like", if it has three words or more."""
    span = _strip_span(text, lo, hi)
    if span is None:
        return None
    m = _SUBORDINATOR_RE.search(text, span.start, span.end)
    span = _strip_span(text, span.start, m.start() if m else span.end)
    if span is None or _words(text, span) < 3:
        return None
    return span


def _dedupe(found: list[Candidate]) -> list[Candidate]:
    """Merge interview phrases into the speech cue they qualify; drop nested repeats."""
    out: list[Candidate] = []
    for cand in found:
        if (
            cand.content is None
            and cand.speaker_class not in ("outlet", "anonymous")
            and any(
                o.content is not None and o.content.start <= cand.cue.start < o.content.end
                for o in out
            )
        ):
            continue  # kept for sources and outlets: "TMZ reported and multiple outlets confirmed"
        if cand.cue_kind == "interview" and out:
            prior = out[-1]
            if prior.sentence_index == cand.sentence_index and cand.cue.start - prior.cue.end < 40:
                prior.context = "interview"
                prior.outlet = prior.outlet or cand.outlet
                continue
        if (
            out
            and cand.speaker is not None
            and out[-1].speaker == cand.speaker
            and (out[-1].content == cand.content)
        ):
            continue
        out.append(cand)
    return out
