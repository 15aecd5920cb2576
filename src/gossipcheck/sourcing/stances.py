"""Denials and confirmations: the stance of the subject's side toward the story.

The story is its lead: the opening sentences, up to ``LEAD_WORDS`` words (a celebrity_dev
headline and the first sentence; an agency dateline and the first sentence). The
subject's side is (eval/sourcing/set2/README.md, "Stance"):

- a person the lead names, speaking in any channel (``named_person``, ``social_media``,
  ``interview_or_document``), found by the speaker's name or the name a pronoun or role
  nominal was resolved to; a role nominal ("the 40-year-old actress", "the Veep star")
  is the subject too, as celebrity copy uses them for the person the story is about;
- a representative (a rep, a spokesperson, a statement, the show) that does not speak for
  someone the lead does not name ("a rep for Mateo"), and is no public authority
  ("police", "the coroner's office");
- an anonymous source whose own phrase names the subject's camp ("a source close to
  Taylor", "a friend", "his family"), but not "a source close to the situation".

Such an attribution **denies** when its cue or reported content says the story is false by
the ``stances.tsv`` lexicon ("the reports are 'completely false'", "flat out denied the
rumors"; a negation just before the phrase cancels it). It **confirms** when the lexicon
says so ("her rep confirmed the split") or when it states the story's claim: its cue lies
in the lead, or its content shares ``MIN_SHARED`` content words with the lead without
negating them ("Lena Marsh welcomed twin boys, the actress revealed on Instagram";
"'They're here! Introducing our new additions …,' she captioned"); the same speaker's
next statement, within ``CONTINUATION_SENTENCES``, confirms too ("… she gushed"), and a
second cue of the same speaker phrase in the sentence of a denial denies too ("shot down
the rumors, telling E! …"). A
content-less cue after the lead ("she also posted") states nothing more. A refusal or
hedge ("declined to comment", "it's complicated"), a past event recalled as background
("since she announced the split", "had previously said") and everyone else carry none.

A representative denies, too, when its content negates a word that the lead before it
states without a negation ("“Jake is not leaving the show,” a CBS spokesperson said" after
a lead on his leaving it). A false "the subject's side denies it" at the top of a report
costs more than a missed one, so other speakers deny by the lexicon only (their own
negations are mostly the story's: "she wasn't happy at first"), and only speakers the
first two sentences name (or their reps and camp) deny. Chosen on the second gold set's dev half
(docs/notes/sourcing.md, "sourcing 1.7.0").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from ..article import Article, Attribution, Span
from ..corroboration.normalize import content_tokens
from ..lexicons import compile_phrases, key, table
from .patterns import NAME_STOPWORDS, speaker_nouns

Stance = Literal["denies", "confirms"]
_Value = Literal["denies", "confirms", "none"]  # "none": a refusal or hedge, no stance
_VALUES: dict[str, _Value] = {"denies": "denies", "confirms": "confirms", "none": "none"}

LEAD_WORDS = 35  # the lead: opening sentences until they hold this many words
MIN_SHARED = 2  # content words an attribution shares with the lead to state its claim
CONTINUATION_SENTENCES = 1  # how far on the same speaker's next statement still confirms
STANCE_WINDOW = 120  # characters after a content-less cue read for a stance ("denied the rumors")
BACKGROUND_WINDOW = 20  # characters before the speaker searched for a time-clause opener

_PERSON_TYPES = frozenset({"named_person", "social_media", "interview_or_document"})
# Anonymous speakers that belong to the subject's camp.
_CAMP_RE = re.compile(
    r"(?i)\b(?:close\s+to|closest\s+to|friends?|pals?|confidants?|confidantes?|family|"
    r"relatives?|camp)\b"
)
# "close to the situation" is knowledge, not loyalty.
_NOT_CAMP_RE = re.compile(
    r"(?i)\bclose\s+to\s+the\s+(?:whole\s+)?(?:situation|matter|investigation|production|"
    r"talks|negotiations|case|project|show|deal)\b"
)
_AUTHORITY_RE = re.compile(
    r"(?i)\b(?:police|sheriff'?s?|coroner'?s?|court|prosecutors?|district\s+attorney|"
    r"officials?|authorities|department|FBI|LAPD|NYPD|officers?|detectives?)\b"
)
# A role nominal naming a person by what they do ("the Sex and the City alum").
_ROLE_RE = re.compile(
    r"(?i)^(?:the|this)\b.*\b(?:singer|actress|actor|star|rapper|model|host|co-host|comedian|"
    r"musician|starlet|mogul|alum|hitmaker|songstress|entrepreneur|designer|personality|"
    r"\d{1,3}-year-old|mother-of-\w+|mom-of-\w+|father-of-\w+|dad-of-\w+|mother-to-be|"
    r"dad-to-be)$"
)
_NAME_RE = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]{2,}")
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|’|\.)$")
_NOT_NAMES = frozenset({"The", "This", "That", "She", "They", "Her", "His", "Their", "Its"})
_NEGATION_RE = re.compile(
    r"(?i)(?:\b(?:not|never|neither|nor|no\s+one|declined\s+to|refused\s+to|wouldn['’]t|"
    r"won['’]t|couldn['’]t|didn['’]t|doesn['’]t|don['’]t|hasn['’]t|haven['’]t|yet\s+to)\s+"
    r"(?:\w+\s+){0,2})$"
)
# A speaker inside a time clause ("since she confirmed her pregnancy", "months after they
# announced the split") recalls a past event as background: no stance toward this story.
_BACKGROUND_BEFORE_RE = re.compile(r"(?i)\b(?:since|after|before|ever\s+since|until)\s+$")
# ... as does a cue in the past of the past ("had previously revealed", "once said").
_BACKGROUND_CUE_RE = re.compile(r"(?i)\b(?:previously|once|earlier|formerly|had|used\s+to)\b")
_SUFFIXES = ("ing", "ed", "es", "s", "ly")
# Lexicon phrases in another sense: "made up his mind", "made up most of the crowd",
# "her mind was made up", "denied bail" or "denied their request", "a fake news outlet".
_OTHER_SENSE_RE = re.compile(
    r"(?i)made\s+up\s+(?:(?:my|his|her|their|our|your|its)\s+mind|most|much|part|"
    r"the\s+(?:majority|bulk|rest))\b"
    r"|den\w*\s+(?:(?:a|an|the|my|his|her|their|our|its)\s+)?(?:\w+\s+)?(?:requests?|entry|"
    r"bail|access|permission|parole|visas?|applications?|petitions?|motions?|appeals?|"
    r"a\s+chance|the\s+chance)\b"
    r"|fake\s+news\s+(?:outlets?|sites?|sources?)\b"
)
_MIND_BEFORE_RE = re.compile(r"(?i)\bminds?\s+(?:(?:was|were|is|already)\s+)?$")


def _other_sense(text: str, m: re.Match[str]) -> bool:
    """Whether the lexicon match ``m`` is a phrase in another sense ("made up his mind")."""
    if _OTHER_SENSE_RE.match(text, m.start(), min(len(text), m.end() + 40)):
        return True
    return bool(_MIND_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()))


@dataclass(frozen=True, slots=True)
class Lead:
    """The story as its opening states it."""

    end: int  # offset where the lead ends
    text: str
    words: frozenset[str]
    opening: str  # its first two sentences (a headline and the first sentence)


def story_words(text: str) -> frozenset[str]:
    """Content words of ``text``, crudely stemmed ("welcomed" and "welcomes" agree)."""
    out: set[str] = set()
    for word in content_tokens(text):
        if len(word) < 3 or word.isdigit():
            continue
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        out.add(word)
    return frozenset(out)


def lead_of(article: Article) -> Lead:
    """The opening sentences of ``article`` up to ``LEAD_WORDS`` words, and never more than
    half of its sentences (the whole text when it has none)."""
    end, words = len(article.text), 0
    sentences = article.sentences[: max(1, (len(article.sentences) + 1) // 2)]
    for sentence in sentences:
        words += len(sentence.span.text(article.text).split())
        end = sentence.span.end
        if words >= LEAD_WORDS:
            break
    text = article.text[:end]
    opening = article.sentences[1].span.end if len(article.sentences) > 1 else end
    return Lead(end, text, story_words(text), article.text[: min(end, opening)])


@cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, _Value]]:
    rows = table("stances")
    kinds: dict[str, _Value] = {}
    for phrase, value in rows:
        if value not in _VALUES:
            raise ValueError(f"lexicon stances: unknown value {value!r}")
        kinds[key(phrase).rstrip("*")] = _VALUES[value]
    # Quoted: a denial is mostly in the rep's quotation, single quotes included.
    return compile_phrases([p for p, _ in rows], wildcard=True, quoted=True), kinds


def _kind(phrase: str, kinds: dict[str, _Value]) -> _Value | None:
    phrase = key(phrase)
    if phrase in kinds:
        return kinds[phrase]
    # A wildcard entry: the longest entry that starts the phrase.
    for entry in sorted(kinds, key=len, reverse=True):
        if phrase.startswith(entry):
            return kinds[entry]
    return None


def _names(attribution: Attribution) -> set[str]:
    """Capitalised names in the speaker phrase and its antecedent ("Kim's" -> "Kim")."""
    phrase = f"{attribution.speaker_text} {attribution.resolved_from or ''}"
    words = {_POSSESSIVE_RE.sub("", w) for w in _NAME_RE.findall(phrase)}
    # A speaker noun or function word capitalised at a sentence start ("Reps for both
    # stars", "Both reps") names no one.
    nouns = speaker_nouns()
    return {w for w in words if key(w) not in nouns and w not in NAME_STOPWORDS} - _NOT_NAMES


def _named_in(name: str, text: str) -> bool:
    """Whether ``name`` stands in ``text`` as a word of its own: not inside a longer word,
    after an apostrophe or in a hyphenated compound. By ``str.find``: a regex per name
    was compiled again for most articles of a batch, which keep bringing new names."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not _joins(before, "'’-") and not _joins(after, "-"):
            return True
        at = text.find(name, at + 1)
    return False


