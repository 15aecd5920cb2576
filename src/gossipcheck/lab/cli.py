"""``gossipcheck lab ...``: the research commands, mounted on the product's CLI.

Importing this module needs typer only; each command imports its lab module when
it runs. Without the ``lab`` extra every command stops with one line.
"""

from __future__ import annotations

import json
from enum import StrEnum
from importlib.util import find_spec
from pathlib import Path
from typing import Annotated

import typer

from ..errors import GossipcheckError, InputError
from ..settings import shared_data_dir

LAB_MODULES = ("sklearn", "matplotlib", "threadpoolctl")
MISSING_LAB = "the lab needs `pip install gossipcheck[lab]`"
OUT_DIR = Path("bench/out")  # where plots, tables and perturbed sets go unless told

lab_app = typer.Typer(
    help="Research: train, evaluate and benchmark; rebuild the shipped data tables.",
    no_args_is_help=True,
)
experiment_app = typer.Typer(
    help="Reproducible experiments behind the shipped model's choices.", no_args_is_help=True
)
lab_app.add_typer(experiment_app, name="experiment")

DataDir = Annotated[
    Path | None,
    typer.Option(help="Data folder (default: $GOSSIPCHECK_DATA, else ../shared/data)."),
]


class EvalFormat(StrEnum):
    text = "text"
    json = "json"


class EncoderChoice(StrEnum):
    finetune = "finetune"
    reuse = "reuse"
    none = "none"


class GoldPart(StrEnum):
    all = "all"
    dev = "dev"
    heldout = "heldout"
    each = "each"


def missing_lab_modules() -> list[str]:
    """The lab extra's modules that cannot be imported here."""
    return [name for name in LAB_MODULES if find_spec(name) is None]


@lab_app.callback()
def require_lab() -> None:
    """Research: train, evaluate and benchmark; rebuild the shipped data tables."""
    if missing_lab_modules():
        raise GossipcheckError(MISSING_LAB)


@lab_app.command()
def train(
    data: Annotated[
        list[Path] | None,
        typer.Option("--data", help="Labelled JSONL files (default: train + extra)."),
    ] = None,
    val: Annotated[Path | None, typer.Option(help="Validation JSONL for model selection.")] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write the model artifact.")] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    encoder: Annotated[
        EncoderChoice,
        typer.Option(
            help="finetune: train the MiniLM encoder (needs the train extra; ~20 min on "
            "2 CPU cores); reuse: keep the shipped encoder and refit the rest; none: lexical only."
        ),
    ] = EncoderChoice.finetune,
    reuse_from: Annotated[
        Path | None,
        typer.Option(
            help="With --encoder reuse: the model artifact, or the fine-tuned candidate's "
            "folder (from 'lab experiment encoder-size'), whose encoder to keep "
            "(default: the shipped model's)."
        ),
    ] = None,
) -> None:
    """Train the credibility model and write the shipped artifact (data/models/)."""
    from ..credibility.model import DEFAULT_PATH
    from .credibility.train import DEFAULT_DATA, DEFAULT_VAL, train_model

    summary = train_model(
        data or DEFAULT_DATA,
        out or DEFAULT_PATH,
        seed=seed,
        val=val or DEFAULT_VAL,
        encoder=encoder.value,
        reuse_from=reuse_from or DEFAULT_PATH,
    )
    typer.echo(json.dumps(summary, indent=2, default=str))


@lab_app.command("eval")
def eval_(
    data: Annotated[Path, typer.Argument(help="Labelled JSONL (rows with text and label).")],
    format: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.text,
    model: Annotated[Path | None, typer.Option(help="Model artifact (default: shipped).")] = None,
) -> None:
    """Score a labelled JSONL file: macro-F1, accuracy, per-class figures, ECE, speed."""
    from ..credibility.model import CredibilityModel
    from .credibility.evaluate import evaluate, read_labelled

    rows = read_labelled(data)
    result = evaluate(CredibilityModel.load(model), rows)
    if format is EvalFormat.json:
        typer.echo(json.dumps(result, indent=2))
        return
    typer.echo(f"{data}: n={result['n']}")
    typer.echo(
        f"macro-F1 {result['macro_f1']:.4f}  accuracy {result['accuracy']:.4f}  "
        f"ECE {result['ece']:.4f}  {result['articles_per_second']:.0f} articles/s"
    )
    for label, figures in result["per_class"].items():
        typer.echo(
            f"  {label:<5} precision {figures['precision']:.3f}  recall {figures['recall']:.3f}"
            f"  F1 {figures['f1']:.3f}  support {figures['support']}"
        )


