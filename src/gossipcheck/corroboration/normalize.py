"""Text, date and outlet normalisation for matching.

Matching must not care how a copy of a story was formatted: tokenizer spacing
(``six - year - old``, ``RadarOnline. com``), curly or straight quotes, accents,
line breaks and case all vanish here, because a token is a run of letters or
digits (any script) after NFKC and accent folding. Dates become ISO 8601
strings so that they compare.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from ..errors import DataError

_TOKEN = re.compile(r"[^\W_]+")

# Function words carry no story content; they are left out of the terms and the
# shingles so that a rephrased sentence still shares its content shingles.
_STOPWORDS = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    out over own same she should so some such than that the their theirs them themselves then
    there these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours yourself s t d ll m re ve said says
    just like one get got
"""
STOPWORDS = frozenset(_STOPWORDS.split())


def fold(text: str) -> str:
    """NFKC, accents stripped, lower case."""
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


def tokens(text: str) -> list[str]:
    """Every letter/digit run: ``six - year - old`` and ``six-year-old`` agree."""
    return _TOKEN.findall(fold(text))


def content_tokens(text: str) -> list[str]:
    """Tokens without function words (the ones that say what the story is about)."""
    return [tok for tok in tokens(text) if tok not in STOPWORDS]


def published_iso(value: object) -> str | None:
    """``value`` as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SSZ`` (UTC); ``None`` if empty.

    Accepts ISO strings (``2018-01-24 15:00:00``, with or without a zone), RFC 2822
    dates and Unix timestamps in seconds or milliseconds. Raises ``ValueError`` when
    the value is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int | float):
        seconds = float(value) / (1000.0 if abs(value) > 1e11 else 1.0)
        return _iso(datetime.fromtimestamp(seconds, tz=UTC))
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text).isoformat()
    if re.fullmatch(r"-?\d+(\.\d+)?", text):
        return published_iso(float(text))
    try:
        return _iso(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return _iso(parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not a date: {value!r}") from None


def _iso(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"


def published_key(iso: str) -> datetime:
    """A sortable instant for a :func:`published_iso` string (a bare date is midnight)."""
    if len(iso) == 10:
        return datetime.fromisoformat(iso)
    return datetime.fromisoformat(iso.rstrip("Z"))


def outlet_from_url(url: str | None) -> str | None:
    """``https://www.people.com/x`` -> ``people.com``; ``None`` for no or bad URLs."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def check_published(value: object, where: str) -> str | None:
    """:func:`published_iso`, raising a one-line :class:`DataError` naming ``where``."""
    try:
        return published_iso(value)
    except ValueError:
        raise DataError(f"{where}: 'published' is not a date: {value!r}") from None