def _joins(char: str, also: str) -> bool:
    """Whether ``char`` continues a word (a regex ``\\w``) or is one of ``also``."""
    return char.isalnum() or char == "_" or char in also


def on_subjects_side(attribution: Attribution, lead: str) -> bool:
    """Whether the speaker is the subject (named in ``lead``), their representative or
    their camp."""
    speaker = attribution.speaker_text.strip()
    kind = attribution.source_type
    if kind == "anonymous":
        return bool(_CAMP_RE.search(speaker)) and not _NOT_CAMP_RE.search(speaker)
    names = _names(attribution)
    if kind == "representative" or (kind in _PERSON_TYPES and _representative_phrase(speaker)):
        # A rep posting or giving an interview ("her rep later tweeted that …") speaks for
        # the subject as any rep does.
        if _AUTHORITY_RE.search(speaker):
            return False
        return all(_named_in(name, lead) for name in names)
    if kind in _PERSON_TYPES:
        return any(_named_in(name, lead) for name in names) or bool(_ROLE_RE.match(speaker))
    return False


def _representative_phrase(speaker: str) -> bool:
    """The speaker phrase ends in a representative's noun ("her rep", "Kim's publicist")."""
    words = speaker.split()
    return bool(words) and speaker_nouns().get(key(words[-1])) == "representative"


