"""All of gossipcheck's errors, and their messages, in one place.

Every error is a :class:`GossipcheckError` whose ``str()`` is a single line fit
for a terminal or an HTTP error body; front ends print it and exit non-zero,
never a traceback.
"""

from __future__ import annotations


class GossipcheckError(Exception):
    """Base class: the message is one line, meant for the user."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))


class InputError(GossipcheckError):
    """The input cannot be read as an article (empty, binary, too large, no text)."""

    exit_code = 2


class FetchError(GossipcheckError):
    """A URL could not be fetched, or fetching it was refused."""

    exit_code = 3


class ModelError(GossipcheckError):
    """The credibility model artifact is missing or unreadable."""

    exit_code = 4


class DataError(GossipcheckError):
    """A labelled data file or corpus file is malformed."""

    exit_code = 5


def missing_path(path: str) -> InputError:
    return InputError(f"no such file: {path}")


def too_large(what: str, size: int, limit: int) -> InputError:
    return InputError(f"{what} is {size:,} bytes, over the {limit:,}-byte limit")
