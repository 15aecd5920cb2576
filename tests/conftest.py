from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

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


@cache
def _report_validator() -> Any:
    import jsonschema

    from gossipcheck.report import report_schema

    schema = report_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def validate_report(report: Any) -> None:
    """Fail unless ``report`` validates against the published JSON Schema."""
    errors = sorted(_report_validator().iter_errors(report), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


@pytest.fixture(autouse=True, scope="session")
def _every_report_validates() -> Iterator[None]:
    """Every report the suite builds in-process through ``Checker.report`` is validated."""
    from gossipcheck.core import Checker

    original = Checker.report

    def report(self: Checker, article: Any) -> dict[str, Any]:
        built = original(self, article)
        validate_report(built)
        return built

    Checker.report = report  # type: ignore[method-assign]
    yield
    Checker.report = original  # type: ignore[method-assign]