def _background(text: str, attribution: Attribution) -> bool:
    start = (attribution.speaker or attribution.cue or Span(0, 0)).start
    if _BACKGROUND_BEFORE_RE.search(text, max(0, start - BACKGROUND_WINDOW), start):
        return True
    return bool(_BACKGROUND_CUE_RE.search(attribution.cue_text))


def _stated(text: str, regions: list[tuple[int, int]]) -> set[_Value]:
    """The lexicon's stances found in ``regions`` of ``text``, negated ones left out."""
    regex, kinds = _lexicon()
    found: set[_Value] = set()
    for lo, hi in regions:
        for m in regex.finditer(text, lo, hi):
            if _NEGATION_RE.search(text, max(0, m.start() - 40), m.start()):
                continue
            if _other_sense(text, m):
                continue
            value = _kind(m.group(0), kinds)
            if value is not None:
                found.add(value)
    return found


# A negation within a few words before a word of the lead ("she wasn't playing strip
# poker" after a lead on her playing strip poker) contradicts the story: no confirmation.
_NEGATED_RE = re.compile(r"(?i)(?:\b(?:not|never|no)\b|n['’]t\b)((?:\W+\w+){1,3})")


def _negated_words(passage: str) -> frozenset[str]:
    """The story words a negation stands just before in ``passage``."""
    return frozenset().union(*(story_words(m.group(1)) for m in _NEGATED_RE.finditer(passage)))


