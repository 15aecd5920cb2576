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

from .errors import GossipcheckError, InputError
from .lab.cli import lab_app
from .outputs import check_output
from .outputs import write_text as _write
from .settings import ANALYSIS_TIMEOUT_S, FETCH_TIMEOUT_S, QUEUE, QUEUE_WAIT_S, WORKERS, Options

app = typer.Typer(
    name="gossipcheck",
    help="How far to trust a celebrity news story, and why. Offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class ExportChoice(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


# options shared by the commands that check articles (check, batch, serve)
AllowPrivate = Annotated[
    bool, typer.Option(help="Allow fetching URLs on private/loopback addresses.")
]
FetchTimeout = Annotated[float, typer.Option(help="URL fetch timeout in seconds.")]
CorpusPath = Annotated[
    Path | None,
    typer.Option(help="Corroboration corpus (from `gossipcheck corpus add`) to search."),
]


@app.command()
def check(
    source: Annotated[str, typer.Argument(help="A .txt or .html file, '-' for stdin, or a URL.")],
    format: Annotated[
        str, typer.Option("--format", "-f", help="Report format: text, json, html, claimreview.")
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    allow_private: AllowPrivate = False,
    timeout: FetchTimeout = FETCH_TIMEOUT_S,
    corpus: CorpusPath = None,
    explain: Annotated[bool, typer.Option(help="Explain the score sentence by sentence.")] = True,
) -> None:
    """Check one article: sourcing, signals, claims and a credibility score."""
    from .core import Checker
    from .report.formats import get_format

    options = Options(
        allow_private=allow_private, fetch_timeout_s=timeout, corpus=corpus, explain=explain
    )
    renderer = get_format(format)  # an unknown name fails before any work is done
    check_output(output)
    checker = Checker(options)
    report = checker.report(checker.check(source))
    to_terminal = output is None and sys.stdout.isatty()
    _write(output, renderer.render(report, width=report_width(to_terminal), color=to_terminal))


def report_width(to_terminal: bool) -> int:
    """The terminal's width; for a pipe or a file, ``COLUMNS`` when set (40 or more), else 120."""
    if to_terminal:
        return shutil.get_terminal_size((100, 24)).columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) >= 40 else 120


@app.command()
def schema() -> None:
    """Print the JSON Schema of the JSON report (`check --format json`)."""
    from .report.models import report_schema

    _write(None, json.dumps(report_schema(), ensure_ascii=False, indent=2))


def _column(what: str) -> Any:
    return typer.Option(help=f"CSV column (or JSONL field) with {what}.")


@app.command()
def batch(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="JSONL or CSV files (rows with text, html or url), or folders."),
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
    text_column: Annotated[str, _column("the article text")] = "text",
    url_column: Annotated[str, _column("a URL to fetch when a row has no text")] = "url",
    id_column: Annotated[str, _column("the row's id (else a hash of the row)")] = "id",
    title_column: Annotated[str, _column("the title")] = "title",
    allow_private: AllowPrivate = False,
    timeout: FetchTimeout = FETCH_TIMEOUT_S,
    corpus: CorpusPath = None,
) -> None:
    """Check many articles into a SQLite store, with progress; re-running resumes."""
    from rich.progress import Progress

    from .batch import Columns, run_batch
    from .store import Store

    store = Store(db)
    with Progress(disable=quiet, transient=False) as bar:
        task = bar.add_task("checking", total=None)
        summary = run_batch(
            inputs,
            store,
            options=Options(
                allow_private=allow_private, fetch_timeout_s=timeout, corpus=corpus, explain=False
            ),
            workers=workers,
            chunk_size=chunk_size,
            dask=dask,
            retry_errors=retry_errors,
            columns=Columns(text=text_column, url=url_column, id=id_column, title=title_column),
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
    format: Annotated[
        ExportChoice | None,
        typer.Option(
            "--format",
            "-f",
            help="jsonl (full reports) or csv (one row per article);"
            " default: from the output's suffix, else jsonl.",
        ),
    ] = None,
) -> None:
    """Export the stored reports as JSON lines, or as CSV with one row per article."""
    from .batch.export import ExportFormat, export_store

    export_store(db, output, ExportFormat(format.value) if format is not None else None)


@app.command("report")
def report_(
    db: Annotated[Path, typer.Argument(help="SQLite file written by `gossipcheck batch`.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Where to write the HTML page.")
    ] = None,
) -> None:
    """Write an offline HTML summary of a batch, with plots (needs the report extra)."""
    from .batch.summary import write_summary

    write_summary(db, output)


app.add_typer(lab_app, name="lab")

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

    if not db.exists():
        raise InputError(f"no such file: {db}")
    with Corpus(db) as target:
        typer.echo(f"{db}: {len(target)} articles")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_private: AllowPrivate = False,
    workers: Annotated[
        int, typer.Option(help="Analysis worker processes (analyses running at once).")
    ] = WORKERS,
    timeout: FetchTimeout = FETCH_TIMEOUT_S,
    corpus: CorpusPath = None,
    analysis_timeout: Annotated[
        float, typer.Option(help="Seconds one analysis may take before it answers 504.")
    ] = ANALYSIS_TIMEOUT_S,
    queue: Annotated[
        int, typer.Option(help="Analyses that may wait; beyond that requests get 503.")
    ] = QUEUE,
    queue_wait: Annotated[
        float,
        typer.Option(help="Seconds a request may wait for a worker; beyond that it gets 503."),
    ] = QUEUE_WAIT_S,
    allowed_origin: Annotated[
        list[str] | None,
        typer.Option(
            help="A browser origin that may call the app (repeatable; default: the extension's)."
        ),
    ] = None,
) -> None:
    """Start the web app and REST API (paste an article or a link, see the report)."""
    from .web.server import serve as run_server

    options = Options(
        allow_private=allow_private,
        fetch_timeout_s=timeout,
        corpus=corpus,
        analysis_timeout_s=analysis_timeout,
        workers=workers,
        queue=queue,
        queue_wait_s=queue_wait,
    ).with_(allowed_origins=tuple(allowed_origin) if allowed_origin else None)
    run_server(host=host, port=port, options=options)


def main(argv: list[str] | None = None) -> Any:
    """Entry point: runs the app, turning every error into one line on stderr."""
    # No pydantic plugins in the command line tool: looking for them reads every installed
    # package's metadata (~10 ms a start). PYDANTIC_DISABLE_PLUGINS="" brings them back.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
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
        # typer may run on its own copy of click (typer._click): take its classes from typer
        click_error = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException")
        if isinstance(exc, click_error):
            exc.show()  # type: ignore[attr-defined]
            raise SystemExit(exc.exit_code) from None  # type: ignore[attr-defined]
        if isinstance(exc, typer.Abort):
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
