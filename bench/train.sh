#!/usr/bin/env bash
# Training throughput against PyTorch eager mode, in one run: SimpleCNN (M=2, N=3) on the 60,000 MNIST training
# images and the data-reduction paper's MLP on spambase replicated x10 (46,010 x 57), Adam, batch 512, 2 intra-op
# threads, data in memory on both sides. Each process trains one warm-up epoch and TIMED epochs; the sides alternate
# (greentrain, PyTorch, greentrain, PyTorch, ...) for ROUNDS rounds per workload so that both see the same machine
# noise. Then greentrain's data path alone, and the MNIST accuracy check on the tuned setting (adam:lr=0.005).
# Usage: bench/train.sh [timed_epochs] [rounds] [mnist_epochs]
# Set GREENTRAIN_BENCH_JAR to an already built bench/target/greentrain-bench.jar to skip the build.
set -euo pipefail
cd "$(dirname "$0")/.."
TIMED="${1:-3}"
ROUNDS="${2:-2}"
MNIST_EPOCHS="${3:-2}"
THREADS=2
BATCH=512
PY=/usr/bin/python3
if ! "$PY" -c 'import torch' 2>/dev/null; then
  echo "train.sh: installing Debian's python3-torch" >&2
  apt-get install -y python3-torch >&2 || { apt-get update >&2 && apt-get install -y python3-torch >&2; }
fi
JAR="${GREENTRAIN_BENCH_JAR:-$(bench/build.sh)}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
export OMP_NUM_THREADS="$THREADS"
JAVA=(java -Dai.djl.offline=true -cp "$JAR")
"${JAVA[@]}" org.greentrain.bench.train.ExportTrainData "$OUT/data"
for workload in cnn mlp; do
  for round in $(seq "$ROUNDS"); do
    echo "round $round of $ROUNDS, $workload: greentrain, then PyTorch" >&2
    "${JAVA[@]}" org.greentrain.bench.train.TrainThroughputBench "$workload" "$TIMED" "$THREADS" "$BATCH" \
      | tee -a "$OUT/greentrain.txt" >&2
    "$PY" bench/python/train_torch.py --workload "$workload" --data "$OUT/data" --epochs "$TIMED" \
      --threads "$THREADS" --batch "$BATCH" | tee -a "$OUT/pytorch.txt" >&2
  done
done
echo "MNIST accuracy check: $MNIST_EPOCHS epochs" >&2
"${JAVA[@]}" org.greentrain.bench.train.MnistAccuracyCheck "$MNIST_EPOCHS" adam:lr=0.005 "$THREADS" \
  | tee "$OUT/mnist.txt" >&2
"$PY" bench/python/train_table.py "$OUT/greentrain.txt" "$OUT/pytorch.txt" "$OUT/mnist.txt"