@lab_app.command()
def bench(
    data_dir: DataDir = None,
    out_dir: Annotated[Path, typer.Option(help="Where plots and tables go.")] = OUT_DIR,
) -> None:
    """Benchmark the baseline and the shipped model on test and the SheepDog style sets."""
    from .credibility.bench import format_table, run_bench

    out_dir.mkdir(parents=True, exist_ok=True)
    rows = run_bench(data_dir or shared_data_dir(), out_dir)
    table = format_table(rows)
    (out_dir / "credibility.md").write_text(table + "\n", encoding="utf-8")
    typer.echo(table)


@lab_app.command("bench-sourcing")
def bench_sourcing(
    gold: Annotated[
        Path | None,
        typer.Option(
            envvar="GOSSIPCHECK_GOLD",
            help="Gold annotations JSONL (in the repository: eval/sourcing/annotations.jsonl).",
        ),
    ] = None,
    data_dir: DataDir = None,
    part: Annotated[GoldPart, typer.Option(help="Gold split; 'each' scores all three.")] = (
        GoldPart.all
    ),
) -> None:
    """Score the sourcing stage against the annotated gold set (F1, recall, speed)."""
    from ..sourcing.stage import SourcingStage
    from .sourcing.evaluate import PARTS, evaluate_sourcing

    if gold is None:
        raise InputError(
            "give --gold FILE or set GOSSIPCHECK_GOLD"
            " (the repository's gold set is eval/sourcing/annotations.jsonl)"
        )
    if not gold.is_file():
        raise InputError(f"no such file: {gold}")
    data = data_dir or shared_data_dir()
    if part is GoldPart.each:
        stage = SourcingStage()
        each = {p: evaluate_sourcing(gold, data, stage, part=p) for p in PARTS}
        typer.echo(json.dumps(each, indent=2))
        return
    typer.echo(json.dumps(evaluate_sourcing(gold, data, part=part.value), indent=2))


@lab_app.command("sourcing-table")
def sourcing_table_cmd(
    gold: Annotated[Path, typer.Option(help="Celebrity gold JSONL with dev/test parts.")] = Path(
        "eval/sourcing/set2/annotations.jsonl"
    ),
    polnear: Annotated[
        Path | None, typer.Option(help="PolNeAR dev JSONL (default: <data>/attribution/).")
    ] = None,
    data_dir: DataDir = None,
    peer_env: Annotated[
        Path, typer.Option(help="The textacy peer's environment (made on first use).")
    ] = Path(".venv-textacy"),
    peer: Annotated[bool, typer.Option(help="Score the textacy peer beside gossipcheck.")] = True,
    out: Annotated[Path | None, typer.Option(help="Also write the table (markdown) here.")] = None,
    fmt: Annotated[EvalFormat, typer.Option("--format", help="text (markdown) or json.")] = (
        EvalFormat.text
    ),
    dev_only: Annotated[
        bool,
        typer.Option(
            "--dev-only",
            help="Leave out the celebrity test half (for tuning: choices follow dev alone).",
        ),
    ] = False,
) -> None:
    """One table: attribution P/R/F1, source and type accuracy, per-type and anonymous
    recall, chain and stance accuracy, speed; gossipcheck and textacy side by side on
    PolNeAR dev and the celebrity gold set's dev and test halves."""
    from .sourcing.table import markdown, sourcing_table

    data = data_dir or shared_data_dir()
    polnear = polnear or data / "attribution" / "polnear_dev.jsonl"
    for path in (gold, polnear):
        if not path.is_file():
            raise InputError(f"no such file: {path}")
    parts = ("dev",) if dev_only else ("dev", "test")
    table = sourcing_table(polnear, gold, data, peer_env if peer else None, parts)
    text = markdown(table)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    typer.echo(json.dumps(table, indent=2) if fmt is EvalFormat.json else text)


