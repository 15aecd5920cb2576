"""Every shipped data file says which lab command rebuilds it (src/gossipcheck/data/README.md)."""

from __future__ import annotations

import re

import typer.main

from gossipcheck.lab.cli import lab_app
from gossipcheck.settings import DATA_DIR

ROW = re.compile(r"^\| `([^`]+)` \| (.+) \|$")


def rows() -> dict[str, str]:
    text = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    return {m[1]: m[2] for line in text.splitlines() if (m := ROW.match(line))}


def test_every_data_file_is_listed_and_every_row_is_a_file() -> None:
    shipped = {
        p.relative_to(DATA_DIR).as_posix()
        for p in DATA_DIR.rglob("*")
        if p.is_file() and p.name != "README.md" and "__pycache__" not in p.parts
    }
    assert shipped == set(rows())


def test_every_rebuild_names_a_lab_command_or_says_hand_curated() -> None:
    commands = set(typer.main.get_command(lab_app).commands)  # type: ignore[attr-defined]
    for name, how in rows().items():
        if how == "hand-curated" or how.startswith("`python -m gossipcheck.pipeline --update`"):
            continue  # the stage versions are rebuilt by the pipeline module, not the lab
        command = re.match(r"`gossipcheck lab ([\w-]+)", how)
        assert command, f"{name}: {how!r} names no lab command"
        assert command[1] in commands, f"{name}: no `gossipcheck lab {command[1]}`"
