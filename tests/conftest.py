from __future__ import annotations

from pathlib import Path

import pytest

from gossipcheck.settings import shared_data_dir

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "radar-style-re-report.txt"
SHARED = shared_data_dir()
SEED = SHARED.parent / "examples" / "kim-kanye-people-report.txt"


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def checker():  # type: ignore[no-untyped-def]
    from gossipcheck import Checker

    return Checker()


def needs_data(*parts: str) -> pytest.MarkDecorator:
    path = SHARED.joinpath(*parts)
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present")
