"""The curated outlet table (``data/outlets.json``) and outlet recognition in text.

Aliases such as "TMZ" or "Us Weekly" always name an outlet. Common words that
double as outlet names ("People", "Star", "Extra") count only in an outlet
context: after "told", "sources for", "according to", before "reports" or
"has learned", or written in quotes ("'People' Reports").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from ..article import Span
from ..settings import DATA_DIR

OUTLETS_PATH = DATA_DIR / "outlets.json"

__all__ = ["Outlet", "OutletMention", "all_outlets", "find_outlets", "lookup_outlet"]


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class OutletMention:
    span: Span
    text: str
    outlet: Outlet


@cache
def all_outlets() -> tuple[Outlet, ...]:
    data = json.loads(OUTLETS_PATH.read_text(encoding="utf-8"))
    return tuple(
        Outlet(
            name=row["name"],
            aliases=tuple(row.get("aliases", ())),
            context_aliases=tuple(row.get("context_aliases", ())),
            domains=tuple(row.get("domains", ())),
        )
        for row in data["outlets"]
    )


@cache
def _by_key() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    names: dict[str, Outlet] = {}
    domains: dict[str, Outlet] = {}
    for outlet in all_outlets():
        for alias in (outlet.name, *outlet.aliases, *outlet.context_aliases):
            names.setdefault(_norm(alias), outlet)
        for domain in outlet.domains:
            domains.setdefault(domain.lower(), outlet)
    return names, domains


def _norm(name: str) -> str:
    name = name.replace("’", "'").lower().strip()
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"\.\s+(?=com\b)", ".", name)
    return re.sub(r"\s+", " ", name)


_HOST_RE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}")


def domain_of(url_or_domain: str) -> str | None:
    """The host of a URL or bare domain, lower-case, without ``www.``; None if not one."""
    value = url_or_domain.strip()
    if not value or " " in value:
        return None
    if "://" not in value:
        if "." not in value.split("/")[0]:
            return None
        value = "http://" + value
    try:
        host = (urlsplit(value).hostname or "").lower()
    except ValueError:
        return None
    if not _HOST_RE.fullmatch(host):
        return None
    if host.startswith("www."):
        host = host[4:]
    return host or None


def lookup_outlet(name_or_domain: str | None) -> Outlet | None:
    """The outlet named by a name, alias, URL or domain ("people.com", "Us Weekly")."""
    if not name_or_domain:
        return None
    names, domains = _by_key()
    hit = names.get(_norm(name_or_domain))
    if hit is not None:
        return hit
    host = domain_of(name_or_domain)
    if host is None:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        hit = domains.get(".".join(parts[i:]))
        if hit is not None:
            return hit
    return None


_NOT_AFTER = r"[\w.!]"  # an alias does not start right after these


def _alias_regex(aliases: list[str]) -> re.Pattern[str] | None:
    """One alternation of the aliases, longest first, each not inside a longer word.

    Aliases are grouped by their first letter, each group's order kept: at a given
    position only the group of the letter there can match, so the result is that of the
    plain longest-first alternation, while the engine tests one letter per group rather
    than every alias (and, with the start check behind the letter, skips ahead to the
    letters that begin an alias).
    """
    if not aliases:
        return None
    groups: dict[str, list[str]] = {}  # first letter -> the rest of each alias pattern
    marked: list[str] = []  # aliases opening with a mark, checked in the plain way
    for alias in sorted(set(aliases), key=len, reverse=True):
        pat = r"\s+".join(re.escape(w) for w in alias.split())
        pat = pat.replace("'", "['’]").replace("’", "['’]").replace(r"\.", r"\.\s?")
        head = alias[0]
        if head.isalnum():  # re.escape leaves letters and digits as they are
            groups.setdefault(head, []).append(pat[1:])
        else:
            marked.append(f"(?<!{_NOT_AFTER}){pat}")
    alts = [f"{h}(?<!{_NOT_AFTER}{h})(?:{'|'.join(rests)})" for h, rests in groups.items()]
    return re.compile("(?:" + "|".join([*alts, *marked]) + r")(?![\w]|['’]s\s+Choice|\s+Choice)")


@cache
def _matchers() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    always: list[str] = []
    context: list[str] = []
    domains: list[str] = []
    for outlet in all_outlets():
        always.extend(outlet.aliases)
        context.extend(outlet.context_aliases)
        domains.extend(outlet.domains)
    domain_re = (
        re.compile(
            r"(?i)(?<![\w.])(?:www\.)?(?:"
            + "|".join(re.escape(d) for d in sorted(domains, key=len, reverse=True))
            + r")(?![\w])"
        )
        if domains
        else None
    )
    return _alias_regex(always), _alias_regex(context), domain_re


@cache
def _domain_hint() -> tuple[re.Pattern[str], int] | None:
    """A cheap first test for the domain regex: each domain's part from its first dot
    (".com", ".co.uk"), which every domain match contains, and how far before that part
    a match can start ("www." and the longest name before a dot); None when a domain
    has no dot (then the full regex always runs)."""
    domains = [d for outlet in all_outlets() for d in outlet.domains]
    if not domains or any("." not in d for d in domains):
        return None
    tails = sorted({d[d.index(".") :] for d in domains}, key=len, reverse=True)
    reach = len("www.") + max(d.index(".") for d in domains)
    return re.compile("(?i)" + "|".join(re.escape(t) for t in tails)), reach


def _domain_matches(domain_re: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``domain_re.finditer(text)``, skipping the text before the first domain ending
    (the look-behind still sees the characters before the start position)."""
    hint = _domain_hint()
    if hint is None:
        return domain_re.finditer(text)
    found = hint[0].search(text)
    if found is None:
        return iter(())
    return domain_re.finditer(text, max(0, found.start() - hint[1]))


