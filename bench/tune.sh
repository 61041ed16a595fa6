#!/usr/bin/env bash
# Tuning quality and speed against Optuna, in one run: 50 trials x 20 seeds on Branin, Hartmann-6 and Rosenbrock-4
# with greentrain's GP-BO and TPE and Optuna's TPESampler (median simple regret; target: GP-BO <= Optuna TPE on most
# functions), then the overhead per suggestion with 100 finished trials (target < 100 ms), with ratios to Optuna.
# With part 'multi' it runs the two-objective comparison instead: ZDT1 in 3 dimensions, greentrain's GP-BO (ParEGO
# scalarisation), TPE (MOTPE split), NSGA-II and random against Optuna's multi-objective TPE and NSGA-II, median hypervolume.
# Usage: bench/tune.sh [trials] [seeds] [single|multi]   e.g. bench/tune.sh 50 10 multi
# Set GREENTRAIN_BENCH_JAR to an already built bench/target/greentrain-bench.jar to skip the build.
set -euo pipefail
cd "$(dirname "$0")/.."
TRIALS="${1:-50}"
SEEDS="${2:-20}"
PART="${3:-single}"
if [[ "$PART" != single && "$PART" != multi ]]; then
  echo "tune.sh: unknown part '$PART': use single or multi" >&2
  exit 2
fi
# shellcheck source=bench/lib/peers.sh
source bench/lib/peers.sh
ensure_python_module optuna python3-optuna
JAR="${GREENTRAIN_BENCH_JAR:-$(bench/build.sh)}"
# shellcheck source=bench/lib/jvm.sh
source bench/lib/jvm.sh
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
if [[ "$PART" == multi ]]; then
  echo "greentrain: ZDT1, $TRIALS trials x $SEEDS seeds per sampler..." >&2
  java "${JVM_OPTS[@]}" -cp "$JAR" org.greentrain.bench.tune.TuneMultiObjectiveBench "$TRIALS" "$SEEDS" \
    | tee "$OUT/greentrain.txt" >&2
  echo "optuna: the same..." >&2
  "$PY" bench/python/tune_optuna.py --multi --trials "$TRIALS" --seeds "$SEEDS" | tee "$OUT/optuna.txt" >&2
  "$PY" bench/python/tune_table.py "$OUT/greentrain.txt" "$OUT/optuna.txt"
  exit 0
fi
echo "greentrain: $TRIALS trials x $SEEDS seeds per function and sampler..." >&2
java "${JVM_OPTS[@]}" -cp "$JAR" org.greentrain.bench.tune.TuneBench "$TRIALS" "$SEEDS" 100 20 | tee "$OUT/greentrain.txt" >&2
echo "optuna: the same..." >&2
"$PY" bench/python/tune_optuna.py --trials "$TRIALS" --seeds "$SEEDS" --history 100 --calls 20 \
  | tee "$OUT/optuna.txt" >&2
"$PY" bench/python/tune_table.py "$OUT/greentrain.txt" "$OUT/optuna.txt"
