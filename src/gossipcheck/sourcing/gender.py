"""Which people of an article the text itself calls "he" or "she".

A pronoun speaker ("he tweeted") resolves to a person whose gender, where the article
shows it, agrees: "her husband Kanye West", "Mrs. Lane", or the pronouns that follow a
person's mention in a sentence naming no one else ("Kim defended her husband"). Nothing
outside the article is consulted (no list of first names), so a person the text never
genders stays unknown and agrees with either pronoun.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Literal

from ..article import Entity

Gender = Literal["m", "f"]

_PRONOUNS: dict[str, Gender] = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
_PRONOUN_RE = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
# Quoted speech talks about other people ("“I love him,” she said"): its pronouns are not
# evidence about the people named around it.
_QUOTED_RE = re.compile(r"“[^”]*”|\"[^\"]*\"")
# A kinship or gendered title right before a name says who the name is.
_TITLES: dict[Gender, str] = {
    "m": r"husband|ex-husband|boyfriend|ex-boyfriend|fianc[eé]|son|stepson|father|dad|"
    r"stepfather|brother|grandfather|uncle|nephew|actor|king|prince|Mr\.?|Sir",
    "f": r"wife|ex-wife|girlfriend|ex-girlfriend|fianc[eé]e|daughter|stepdaughter|mother|"
    r"mom|mum|stepmother|sister|grandmother|aunt|niece|actress|queen|princess|"
    r"Mrs\.?|Ms\.?|Miss|Lady|Dame",
}
_TITLE_RES = {g: re.compile(rf"\b(?:{words})\s+$", re.IGNORECASE) for g, words in _TITLES.items()}
_TITLE_WEIGHT = 3  # one title outweighs a stray pronoun or two


def pronoun_gender(word: str) -> Gender | None:
    """The gender a pronoun speaker names ("she" -> "f"); None for "they", "I", "we"."""
    return _PRONOUNS.get(word.lower())


def genders(
    text: str,
    people: Sequence[Entity],
    sentence_starts: Sequence[int],
    form: Callable[[Entity], str],
) -> dict[str, Gender]:
    """The gender the text shows for each person, keyed by ``form`` (the person's usual full
    name); people the text does not gender clearly (two to one at least) are left out.

    Votes: a title before a mention, and the pronouns after the first mention in a sentence
    naming that person alone; then, in a sentence naming two people of whom one is gendered,
    the other gender's pronouns go to the other person ("Kanye met his wife Kim")."""
    votes: dict[str, dict[Gender, int]] = {}
    bounds = [*sentence_starts, len(text)]
    by_sentence: dict[int, list[Entity]] = {}
    for person in people:
        tally = votes.setdefault(form(person), {"m": 0, "f": 0})
        before = text[max(0, person.span.start - 25) : person.span.start]
        for gender, title in _TITLE_RES.items():
            if title.search(before):
                tally[gender] += _TITLE_WEIGHT
        by_sentence.setdefault(_sentence_of(sentence_starts, person.span.start), []).append(person)
    pairs: list[tuple[list[str], list[Gender]]] = []
    for index, named in by_sentence.items():
        names = list(dict.fromkeys(form(p) for p in named))
        end = bounds[index + 1] if index + 1 < len(bounds) else len(text)
        said = _pronouns_outside_quotes(text, named[0].span.end, end)
        if len(names) == 1:
            for gender in said:
                votes[names[0]][gender] += 1
        elif len(names) == 2:
            pairs.append((names, said))
    known = _decide(votes)
    for names, said in pairs:
        for one, other in (names, names[::-1]):
            if one in known and other not in known:
                for gender in said:
                    if gender != known[one]:
                        votes[other][gender] += 1
    return _decide(votes)


def _decide(votes: dict[str, dict[Gender, int]]) -> dict[str, Gender]:
    out: dict[str, Gender] = {}
    for name, tally in votes.items():
        m, f = tally["m"], tally["f"]
        if m and m >= 2 * f:
            out[name] = "m"
        elif f and f >= 2 * m:
            out[name] = "f"
    return out


def _sentence_of(starts: Sequence[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)  # the last starting at or before pos


def _pronouns_outside_quotes(text: str, start: int, end: int) -> list[Gender]:
    stretch = _QUOTED_RE.sub(" ", text[start:end])
    return [_PRONOUNS[m.group(0).lower()] for m in _PRONOUN_RE.finditer(stretch)]
