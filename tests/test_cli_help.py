"""Help texts survive Typer's rich markup: a ``[word]`` in a help string is read as a
style tag and vanishes from ``--help`` ("needs gossipcheck[report]" printed as "needs
gossipcheck"), so no command or option help may hold an unescaped square bracket."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import typer.main

from gossipcheck.cli import app

TAG = re.compile(r"(?<!\\)\[[a-z][\w ,.=-]*\]")


def _helps(command: Any, path: str) -> Iterator[tuple[str, str]]:
    """(where, help text) for a command, its options and, for a group, every sub-command
    (Typer's own click: duck-typed; sub-commands may load lazily, so ask the group)."""
    yield path, command.help or ""
    for param in command.params:
        yield f"{path} {param.name}", getattr(param, "help", None) or ""
    if hasattr(command, "list_commands"):
        context = command.context_class(command)
        for name in command.list_commands(context):
            sub = command.get_command(context, name)
            if sub is not None:
                yield from _helps(sub, f"{path} {name}")


def test_no_help_text_holds_a_markup_tag() -> None:
    helps = list(_helps(typer.main.get_command(app), "gossipcheck"))
    assert len(helps) > 40  # every command and option, the lab's included
    eaten = [(where, text) for where, text in helps if TAG.search(text)]
    assert eaten == []


def test_the_tag_pattern_catches_an_extra_name() -> None:
    assert TAG.search("plots (needs gossipcheck[report])")
    assert not TAG.search("plots (needs the report extra)")
