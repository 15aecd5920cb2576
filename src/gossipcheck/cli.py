"""Command-line front end. Every command builds the core objects and calls one
method; the logic lives in the library. Errors print one line and exit non-zero.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import GossipcheckError
from .settings import Options, shared_data_dir

app = typer.Typer(
    name="gossipcheck",
    help="How far to trust a celebrity news story, and why. Offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class EvalFormat(StrEnum):
    text = "text"
    json = "json"


class EncoderChoice(StrEnum):
    finetune = "finetune"
    reuse = "reuse"
    none = "none"


def _write(output: Path | None, content: str) -> None:
    if output is None:
        sys.stdout.write(content if content.endswith("\n") else content + "\n")
        return
    tmp = output.with_name(output.name + ".tmp")
    tmp.write_text(content, encoding="utf-8")
    tmp.replace(output)  # never leave a half-written report behind


@app.command()
def check(
    source: Annotated[str, typer.Argument(help="A .txt or .html file, '-' for stdin, or a URL.")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="Report format: text, json, html, claimreview.")
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    allow_private: Annotated[
        bool, typer.Option(help="Allow fetching URLs on private/loopback addresses.")
    ] = False,
    timeout: Annotated[float, typer.Option(help="URL fetch timeout in seconds.")] = 10.0,
    corpus: Annotated[
        Path | None,
        typer.Option(help="Corroboration corpus (from `gossipcheck corpus add`) to search."),
    ] = None,
) -> None:
    """Check one article: sourcing, signals, claims and a credibility score."""
    from .core import Checker
    from .report.formats import get_format

    options = Options(allow_private=allow_private, fetch_timeout_s=timeout, corpus=corpus)
    renderer = get_format(format)  # an unknown name fails before any work is done
    checker = Checker(options)
    report = checker.report(checker.check(source))
    to_terminal = output is None and sys.stdout.isatty()
    width = shutil.get_terminal_size((100, 24)).columns if to_terminal else 120
    _write(output, renderer.render(report, width=width, color=to_terminal))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report (`check --format json`)."""
    from .report.models import report_schema

    _write(None, json.dumps(report_schema(), ensure_ascii=False, indent=2))


@app.command()
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
            help="finetune: train the MiniLM encoder (needs gossipcheck[train]; ~20 min on "
            "2 CPU cores); reuse: keep the shipped encoder and refit the rest; none: lexical only."
        ),
    ] = EncoderChoice.finetune,
) -> None:
    """Train the credibility model from ../shared/data and write the shipped artifact."""
    from .credibility.model import DEFAULT_PATH
    from .credibility.train import DEFAULT_DATA, DEFAULT_VAL, train_model

    summary = train_model(
        data or DEFAULT_DATA,
        out or DEFAULT_PATH,
        seed=seed,
        val=val or DEFAULT_VAL,
        encoder=encoder.value,
    )
    typer.echo(json.dumps(summary, indent=2, default=str))


@app.command("eval")
def eval_(
    data: Annotated[Path, typer.Argument(help="Labelled JSONL (rows with text and label).")],
    format: Annotated[EvalFormat, typer.Option("--format", "-f")] = EvalFormat.text,
    model: Annotated[Path | None, typer.Option(help="Model artifact (default: shipped).")] = None,
) -> None:
    """Score a labelled JSONL file: macro-F1, accuracy, per-class figures, ECE, speed."""
    from .credibility.evaluate import evaluate, read_labelled
    from .credibility.model import CredibilityModel

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


@app.command()
def bench(
    data_dir: Annotated[
        Path | None, typer.Option(help="Data folder (default: ../shared/data).")
    ] = None,
    out_dir: Annotated[Path, typer.Option(help="Where plots and tables go.")] = Path("bench/out"),
) -> None:
    """Benchmark the baseline and the shipped model on test and the SheepDog style sets."""
    from .credibility.bench import format_table, run_bench

    out_dir.mkdir(parents=True, exist_ok=True)
    rows = run_bench(data_dir or shared_data_dir(), out_dir)
    table = format_table(rows)
    (out_dir / "credibility.md").write_text(table + "\n", encoding="utf-8")
    typer.echo(table)


@app.command("bench-sourcing")
def bench_sourcing(
    gold: Annotated[Path, typer.Option(help="Gold annotations (JSONL).")] = Path(
        "eval/sourcing/annotations.jsonl"
    ),
    data_dir: Annotated[
        Path | None, typer.Option(help="Data folder (default: ../shared/data).")
    ] = None,
    part: Annotated[str, typer.Option(help="all, dev or heldout.")] = "all",
) -> None:
    """Score the sourcing stage against the annotated gold set (F1, recall, speed)."""
    from .errors import InputError
    from .sourcing.evaluate import evaluate_sourcing

    if not gold.exists():
        raise InputError(f"no such file: {gold}")
    if part not in ("all", "dev", "heldout"):
        raise InputError(f"--part must be all, dev or heldout, not {part!r}")
    result = evaluate_sourcing(gold, data_dir or shared_data_dir(), part=part)
    typer.echo(json.dumps(result, indent=2))


