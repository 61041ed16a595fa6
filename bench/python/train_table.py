#!/usr/bin/env python3
"""Reads the lines printed by both sides of bench/train.sh (and the MNIST check) and prints the Markdown tables:
median samples/s over the timed epochs of every round per workload and side, the ratio greentrain / PyTorch, the
data path alone on both sides, and the MNIST accuracy check."""
import collections
import re
import statistics
import sys

FIELD = re.compile(r"(\w+)=(\S+)")
NAMES = {"cnn": "SimpleCNN (M=2, N=3), MNIST 60,000 x 1x28x28", "mlp": "mlp-paper, spambase x10, 46,010 x 57"}


def main():
    samples = collections.defaultdict(list)
    peers = {}
    mnist = []
    for path in sys.argv[1:]:
        for line in open(path):
            kind = line.split(" ", 1)[0]
            f = dict(FIELD.findall(line))
            if kind in ("train-epoch", "gather-epoch") and f["warmup"] == "false":
                samples[(kind, f["workload"], f["side"])].append(float(f["samples_per_s"]))
            elif kind == "train-peer":
                peers[f["side"]] = " ".join("%s %s" % (k, f[k]) for k in ("djl", "pytorch", "torch", "threads")
                                            if k in f)
            elif kind.startswith("mnist-"):
                mnist.append((kind, f))
    workloads = [w for w in NAMES if ("train-epoch", w, "greentrain") in samples]
    print("Training throughput, samples/s: median of %s timed epochs per side (after a warm-up epoch per process)."
          % "/".join(sorted({str(len(v)) for k, v in samples.items() if k[0] == "train-epoch"})))
    print("greentrain: %s; PyTorch eager: %s." % (peers.get("greentrain", "?"), peers.get("pytorch", "?")))
    print()
    print("| workload | greentrain | PyTorch eager | greentrain / PyTorch | data path alone: greentrain | "
          "data path alone: PyTorch |")
    print("|---|---|---|---|---|---|")
    met = 0
    for w in workloads:
        g = statistics.median(samples[("train-epoch", w, "greentrain")])
        t = statistics.median(samples.get(("train-epoch", w, "pytorch"), [float("nan")]))
        gg = statistics.median(samples[("gather-epoch", w, "greentrain")])
        tg = statistics.median(samples.get(("gather-epoch", w, "pytorch"), [float("nan")]))
        met += g >= t
        print("| %s | %.0f | %.0f | **%.2f** | %.0f (%.0fx training) | %.0f |" % (NAMES[w], g, t, g / t, gg, gg / g, tg))
    print()
    print("Target greentrain / PyTorch >= 1.0: met on %d of %d workloads." % (met, len(workloads)))
    if mnist:
        print()
        print("MNIST check (SimpleCNN M=2, N=3, batch 512):")
        for kind, f in mnist:
            print("  %s: %s" % (kind, ", ".join("%s %s" % kv for kv in f.items())))


if __name__ == "__main__":
    main()
