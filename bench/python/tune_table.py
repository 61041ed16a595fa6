#!/usr/bin/env python3
"""Reads the tune-run, tune-overhead and tune-mo lines of both sides of bench/tune.sh and prints the Markdown
tables present in them: median simple regret per function and sampler with the ratio GP-BO / Optuna TPE, the
overhead per suggestion with ratios to Optuna's TPE, and the median two-objective hypervolume per sampler."""
import collections
import re
import statistics
import sys

FIELD = re.compile(r"(\w+)=(\S+)")
LABELS = {("greentrain", "gp"): "greentrain GP-BO", ("greentrain", "tpe"): "greentrain TPE",
          ("optuna", "tpe"): "Optuna TPE"}
ORDER = [("greentrain", "gp"), ("greentrain", "tpe"), ("optuna", "tpe")]
KNOWN_MIN = {"branin": "0.397887", "hartmann6": "-3.32237", "rosenbrock4": "0"}


MO_LABELS = {("greentrain", "bo"): "greentrain GP-BO (ParEGO)", ("greentrain", "tpe"): "greentrain TPE (MOTPE split)",
             ("greentrain", "nsga2"): "greentrain NSGA-II", ("greentrain", "random"): "greentrain random",
             ("optuna", "tpe"): "Optuna TPE (multi-objective)", ("optuna", "nsga2"): "Optuna NSGA-II"}
ZDT1_IDEAL_HV = 11.7667  # the true front of ZDT1 with reference point (1.1, 11): 1.1 * 11 - 1 / 3 - 1.1 + 1.1


def parse(lines, multi):
    runs = collections.defaultdict(list)
    overhead = {}
    peer = "?"
    for line in lines:
        kind = line.split(" ", 1)[0]
        f = dict(FIELD.findall(line))
        if kind == "tune-mo":
            multi[(f["side"], f["sampler"])].append((float(f["hv"]), int(f["trials"])))
        elif kind == "tune-run":
            runs[(f["function"], f["side"], f["sampler"])].append(float(f["regret"]))
        elif kind == "tune-overhead":
            overhead[(f["function"], f["side"], f["sampler"])] = (float(f["ms_median"]), int(f["history"]))
        elif kind == "tune-peer":
            peer = f.get("optuna", "?")
    return runs, overhead, peer


def print_multi(multi, peer):
    seeds = sorted({len(v) for v in multi.values()})
    trials = sorted({t for v in multi.values() for _, t in v})
    print("ZDT1 (3-D, two objectives): median hypervolume of the Pareto front after %s trials over %s seeds, "
          "reference point (1.1, 11); higher is better, the true front gives %.4f. Optuna %s."
          % ("/".join(map(str, trials)), "/".join(map(str, seeds)), ZDT1_IDEAL_HV, peer))
    print()
    print("| sampler | median hypervolume | min | max | vs Optuna TPE |")
    print("|---|---|---|---|---|")
    ref = multi.get(("optuna", "tpe"))
    ref_median = statistics.median(h for h, _ in ref) if ref else None
    for key, label in MO_LABELS.items():
        if key not in multi:
            continue
        hv = [h for h, _ in multi[key]]
        med = statistics.median(hv)
        diff = "n/a" if ref_median is None else "%+.4f" % (med - ref_median)
        print("| %s | %.4f | %.4f | %.4f | %s |" % (label, med, min(hv), max(hv), diff))


def main():
    lines = [l.strip() for path in sys.argv[1:] for l in open(path)]
    multi = collections.defaultdict(list)
    runs, overhead, peer = parse(lines, multi)
    if multi:
        print_multi(multi, peer)
    if not runs:
        return
    if multi:
        print()
    functions = [fn for fn in KNOWN_MIN if any(k[0] == fn for k in runs)]
    seeds = {len(v) for v in runs.values()}
    print("Median simple regret (best found - known minimum) over %s seeds; lower is better. Optuna %s."
          % ("/".join(str(s) for s in sorted(seeds)), peer))
    print()
    print("| function | known min | " + " | ".join(LABELS[k] for k in ORDER) + " | GP-BO / Optuna TPE |")
    print("|---|---|" + "---|" * len(ORDER) + "---|")
    wins = 0
    for fn in functions:
        med = {k: statistics.median(runs[(fn,) + k]) for k in ORDER if (fn,) + k in runs}
        gp, opt = med.get(("greentrain", "gp")), med.get(("optuna", "tpe"))
        ratio = "n/a" if gp is None or opt is None else ("%.3g" % (gp / opt) if opt > 0 else "inf")
        if gp is not None and opt is not None and gp <= opt:
            wins += 1
        print("| %s | %s | " % (fn, KNOWN_MIN[fn]) + " | ".join("%.4g" % med[k] if k in med else "n/a" for k in ORDER)
              + " | %s |" % ratio)
    print()
    print("greentrain GP-BO <= Optuna TPE on %d of %d functions (target: most): %s"
          % (wins, len(functions), "met" if 2 * wins > len(functions) else "NOT met"))
    print()
    history = sorted({h for _, h in overhead.values()})
    print("Overhead per suggestion (median ms of one ask) with %s finished trials; target < 100 ms."
          % "/".join(str(h) for h in history))
    print()
    ofns = [fn for fn in KNOWN_MIN if any(k[0] == fn for k in overhead)]
    print("| sampler | " + " | ".join("%s ms | vs Optuna TPE" % fn for fn in ofns) + " |")
    print("|---|" + "---|---|" * len(ofns))
    for k in ORDER:
        cells = []
        for fn in ofns:
            ms = overhead.get((fn,) + k)
            ref = overhead.get((fn, "optuna", "tpe"))
            cells.append("n/a" if ms is None else "%.2f" % ms[0])
            cells.append("n/a" if ms is None or ref is None else "%.2fx" % (ms[0] / ref[0]))
        print("| %s | " % LABELS[k] + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
