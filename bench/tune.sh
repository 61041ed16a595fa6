#!/usr/bin/env bash
# Tuning quality and speed against Optuna, in one run: 50 trials x 20 seeds on Branin, Hartmann-6 and Rosenbrock-4
# with greentrain's GP-BO and TPE and Optuna's TPESampler (median simple regret; target: GP-BO <= Optuna TPE on most
# functions), then the overhead per suggestion with 100 finished trials (target < 100 ms), with ratios to Optuna.
# Usage: bench/tune.sh [trials] [seeds]
# Set GREENTRAIN_BENCH_JAR to an already built bench/target/greentrain-bench.jar to skip the build.
set -euo pipefail
cd "$(dirname "$0")/.."
TRIALS="${1:-50}"
SEEDS="${2:-20}"
PY=/usr/bin/python3
if ! "$PY" -c 'import optuna' 2>/dev/null; then
  echo "tune.sh: installing Debian's python3-optuna" >&2
  apt-get install -y python3-optuna >&2 || { apt-get update >&2 && apt-get install -y python3-optuna >&2; }
fi
JAR="${GREENTRAIN_BENCH_JAR:-$(bench/build.sh)}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
echo "greentrain: $TRIALS trials x $SEEDS seeds per function and sampler..." >&2
java -cp "$JAR" org.greentrain.bench.tune.TuneBench "$TRIALS" "$SEEDS" 100 20 | tee "$OUT/greentrain.txt" >&2
echo "optuna: the same..." >&2
"$PY" bench/python/tune_optuna.py --trials "$TRIALS" --seeds "$SEEDS" --history 100 --calls 20 \
  | tee "$OUT/optuna.txt" >&2
"$PY" bench/python/tune_table.py "$OUT/greentrain.txt" "$OUT/optuna.txt"
