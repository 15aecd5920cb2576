"""Docs are tested: every CLI command has help and appears in the README; the
public API is what __all__ says."""

from __future__ import annotations

import re

import typer.main

import gossipcheck
from gossipcheck.cli import app

from .conftest import ROOT


def commands() -> dict[str, str]:
    group = typer.main.get_command(app)
    return {name: (cmd.help or "") for name, cmd in group.commands.items()}  # type: ignore[attr-defined]


def test_every_command_has_help() -> None:
    for name, help_text in commands().items():
        assert help_text.strip(), f"`gossipcheck {name}` has no help text"


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in commands():
        assert re.search(rf"gossipcheck {re.escape(name)}\b", readme), f"README lacks {name}"


def test_readme_starts_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text().split("\n## ")[0]
    assert "make run" in head and "make test" in head


def test_public_api() -> None:
    assert sorted(gossipcheck.__all__) == [
        "Article",
        "Checker",
        "GossipcheckError",
        "Options",
        "__version__",
    ]
    for name in gossipcheck.__all__:
        assert hasattr(gossipcheck, name)
