"""The second sourcing gold set: frozen annotations consistent with the draw, split by
story, and the agreement figures' kappa computed as Cohen's."""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import pytest

from .conftest import ROOT

SET2 = ROOT / "eval" / "sourcing" / "set2"


def _module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"set2_{name}", SET2 / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ids() -> dict[tuple[str, str], list[str]]:
    lines = (SET2 / "ids.tsv").read_text(encoding="utf-8").splitlines()
    return {(r[0], r[1]): r for r in (line.split("\t") for line in lines)}


def _rows(name: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in (SET2 / name).read_text(encoding="utf-8").splitlines()]


def test_every_drawn_article_is_annotated_once_with_its_part() -> None:
    ids = _ids()
    rows = _rows("annotations.jsonl")
    keys = [(str(r["file"]), str(r["id"])) for r in rows]
    assert len(keys) == len(set(keys)) == len(ids) >= 200
    assert {k: str(r["part"]) for k, r in zip(keys, rows, strict=True)} == {
        k: v[4] for k, v in ids.items()
    }
    files = {f for f, _ in keys}
    assert files == {"gossipcop/extra.jsonl", "ood/celebrity_dev.jsonl"}  # never test/SheepDog
    stances = {a.get("stance") for r in rows for a in r["attributions"]}  # type: ignore[attr-defined]
    assert stances <= {None, "denies", "confirms"}


def test_fifty_articles_have_an_independent_second_pass_split_evenly() -> None:
    ids = _ids()
    second = [(str(r["file"]), str(r["id"])) for r in _rows("second.jsonl")]
    assert len(second) == len(set(second)) == 50
    assert sorted(ids[k][4] for k in second).count("dev") == 25
    assert all(ids[k][6] in ("b1", "b2") for k in second)


def test_cohens_kappa() -> None:
    kappa = _module("agreement").kappa
    # 10 items, raw agreement .8; marginals a: 5/5, b: 5/5 -> pe .5 -> kappa .6
    pairs = [("x", "x")] * 4 + [("y", "y")] * 4 + [("x", "y"), ("y", "x")]
    k, raw = kappa(pairs)
    assert raw == pytest.approx(0.8) and k == pytest.approx(0.6)
    assert kappa([("x", "x")] * 3) == (1.0, 1.0)


@pytest.mark.data("ood", "celebrity_dev.jsonl")
def test_the_draw_reproduces_ids_tsv() -> None:
    drawn = _module("draw").select()
    got = {(r["file"], r["id"]): r["part"] for r in drawn}
    assert got == {k: v[4] for k, v in _ids().items()}
