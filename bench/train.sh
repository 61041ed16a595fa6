#!/usr/bin/env bash
# Training throughput against PyTorch eager mode, in one run: SimpleCNN (M=2, N=3) on the 60,000 MNIST training
# images and the data-reduction paper's MLP on spambase replicated x10 (46,010 x 57), Adam, batch 512, THREADS
# intra-op threads (2 by default), data in memory on both sides. Each process trains WARMUP epochs (reported, not
# timed: they include the JVM's JIT compilation) and then TIMED epochs.
# Threads: both sides get OMP_NUM_THREADS=THREADS and THREADS intra-op threads (torch.set_num_threads; DJL's
# JniUtils.setNumThreads). Debian's python3-torch also links the pthread build of OpenBLAS, whose own worker pool
# torch.set_num_threads does not cap: unset, OPENBLAS_NUM_THREADS falls back to OMP_NUM_THREADS, so that side would
# run THREADS OpenMP plus THREADS OpenBLAS threads. Neither OpenBLAS setting is obviously the fair one, so the PyTorch
# side runs under both, as two labelled peer settings: side=pytorch-blas1 (OPENBLAS_NUM_THREADS=1) and
# side=pytorch-blasTHREADS (OPENBLAS_NUM_THREADS=THREADS; only the first when THREADS is 1). The greentrain side
# (DJL's libtorch with MKL, no OpenBLAS) is unchanged: OPENBLAS_NUM_THREADS is set only for the PyTorch processes.
# Each round runs greentrain, then PyTorch under each OpenBLAS setting, for ROUNDS rounds per workload so that all
# sides see the same machine noise, and for each process the script records how many cores other processes kept busy
# meanwhile. train_table.py shows both peer settings and divides greentrain by the peer's best one, per workload.
# Then the MNIST accuracy check on the tuned setting (adam:lr=0.005).
# Usage: bench/train.sh [timed_epochs] [rounds] [mnist_epochs] [warmup_epochs]
# Set GREENTRAIN_BENCH_JAR to an already built bench/target/greentrain-bench.jar to skip the build, and
# GREENTRAIN_BENCH_THREADS to change the intra-op threads of both sides (2 by default). Run it on an otherwise idle
# machine: with 2 threads on 2 cores, any other busy process stalls both sides' thread barriers.
set -euo pipefail
cd "$(dirname "$0")/.."
TIMED="${1:-3}"
ROUNDS="${2:-2}"
MNIST_EPOCHS="${3:-2}"
WARMUP="${4:-2}"
THREADS="${GREENTRAIN_BENCH_THREADS:-2}"
BATCH=512
# shellcheck source=bench/lib/peers.sh
source bench/lib/peers.sh
ensure_python_module torch python3-torch
JAR="${GREENTRAIN_BENCH_JAR:-$(bench/build.sh)}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
export OMP_NUM_THREADS="$THREADS"
# the PyTorch side's OpenBLAS settings (OPENBLAS_NUM_THREADS), each run as its own labelled side
BLAS_SETTINGS=(1)
[[ "$THREADS" != 1 ]] && BLAS_SETTINGS+=("$THREADS")
HZ="$(getconf CLK_TCK)"
exec 3>&2

# jiffies all CPUs spent busy (user, nice, system, irq, softirq, steal) since boot
busy_jiffies() { awk '/^cpu /{print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }

# measured LABEL FILE CMD...: runs CMD, appends its stdout to FILE (and shows it), then appends to $OUT/load.txt
# the mean number of cores that other processes kept busy while it ran, under LABEL (e.g. "workload=mlp side=pytorch")
measured() {
  local label=$1 file=$2 before after
  shift 2
  before="$(busy_jiffies)"
  { TIMEFORMAT='%R %U %S'; time "$@" 2>&3 | tee -a "$file" >&3; } 2> "$OUT/times.txt"
  after="$(busy_jiffies)"
  awk -v b="$before" -v a="$after" -v hz="$HZ" -v t="$(cat "$OUT/times.txt")" -v label="$label" 'BEGIN {
    split(t, f, " "); others = ((a - b) / hz - f[2] - f[3]) / f[1];
    printf "load %s others_cores=%.2f\n", label, others < 0 ? 0 : others }' >> "$OUT/load.txt"
}
# shellcheck source=bench/lib/jvm.sh
source bench/lib/jvm.sh
JAVA=(java "${JVM_OPTS[@]}" -cp "$JAR")
"${JAVA[@]}" org.greentrain.bench.train.ExportTrainData "$OUT/data"
for workload in cnn mlp; do
  for round in $(seq "$ROUNDS"); do
    echo "round $round of $ROUNDS, $workload: greentrain, then PyTorch (OPENBLAS_NUM_THREADS ${BLAS_SETTINGS[*]})" >&2
    measured "workload=$workload side=greentrain" "$OUT/greentrain.txt" \
      "${JAVA[@]}" org.greentrain.bench.train.TrainThroughputBench "$workload" "$WARMUP" "$TIMED" "$THREADS" "$BATCH"
    for blas in "${BLAS_SETTINGS[@]}"; do
      measured "workload=$workload side=pytorch-blas$blas" "$OUT/pytorch.txt" \
        env OPENBLAS_NUM_THREADS="$blas" "$PY" bench/python/train_torch.py --side "pytorch-blas$blas" \
        --workload "$workload" --data "$OUT/data" --warmup "$WARMUP" --epochs "$TIMED" --threads "$THREADS" \
        --batch "$BATCH"
    done
  done
done
echo "MNIST accuracy check: $MNIST_EPOCHS epochs" >&2
"${JAVA[@]}" org.greentrain.bench.train.MnistAccuracyCheck "$MNIST_EPOCHS" adam:lr=0.005 "$THREADS" \
  | tee "$OUT/mnist.txt" >&2
"$PY" bench/python/train_table.py "$OUT/greentrain.txt" "$OUT/pytorch.txt" "$OUT/load.txt" "$OUT/mnist.txt"
