#!/usr/bin/env bash
# Data reduction against the Python reference stack, in one run. Test data: Gaussian blobs, 16 features, 7 unequal
# classes (bench/python/reduce_data.py, seeded), written once as CSV and read by both sides; keep 0.1; seed 1234.
# greentrain runs as a user runs it, `./greentrain reduce ... --json` (and `epsilon`); the reference runs
# as bench/python/reduce_ref.py, one process per measurement. Wall clock, peak RSS and CPU seconds (user + system, all
# threads) come from /usr/bin/time for both sides, so they include start-up, imports and CSV reading; the in-process
# seconds of the method itself come from greentrain's JSON (durationSeconds) and the reference's own timer. Each case
# runs RUNS times, the sides alternating; for each run the script records how many cores other processes kept busy.
#   100,000 rows: SRS, MMS, DES, NRMD, DOM, CLC (k-means++, 3 restarts), and epsilon (L-inf) of an SRS reduction;
#                 MMS against GUDHI's choose_n_farthest_points, CLC against scikit-learn's KMeans seeded alike (one
#                 k-means++ candidate per centre) and, as a second row, with its own defaults (greedy k-means++),
#                 epsilon against SciPy's cKDTree on all cores.
#   1,000 / 10,000 / 100,000 rows: PHL (dimension 1; r chosen per N so that neighbourhoods hold about 3-4 points on
#                 average) against GUDHI's Rips persistence per point, cut at the enclosing radius as ripser does;
#                 PHL dimension 2 at 1,000 and 10,000 rows (and at 100,000 rows greentrain alone, to keep the run
#                 within an hour);
#                 PRD with the linear kernel (the default) and with the Gaussian kernel (sigma 2, 1,000 and 10,000
#                 rows) against a ProtoDash solving its QPs with cvxopt; and PRD (linear, keep 0.04) on wide data,
#                 MNIST's 60,000 x 784 training images.
# A reference run longer than LIMIT seconds is stopped and reported as such.
# Usage: bench/reduce.sh [runs] [limit_seconds]
# Set GREENTRAIN_BENCH_OUT to a directory to keep the raw results (default: a temporary directory, removed).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
LIMIT="${2:-900}"
# shellcheck source=bench/lib/peers.sh
source bench/lib/peers.sh
ensure_python_module numpy python3-numpy
ensure_python_module gudhi python3-gudhi
ensure_python_module sklearn python3-sklearn
ensure_python_module scipy python3-scipy
ensure_python_module cvxopt python3-cvxopt
ensure_command /usr/bin/time time
./greentrain --version > /dev/null # builds the jar and its class-data archive first, when they are missing or stale
# the launcher rebuilds the jar if a source file changes; a run that mixed two builds is refused at the end
JAR_SUM="$(sha256sum greentrain-cli/target/greentrain.jar)"
if [[ -n "${GREENTRAIN_BENCH_OUT:-}" ]]; then
  OUT="$GREENTRAIN_BENCH_OUT"
  mkdir -p "$OUT"
else
  OUT="$(mktemp -d)"
  trap 'rm -rf "$OUT"' EXIT
fi
mkdir -p "$OUT/runs"
GT=(./greentrain)
REF=("$PY" bench/python/reduce_ref.py)
for n in 1000 10000 100000; do
  "$PY" bench/python/reduce_data.py "$n" 16 "$OUT/blobs-$n.csv"
done
# wide data: MNIST's 60,000 training images (784 pixels in [0, 1]) as CSV, label last, from greentrain's built-in copy
# (all rows through SRS, whose output has the original row index first)
"${GT[@]}" reduce --dataset mnist --method srs --keep 1 --quiet --no-gpu --output "$OUT/mnist-indexed.csv" > /dev/null
{ head -n 1; sort -t, -k1,1n; } < "$OUT/mnist-indexed.csv" | cut -d, -f2- > "$OUT/mnist.csv" # SRS's row order undone
rm "$OUT/mnist-indexed.csv"
"${GT[@]}" reduce --method srs --keep 0.1 --seed 1234 --input "$OUT/blobs-100000.csv" --label class \
  --output "$OUT/srs-0.1.csv" --quiet --no-gpu > /dev/null

HZ="$(getconf CLK_TCK)"

# jiffies all CPUs spent busy (user, nice, system, irq, softirq, steal) since boot
busy_jiffies() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }

