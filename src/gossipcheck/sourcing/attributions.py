"""Who said what: cue, speaker and content spans for direct and indirect speech.

Rule-based and parser-free (fast): a cue (``said``, ``sources tell``,
``according to``, ``tweeted``) is found by the lexicon (:mod:`.cues`); the
speaker is the noun phrase before it, or after it for "…,” said Kim" and
"according to X" (:mod:`.speakers`); the content is the adjacent quotation, the
that-clause after the cue, or the clause before it (:mod:`.content`); the
channel ("in a statement", "on Instagram") comes from :mod:`.source_types`.
Pronoun and nominal speakers are resolved afterwards by :mod:`.coreference`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..article import Article, Span
from ..lexicons import key
from .content import (
    CONJUNCTION_RE,
    MIN_CONTENT_WORDS,
    Content,
    ContentFinder,
    clause_before,
    strip_span,
    words,
)
from .cues import Cue, Sentence, agrees, around, find_cues, sentences, verb_group
from .kinds import (
    ACCORDING_CLASSES,
    INTERVIEW_MERGE_GAP,
    INVERTED_CLASSES,
    OUTLET_TAIL_WINDOW,
    STRONG_CLASSES,
    Candidate,
    Channel,
    CueKind,
    Found,
    SpeakerClass,
)
from .outlets import OutletMention
from .patterns import (
    AUX_START_RE,
    PARTICIPLE_RE,
    PRONOUN_START_RE,
    QUOTE_BEFORE_RE,
    TELL_END_RE,
    media_objects,
    owns_the_cue,
    speaker_nouns,
)
from .scope import Scope
from .source_types import ChannelFinder
from .speakers import SpeakerFinder

# The object of a content-less denial or response ("flat out denied the rumors").
_RUMOUR_OBJECT_RE = re.compile(
    r"\s*(?:(?:the|these|those|such|all|any|her|his|their)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:rumou?rs?|reports?|claims?|allegations?|accusations?|speculation|gossip)\b"
)
_COMMA_BEFORE_RE = re.compile(r",\s*$")
# A passive cue and its agent: "was confirmed (to People) by her rep".
_PASSIVE_BEFORE_RE = re.compile(r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?$")
_BY_AGENT_RE = re.compile(r"(?:\s+to\s+(?:the\s+)?[^,.;:!?“”\"]{1,40}?)?\s+by\s+")
_CAPTION_RE = re.compile(r"(?i)captioned|captioning|captions")
_PASSIVE_CUES = frozenset(
    {"confirmed", "announced", "denied", "revealed", "reported", "disclosed", "told"}
)
_AGENT_CLASSES: frozenset[SpeakerClass] = frozenset({"representative", "anonymous", "outlet"})
_COORDINATED_RE = re.compile(r"\s*[,;]\s*(?:and|but|while|as)\s+|;\s+")
# Cues that act on a rumour rather than report words ("shut down rumors that …").
_REBUTTAL_RE = re.compile(r"(?i)\b(?:den|shut|shoot|shot|dismiss|slam|refut|debunk|squash|quash)")
# Cues that only a person speaks ("Fergie admitted", "Kesha writes"): a one-word name the
# entity recogniser calls an organisation is then a person known by one name, not a body
# speaking for itself. Acronyms ("CBS", "NASA") stay organisations.
_PERSONAL_CUE_RE = re.compile(
    r"(?i)(?:\w+\s+)?(?:admit|confess|gush|jok|recall|recount|laugh|cried|cry|cries|"
    r"open(?:ed|s)?\s+up|dish|spill|quip|teas|sob|rav|writ|wrote)\w*(?:\s+\w+)?"
)
# "I can't tell you," Betty said: a body speaks as "we", only a person as "I".
_FIRST_PERSON_RE = re.compile(
    r"(?<![\w’'-])(?:I|I['’]m|I['’]ve|I['’]d|I['’]ll|me|my|myself)(?![\w’'-])"
)
_BY_AFTER_RE = re.compile(r"\s+by\s")
_OPENS_RE = re.compile(r"[\s\"“‘']*")  # nothing before the cue in its sentence
_MAX_NAME_WORDS = 4  # a longer capitalised run is a headline fragment ("Kim Kardashian Stands By")
# Connectors and the speakers they take: "via TMZ" (an outlet only); "per a rep", "per
# police", "per court documents" too.
_CONNECTOR_CUES: dict[str, frozenset[SpeakerClass]] = {
    "per": frozenset({"outlet", "representative", "anonymous", "document"}),
    "via": frozenset({"outlet"}),
    "courtesy of": frozenset({"outlet"}),
}

__all__ = ["AttributionFinder", "Candidate"]


@dataclass(frozen=True, slots=True)
class _Site:
    """One verb cue being read: the match, its kind, its sentence and its clause start."""

    match: re.Match[str]
    kind: CueKind
    sentence: Sentence
    lo: int  # after the last clause break before the cue
    previous: list[Candidate]  # candidates found so far in the article


@dataclass(slots=True)
class _Speaker:
    """A located speaker and how it was found."""

    found: Found
    inverted: bool = False  # after the cue ("…,” said Kim")
    shared: bool = False  # the previous cue's speaker ("…, adding")


class AttributionFinder:
    """Finds attribution candidates in one article (one instance per article)."""

    def __init__(self, article: Article, outlets: list[OutletMention], orgs: list[Span]) -> None:
        self.scope = Scope(article, outlets, orgs)
        self.text = self.scope.text
        self.quotes = self.scope.quotes
        self.speakers = SpeakerFinder(self.scope)
        self.contents = ContentFinder(self.scope)
        self.channels = ChannelFinder(self.scope)

    def find(self) -> list[Candidate]:
        found: list[Candidate] = []
        for sentence in sentences(self.scope):
            for cue in find_cues(self.scope, sentence):
                cand = self._candidate(cue, around(self.scope, sentence, cue), found)
                if cand is not None:
                    found.append(cand)
        return _dedupe(found, self.text)

    def _candidate(
        self, cue: Cue, sentence: Sentence, previous: list[Candidate]
    ) -> Candidate | None:
        m, kind = cue
        span = Span(m.start(), m.end())
        if kind == "according":
            return self._according(span, sentence)
        if kind == "anonymous":  # "We're told …"
            content = self.contents.after(span.end, sentence.end)
            index = sentence.number
            return Candidate(
                span, kind, None, "anonymous", content.span, index, None, None, content.is_quote
            )
        if kind == "social_by":  # "A post shared by Kim (@kimk) on …"
            right = self.speakers.right(span.end, sentence.end)
            if right is None:
                return None
            return Candidate(
                span, kind, right.span, right.cls, None, sentence.number, right.outlet, "social"
            )
        lo = self.speakers.clause_start(sentence.start, span.start)
        site = _Site(m, kind, sentence, lo, previous)
        speaker = self._locate(site)
        if speaker is None or not self._plausible(site, speaker):
            return None
        if not speaker.inverted and speaker.found.span.end <= span.start:
            widened = verb_group(self.text, lo, speaker.found.span.end, span)
            if widened is None:
                return None
            span = widened
        return self._complete(site, span, speaker)

    def _locate(self, site: _Site) -> _Speaker | None:
        """The speaker of a verb cue: before it, across commas, after it, or shared."""
        m, kind, sentence, lo, previous = (
            site.match,
            site.kind,
            site.sentence,
            site.lo,
            site.previous,
        )
        s_start, s_end = sentence.start, sentence.end
        text = self.text
        cue_start, cue_end = m.start(), m.end()
        agent = self._passive_agent(site)
        if agent is not None:
            return _Speaker(agent, inverted=True)
        found = (
            self.speakers.left(lo, cue_start)
            or self.speakers.across_commas(s_start, lo, cue_start)
            or self.speakers.before_relative(lo, cue_start)
        )
        if found is not None:
            poster = self._poster(site, found)
            return _Speaker(found) if poster is None else poster
        if QUOTE_BEFORE_RE.search(text[s_start:cue_start]):
            found = self.speakers.right(cue_end, s_end)
            if found is not None:
                return _Speaker(found, inverted=True)
        participle = PARTICIPLE_RE.search(m.group(0)) is not None  # never inverted
        if not participle and (
            _COMMA_BEFORE_RE.search(text, s_start, cue_start)
            or (kind != "interview" and _OPENS_RE.fullmatch(text, s_start, cue_start))
        ):
            # "Kim is pregnant, says a source close to the family"; "…, Claims Source";
            # "Added another insider, “…”".
            right = None if TELL_END_RE.search(m.group(0)) else self.speakers.right(cue_end, s_end)
            if right is not None and right.cls in INVERTED_CLASSES:
                return _Speaker(right, inverted=True)
        if participle and previous:
            prior = previous[-1]
            if prior.sentence_index == sentence.number and prior.speaker is not None:
                return _Speaker(
                    Found(prior.speaker, prior.speaker_class, prior.outlet), shared=True
                )
        found = self.speakers.coordinated_subject(s_start, cue_start)
        if (
            found is None
            and PARTICIPLE_RE.search(m.group(0))
            and _COMMA_BEFORE_RE.search(text, s_start, cue_start)
        ):
            found = self.speakers.main_subject(s_start, cue_start)
        if found is None and kind == "interview":
            after_recipient, _ = self.contents.recipient(cue_end, s_end)
            m_after = PRONOUN_START_RE.match(text, after_recipient, s_end)
            if m_after:
                found = Found(Span(m_after.start(1), m_after.end(1)), "pronoun", None)
            else:
                found = self.speakers.nearest_person(s_start, cue_start)
        return None if found is None else _Speaker(found)

    def _poster(self, site: _Site, found: Found) -> _Speaker | None:
        """The person who posted the picture a caption is on ("He posted an Instagram pic
        on Tuesday captioned “…”": he captions it, not the pic), from the attribution
        before in the same sentence."""
        if found.cls != "nominal" or not _CAPTION_RE.fullmatch(site.match.group(0)):
            return None
        if media_objects().regex.match(self.text, found.span.start, found.span.end) is None:
            return None
        prior = site.previous[-1] if site.previous else None
        if prior is None or prior.speaker is None or prior.sentence_index != site.sentence.number:
            return None
        return _Speaker(Found(prior.speaker, prior.speaker_class, prior.outlet), shared=True)

    def _passive_agent(self, site: _Site) -> Found | None:
        """The agent of a passive cue ("The split was confirmed to People by her rep"): a
        representative, source or outlet after "by", the words given to an outlet or not."""
        m, sentence = site.match, site.sentence
        if m.group(0).lower() not in _PASSIVE_CUES:
            return None  # "was asked by a fan", "was posted by E! News": no one's words
        if not _PASSIVE_BEFORE_RE.search(self.text, max(sentence.start, m.start() - 30), m.start()):
            return None
        by = _BY_AGENT_RE.match(self.text, m.end(), sentence.end)
        if by is None:
            return None
        found = self.speakers.right(by.end(), sentence.end)
        if found is None or found.cls not in _AGENT_CLASSES:
            return None
        return found

    def _plausible(self, site: _Site, speaker: _Speaker) -> bool:
        """Reject cue/speaker pairs that are not attributions."""
        m, kind = site.match, site.kind
        text = self.text
        span, cls = speaker.found.span, speaker.found.cls
        if kind == "report" and cls not in ("outlet", "document"):
            return False
        if (
            kind in ("speech", "speech_that")
            and not speaker.shared
            and cls not in STRONG_CLASSES
            and m.group(0).endswith("ing")
            and not AUX_START_RE.search(text, span.end, m.start())
            and not _COMMA_BEFORE_RE.search(text, site.sentence.start, m.start())
        ):
            return False  # "the best writing from films": a participle needs "is" or a comma
        if kind == "report" and not speaker.inverted and _BY_AFTER_RE.match(text, m.end()):
            return False  # "Court documents obtained by TMZ": a passive participle
        if not speaker.inverted and not speaker.shared and not agrees(text, m, span, cls):
            return False  # "the mere mention of", "a claim"
        if not speaker.inverted and owns_the_cue(span.text(text), cls):
            return False  # "North Korea's claims": a possessive owns a noun, it does not speak
        # A headline fragment ("Kim Kardashian Stands By Kanye") is not a name.
        # "Jane Lee of the River Trust", "Jane Lee, a friend of the couple": "Jane Lee"
        name = span.text(text).split(",")[0].split(" of ")[0]
        return not (cls == "name" and len(name.split()) > _MAX_NAME_WORDS)

    def _complete(self, site: _Site, cue: Span, speaker: _Speaker) -> Candidate | None:
        """Recipient, content and channel of an accepted cue/speaker pair."""
        kind, sentence, previous = site.kind, site.sentence, site.previous
        s_start, s_end = sentence.start, sentence.end
        found = speaker.found
        outlet = found.outlet
        after = max(cue.end, found.span.end) if speaker.inverted else cue.end
        after, recipient = self.contents.recipient(after, s_end)
        if recipient and outlet is None:
            outlet = recipient
        medium = self.contents.medium(cue.text(self.text), after, s_end)
        content = (
            Content(None, False, True)
            if medium is not None
            else self._content(site, cue, speaker, after, bool(recipient))
        )
        if content is None:
            return None
        if outlet is None:  # then no recipient either: look for one away from the cue
            recipient = outlet = self.scope.outlet_told(cue, s_start, s_end, content.span)
        context = medium or self.channels.context(s_start, s_end, content.span, found.span)
        if kind == "social":
            context = "social"
        elif kind == "interview":
            context = "interview"
        elif speaker.shared and previous[-1].context:
            context = previous[-1].context
        elif context is None and (recipient or self.scope.org_after(cue.end)):
            context = "interview"
        if context is None:
            lead = self.channels.interview_lead(s_start, cue.start)
            if lead is not None:
                context, outlet = "interview", outlet or lead.outlet
        if outlet is None and context in ("interview", "document"):
            outlet = self.scope.outlet_near(cue, s_start, s_end, content.span)
        if found.cls == "outlet" and self.channels.announces(cue):
            # "NBC announced Tuesday that …": a network speaking for itself is an official
            # voice (representative), not an outlet carrying the story.
            context, outlet = "statement", None
        if outlet is None and found.cls == "anonymous":
            outlet = self.scope.exclusive_outlet(s_start, s_end)
        return Candidate(
            cue,
            kind,
            found.span,
            "name" if self._mononym(found.cls, found.span, cue, content.span) else found.cls,
            content.span,
            sentence.number,
            outlet,
            context,
            content.is_quote,
        )

    def _mononym(self, cls: SpeakerClass, span: Span, cue: Span, content: Span | None) -> bool:
        """An "organisation" that is a person: one word with a cue only a person speaks;
        a name of words speaking of itself as "I" ("Kid Varro said, “I'm done”"); or a
        person's noun in the phrase ("Marla Quinn's mother, Deb")."""
        if cls != "org":
            return False
        name = span.text(self.text)
        words = name.split()
        if any(w.islower() and speaker_nouns().get(key(w.strip(",’'"))) == "role" for w in words):
            return True  # lower case: "The Star Tribune" is a name, "her mother, Deb" a person
        if not all(w.isalpha() and w[0].isupper() and not w.isupper() for w in words):
            return False
        if content is not None and _FIRST_PERSON_RE.search(content.text(self.text)):
            return len(words) <= _MAX_NAME_WORDS
        return len(words) == 1 and _PERSONAL_CUE_RE.fullmatch(cue.text(self.text)) is not None

    def _content(
        self, site: _Site, cue: Span, speaker: _Speaker, after: int, recipient: bool
    ) -> Content | None:
        """The content of the attribution; None when the cue needs content and has none."""
        m, kind, sentence, lo = site.match, site.kind, site.sentence, site.lo
        text = self.text
        s_start, s_end = sentence.start, sentence.end
        found = speaker.found
        content, is_quote, explicit = self.contents.after(after, s_end)
        rumour = _RUMOUR_OBJECT_RE.match(text, after, s_end) is not None
        if rumour and content is not None and not is_quote and _REBUTTAL_RE.search(m.group(0)):
            # "shut down rumors that she was involved": what is denied is the rumour, a
            # content-less act as in "denied the rumors" (the guideline's content: null)
            content, explicit = None, False
        before, before_quote = (
            (None, False)
            if speaker.shared or rumour  # "Setting the record straight, Munn denied the rumors"
            else self.contents.before(s_start, min(found.span.start, cue.start))
        )
        if before is not None and (before_quote or content is None):
            content, is_quote, explicit = before, before_quote, True
        if content is None and m.group(0).lower().endswith("as saying"):
            # "“…,” okmagazine.com quoted a source as saying": the quote before the clause.
            earlier = [q for q in self.quotes if s_start <= q.end <= found.span.start]
            if earlier:
                content, is_quote = earlier[-1], True
        weak = found.cls not in STRONG_CLASSES
        if (
            kind == "speech_that"
            and weak
            and not (explicit or is_quote)
            and self.channels.context(s_start, cue.start, None) != "interview"
        ):
            return None  # "In an interview with GQ, the 53-year-old described …" stands
        if kind == "interview" and not (explicit or is_quote):
            content = clause_before(text, lo, cue.start) or clause_before(text, s_start, cue.start)
        if content is None and kind == "speech" and weak and not recipient and not rumour:
            return None  # a content-less act only with a rumour object ("denied the rumors")
        return Content(content, is_quote, explicit)

    def _according(self, cue: Span, sentence: Sentence) -> Candidate | None:
        """ "according to X", "per X", "a report by X": the speaker follows the cue."""
        text = self.text
        s_start, s_end = sentence.start, sentence.end
        found = self.speakers.right(cue.end, s_end)
        if found is None or found.cls not in ("outlet", "anonymous", "representative", "document"):
            # "according to the Australian version of OK! magazine": the outlet speaks.
            mention = self.scope.outlet_soon_after(cue.end, s_end)
            if mention is not None:
                found = Found(mention.span, "outlet", mention.outlet.name)
        if found is None:
            return None
        speaker, cls, outlet = found
        connector = key(cue.text(text))
        if connector in _CONNECTOR_CUES and cls not in _CONNECTOR_CUES[connector]:
            return None
        if cls not in ACCORDING_CLASSES:
            return None
        if cls == "outlet" and outlet is None:
            tail_span = Span(speaker.start, min(s_end, speaker.end + OUTLET_TAIL_WINDOW))
            outlet = self.scope.outlet_within(tail_span)
        before = strip_span(text, s_start, cue.start)
        tail = speaker.end
        modifier = _OBTAINED_AFTER_RE.match(text, tail, s_end)  # "records obtained by the site"
        if modifier is not None:
            tail = modifier.end()
        while tail < s_end and text[tail] in "’'\"”":
            tail += 1
        # The speaker found may be the start of a longer name ("a Washington Post" of
        # "a Washington Post-ABC News poll"): then its content follows the next comma.
        phrase_ends = tail >= s_end or not (text[tail] == "-" or text[tail].isalnum())
        while tail < s_end and text[tail] in " ,":
            tail += 1
        if tail < s_end and text[tail] == "(":  # skip an aside: "(because …),"
            close = text.find(")", tail, s_end)
            tail = close + 1 if close != -1 else tail
        if not phrase_ends:  # "according to a Washington Post-ABC News poll, the race …"
            comma = text.find(",", tail, s_end)
            tail = comma + 1 if comma != -1 else s_end
        after = strip_span(text, tail, s_end)
        content = before
        if (
            words(text, after) >= MIN_CONTENT_WORDS
            and (phrase_ends or words(text, before) < MIN_CONTENT_WORDS)
            and not _reported_before(text, before, after)
        ):
            content = after
        if words(text, content) < MIN_CONTENT_WORDS:
            content = None
        context: Channel | None = self.channels.context(s_start, s_end, content)
        return Candidate(cue, "according", speaker, cls, content, sentence.number, outlet, context)


# A participle after an according-to source names who holds it: "according to court
# records obtained by the site", "according to documents filed in court".
_OBTAINED_AFTER_RE = re.compile(
    r"(?:\s*,)?\s+(?:obtained|filed|released|published|reviewed|seen|cited|shared)\s+"
    r"(?:(?:by|with|in|to|on|last|this|earlier)\s+)?[^,;:“”\"]{1,60}?(?=\s*(?:[,;:.!?]|$))"
)


# A noun phrase with no verb after an according-to source: its description, not content.
_APPOSITIVE_RE = re.compile(
    r"(?:a|an|the|his|her|their|one)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|can|"
    r"could|did|does|do|says|said|told|tells)\b)[\w’'&.-]+\s*){1,8}"
)

# A sentence opening that is no clause ("In a shocking twist, according to TMZ, the couple
# split"): the words after the source are the content.
_ADVERBIAL_OPEN_RE = re.compile(
    r"(?:In|On|At|After|Before|During|Amid|Despite|Following|With|Since|Last|This|Earlier|"
    r"Later|Now|Meanwhile|But|And|However|Still|Yet)\b"
)


def _reported_before(text: str, before: Span | None, after: Span | None) -> bool:
    """The clause before an according-to source is its content although words follow:
    "…, according to X, and the house is for sale" (a new clause) / "…, according to Craig
    Bryan, a friend of the couple." (the source's description)."""
    if before is None or after is None or words(text, before) < MIN_CONTENT_WORDS:
        return False
    if CONJUNCTION_RE.match(text, after.start):
        return True
    return bool(
        _APPOSITIVE_RE.fullmatch(text, after.start, after.end)
        and not _ADVERBIAL_OPEN_RE.match(text, before.start)
    )


def _repeats(prior: Candidate, cand: Candidate) -> bool:
    """The same speaker with the same words again."""
    return (
        cand.speaker is not None and prior.speaker == cand.speaker and prior.content == cand.content
    )


def _inside_speaker(prior: Candidate, cand: Candidate) -> bool:
    """A cue inside the previous speaker phrase, about the same words: "a report by" in
    "according to a report by Star"."""
    speaker, content = prior.speaker, prior.content
    if speaker is None or not (speaker.start <= cand.cue.start and cand.cue.end <= speaker.end):
        return False
    return content == cand.content or (
        content is not None and cand.content is not None and content.overlaps(cand.content)
    )


def _act_of_the_same_speaker(prior: Candidate, cand: Candidate) -> bool:
    """A content-less act inside ``prior``'s content by a speaker outside it: the same
    speaker going on ("took to Instagram, sharing a photo"); a speaker inside the reported
    clause is a nested attribution ("E! notes that Theroux shared a photo")."""
    content = prior.content
    if content is None or not content.start <= cand.cue.start < content.end:
        return False
    return cand.speaker is None or not content.start <= cand.speaker.start < content.end


def _dedupe(found: list[Candidate], text: str) -> list[Candidate]:
    """Merge interview phrases into the speech cue they qualify; drop nested repeats."""
    out: list[Candidate] = []
    for cand in found:
        if (
            cand.content is None
            and cand.speaker_class not in ("outlet", "anonymous")
            and any(_act_of_the_same_speaker(o, cand) for o in out)
        ):
            continue  # kept for sources and outlets: "TMZ reported and multiple outlets confirmed"
        if cand.cue_kind == "interview" and out:
            prior = out[-1]
            if (
                prior.sentence_index == cand.sentence_index
                and cand.cue.start - prior.cue.end < INTERVIEW_MERGE_GAP
            ):
                prior.context = "interview"
                prior.outlet = prior.outlet or cand.outlet
                continue
        if out and (_repeats(out[-1], cand) or _inside_speaker(out[-1], cand)):
            continue
        if out:
            _cut_before(out[-1], cand, text)  # the clause just before (linear in candidates)
        out.append(cand)
    return out


def _cut_before(prior: Candidate, cand: Candidate, text: str) -> None:
    """End ``prior``'s reported clause before a coordinated clause that is ``cand``'s own
    ("Sources told Us the couple wed in Tulum, and a rep later confirmed the marriage")."""
    content, speaker = prior.content, cand.speaker
    if content is None or prior.content_is_quote or speaker is None:
        return
    if speaker == prior.speaker and content.start < cand.cue.start < content.end:
        # The same speaker's next act ("tweeted her frustration …, clarifying that …").
        comma = _COMMA_BEFORE_RE.search(text, content.start, cand.cue.start)
        if comma is not None and comma.start() > content.start:
            prior.content = Span(content.start, comma.start())
        return
    if not content.start < speaker.start < content.end:
        return
    m = _COORDINATED_RE.search(text, content.start, speaker.start)
    if m is not None and m.end() == speaker.start and m.start() > content.start:
        prior.content = Span(content.start, m.start())
