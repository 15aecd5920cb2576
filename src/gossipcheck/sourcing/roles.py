"""Named people whose role in the article makes them a representative.

"Tran's manager York", "attorney Mark Geragos", "Cpl. Laurel Scott" (role noun before the
name) and "Jane Doe, a spokeswoman for the star," or "York, who is her manager," (role
noun after the name): a later "York said" or "he tells Gossip Cop" is the representative
speaking (eval/sourcing/README.md, `representative`). The role nouns are the
``representative`` rows of ``speaker_nouns.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from ..lexicons import non_name_words
from .patterns import speaker_nouns

# Representative nouns that are no title before a name ("Team Kanye", "Police Department",
# "official Facebook").
_NOT_TITLES = frozenset(
    {"camp", "team", "statement", "joint statement", "department", "police", "official"}
)
_NAME = r"((?:[A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*){0,2})"


@cache
def _role_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = sorted(
        (
            re.escape(n).replace(r"\ ", r"\s+")
            for n, cls in speaker_nouns().items()
            if cls == "representative" and n not in _NOT_TITLES
        ),
        key=len,
        reverse=True,
    )
    role = r"(?i:" + "|".join(nouns) + r")"
    before = re.compile(r"(?<![\w’'-])" + role + r"(?<=[\w.])\s+" + _NAME + r"(?![\w’'-])")
    after = re.compile(
        r"(?<![\w’'-])"
        + _NAME
        + r",\s+(?:who\s+is\s+)?(?:(?i:a|an|the|his|her|their)|[A-Z][\w’'-]*['’]s)\s+"
        r"(?:[\w’'-]+\s+){0,3}?" + role + r"(?![\w’'-])"
    )
    return before, after


def representative_names(text: str) -> frozenset[str]:
    """The names (and their last words) introduced with a representative's role noun."""
    names: set[str] = set()
    for regex in _role_res():
        for m in regex.finditer(text):
            name = m.group(1)
            if name.split()[0] in non_name_words():
                continue  # "her rep Thursday"
            names.add(name)
            names.add(name.split()[-1])
    return frozenset(names)


def is_representative(name: str, names: frozenset[str]) -> bool:
    """``name`` (a speaker's text or antecedent) is one of :func:`representative_names`: the
    whole name, or a lone surname ("York"); "Erika Girardi" is not "lawyer Tom Girardi"."""
    return name in names
