"""Cold ``gossipcheck check`` timed for several source trees in alternation (no hyperfine).

    .venv/bin/python bench/cold_start.py --runs 10 main=/path/to/main/src this=src

Each round starts a fresh interpreter per tree (``PYTHONPATH=TREE``) on
``examples/radar-style-re-report.txt --format json``, so every tree sees the same machine
load; two warm-up rounds are dropped. Prints the median wall and CPU (user + system of
the child) seconds per tree and, for two trees, the second's ratio to the first.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "radar-style-re-report.txt"


def one_run(tree: str) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": tree}
    command = [sys.executable, "-m", "gossipcheck", "check", str(EXAMPLE), "--format", "json"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("trees", nargs="+", help="NAME=SRC_DIR")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    trees = dict(t.split("=", 1) for t in args.trees)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in trees}
    for round_ in range(args.runs + 2):
        for name, tree in trees.items():
            measured = one_run(tree)
            if round_ >= 2:
                times[name].append(measured)
    medians = {}
    for name, runs in times.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        medians[name] = (wall, cpu)
        print(
            f"{name}: wall median {wall:.3f} s (min {min(w for w, _ in runs):.3f}),"
            f" CPU median {cpu:.3f} s"
        )
    if len(medians) == 2:
        (a, (wa, ca)), (b, (wb, cb)) = medians.items()
        print(f"{b} / {a}: wall {wb / wa:.3f}, CPU {cb / ca:.3f}")


if __name__ == "__main__":
    main()