def _contradicts(passage: str, lead: Lead) -> bool:
    return bool(_negated_words(passage) & lead.words)


def _denies_the_claim(passage: str, claim: str) -> bool:
    """``passage`` negates a word that ``claim`` (the lead before the attribution) states
    without a negation ("is not leaving the show" against a lead on leaving it; not "no
    longer together" against a lead that says so too)."""
    return bool(_negated_words(passage) & (story_words(claim) - _negated_words(claim)))


def _states_the_story(article: Article, attribution: Attribution, lead: Lead) -> bool:
    """The attribution lies in the lead, or its content shares ``MIN_SHARED`` words with
    it (without negating them); a content-less cue ("she posted") states nothing more."""
    content = attribution.content
    passage = "" if content is None else content.text(article.text)
    if _contradicts(passage, lead):
        return False
    cue = attribution.cue
    if cue is not None and cue.start < lead.end:
        return True
    return len(story_words(passage) & lead.words) >= MIN_SHARED


def _continued(attribution: Attribution, previous: Attribution | None) -> Stance | None:
    """The stance of the same speaker's statement just before: going on about the news
    they just confirmed ("… she gushed"), or about the rumour they just shot down in the
    same sentence ("shot down the rumors, telling E! …")."""
    if previous is None or previous.stance is None:
        return None
    same = previous.speaker is not None and previous.speaker == attribution.speaker
    if not same and not _names(attribution) & _names(previous):
        return None
    gap = attribution.sentence_index - previous.sentence_index
    if previous.stance == "denies":
        return "denies" if gap == 0 and same else None
    return "confirms" if gap <= CONTINUATION_SENTENCES else None


def _first(attribution: Attribution) -> int:
    """Where the attribution's first span starts."""
    spans = (attribution.speaker, attribution.cue, attribution.content)
    return min(span.start for span in spans if span is not None)


def stance_of(
    article: Article, attribution: Attribution, lead: Lead, previous: Attribution | None = None
) -> Stance | None:
    """The stance of one attribution toward the story ``lead`` states, if any;
    ``previous`` is the attribution before it (outlets left out)."""
    cue = attribution.cue
    text = article.text
    if cue is None or not on_subjects_side(attribution, lead.text):
        return None
    if _background(text, attribution):
        return None
    regions = [(cue.start, cue.end)]
    content = attribution.content
    if content is not None:
        regions.append((content.start, content.end))
    else:
        regions.append((cue.end, min(len(text), cue.end + STANCE_WINDOW)))
    found = _stated(text, regions)
    if "denies" in found:
        # Only the people the opening itself names deny: a wrong denial costs the most.
        return "denies" if on_subjects_side(attribution, lead.opening) else None
    if "none" in found:
        return None
    if (
        "confirms" not in found
        and attribution.source_type == "representative"
        and content is not None
        and _denies_the_claim(content.text(text), text[: min(lead.end, _first(attribution))])
        and on_subjects_side(attribution, lead.opening)
    ):
        return "denies"  # "“Jake is not leaving the show,” a CBS spokesperson said"
    continued = _continued(attribution, previous)
    if continued == "denies" and "confirms" not in found:
        return continued
    if "confirms" in found or _states_the_story(article, attribution, lead):
        return "confirms"
    return continued


def assign_stances(article: Article) -> None:
    """Set ``stance`` on each attribution of the article."""
    lead = lead_of(article)
    previous: Attribution | None = None
    for attribution in article.attributions:
        attribution.stance = stance_of(article, attribution, lead, previous)
        if attribution.source_type != "outlet":
            previous = attribution