_BEFORE_CONTEXT = re.compile(
    r"(?:\b(?:told|tell|tells|telling|to|for|with|by|from|per|via|in|on|at|according\s+to|"
    r"interview\s+with|reported\s+by|report\s+by|obtained\s+by|confirmed\s+to|"
    r"speaking\s+to|sources?\s+for|insiders?\s+for)\s+(?:the\s+)?|[‘'\"“(])$"
)
_AFTER_CONTEXT = re.compile(
    r"^(?:[’'\"”)]|\s+(?:magazine|mag|reports?|reported|has|had|have|can|confirmed|confirms|"
    r"shares|shared|says|said|writes|wrote|notes|noted|claims|claimed|reveals|revealed|"
    r"learned|learns|obtained|exclusively|EXCLUSIVELY|first|previously|recently|also|"
    r"adds|added|explains|explained|details|detailed|dishes|dished|published|"
    r"was\s+first|is\s+reporting|interview|exclusive|cover\s+story|"
    r"(?:broke|breaks|broken)\s+the\s+(?:news|story))\b|['’]s\s+(?:report|sources?|insiders?|story|article|"
    r"cover|interview|source)\b|,\s+(?:citing|which|who)\b)"
)


def find_outlets(text: str) -> list[OutletMention]:
    """Every outlet mention in ``text``, in order, without overlaps."""
    always, context, domain_re = _matchers()
    _, by_domain = _by_key()
    found: list[OutletMention] = []
    if always is not None:
        for m in always.finditer(text):
            outlet = lookup_outlet(m.group(0))
            if outlet is not None:
                found.append(OutletMention(Span(m.start(), m.end()), m.group(0), outlet))
    if context is not None:
        for m in context.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            after = text[m.end() : m.end() + 40]
            if not (_BEFORE_CONTEXT.search(before) or _AFTER_CONTEXT.match(after)):
                continue
            outlet = lookup_outlet(m.group(0))
            if outlet is not None:
                found.append(OutletMention(Span(m.start(), m.end()), m.group(0), outlet))
    if domain_re is not None:
        for m in _domain_matches(domain_re, text):
            host = m.group(0).lower().removeprefix("www.")
            outlet = by_domain.get(host)
            if outlet is not None:
                found.append(OutletMention(Span(m.start(), m.end()), m.group(0), outlet))
    found.sort(key=lambda x: (x.span.start, -x.span.end))
    result: list[OutletMention] = []
    for mention in found:
        if result and mention.span.start < result[-1].span.end:
            continue
        result.append(mention)
    return result
