"""The stage protocol and the one registry of stages.

A stage is a small callable over one :class:`Article`: it has a ``name`` and a
``version``, reads and writes fields of the article in place, records itself
in ``article.provenance`` and returns the article. :data:`STAGES` lists them in
running order (sourcing -> outlets -> signals -> claims -> credibility ->
corroboration when a corpus is given), each with the Article fields it
``reads`` and ``writes`` and the source and data files its output depends on;
``Checker.stages`` builds from it.

Honest versions: ``data/stage_versions.json`` records each stage's version and
a sha256 over its declared files. ``python -m gossipcheck.pipeline --update``
rewrites it, and refuses when a stage's files changed but its version did not
(``--force`` for a change that cannot alter any output, such as a comment);
``tests/test_pipeline.py`` fails on the same condition.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from .article import Article
from .settings import DATA_DIR, PACKAGE_DIR, Options

VERSIONS_PATH = DATA_DIR / "stage_versions.json"


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str

    def __call__(self, article: Article) -> Article: ...


def pipe(stage: Stage, articles: Iterable[Article]) -> Iterator[Article]:
    """Default batch form of a stage: one article at a time."""
    for article in articles:
        yield stage(article)


def record(article: Article, stage: Stage) -> Article:
    article.provenance[stage.name] = stage.version
    return article


def _plain(cls: Any, options: Options) -> Stage:
    stage: Stage = cls()
    return stage


def _always(options: Options) -> bool:
    return True


@dataclass(frozen=True, slots=True)
class StageSpec:
    """One entry of the registry. ``target`` is ``module:Class`` (imported only when
    built: the models are heavy); ``sources`` are globs under the package,
    ``data`` globs under ``data/``: everything the stage's output depends on."""

    name: str
    target: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    sources: tuple[str, ...]
    data: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    make: Callable[[Any, Options], Stage] = _plain
    enabled: Callable[[Options], bool] = _always

    def load(self) -> Any:
        module, _, cls = self.target.partition(":")
        return getattr(importlib.import_module(module), cls)

    def build(self, options: Options) -> Stage:
        return self.make(self.load(), options)

    @property
    def version(self) -> str:
        """The declared version: the class's ``version``, else its module's ``VERSION``."""
        cls = self.load()
        declared = getattr(cls, "version", None)
        if not isinstance(declared, str):
            declared = importlib.import_module(cls.__module__).VERSION
        return str(declared)

    def files(self) -> list[Path]:
        found: set[Path] = set()
        for root, patterns in ((PACKAGE_DIR, self.sources), (DATA_DIR, self.data)):
            for pattern in patterns:
                found.update(p for p in root.glob(pattern) if p.is_file())
        excluded = {PACKAGE_DIR / name for name in self.exclude}
        return sorted(
            (p for p in found - excluded if "__pycache__" not in p.parts),
            key=lambda p: p.relative_to(PACKAGE_DIR).as_posix(),
        )

    def digest(self) -> str:
        """sha256 over the stage's declared files (names and contents)."""
        sha = hashlib.sha256()
        for path in self.files():
            sha.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
            sha.update(path.read_bytes() + b"\0")
        return sha.hexdigest()


def _credibility(cls: Any, options: Options) -> Stage:
    stage: Stage = cls(explain=options.explain)
    return stage


def _corroboration(cls: Any, options: Options) -> Stage:
    stage: Stage = cls(options.corpus)
    return stage


def _has_corpus(options: Options) -> bool:
    return options.corpus is not None


_SHARED = ("article.py", "text.py", "sourcing/lexicons.py", "lexicons.py")

STAGES: tuple[StageSpec, ...] = (
    StageSpec(
        "sourcing",
        "gossipcheck.sourcing.stage:SourcingStage",
        reads=("text", "sentences", "url", "outlet"),
        writes=("sentences", "outlet", "entities", "attributions", "reporting_chain", "also_cites"),
        sources=(*_SHARED, "sourcing/*.py"),
        data=(
            "outlets.json",
            "lexicons/*",
            "models/attribution-tagger.npz",
            "models/name-tagger.npz",
        ),
        exclude=("sourcing/outlet_records.py", "sourcing/reputation.py", "sourcing/features.py"),
    ),
    StageSpec(
        "outlets",
        "gossipcheck.sourcing.outlet_records:OutletsStage",
        reads=("outlet", "url", "reporting_chain", "also_cites", "attributions"),
        writes=("outlets",),
        sources=(*_SHARED, "sourcing/outlet_records.py", "sourcing/reputation.py"),
        data=("outlet_reputation.json",),
    ),
    StageSpec(
        "signals",
        "gossipcheck.signals.stage:SignalsStage",
        reads=("text",),
        writes=("signals",),
        sources=(*_SHARED, "signals/*.py"),
        data=("lexicons/exclusive.txt", "lexicons/hedges.txt", "lexicons/sensational.txt"),
    ),
    StageSpec(
        "claims",
        "gossipcheck.claims.stage:ClaimsStage",
        reads=("text", "sentences", "entities", "attributions"),
        writes=("claims",),
        sources=(*_SHARED, "claims/*.py", "sourcing/entities.py"),
        data=("lexicons/claim_types.tsv", "lexicons/ner_skip.txt"),
    ),
    StageSpec(
        "credibility",
        "gossipcheck.credibility.stage:CredibilityStage",
        reads=("text", "title", "language", "sentences", "attributions", "signals", "claims"),
        writes=("credibility",),
        sources=(*_SHARED, "credibility/*.py", "sourcing/features.py"),
        data=("models/credibility*", "sourcing_profiles.json"),
        make=_credibility,
    ),
    StageSpec(
        "corroboration",
        "gossipcheck.corroboration.stage:CorroborationStage",
        reads=("text", "title", "url", "outlet", "published"),
        writes=("corroboration",),
        sources=(*_SHARED, "corroboration/*.py"),
        make=_corroboration,
        enabled=_has_corpus,
    ),
)


def build_stages(options: Options) -> list[Stage]:
    """The stages ``options`` asks for, in running order."""
    return [spec.build(options) for spec in STAGES if spec.enabled(options)]


# ---- honest versions -------------------------------------------------------
def current_versions(specs: Iterable[StageSpec] = STAGES) -> dict[str, dict[str, str]]:
    return {spec.name: {"version": spec.version, "sha256": spec.digest()} for spec in specs}


def recorded_versions(path: Path = VERSIONS_PATH) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def unbumped(current: dict[str, dict[str, str]], recorded: dict[str, dict[str, str]]) -> list[str]:
    """Stages whose files changed while their version stayed the same."""
    return sorted(
        name
        for name, now in current.items()
        if (was := recorded.get(name)) is not None
        and was["sha256"] != now["sha256"]
        and was["version"] == now["version"]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gossipcheck.pipeline", description="Check or update stage_versions.json."
    )
    parser.add_argument("--update", action="store_true", help="rewrite stage_versions.json")
    parser.add_argument(
        "--force", action="store_true", help="with --update: accept changes without a bump"
    )
    args = parser.parse_args(argv)
    current, recorded = current_versions(), recorded_versions()
    stale = unbumped(current, recorded)
    if stale and not args.force:
        names = ", ".join(stale)
        print(
            f"changed without a version bump: {names}; bump each stage's version"
            " (or --force when no output can change)",
            file=sys.stderr,
        )
        return 1
    if args.update:
        text = json.dumps(current, indent=2, sort_keys=True) + "\n"
        VERSIONS_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {VERSIONS_PATH}")
        return 0
    if current != recorded:
        print("stage_versions.json is out of date: run with --update", file=sys.stderr)
        return 1
    print("stage versions up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
