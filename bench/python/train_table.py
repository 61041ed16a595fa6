#!/usr/bin/env python3
"""Reads the lines printed by both sides of bench/train.sh (and the MNIST check and the load records) and prints the
Markdown tables: per workload the median samples/s over the timed epochs of every round, for greentrain and for each
PyTorch setting (side=pytorch-blas1, side=pytorch-blas2, ...: the same peer under different OPENBLAS_NUM_THREADS), the
ratio greentrain / PyTorch against the peer's best setting on that workload (highest median), the ratio of each round
against that same setting (so that machine noise shows), the first warm-up epoch, and the data path alone on both
sides; then the MNIST accuracy check. Fails when the sides did not train the same number of parameters."""
import collections
import math
import re
import statistics
import sys

FIELD = re.compile(r"(\w+)=(\S+)")
NAMES = {"cnn": "SimpleCNN (M=2, N=3), MNIST 60,000 x 1x28x28", "mlp": "mlp-paper, spambase x10, 46,010 x 57"}
NAN = float("nan")


def main():
    timed = collections.defaultdict(list)      # (kind, workload, side) -> samples/s of timed epochs
    rounds = collections.defaultdict(list)     # (workload, side) -> [[samples/s of the timed epochs of one run]]
    first = collections.defaultdict(list)      # (workload, side) -> samples/s of each run's first epoch
    loads = collections.defaultdict(list)      # (workload, side) -> cores other processes kept busy, per run
    peers, parameters, mnist = {}, collections.defaultdict(set), []
    for path in sys.argv[1:]:
        for line in open(path):
            kind = line.split(" ", 1)[0]
            f = dict(FIELD.findall(line))
            if kind == "train-peer":
                peers[f["side"]] = " ".join("%s %s" % (k, f[k]) for k in
                                            ("djl", "pytorch", "torch", "threads", "interop_threads",
                                             "openblas_threads", "warmup_epochs")
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
    # the PyTorch settings, in the order blas1, blas2, ... (a plain "pytorch" side from an older run sorts first)
    settings = sorted({k[2] for k in timed if k[0] == "train-epoch" and k[2].startswith("pytorch")},
                      key=lambda side: (len(side), side))
    counts = sorted({str(len(v)) for k, v in timed.items() if k[0] == "train-epoch"})
    print("Training throughput, samples/s: median of %s timed epochs per side, after the warm-up epochs of each "
          "process." % "/".join(counts))
    print("greentrain: %s; PyTorch eager: %s." % (
        peers.get("greentrain", "?"), "; ".join("%s: %s" % (s, peers.get(s, "?")) for s in settings) or "?"))
    everything = [c for v in loads.values() for c in v]
    if everything:
        print("Other processes kept %.2f to %.2f cores busy (mean %.2f) while the benchmark processes ran; per round "
              "below, in brackets, greentrain's / the best PyTorch setting's." % (
                  min(everything), max(everything), statistics.mean(everything)))
    print("The ratios divide greentrain by the PyTorch setting with the highest median on that workload (named in "
          "brackets); per round, by that same setting's run in the round.")
    print()
    print("| workload | parameters | greentrain | %s | greentrain / best PyTorch | per round | first epoch: "
          "greentrain / best PyTorch | data path alone: greentrain | data path alone: best PyTorch |"
          % " | ".join("PyTorch eager, %s" % setting_name(s) for s in settings))
    print("|---|---|---|%s---|---|---|---|---|" % ("---|" * len(settings)))
    met = 0
    for w in workloads:
        g = statistics.median(timed[("train-epoch", w, "greentrain")])
        medians = {s: median(timed.get(("train-epoch", w, s))) for s in settings}
        ran = [s for s in settings if not math.isnan(medians[s])]
        best = max(ran, key=medians.get) if ran else None
        t = medians[best] if best else NAN
        gg = statistics.median(timed[("gather-epoch", w, "greentrain")])
        tg = median(timed.get(("gather-epoch", w, best))) if best else NAN
        per_round = ", ".join(
            "%.2f%s" % (statistics.median(a) / statistics.median(b),
                        " (%.1f/%.1f)" % (lg, lt) if lg is not None and lt is not None else "")
            for a, b, lg, lt in zip(rounds[(w, "greentrain")], rounds[(w, best)],
                                    padded(loads[(w, "greentrain")], len(rounds[(w, "greentrain")])),
                                    padded(loads[(w, best)], len(rounds[(w, best)])))
            if a and b) if best else ""
        f_g = median(first[(w, "greentrain")])
        f_t = median(first[(w, best)]) if best else NAN
        met += g >= t
        print("| %s | %s | %.0f | %s | **%.2f**%s | %s | %.0f / %.0f | %.0f (%.0fx training) | %.0f |"
              % (NAMES[w], next(iter(parameters[w]))[1], g, " | ".join("%.0f" % medians[s] for s in settings), g / t,
                 " (vs %s)" % setting_name(best) if best else "", per_round, f_g, f_t, gg, gg / g, tg))
    print()
    print("Target greentrain / best PyTorch setting >= 1.0: met on %d of %d workloads." % (met, len(workloads)))
    if mnist:
        print()
        print("MNIST check (SimpleCNN M=2, N=3, batch 512):")
        for kind, f in mnist:
            print("  %s: %s" % (kind, ", ".join("%s %s" % kv for kv in f.items())))


def setting_name(side):
    """pytorch-blas2 -> OPENBLAS_NUM_THREADS=2; any other peer side name as it is."""
    m = re.fullmatch(r"pytorch-blas(\d+)", side)
    return "OPENBLAS_NUM_THREADS=%s" % m.group(1) if m else side


def median(values):
    """The median of values, NaN when there are none."""
    return statistics.median(values) if values else NAN


def padded(values, n):
    """values, then None up to n entries (a run without a load record)."""
    return list(values) + [None] * (n - len(values))


if __name__ == "__main__":
    main()
