"""CPU milliseconds per ~600-word article: each stage warm, and a 2-worker batch.

    PYTHONPATH=src .venv/bin/python bench/cpu_costs.py stages [--n 40] [--no-explain]
    PYTHONPATH=src .venv/bin/python bench/cpu_costs.py batch [--n 150] [--workers 2]

CPU time (``time.process_time``, ``getrusage``) is less sensitive than wall time to the
other work on a shared machine. ``stages`` runs one article at a time through a warm
``Checker`` as the batch worker and the web app do (ingest, each stage, the report model,
its JSON form, the pickle a worker sends back and the JSON the store writes). ``batch``
runs ``run_batch`` into a fresh store and splits the CPU into the parent's and the
workers' (their two model loads included): 2 workers at 60 articles/s on 2 cores need
at most about 33 ms a article in all.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import tempfile
import time
from pathlib import Path

os.environ.setdefault("GOSSIPCHECK_THREADS", "1")  # one core, as in a batch worker

from articles import long_articles

from gossipcheck import Checker, Options
from gossipcheck.batch.runner import run_batch
from gossipcheck.inputs import Input
from gossipcheck.report import build_report
from gossipcheck.store import Outcome, Store


def stages(n: int, explain: bool) -> None:
    texts = long_articles(n)
    checker = Checker(Options(explain=explain))
    checker.report(checker.check_text(texts[0]))  # load everything first
    spent: dict[str, float] = {}
    clock = time.process_time

    def lap(name: str, since: float) -> float:
        now = clock()
        spent[name] = spent.get(name, 0.0) + now - since
        return now

    start = clock()
    for text in texts:
        t = clock()
        article = checker.ingestor.resolve(
            Input.from_fields(text=text, source="bench", detect_title=False), None
        )
        t = lap("ingest", t)
        for stage in checker.stages:
            article = stage(article)
            t = lap(stage.name, t)
        model = build_report(article)
        t = lap("report model", t)
        report = model.model_dump(mode="json")
        t = lap("report as JSON data", t)
        pickle.dumps(Outcome("id", "bench", report=report))
        t = lap("pickle to the parent", t)
        json.dumps(report, ensure_ascii=False)
        lap("JSON for the store", t)
    total = clock() - start
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{len(texts)} articles, mean {words:.0f} words, explain={explain}")
    print(f"{1000 * total / len(texts):8.2f} ms CPU an article in all")
    for name, seconds in spent.items():
        print(f"{1000 * seconds / len(texts):8.2f} ms  {name}")


def batch(n: int, workers: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rows = Path(tmp) / "rows.jsonl"
        texts = long_articles(n)
        rows.write_text(
            "".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(texts))
        )
        store = Store(Path(tmp) / "out.sqlite")
        mine = resource.getrusage(resource.RUSAGE_SELF)
        before = time.perf_counter()
        summary = run_batch([rows], store, workers=workers)
        wall = time.perf_counter() - before
        store.close()
    own = resource.getrusage(resource.RUSAGE_SELF)
    own_cpu = own.ru_utime + own.ru_stime - mine.ru_utime - mine.ru_stime
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = summary.checked
    print(
        f"{done} articles, {workers} workers: {wall:.2f} s wall"
        f" ({done / wall:.1f}/s on this machine now)"
    )
    print(f"parent CPU {1000 * own_cpu / done:.1f} ms an article")
    print(
        f"workers CPU {1000 * (children.ru_utime + children.ru_stime) / done:.1f} ms an article"
        " (their model loads included)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=["stages", "batch"])
    parser.add_argument(
        "--n", type=int, default=0, help="articles (default 40 for stages, 150 for batch)"
    )
    parser.add_argument(
        "--no-explain", action="store_true", help="stages: without explanations (as batch runs)"
    )
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if args.what == "stages":
        stages(args.n or 40, explain=not args.no_explain)
    else:
        batch(args.n or 150, args.workers)


if __name__ == "__main__":
    main()
