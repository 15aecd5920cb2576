"""The report's summary (read first) and checklist, derived from the report's own parts.

Both read only the typed parts the report shows (:class:`Findings`), so every
count and claim in them is one the rest of the report states too.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import ON_RECORD_TYPES
from . import models as m
from .labels import source_label

ENGLISH_ONLY = "The sourcing analysis is English-only, and this article is not in English."
_ARTICLES = frozenset({"A", "An", "The", "Her", "His", "Their"})
_QUOTES = "\"'“”‘’"
_NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


@dataclass(frozen=True, slots=True)
class Findings:
    """The parts of the report that the summary and the checklist are made from."""

    language: str | None
    sourcing: m.SourcingSummary
    attributions: list[m.Attribution]
    reporting_chain: list[m.ChainLink]
    signals: list[m.Signal]
    credibility: m.CredibilityReport | None
    corroboration: m.Corroboration | None

    @property
    def english(self) -> bool:
        """The sourcing rules and the model read English only (as the credibility stage)."""
        return self.language == "en"

    @property
    def on_record(self) -> list[m.Attribution]:
        return [a for a in self.attributions if a.source_type in ON_RECORD_TYPES]

    @property
    def anonymous(self) -> list[m.Attribution]:
        return [a for a in self.attributions if a.source_type == "anonymous"]

    @property
    def responses(self) -> list[m.Attribution]:
        """The subject's side denying or confirming the story: denials first (what the
        reader must see), one per speaker."""
        stated = [a for a in self.attributions if a.stance is not None]
        stated.sort(key=lambda a: a.stance != "denies")
        seen: set[str] = set()
        out: list[m.Attribution] = []
        for a in stated:
            if a.who.lower() not in seen:
                seen.add(a.who.lower())
                out.append(a)
        return out


def number(n: int) -> str:
    return _NUMBERS[n] if 0 <= n < len(_NUMBERS) else str(n)


def counted(n: int, kind: str) -> str:
    label = source_label(kind)
    return f"{number(n)} {label.noun if n == 1 else label.nouns}"


_DETERMINERS = ("a ", "an ", "the ", "this ", "that ")


def distinct(attributions: list[m.Attribution]) -> int:
    """How many sources the attributions come from: the same speaker with two cues ("shot
    down the rumors, telling E!") or named again ("a source" … "the source") is one."""
    seen: set[str] = set()
    unnamed = 0
    for a in attributions:
        who = " ".join(a.who.lower().split())
        for determiner in _DETERMINERS:
            if who.startswith(determiner):
                who = who[len(determiner) :]
                break
        if not who:
            unnamed += 1  # "We're told": no phrase to tell one source from another
        seen.add(who)
    return len(seen - {""}) + unnamed


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _response(a: m.Attribution) -> str:
    """``a rep for Quinn denies it: “the reports are 'completely false'”``."""
    speaker = a.who or "the subject's side"
    first, _, rest = speaker.partition(" ")
    if rest and first in _ARTICLES:
        speaker = f"{first.lower()} {rest}"
    said = ""
    if a.content is not None:
        quote = a.content.text.strip()
        if len(quote) > 1 and quote[0] in _QUOTES and quote[-1] in _QUOTES:
            quote = quote[1:-1]
        quote = quote.rstrip(" ,;:")  # "“It's untrue,” his publicist said": not "untrue,”"
        said = ": “" + _clip(quote.replace('"', "'"), 60) + "”"
    return f"{speaker} {a.stance} it{said}"


# ---- summary -----------------------------------------------------------------
def summary(found: Findings) -> str:
    """One or two plain sentences: how the story is sourced, then how it reads."""
    if not found.english:
        return (
            f"{ENGLISH_ONLY} gossipcheck gives no source counts and no credibility estimate for it."
        )
    sentences = [_sourcing_sentence(found)]
    verdict = _verdict_sentence(found.credibility)
    if verdict:
        sentences.append(verdict)
    return " ".join(sentences)


def _sourcing_sentence(found: Findings) -> str:
    by_type = found.sourcing.by_type
    relayed = ""
    if found.reporting_chain:
        relays = [link.outlet for link in reversed(found.reporting_chain)]
        relayed = f"relayed from {relays[0]}" + "".join(f" via {o}" for o in relays[1:])
    if found.sourcing.attributions == 0:
        clauses = ["No statement in the article is attributed to anyone"]
        if relayed:
            clauses.append(f"the story is {relayed}")
    else:
        parts = [
            counted(distinct([a for a in found.attributions if a.source_type == kind]), kind)
            for kind, n in by_type.items()
            if n
        ]
        clauses = ["Rests on " + _join(parts) + (f", {relayed}" if relayed else "")]
        if not found.on_record:
            clauses.append("no one is on the record")
    clauses.extend(_response(a) for a in found.responses[:2])
    return "; ".join(clauses) + "."


def _verdict_sentence(cred: m.CredibilityReport | None) -> str | None:
    if cred is None or not cred.applicable:
        return None
    where = cred.position or f"P(fake) {cred.p_fake:.2f}"
    reading = f"the text reads as {cred.verdict} ({where})"
    sourcing = cred.explanation.sourcing
    if sourcing is None or sourcing.gossipcop_fake_share is None:
        return reading[0].upper() + reading[1:] + "."
    share = sourcing.gossipcop_fake_share
    history = f"GossipCop rated {100 * share:.0f}% of stories sourced this way fake"
    disagree = (share >= 0.5 and cred.verdict == "likely real") or (
        share < 0.5 and cred.verdict == "likely fake"
    )
    return f"{history}{', but' if disagree else ';'} {reading}."


# ---- checklist ---------------------------------------------------------------
# The questions about the article's sourcing and wording: English-only analyses.
QUESTIONS: dict[m.CheckId, str] = {
    "on_record": "Is someone on the record?",
    "subject_responded": "Did the subject's side respond (deny or confirm)?",
    "relayed": "Is the story relayed from another outlet?",
    "only_anonymous": "Does it rest only on anonymous sources?",
    "hedged": "Is the wording hedged (reportedly, allegedly)?",
}


def checklist(found: Findings) -> list[m.ChecklistItem]:
    if found.english:
        sourcing = [
            _on_record(found),
            _subject_responded(found),
            _relayed(found),
            _only_anonymous(found),
            _hedged(found),
        ]
    else:
        sourcing = [
            _item(id, question, "unknown", ENGLISH_ONLY) for id, question in QUESTIONS.items()
        ]
    return [*sourcing, _corroborated(found.corroboration), _fact_check_match(found.credibility)]


# The tone of each question's answers ("unknown" is always neutral). A response from the
# subject's side and a fact-checked match take theirs from what was said or rated.
_TONES: dict[m.CheckId, dict[m.Answer, m.Tone]] = {
    "on_record": {"yes": "reassuring", "no": "warning"},
    "subject_responded": {"yes": "reassuring", "no": "neutral"},
    "relayed": {"yes": "warning", "no": "neutral"},
    "only_anonymous": {"yes": "warning", "no": "reassuring"},
    "hedged": {"yes": "warning", "no": "neutral"},
    "corroborated": {"yes": "reassuring", "no": "neutral"},
    "fact_check_match": {"yes": "warning", "no": "neutral"},
}


def _item(
    id: m.CheckId,
    question: str,
    answer: m.Answer,
    detail: str,
    evidence: list[m.Span] | None = None,
    tone: m.Tone | None = None,
) -> m.ChecklistItem:
    return m.ChecklistItem(
        id=id,
        question=question,
        answer=answer,
        tone=tone or _TONES[id].get(answer, "neutral"),
        detail=detail,
        evidence=evidence or [],
    )


def _speakers(attributions: list[m.Attribution]) -> list[m.Span]:
    spans = [span for a in attributions if (span := a.speaker or a.cue) is not None]
    return list(dict.fromkeys(spans))


def _on_record(found: Findings) -> m.ChecklistItem:
    question = QUESTIONS["on_record"]
    people = found.on_record
    if not people:
        detail = (
            "No statement is attributed to anyone."
            if not found.attributions
            else "No named person, representative, post or interview is quoted."
        )
        return _item("on_record", question, "no", detail)
    unique = list(dict.fromkeys(f"{a.who} ({source_label(a.source_type).label})" for a in people))
    more = f" and {len(unique) - 3} more" if len(unique) > 3 else ""
    names = ", ".join(unique[:3]) if more else _join(unique)
    return _item("on_record", question, "yes", f"On the record: {names}{more}.", _speakers(people))


def _subject_responded(found: Findings) -> m.ChecklistItem:
    question = QUESTIONS["subject_responded"]
    responses = found.responses
    if responses:
        detail = "; ".join(_response(a) for a in responses[:2])  # starts lower case
        evidence = [span for a in responses if (span := a.content or a.speaker) is not None]
        tone: m.Tone = "warning" if responses[0].stance == "denies" else "reassuring"
        return _item(
            "subject_responded",
            question,
            "yes",
            detail[0].upper() + detail[1:] + ".",
            evidence,
            tone,
        )
    reps = [a for a in found.attributions if a.source_type == "representative"]
    if reps:
        return _item(
            "subject_responded",
            question,
            "unknown",
            "A representative is quoted, but whether they deny or confirm the story was not"
            " determined.",
            _speakers(reps),
        )
    return _item(
        "subject_responded",
        question,
        "no",
        "No denial or confirmation from the people in the story is quoted.",
    )


def _relayed(found: Findings) -> m.ChecklistItem:
    question = QUESTIONS["relayed"]
    chain = found.reporting_chain
    if not chain:
        return _item("relayed", question, "no", "No sign that it was taken from another outlet.")
    outlets = _join([link.outlet for link in reversed(chain)])
    return _item(
        "relayed", question, "yes", f"Relayed from {outlets}.", [link.evidence for link in chain]
    )


def _only_anonymous(found: Findings) -> m.ChecklistItem:
    question = QUESTIONS["only_anonymous"]
    anonymous, on_record = found.anonymous, found.on_record
    if not found.attributions:
        return _item("only_anonymous", question, "no", "No sources are quoted at all.")
    if anonymous and not on_record:
        return _item(
            "only_anonymous",
            question,
            "yes",
            f"{counted(distinct(anonymous), 'anonymous').capitalize()}, no one on the record.",
            _speakers(anonymous),
        )
    if not anonymous:
        return _item("only_anonymous", question, "no", "No anonymous source is quoted.")
    return _item(
        "only_anonymous",
        question,
        "no",
        f"{counted(distinct(anonymous), 'anonymous').capitalize()}, but also"
        f" {number(distinct(on_record))} on the record.",
        _speakers(anonymous),
    )


def _hedged(found: Findings) -> m.ChecklistItem:
    question = QUESTIONS["hedged"]
    hedges = [s.span for s in found.signals if s.kind == "hedge"]
    if not hedges:
        return _item("hedged", question, "no", "No hedging words found.")
    words = _join(sorted({span.text.lower() for span in hedges})[:5])
    noun = "hedge" if len(hedges) == 1 else "hedges"
    return _item(
        "hedged", question, "yes", f"{number(len(hedges)).capitalize()} {noun}: {words}.", hedges
    )


def _corroborated(found: m.Corroboration | None) -> m.ChecklistItem:
    question = "Is the story told elsewhere in the local corpus?"
    if found is None:
        return _item(
            "corroborated", question, "unknown", "No local corpus of articles was searched."
        )
    copies = [x for x in found.matches if x.same_story and not x.is_query]
    if not copies:
        return _item(
            "corroborated",
            question,
            "no",
            f"No other copy of the story among {found.corpus_size} articles searched.",
        )
    detail = f"{len(copies)} other cop{'y' if len(copies) == 1 else 'ies'} among"
    detail += f" {found.corpus_size} articles searched"
    first = found.earliest
    if first is not None:
        who = "this article" if first.is_query else (first.outlet or first.title or first.id)
        detail += f"; the earliest is {who}" + (
            f" ({first.published[:10]})" if first.published else ""
        )
    return _item("corroborated", question, "yes", detail + ".")


def _fact_check_match(cred: m.CredibilityReport | None) -> m.ChecklistItem:
    question = "Does it match a story that was fact-checked?"
    matches = cred.explanation.matches if cred is not None and cred.applicable else None
    if matches is None:
        return _item(
            "fact_check_match", question, "unknown", "The fact-checked stories were not searched."
        )
    if not matches:
        return _item(
            "fact_check_match", question, "no", "No fact-checked story tells the same story."
        )
    best = max(matches, key=lambda x: x.similarity)
    where = ", ".join(part for part in (best.outlet, best.date) if part)
    title = f"“{_clip(best.title, 80)}”" if best.title else "a story"
    return _item(
        "fact_check_match",
        question,
        "yes",
        f"Same story as {title}{f' ({where})' if where else ''}, rated {best.rating} by"
        f" GossipCop (similarity {best.similarity:.2f}).",
        tone="warning" if best.rating == "fake" else "reassuring",
    )
