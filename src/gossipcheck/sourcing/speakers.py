"""Speaker noun phrases around an attribution cue.

The phrase before a cue ("a source close to the couple", "Her rep, Jane Doe",
"RadarOnline.com", "she"), after it ("…,” said Kim", "according to People"), or
across commas ("Kim, who is 37, said"), with its class: outlet, anonymous,
representative, document, social, role, pronoun, name or org (see
:mod:`.kinds`). Used by :class:`.attributions.AttributionFinder`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..article import Span
from ..lexicons import word_list
from .kinds import SPEAKER_WINDOW, STRONG_CLASSES, TITLE_WINDOW, Found, SpeakerClass
from .patterns import (
    ADVERBS_RE,
    CLAUSE_BREAK_RE,
    GENERIC_NP_RE,
    NAME_RE,
    NAME_START_RE,
    NAME_STOPWORDS,
    OUTLET_DESCRIPTOR_RE,
    PRONOUN_RE,
    PRONOUN_START_RE,
    RELATIVE_RE,
    noun_phrase_re,
    noun_phrase_start_re,
    phrase_class,
    shortest_phrase_start_re,
)
from .scope import Scope

_GENERIC_STOP = frozenset(word_list("function_words"))
_PERSONISH_RE = re.compile(
    r"(?<![\w’'-])(?:(he|she|He|She|they|They)|((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,3}))"
    r"(?![\w’'-])"
)


# Scare quotes ("“sources”") and a quoted title as a modifier ("the “Fifty Shades Freed”
# star", "“Good Morning America” host").
_SCARE_QUOTE_RE = re.compile(
    r"[“\"‘]([\w’'-]+(?:\s+[\w’'-]+)?|(?:[A-Z0-9][\w’'&.-]*\s+){1,5}[A-Z0-9][\w’'&.-]*)[”\"’]"
)


def _blank_marks(m: re.Match[str]) -> str:
    return " " + m.group(1) + " "


_AND_BEFORE_RE = re.compile(r"(?<![\w’'-])and(?:\s+(?:then|later|also|[a-z]+ly))?\s*$")
# A new clause inside the sentence: the coordinated predicate's subject is after it
# ("Many have voiced concern, but Kim has pushed back and said ...").
_CLAUSE_BREAK_RE = re.compile(r"(?:,\s*|\s+)(?:but|yet|while|whereas|though|although)\s+|;\s*")
# "a source that said", "sources who have claimed": the relative pronoun (and auxiliaries).
_RELATIVE_GAP_RE = re.compile(
    r"\s+(?:who|that)(?:\s+(?:has|have|had|also|later|recently|reportedly|then))*\s*$"
)
_POSSESSIVE_RE = re.compile(r"['’]s\s")
_POSSESSOR_RE = re.compile(r"['’]s?$")
_AGE_RE = re.compile(r"\s*\d{1,3}\s*")
# "the 53-year-old" standing for a person named before (resolved like "the singer").
_AGE_NOMINAL_RE = re.compile(r"(?<![\w’'-])(?:the|The)\s+\d{1,3}-year-old(?![\w’'-])")
# Lower-case words describing a name after an inverted cue ("said 9/11 widow Terry
# Strada.", "says co-star Ben Hale,", "according to the nonpartisan Budget Office,"): the
# description and the name speak.
_DESCRIBED_NAME_RE = re.compile(
    r"\s*(?P<words>(?:[Tt]he\s+)?(?:[a-z0-9][\w/’'-]*\s+){1,3})"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?=\s*(?:[,.;:!?]|$))"
)
# An aside that describes the name before it with a relative clause ("a bodyguard who …").
_DESCRIBED_BY_RELATIVE_RE = re.compile(r"\s*(?:a|an|the|one)\s+[^,]*?\b(?:who|whose)\b")
_NAME_AFTER_TITLE_RE = re.compile(
    r"\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?![\w’'-])(?<!\s[A-Z])"
    r"(?=\s*(?:[,;:!?]|\.(?!\w)|$))"
)
_BY_OUTLET_RE = re.compile(
    r"\s+(?:(?:obtained|seen|reviewed|published|filed)\s+)?(?:by|from|in|on)\s+(?:the\s+)?"
)
_NOT_DESCRIPTIVE = _GENERIC_STOP | {
    "the",
    "a",
    "an",
    "he",
    "she",
    "they",
    "we",
    "this",
    "his",
    "its",
}
_HANDLE_RE = re.compile(r"\s*(@\s?[A-Za-z0-9_.]+)")

# A person named before "of" ("Mr. Hale of", "Jane Lee of"): a title or two capitalised
# words, so "the Bank of" or "University of" stays the organisation's name.
_PERSON_OF_RE = re.compile(
    r"(?<![\w.])(?:(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][\w’'-]+"
    r"|(?!(?:The|A|An|This|That)\s)[A-Z][\w’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+)"
    r"\s+of\s+$"
)


# An opening adverbial before the subject ("Back in 2016,", "On Monday,", "Meanwhile,").
_FRONTED_RE = re.compile(
    r"[\s\"“‘']*(?:In|On|At|Back|After|Before|Last|Earlier|Later|When|While|During|Since|"
    r"Meanwhile|Now|Then|Also|Still|However|But|And|Yet|Over|Throughout)\b[^,.;:!?“”\"]{0,60},\s*"
)
_SUBJECT_PRONOUN_RE = re.compile(r"(he|she|they|He|She|They)(?![\w’'-])")
_SUBJECT_CLASSES: frozenset[SpeakerClass] = frozenset(
    {"name", "role", "anonymous", "representative"}
)
_COMMA_AFTER_RE = re.compile(r"\s*,")
# Capitalised words that open a noun phrase, not a name ("The", "One" are stopwords too).
_NOT_A_NAME_START = NAME_STOPWORDS | {"His", "Her", "Their"}


# The words between a speaker noun and the outlet it belongs to ("a source at ", "the host
# of “", "an insider from the ").
_MEMBER_PREP_RE = re.compile(r"\s+(?:at|from|for|of|on|with)\s+(?:the\s+)?[“\"]?$")
_MEMBER_CLASSES: frozenset[SpeakerClass] = frozenset({"anonymous", "representative", "role"})


class _Member(NamedTuple):
    start: int
    cls: SpeakerClass


_OBTAINED_BY_RE = re.compile(r"\s+(?:obtained|seen|reviewed|published)\s+by\s+(?:the\s+)?$")
_ABBREVIATION_RE = re.compile(r"(?:(?<![A-Za-z])[A-Z]|Jr|Sr|St|Dr|Mr|Mrs|Ms|Inc|Co|Ltd|Bros)\.$")


def _sentence_end(name: str) -> int:
    """Where a name after its cue ends: before the sentence's period ("said Heather
    Rassel."), not an initial's or an abbreviation's ("said Sammy Davis Jr.")."""
    if name.endswith(".") and not _ABBREVIATION_RE.search(name.rsplit(None, 1)[-1]):
        return len(name) - 1
    return len(name)