@lab_app.command("train-extractor")
def train_extractor_cmd(
    train: Annotated[
        Path | None, typer.Option(help="PolNeAR train JSONL (default: <data>/attribution/).")
    ] = None,
    dev: Annotated[
        Path | None, typer.Option(help="PolNeAR dev JSONL, for the epoch and O-penalty.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Artifact (default: shipped).")] = None,
    seed: Annotated[int, typer.Option(help="Random seed.")] = 0,
    epochs: Annotated[int, typer.Option(min=1, help="Passes over train.")] = 3,
) -> None:
    """Train the attribution-span tagger and write data/models/attribution-tagger.npz."""
    from ..sourcing.tagger import DEFAULT_PATH
    from .sourcing.extractor import default_paths, train_extractor

    default_train, default_dev = default_paths()
    train, dev = train or default_train, dev or default_dev
    for path in (train, dev):
        if not path.is_file():
            raise InputError(f"no such file: {path}")
    summary = train_extractor(
        train,
        dev,
        out or DEFAULT_PATH,
        seed=seed,
        epochs=epochs,
        log=lambda line: typer.echo(line, err=True),
    )
    typer.echo(json.dumps(summary, indent=2))


@lab_app.command("train-names")
def train_names_cmd(
    out: Annotated[Path | None, typer.Option(help="Artifact (default: shipped).")] = None,
    seed: Annotated[int, typer.Option(help="Random seed (the order of the texts).")] = 0,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Train on this many texts (default: all).")
    ] = None,
    held_out: Annotated[
        int, typer.Option(min=1, help="val.jsonl texts for the agreement with spaCy.")
    ] = 400,
    c: Annotated[float, typer.Option(min=0.0, help="Inverse L2 strength.")] = 1.0,
    cache: Annotated[
        Path | None, typer.Option(help="JSONL cache of spaCy's labels, by text hash.")
    ] = None,
) -> None:
    """Distil spaCy's NER into the name tagger (data/models/name-tagger.npz)."""
    if find_spec("spacy") is None:
        raise GossipcheckError(MISSING_LAB)
    from ..sourcing.names import DEFAULT_PATH
    from .sourcing.names import train_names

    summary = train_names(
        out or DEFAULT_PATH,
        seed=seed,
        limit=limit,
        held_out=held_out,
        c=c,
        cache=cache,
        log=lambda line: typer.echo(line, err=True),
    )
    typer.echo(json.dumps(summary, indent=2))


