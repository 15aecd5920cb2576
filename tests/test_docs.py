"""Docs are tested: every CLI command has help and appears in the README; the
public API is what __all__ says."""

from __future__ import annotations

import re

import typer.main

import gossipcheck
from gossipcheck.cli import app

from .conftest import ROOT


def commands(group: object = None, prefix: str = "") -> dict[str, str]:
    """Every command and sub-command, e.g. ``check``, ``lab``, ``lab train``."""
    group = group or typer.main.get_command(app)
    found: dict[str, str] = {}
    for name, cmd in group.commands.items():  # type: ignore[attr-defined]
        found[prefix + name] = cmd.help or ""
        if hasattr(cmd, "commands"):
            found |= commands(cmd, f"{prefix}{name} ")
    return found


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