class SpeakerFinder:
    """Speaker phrase lookup over one article's text and outlet mentions."""

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.text = scope.text

    def left(self, lo: int, hi: int) -> Found | None:
        """The speaker phrase ending at ``hi`` (adverbs and auxiliaries allowed before it)."""
        text = self.text
        left = text[lo:hi]
        adv = ADVERBS_RE.search(left)
        if adv:
            left = left[: adv.start()]
        end = lo + len(left.rstrip())
        return self.phrase_ending_at(lo, end)

    def phrase_ending_at(self, lo: int, end: int) -> Found | None:
        found = self._phrase_ending_at(lo, end)
        if found is None:
            return None
        # "Mr. Morgan of the Sierra Club said": the person of the organisation speaks.
        m = _PERSON_OF_RE.search(
            self.text, max(lo, found.span.start - TITLE_WINDOW), found.span.start
        )
        if m is None:
            return found
        return Found(Span(m.start(), found.span.end), "name", found.outlet)

    def _member_of(self, lo: int, start: int) -> _Member | None:
        """A speaker noun phrase tied to the outlet that starts at ``start`` ("a source at
        Us Weekly", "a spokeswoman for People", "the host of “The View”"): the person
        speaks, not the outlet."""
        m = _MEMBER_PREP_RE.search(self.text, max(lo, start - SPEAKER_WINDOW), start)
        if m is None:
            return None
        window = self.text[max(lo, m.start() - SPEAKER_WINDOW) : m.start()]
        np = noun_phrase_re().search(window)
        if np is None:
            return None
        cls = phrase_class(np)
        if cls not in _MEMBER_CLASSES:
            return None
        return _Member(m.start() - len(window) + np.start(), cls)

    def _phrase_ending_at(self, lo: int, end: int) -> Found | None:
        text = self.text
        probe = end
        while probe > lo and text[probe - 1] in "’'\"”":
            probe -= 1
        mention = self.scope.outlet_end.get(probe)
        if mention is not None:
            obtained = _OBTAINED_BY_RE.search(
                text, max(lo, mention.span.start - 80), mention.span.start
            )
            if obtained is not None:
                # "Court documents obtained by TMZ state": the documents speak, the outlet
                # only holds them.
                found = self._phrase_ending_at(lo, obtained.start())
                if found is not None and found.cls == "document":
                    return Found(
                        Span(found.span.start, mention.span.end), "document", mention.outlet.name
                    )
            start = mention.span.start
            member = self._member_of(lo, start)
            if member is not None:
                # The closing quote of a quoted show name belongs to the phrase.
                return Found(Span(member.start, end), member.cls, mention.outlet.name)
            if text[max(lo, start - 4) : start] in ("the ", "The "):
                start -= 4
            return Found(Span(start, mention.span.end), "outlet", mention.outlet.name)
        window = text[max(lo, end - SPEAKER_WINDOW) : end]
        base = end - len(window)
        # Scare quotes around a speaker noun ("“sources” claimed", "a so-called “source”")
        # are blanked (same length, so offsets hold) before the noun phrase is matched.
        m = noun_phrase_re().search(_SCARE_QUOTE_RE.sub(_blank_marks, window))
        if m:
            span = Span(base + m.start(), base + m.start() + len(m.group(0).rstrip()))
            return Found(span, phrase_class(m), self.scope.outlet_within(span))
        m = PRONOUN_RE.search(window)
        if m:
            return Found(Span(base + m.start(1), base + m.end(1)), "pronoun", None)
        m = _AGE_NOMINAL_RE.search(window)
        if m and not window[m.end() :].strip():
            return Found(Span(base + m.start(), base + m.end()), "role", None)
        m = NAME_RE.search(window)
        if m:
            named = self.name_span(base + m.start(1), base + m.end(1), lo)
            if named is not None:
                return named
        m = GENERIC_NP_RE.search(window)
        if m and m.group("head").lower() not in _GENERIC_STOP:
            span = Span(base + m.start(), base + m.start() + len(m.group(0).rstrip()))
            return Found(span, "nominal", None)  # "the zoo", "the 20-year-old": not resolved
        return None

    def name_span(self, start: int, end: int, lo: int) -> Found | None:
        """A capitalised name (sentence-initial stopwords dropped), with a title before it."""
        words = list(re.finditer(r"\S+", self.text[start:end]))
        while words and words[0].group(0) in NAME_STOPWORDS:
            words.pop(0)
        if not words:
            return None
        span = Span(start + words[0].start(), start + words[-1].end())
        if self.text[max(lo, span.start - 4) : span.start] in ("The ", "the ") and len(words) > 1:
            span = Span(span.start - 4, span.end)
        cls: SpeakerClass = "org" if any(span.overlaps(o) for o in self.scope.orgs) else "name"
        # A title or relation right before the name: "spokesman Mlenga Mvula",
        # "Samantha's boyfriend Mark".
        before = self.text[max(lo, span.start - TITLE_WINDOW) : span.start]
        if before.endswith(" ") and not before.endswith("  "):
            m = noun_phrase_re().search(before)
            if m and before[m.start() :].strip() and "," not in before[m.start() :]:
                head = phrase_class(m)
                if head in ("representative", "anonymous", "role"):
                    base = span.start - len(before)
                    span = Span(base + m.start(), span.end)
                    cls = "representative" if head == "representative" else "name"
        return Found(span, cls, None)

    def right(self, pos: int, limit: int) -> Found | None:
        """The speaker phrase starting at ``pos`` ("said Kim", "according to People")."""
        text = self.text
        while pos < limit and text[pos].isspace():
            pos += 1
        probe = pos
        while probe < limit and text[probe] in "‘'\"“":
            probe += 1
        mention = self.scope.outlet_start.get(probe)
        if mention is None and text.startswith(("the ", "The "), probe):
            mention = self.scope.outlet_start.get(probe + 4)
        if mention is not None and not _POSSESSIVE_RE.match(text, mention.span.end):
            return Found(mention.span, "outlet", mention.outlet.name)
        described = OUTLET_DESCRIPTOR_RE.match(text, probe, limit)
        if described is not None:  # "according to the entertainment news site Celeb Buzz"
            mention = self.scope.outlet_start.get(described.end())
            if mention is not None and not _POSSESSIVE_RE.match(text, mention.span.end):
                return Found(Span(probe, mention.span.end), "outlet", mention.outlet.name)
        window = text[pos:limit]  # "says Star’s source": the outlet's source speaks
        m = noun_phrase_start_re().match(window)
        if m:
            raw = m.group(0)
            lead = len(raw) - len(raw.lstrip())
            span = Span(pos + lead, pos + len(raw.rstrip()))
            cls = phrase_class(m)
            named = _NAME_AFTER_TITLE_RE.match(window, len(raw.rstrip()))
            if named is not None and cls in ("representative", "anonymous", "role"):
                # "said longtime manager Rita Gomez.": the title names its holder
                end = pos + named.start(1) + _sentence_end(named.group(1))
                return Found(
                    Span(span.start, end),
                    "representative" if cls == "representative" else "name",
                    None,
                )
            by = _BY_OUTLET_RE.match(text, span.end, limit)
            mention = self.scope.outlet_start.get(by.end()) if by else None
            if mention is not None and cls in ("social", "document", "outlet"):
                # "according to a report by Star": the outlet's piece speaks for it;
                # "according to court papers obtained by TheWrap": the papers, held by it
                held = cls == "document" and by is not None and by.group(0).split()[0] != "by"
                return Found(
                    Span(span.start, mention.span.end),
                    "document" if held else "outlet",
                    mention.outlet.name,
                )
            return Found(span, cls, self.scope.outlet_within(span))
        m = PRONOUN_START_RE.match(window)
        if m:
            return Found(Span(pos + m.start(1), pos + m.end(1)), "pronoun", None)
        m = _AGE_NOMINAL_RE.match(window)
        if m:
            return Found(Span(pos + m.start(), pos + m.end()), "role", None)
        m = NAME_START_RE.match(window)
        if m and not _POSSESSOR_RE.search(m.group(1)):  # "said North Korea's latest …"
            return self.name_span(
                pos + m.start(1), pos + m.start(1) + _sentence_end(m.group(1)), pos
            )
        m = _HANDLE_RE.match(window)
        if m:
            return Found(Span(pos + m.start(1), pos + m.end(1)), "name", None)
        return self._described_name(pos, window)

    def _described_name(self, pos: int, window: str) -> Found | None:
        """A name after lower-case words that describe it (:data:`_DESCRIBED_NAME_RE`)."""
        m = _DESCRIBED_NAME_RE.match(window)
        if m is None:
            return None
        described = m.group("words").split()
        definite = described[0] in ("the", "The")
        if definite:  # "according to the nonpartisan Budget Office"
            described.pop(0)
        if any(w in _NOT_DESCRIPTIVE for w in described):
            return None
        start = pos + m.start("name")
        found = self.name_span(start, start + _sentence_end(m.group("name")), pos)
        if found is None or found.cls not in ("name", "org"):
            return None
        # "the LAPD", "the Tax Foundation": a definite name is an organisation's.
        cls: SpeakerClass = "org" if definite or found.cls == "org" else "name"
        return Found(Span(pos + m.start("words"), found.span.end), cls, None)

    def across_commas(self, s_start: int, lo: int, hi: int) -> Found | None:
        """Appositives and relatives: "his rep, Leslie Sloane, told"; "Kim, who is 37, said"."""
        text = self.text
        gap = text[lo:hi]
        relative = RELATIVE_RE.match(gap)
        if gap.strip() and not relative and not ADVERBS_RE.fullmatch(gap):
            return None  # "Beyoncé, 36, also posted": only adverbs after the aside
        comma = lo - 1
        if comma <= s_start or text[comma] != ",":
            return None
        prev_lo = self.clause_start(s_start, comma)
        if relative:
            return self.phrase_ending_at(prev_lo, comma)
        segment = text[prev_lo:comma]
        if (
            RELATIVE_RE.match(segment)
            or _AGE_RE.fullmatch(segment)
            or _DESCRIBED_BY_RELATIVE_RE.match(segment)
        ) and (prev_lo - 1 > s_start and text[prev_lo - 1] == ","):
            # "Kim, who is 37, said" / "Cook, 26, says" / "Herzog, a bodyguard who works
            # for the family, says": the name before the aside.
            return self.phrase_ending_at(self.clause_start(s_start, prev_lo - 1), prev_lo - 1)
        inner = self.phrase_ending_at(prev_lo, comma)
        if inner is None:
            return None
        if segment.strip() != inner.span.text(text).strip():
            return None
        outer_end = prev_lo - 1
        if outer_end <= s_start or text[outer_end] != ",":
            return None
        outer = self.phrase_ending_at(self.clause_start(s_start, outer_end), outer_end)
        if outer is None:
            # "Netflix's head of unscripted, Bela Moreno, told": a title the finder does
            # not know before the name; the name speaks.
            return inner if inner.cls == "name" else None
        cls = outer.cls if outer.cls in STRONG_CLASSES else inner.cls
        if cls == "anonymous" and "name" in (outer.cls, inner.cls):
            cls = "name"  # "Kim Vance, a friend of the couple, said": named, so not anonymous
        return Found(Span(outer.span.start, inner.span.end), cls, outer.outlet or inner.outlet)

    def clause_start(self, s_start: int, cue_start: int) -> int:
        """After the last clause break before the cue; scare quotes ("“sources” say") are
        not breaks."""
        lo = s_start
        scare = [m.span() for m in _SCARE_QUOTE_RE.finditer(self.text, s_start, cue_start)]
        for m in CLAUSE_BREAK_RE.finditer(self.text, s_start, cue_start):
            if not any(a <= m.start() < b for a, b in scare):
                lo = m.end()
        return lo

    def nearest_person(self, lo: int, hi: int) -> Found | None:
        """The last pronoun or person name in ``[lo, hi)``."""
        best: Found | None = None
        for m in _PERSONISH_RE.finditer(self.text, lo, hi):
            if m.group(1):
                best = Found(Span(m.start(1), m.end(1)), "pronoun", None)
                continue
            named = self.name_span(m.start(2), m.end(2), lo)
            if named is not None and named.cls == "name":
                best = named
        return best

    def main_subject(self, s_start: int, cue_start: int) -> Found | None:
        """The subject that opens the sentence, for a participle cue after a comma:
        "Pratt placed a cross there, telling reporters …", "Back in 2016, she …, saying"
        (a person, a role or an unnamed source; never a noun phrase the finder does not
        know)."""
        text = self.text
        fronted = _FRONTED_RE.match(text, s_start, cue_start)
        probe = fronted.end() if fronted else s_start
        while probe < cue_start and text[probe] in " \n\"“‘'":
            probe += 1
        m = _SUBJECT_PRONOUN_RE.match(text, probe, cue_start)
        if m:
            return Found(Span(m.start(1), m.end(1)), "pronoun", None)
        m = NAME_START_RE.match(text, probe, cue_start)
        if m and m.group(1).split()[0] not in _NOT_A_NAME_START:
            # "Pratt helped his pals …": the name, not a noun phrase run on to "his pals"
            found = self.name_span(m.start(1), m.start(1) + _sentence_end(m.group(1)), probe)
        else:
            found = self.right(probe, cue_start)
            if found is not None and found.cls not in _SUBJECT_CLASSES:
                found = self._shortest(probe, cue_start)
        if found is None or found.cls not in _SUBJECT_CLASSES:
            return None
        if _COMMA_AFTER_RE.match(text, found.span.end):
            return None  # "Kim, 37, …": an aside, so the subject is not simply the opener
        return found

    def _shortest(self, pos: int, limit: int) -> Found | None:
        """The shortest speaker noun phrase at ``pos`` (see :func:`shortest_phrase_start_re`)."""
        m = shortest_phrase_start_re().match(self.text, pos, limit)
        if m is None:
            return None
        span = Span(pos + len(m.group(0)) - len(m.group(0).lstrip()), m.end())
        return Found(span, phrase_class(m), self.scope.outlet_within(span))

    def coordinated_subject(self, s_start: int, cue_start: int) -> Found | None:
        """The subject of a coordinated predicate: "She got engaged in January, and told
        Good Morning America …", "Ferguson grabbed her … and said" (a person only)."""
        if not _AND_BEFORE_RE.search(self.text, s_start, cue_start):
            return None
        breaks = list(_CLAUSE_BREAK_RE.finditer(self.text, s_start, cue_start))
        probe = breaks[-1].end() if breaks else s_start
        while probe < cue_start and self.text[probe] in " \n\"“‘'`":
            probe += 1
        m = PRONOUN_START_RE.match(self.text, probe, cue_start)
        if m:
            return Found(Span(m.start(1), m.end(1)), "pronoun", None)
        m = NAME_START_RE.match(self.text, probe, cue_start)
        if m is None or self.text.startswith(" and ", m.end(1)):
            return None
        found = self.name_span(m.start(1), m.end(1), probe)
        return found if found is not None and found.cls == "name" else None

    def before_relative(self, lo: int, cue_start: int) -> Found | None:
        """A source phrase with a restrictive relative right before the cue: "a source that
        said", "insiders who have claimed" (anonymous, representative or outlet only)."""
        m = _RELATIVE_GAP_RE.search(self.text, lo, cue_start)
        if m is None:
            return None
        found = self.phrase_ending_at(lo, m.start())
        if found is None or found.cls not in STRONG_CLASSES - {"org"}:
            return None
        return found