@lab_app.command("build-reputation")
def build_reputation_cmd(
    titles_dir: Annotated[
        Path | None,
        typer.Option(help="Folder with gossipcop_{fake,real}.csv (default: <data>/titles)."),
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Output JSON (default: shipped).")] = None,
) -> None:
    """Rebuild data/outlet_reputation.json from FakeNewsNet's GossipCop title lists."""
    from ..sourcing.reputation import REPUTATION_PATH
    from .sourcing.reputation import build_reputation

    written = build_reputation(titles_dir or shared_data_dir() / "titles", out or REPUTATION_PATH)
    typer.echo(f"wrote {written}")


@lab_app.command("build-memory-meta")
def build_memory_meta_cmd() -> None:
    """Rebuild data/models/credibility-memory-meta.json (the story memory's titles) only."""
    from .credibility.memory_meta import build_memory_meta

    typer.echo(f"wrote {build_memory_meta()}")


@lab_app.command("build-fake-rates")
def build_fake_rates(
    data_dir: DataDir = None,
    limit: Annotated[int, typer.Option(help="Rows per file (0: all).")] = 0,
    write: Annotated[
        bool, typer.Option(help="Rewrite data/sourcing_profiles.json (needs --limit 0).")
    ] = False,
) -> None:
    """GossipCop fake rate per sourcing profile (train + extra); --write rebuilds the table."""
    from .sourcing.fake_rates import fake_rates, format_rates, write_profiles

    if write and limit:
        raise InputError("--write rebuilds the shipped table from every row: drop --limit")
    counts = fake_rates(data_dir or shared_data_dir(), limit=limit)
    typer.echo(format_rates(counts))
    if write:
        typer.echo(f"wrote {write_profiles(counts)}")


@experiment_app.command("perturb")
def experiment_perturb(
    data_dir: DataDir = None,
    out_dir: Annotated[Path, typer.Option(help="Where the perturbed sets go.")] = OUT_DIR,
) -> None:
    """Own style rewriting of val (both directions), for robustness selection."""
    from .credibility.perturb import perturb_val

    for path in perturb_val((data_dir or shared_data_dir()) / "gossipcop" / "val.jsonl", out_dir):
        typer.echo(f"wrote {path}")


@experiment_app.command("stacking")
def experiment_stacking(
    data_dir: DataDir = None,
    perturbed_dir: Annotated[
        Path, typer.Option(help="Where `lab experiment perturb` wrote its sets.")
    ] = OUT_DIR,
) -> None:
    """Stacking variants of the shipped model's blocks on val and own perturbed val."""
    from .credibility.stacking import stacking_report

    val = (data_dir or shared_data_dir()) / "gossipcop" / "val.jsonl"
    for line in stacking_report(val, perturbed_dir):
        typer.echo(line)


@experiment_app.command("names")
def experiment_names(
    data_dir: DataDir = None,
    out_dir: Annotated[Path, typer.Option(help="Where the retrained candidates go.")] = OUT_DIR
    / "names",
) -> None:
    """Proper nouns masked in the lexical and memory blocks: val and celebrity_dev figures."""
    from .credibility.names_experiment import names_report

    shared = data_dir or shared_data_dir()
    examples = sorted(Path("examples").glob("*.txt")) + sorted(
        (shared.parent / "examples").glob("*.txt")
    )
    for line in names_report(shared, out_dir, examples):
        typer.echo(line)


@experiment_app.command("weights")
def experiment_weights(
    data_dir: DataDir = None,
    out_dir: Annotated[Path, typer.Option(help="Where the retrained candidates go.")] = OUT_DIR
    / "weights",
) -> None:
    """Source-balanced training weights: val and celebrity_dev figures, real articles' drift."""
    from .credibility.weights_experiment import weights_report

    for line in weights_report(data_dir or shared_data_dir(), out_dir):
        typer.echo(line)


@experiment_app.command("windows")
def experiment_windows(
    data_dir: DataDir = None,
    out_dir: Annotated[Path, typer.Option(help="Where the window logits are cached.")] = OUT_DIR
    / "windows",
) -> None:
    """The encoder reading windows of the whole article: val and celebrity_dev figures."""
    from .credibility.windows_experiment import windows_report

    for line in windows_report(data_dir or shared_data_dir(), out_dir):
        typer.echo(line)


@experiment_app.command("encoder-size")
def experiment_encoder_size(
    data_dir: DataDir = None,
    out_dir: Annotated[
        Path, typer.Option(help="Where the fine-tuned candidates go (reused when there).")
    ] = OUT_DIR / "encoder-size",
    candidate: Annotated[
        list[str] | None,
        typer.Option(help="LAYERSxTOKENS, repeatable (default: 2x256, 3x192, 2x128)."),
    ] = None,
    epochs: Annotated[int, typer.Option(min=1, help="Fine-tuning epochs.")] = 2,
    limit: Annotated[
        int, typer.Option(min=0, help="Fine-tune on a seeded subset of this many rows (0: all).")
    ] = 0,
    untrained: Annotated[
        bool, typer.Option(help="Time each size with an untrained head: ms only, no training.")
    ] = False,
) -> None:
    """Encoders of other depth and reach, fine-tuned: val and celebrity_dev figures, ms."""
    from .credibility.encoder_size_experiment import CANDIDATES, Size, encoder_size_report

    sizes = [Size.parse(text) for text in candidate or CANDIDATES]
    shared = data_dir or shared_data_dir()
    lines = encoder_size_report(shared, out_dir, sizes, epochs, limit, typer.echo, untrained)
    for line in lines:
        typer.echo(line)


@experiment_app.command("sourcing")
def experiment_sourcing(
    data_dir: DataDir = None,
    out_dir: Annotated[Path, typer.Option(help="Where the sourcing features are cached.")] = OUT_DIR
    / "sourcing",
) -> None:
    """Sourcing evidence stacked onto the shipped blocks: val and celebrity_dev figures."""
    from .credibility.sourcing_experiment import sourcing_report

    for line in sourcing_report(data_dir or shared_data_dir(), out_dir):
        typer.echo(line)
