#!/usr/bin/env python3
"""Reads the lines printed by both sides of bench/train.sh (and the MNIST check and the load records) and prints the
Markdown tables: per workload and side the median samples/s over the timed epochs of every round, the ratio
greentrain / PyTorch, the ratio of each round (so that machine noise shows), the first warm-up epoch, and the data
path alone on both sides; then the MNIST accuracy check. Fails when the two sides did not train the same number of
parameters."""
import collections
import re
import statistics
import sys

FIELD = re.compile(r"(\w+)=(\S+)")
NAMES = {"cnn": "SimpleCNN (M=2, N=3), MNIST 60,000 x 1x28x28", "mlp": "mlp-paper, spambase x10, 46,010 x 57"}


def main():
    timed = collections.defaultdict(list)      # (kind, workload, side) -> samples/s of timed epochs
    rounds = collections.defaultdict(list)     # (workload, side) -> [[samples/s of the timed epochs of one run]]
    first = collections.defaultdict(list)      # (workload, side) -> samples/s of each run's first epoch
    loads = collections.defaultdict(list)     # (workload, side) -> cores other processes kept busy, per run
    peers, parameters, mnist = {}, collections.defaultdict(set), []
    for path in sys.argv[1:]:
        for line in open(path):
            kind = line.split(" ", 1)[0]
            f = dict(FIELD.findall(line))
            if kind == "train-peer":
                peers[f["side"]] = " ".join("%s %s" % (k, f[k]) for k in
                                            ("djl", "pytorch", "torch", "threads", "interop_threads", "warmup_epochs")
                                            if k in f)
                parameters[f["workload"]].add((f["side"], f["parameters"]))
                rounds[(f["workload"], f["side"])].append([])
            elif kind in ("train-epoch", "gather-epoch"):
                rate = float(f["samples_per_s"])
                if f["warmup"] == "false":
                    timed[(kind, f["workload"], f["side"])].append(rate)
                    if kind == "train-epoch":
                        rounds[(f["workload"], f["side"])][-1].append(rate)
                elif kind == "train-epoch" and f["epoch"] == "1":
                    first[(f["workload"], f["side"])].append(rate)
            elif kind == "load":
                loads[(f["workload"], f["side"])].append(float(f["others_cores"]))
            elif kind.startswith("mnist-"):
                mnist.append((kind, f))
    for workload, seen in parameters.items():
        if len({p for _, p in seen}) != 1:
            raise SystemExit("train_table.py: the sides trained different models on %s: %s" % (workload, sorted(seen)))
    workloads = [w for w in NAMES if ("train-epoch", w, "greentrain") in timed]
    counts = sorted({str(len(v)) for k, v in timed.items() if k[0] == "train-epoch"})
    print("Training throughput, samples/s: median of %s timed epochs per side, after the warm-up epochs of each "
          "process." % "/".join(counts))
    print("greentrain: %s; PyTorch eager: %s." % (peers.get("greentrain", "?"), peers.get("pytorch", "?")))
    everything = [c for v in loads.values() for c in v]
    if everything:
        print("Other processes kept %.2f to %.2f cores busy (mean %.2f) while the benchmark processes ran; per round "
              "below, in brackets, greentrain's / PyTorch's." % (min(everything), max(everything),
                                                                   statistics.mean(everything)))
    print()
    print("| workload | parameters | greentrain | PyTorch eager | greentrain / PyTorch | per round | first epoch: "
          "greentrain / PyTorch | data path alone: greentrain | data path alone: PyTorch |")
    print("|---|---|---|---|---|---|---|---|---|")
    met = 0
    for w in workloads:
        g = statistics.median(timed[("train-epoch", w, "greentrain")])
        t = statistics.median(timed.get(("train-epoch", w, "pytorch"), [float("nan")]))
        gg = statistics.median(timed[("gather-epoch", w, "greentrain")])
        tg = statistics.median(timed.get(("gather-epoch", w, "pytorch"), [float("nan")]))
        per_round = ", ".join(
            "%.2f%s" % (statistics.median(a) / statistics.median(b),
                        " (%.1f/%.1f)" % (lg, lt) if lg is not None and lt is not None else "")
            for a, b, lg, lt in zip(rounds[(w, "greentrain")], rounds[(w, "pytorch")],
                                    padded(loads[(w, "greentrain")], len(rounds[(w, "greentrain")])),
                                    padded(loads[(w, "pytorch")], len(rounds[(w, "pytorch")])))
            if a and b)
        f_g = statistics.median(first[(w, "greentrain")]) if first[(w, "greentrain")] else float("nan")
        f_t = statistics.median(first[(w, "pytorch")]) if first[(w, "pytorch")] else float("nan")
        met += g >= t
        print("| %s | %s | %.0f | %.0f | **%.2f** | %s | %.0f / %.0f | %.0f (%.0fx training) | %.0f |"
              % (NAMES[w], next(iter(parameters[w]))[1], g, t, g / t, per_round, f_g, f_t, gg, gg / g, tg))
    print()
    print("Target greentrain / PyTorch >= 1.0: met on %d of %d workloads." % (met, len(workloads)))
    if mnist:
        print()
        print("MNIST check (SimpleCNN M=2, N=3, batch 512):")
        for kind, f in mnist:
            print("  %s: %s" % (kind, ", ".join("%s %s" % kv for kv in f.items())))


def padded(values, n):
    """values, then None up to n entries (a run without a load record)."""
    return list(values) + [None] * (n - len(values))


if __name__ == "__main__":
    main()
