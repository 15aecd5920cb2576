"""Same-story matching benchmark: recall@1/@5, MRR, same-story P/R/F1, ms/query.

    .venv/bin/python bench/corroboration.py [--data ../shared/data] [--no-extra]

Corpus: GossipCop train+val+test rows (and, in a second run, the ``extra`` rows
too, as distractors, which makes a ~10k-article corpus). Queries: every row of
``stories/counterparts.jsonl``. The same-story threshold is chosen on
counterparts of TRAIN rows only; val+test counterparts are the held-out figures.
Pinned to one CPU core and one thread.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from gossipcheck.lab.corroboration.evaluate import benchmark  # noqa: E402
from gossipcheck.settings import shared_data_dir  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=shared_data_dir())
    parser.add_argument("--no-extra", action="store_true", help="skip the 10k-article run")
    args = parser.parse_args(argv)
    if not (args.data / "stories" / "counterparts.jsonl").exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    runs = [benchmark(args.data, extra=False)]
    if not args.no_extra:
        runs.append(benchmark(args.data, extra=True))

    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}\n")
    print(
        "| corpus | queries (split of matched row) | threshold | recall@1 | recall@5 | MRR"
        " | precision | recall | F1 | ms/query | p95 ms |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for run in runs:
        corpus = f"{run['corpus_size']:,} rows" + (" (+extra)" if run["extra_distractors"] else "")
        for name, label in (("train", "train (threshold chosen here)"), ("held_out", "val+test")):
            fig = run[name]
            print(
                f"| {corpus} | {fig.queries} {label} | {run['threshold']:.2f}"
                f" | {fig.recall_at_1:.4f} | {fig.recall_at_5:.4f} | {fig.mrr:.4f}"
                f" | {fig.precision:.4f} | {fig.recall:.4f} | {fig.f1:.4f}"
                f" | {fig.ms_per_query:.2f} | {fig.ms_p95:.2f} |"
            )
    print()
    for run in runs:
        print(
            f"corpus {run['corpus_size']:,} rows: built in {run['build_s']} s,"
            f" loaded in {run['load_s']} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