@app.command("build-reputation")
def build_reputation_cmd(
    titles_dir: Annotated[
        Path | None, typer.Option(help="Folder with gossipcop_{fake,real}.csv.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Output JSON (default: shipped).")] = None,
) -> None:
    """Rebuild the outlet reputation table from FakeNewsNet's GossipCop title lists."""
    from .sourcing.reputation import REPUTATION_PATH, build_reputation

    written = build_reputation(titles_dir or shared_data_dir() / "titles", out or REPUTATION_PATH)
    typer.echo(f"wrote {written}")


@app.command()
def batch(
    inputs: Annotated[
        list[Path], typer.Argument(help="JSONL files (rows with text or html) or folders.")
    ],
    db: Annotated[Path, typer.Option(help="SQLite file for the results.")] = Path(
        "gossipcheck.sqlite"
    ),
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
    chunk_size: Annotated[int, typer.Option(help="Articles per task.")] = 32,
    dask: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address, or 'local' for a local cluster."),
    ] = None,
    retry_errors: Annotated[bool, typer.Option(help="Re-check inputs that failed before.")] = False,
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Check many articles into a SQLite store, with progress; re-running resumes."""
    from rich.progress import Progress

    from .batch import run_batch
    from .store import Store

    store = Store(db)
    with Progress(disable=quiet, transient=False) as bar:
        task = bar.add_task("checking", total=None)
        summary = run_batch(
            inputs,
            store,
            workers=workers,
            chunk_size=chunk_size,
            dask=dask,
            retry_errors=retry_errors,
            progress=lambda n: bar.advance(task, n),
            on_total=lambda total: bar.update(task, total=total),
        )
    counts = store.counts()
    store.close()
    typer.echo(
        f"{summary.checked} checked ({summary.errors} errors), {summary.skipped} already done;"
        f" {summary.articles_per_second:.1f} articles/s; {db}: {counts['reports']} reports,"
        f" {counts['errors']} errors"
    )


@app.command()
def export(
    db: Annotated[Path, typer.Argument(help="SQLite file written by `gossipcheck batch`.")],
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Export the stored reports as JSON lines."""
    from .errors import InputError
    from .store import Store

    if not db.exists():
        raise InputError(f"no such file: {db}")
    store = Store(db)
    lines = (json.dumps(report, ensure_ascii=False) for report in store.reports())
    _write(output, "\n".join(lines))
    store.close()


corpus_app = typer.Typer(help="Build and inspect a corroboration corpus.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("add")
def corpus_add(
    db: Annotated[Path, typer.Argument(help="Corpus SQLite file (created if missing).")],
    files: Annotated[list[Path], typer.Argument(help="JSONL files of articles to add.")],
    store_text: Annotated[bool, typer.Option(help="Also store full texts.")] = False,
) -> None:
    """Add articles (JSONL rows with text, optional id/title/url/published) to a corpus."""
    from .corroboration import Corpus

    with Corpus(db, store_text=store_text) as target:
        for file in files:
            added = target.add_jsonl(file)
            typer.echo(f"{file}: {added} added")
        typer.echo(f"{db}: {len(target)} articles")


@corpus_app.command("info")
def corpus_info(db: Annotated[Path, typer.Argument(help="Corpus SQLite file.")]) -> None:
    """How many articles a corpus holds."""
    from .corroboration import Corpus
    from .errors import InputError

    if not db.exists():
        raise InputError(f"no such file: {db}")
    with Corpus(db) as target:
        typer.echo(f"{db}: {len(target)} articles")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_private: Annotated[
        bool, typer.Option(help="Allow fetching URLs on private/loopback addresses.")
    ] = False,
    workers: Annotated[int, typer.Option(help="Worker processes.")] = 1,
) -> None:
    """Start the web app and REST API (paste an article or a link, see the report)."""
    from .web.server import serve as run_server

    run_server(host=host, port=port, options=Options(allow_private=allow_private), workers=workers)


def main(argv: list[str] | None = None) -> Any:
    """Entry point: runs the app, turning every error into one line on stderr."""
    try:
        code = app(args=argv, standalone_mode=False)
        if isinstance(code, int) and code:
            raise SystemExit(code)
        return code
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except GossipcheckError as exc:
        _print_error(str(exc))
        raise SystemExit(exc.exit_code) from None
    except KeyboardInterrupt:
        _print_error("interrupted")
        raise SystemExit(130) from None
    except Exception as exc:  # click usage errors and anything unexpected
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            raise SystemExit(exc.exit_code) from None
        if isinstance(exc, click.exceptions.Abort):
            raise SystemExit(1) from None
        if os.environ.get("GOSSIPCHECK_DEBUG"):
            raise
        _print_error(
            f"internal error: {type(exc).__name__}: {exc} (GOSSIPCHECK_DEBUG=1 shows more)"
        )
        raise SystemExit(70) from None


def _print_error(message: str) -> None:
    print(f"gossipcheck: error: {' '.join(message.split())}", file=sys.stderr)


if __name__ == "__main__":
    main()
