#!/usr/bin/env bash
# Every figure in BENCHMARKS.md, in one run (about 15 minutes on 2 cores).
# Usage: bash bench/run_all.sh   (after `make install`; needs ../shared/data)
# Writes bench/out/*.txt; copy the figures into BENCHMARKS.md with today's date.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
OUT=bench/out
mkdir -p "$OUT"
DATA=${GOSSIPCHECK_DATA:-../shared/data}
export PYTHONPATH=src

run() { local name=$1; shift; echo "== $name: $*"; "$@" 2>&1 | tee "$OUT/$name.txt"; }

run eval_test       $BIN/gossipcheck lab eval $DATA/gossipcop/test.jsonl
run eval_sheepdog_A $BIN/gossipcheck lab eval $DATA/robustness/sheepdog_A.jsonl
run eval_sheepdog_B $BIN/gossipcheck lab eval $DATA/robustness/sheepdog_B.jsonl
run bench_model     $BIN/gossipcheck lab bench --out-dir "$OUT"
run sheepdog_overlap $BIN/python bench/sheepdog_overlap.py
run bench_sourcing  $BIN/gossipcheck lab bench-sourcing --gold eval/sourcing/annotations.jsonl
run sourcing_speed  $BIN/python bench/sourcing_speed.py
run scoring         $BIN/python bench/scoring.py --n 500 --threads 2
run pipeline        $BIN/python bench/pipeline.py --n 200
run corroboration   $BIN/python bench/corroboration.py
if command -v hyperfine >/dev/null; then
  run check_time hyperfine --warmup 1 --runs 10 \
    "$BIN/gossipcheck check examples/radar-style-re-report.txt --format json"
fi
head -n 1000 $DATA/gossipcop/extra.jsonl > "$OUT/batch_input.jsonl"
rm -f "$OUT/batch.sqlite"*
run batch /usr/bin/time -v $BIN/gossipcheck batch "$OUT/batch_input.jsonl" \
  --db "$OUT/batch.sqlite" --workers 2 --quiet
run load            $BIN/python bench/load.py --duration 60 --clients 8