# measure NAME ROWS SIDE ROUND COMMAND...: wall seconds, peak RSS and CPU seconds (user, system) to .time, stdout to
# .json, and to .load the mean number of cores that other processes kept busy meanwhile (wall clocks mean little then)
measure() {
  local base="$OUT/runs/$1__$2__$3__$4" before
  shift 4
  rm -f "$base".* # a kept output directory may hold this case's files from an earlier run
  before="$(busy_jiffies)"
  if ! /usr/bin/time -f '%e %M %U %S' -o "$base.time" timeout "$LIMIT" "$@" > "$base.json" 2> "$base.err"; then
    echo "stopped after $LIMIT s or failed: $(tail -n 1 "$base.err")" > "$base.failed"
  fi
  awk -v b="$before" -v a="$(busy_jiffies)" -v hz="$HZ" -v t="$(tail -n 1 "$base.time")" 'BEGIN {
    split(t, f, " "); others = f[1] > 0 ? ((a - b) / hz - f[3] - f[4]) / f[1] : 0;
    printf "%.2f\n", others < 0 ? 0 : others }' > "$base.load"
}

# reduce_case NAME ROWS "GREENTRAIN REDUCE ARGS" "REFERENCE ARGS" (empty: no reference) ROUND [DATA [KEEP]]
# (DATA defaults to the blobs of ROWS rows, KEEP to 0.1)
reduce_case() {
  local name=$1 rows=$2 gt_args=$3 ref_args=$4 round=$5 data="${6:-$OUT/blobs-$2.csv}" keep="${7:-0.1}"
  echo "round $round: $name, $rows rows" >&2
  # shellcheck disable=SC2086
  measure "$name" "$rows" greentrain "$round" "${GT[@]}" reduce $gt_args --keep "$keep" --seed 1234 --input "$data" \
    --label class --quiet --json --no-gpu
  if [[ -n "$ref_args" ]]; then
    # shellcheck disable=SC2086
    measure "$name" "$rows" python "$round" "${REF[@]}" $ref_args "$data" "$keep" --seed 1234
  fi
}

for round in $(seq "$RUNS"); do
  reduce_case srs 100000 "--method srs" "" "$round"
  reduce_case mms 100000 "--method mms" "mms" "$round"
  reduce_case des 100000 "--method des" "" "$round"
  reduce_case nrmd 100000 "--method nrmd" "" "$round"
  reduce_case dom 100000 "--method dom" "" "$round"
  reduce_case clc 100000 "--method clc" "clc --restarts 3" "$round"
  measure clc-greedy 100000 python "$round" "${REF[@]}" clc "$OUT/blobs-100000.csv" 0.1 --seed 1234 --restarts 3 \
    --local-trials 0
  echo "round $round: epsilon, 100000 rows" >&2
  measure epsilon 100000 greentrain "$round" "${GT[@]}" epsilon --full "$OUT/blobs-100000.csv" \
    --reduced "$OUT/srs-0.1.csv" --label class --json
  measure epsilon 100000 python "$round" "${REF[@]}" epsilon "$OUT/blobs-100000.csv" 0.1 --reduced "$OUT/srs-0.1.csv"
  for rows_r in 1000:3.5 10000:3.0 100000:2.5; do
    rows=${rows_r%%:*}
    r=${rows_r##*:}
    reduce_case phl-dim1-r$r "$rows" "--method phl --param r=$r,dimension=1" "phl --r $r --dimension 1" "$round"
  done
  for rows_r in 1000:3.5 10000:3.0; do
    rows=${rows_r%%:*}
    r=${rows_r##*:}
    reduce_case phl-dim2-r$r "$rows" "--method phl --param r=$r,dimension=2" "phl --r $r --dimension 2" "$round"
  done
  # greentrain alone, to keep the run within an hour (the reference's dimension-1 case at this size takes a minute)
  reduce_case phl-dim2-r2.5 100000 "--method phl --param r=2.5,dimension=2" "" "$round"
  for rows in 1000 10000 100000; do
    reduce_case prd-linear "$rows" "--method prd" "prd" "$round"
  done
  for rows in 1000 10000; do
    reduce_case prd-gaussian "$rows" "--method prd --param kernel=gaussian,sigma=2" \
      "prd --kernel gaussian --sigma 2" "$round"
  done
  # keep 0.04: at 0.1 the reference takes 6.5 minutes per run (docs/performance.md)
  reduce_case prd-linear-mnist-keep0.04 60000 "--method prd" "prd" "$round" "$OUT/mnist.csv" 0.04
done
if [[ "$(sha256sum greentrain-cli/target/greentrain.jar)" != "$JAR_SUM" ]]; then
  echo "reduce.sh: the greentrain jar was rebuilt during the run (a source file changed): the runs mix two builds" >&2
  exit 1
fi
"$PY" bench/python/reduce_table.py "$OUT/runs"
