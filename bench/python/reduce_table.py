"""Tables of bench/reduce.sh: medians over the runs of each case, greentrain against the Python reference.

Reads RUNS_DIR/NAME__ROWS__SIDE__ROUND.{time,json,load,failed}: .time holds '%e %M %U %S' of /usr/bin/time (wall
seconds, peak RSS in KiB, user and system CPU seconds), .json the command's output (greentrain's --json object, or
reduce_ref.py's line), .load the mean number of cores other processes kept busy during the run, .failed a run stopped
at the time limit or failed. Ratios are Python / greentrain (above 1: greentrain is faster).

Usage: reduce_table.py RUNS_DIR
"""
import collections
import glob
import json
import os
import statistics
import sys

# (Python case, greentrain case, table label, target of the ratio or of greentrain's wall clock)
MAIN = [("srs", "srs", "SRS", "< 2 s"), ("mms", "mms", "MMS vs GUDHI choose_n_farthest_points", "< 2 s, >= 5x"),
        ("des", "des", "DES", "< 2 s"), ("nrmd", "nrmd", "NRMD", "< 2 s"), ("dom", "dom", "DOM", "< 2 s"),
        ("clc", "clc", "CLC (k-means++, 3 restarts) vs scikit-learn KMeans seeded alike (one candidate per centre)",
         "< 5 s, >= 5x"),
        ("clc-greedy", "clc", "CLC vs scikit-learn KMeans defaults (greedy k-means++, 10 candidates per centre)",
         "—"),
        ("epsilon", "epsilon", "epsilon (L-inf) vs SciPy cKDTree (workers=-1)", "< 2 s, >= 5x")]


def read_runs(directory):
    runs = collections.defaultdict(list)
    for path in glob.glob(os.path.join(directory, "*.time")) + glob.glob(os.path.join(directory, "*.failed")):
        base, ext = os.path.splitext(path)
        name, rows, side, _ = os.path.basename(base).split("__")
        key = (name, int(rows), side)
        if ext == ".failed":
            runs[key].append(None)
            continue
        if os.path.exists(base + ".failed"):
            continue
        with open(path) as f:
            fields = f.read().split()
        if len(fields) < 4:
            continue  # still running: /usr/bin/time writes its line when the command ends
        wall, rss, user, system = fields[-4:]
        with open(base + ".json") as f:
            out = json.loads(f.read())
        load = None
        if os.path.exists(base + ".load"):
            with open(base + ".load") as f:
                load = float(f.read().strip())
        inner = out["reduceSeconds"] if side == "python" else out["durationSeconds"]
        commit = out.get("environment", {}).get("gitCommit") if side == "greentrain" else None
        runs[key].append({"wall": float(wall), "rssMb": int(rss) / 1024, "cpu": float(user) + float(system),
                          "inner": inner, "load": load, "epsilon": out.get("epsilonSeconds"),
                          "kept": out.get("kept", out.get("n")), "round": int(base.rsplit("__", 1)[1]),
                          "commit": commit})
    return runs


def median(runs, field):
    values = [r[field] for r in runs if r is not None and r.get(field) is not None]
    return statistics.median(values) if values else None


def fmt(value, digits=2):
    return "—" if value is None else f"{value:.{digits}f}"


def ratio(python, greentrain):
    return "—" if python is None or not greentrain else f"**{python / greentrain:.1f}x**"


def paired(python, greentrain):
    """The wall ratio of each round, Python / greentrain, in round order: a median of medians can hide that most
    rounds fall below a target."""
    walls = {r["round"]: r["wall"] for r in greentrain if r is not None}
    pairs = [f"{r['wall'] / walls[r['round']]:.1f}" for r in sorted((r for r in python if r is not None),
                                                                   key=lambda r: r["round"]) if r["round"] in walls]
    return ", ".join(pairs) if pairs else "—"


def describe(runs):
    if not runs:
        return "not run"
    failed = sum(1 for r in runs if r is None)
    return f"{failed} of {len(runs)} runs stopped" if failed else ""


def main():
    runs = read_runs(sys.argv[1])
    print("100,000 x 16, keep 0.1: medians; wall = the whole process (start-up, CSV reading; greentrain's reduce also "
          "computes epsilon), method = in-process seconds of the method alone")
    print()
    print("| method | greentrain wall s | greentrain method s | greentrain CPU s | Python wall s | Python method s "
          "| Python CPU s | wall ratio | wall ratio per run | method ratio | CPU ratio | greentrain peak RSS MB "
          "| Python peak RSS MB | target |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, gt_name, label, target in MAIN:
        gt = runs.get((gt_name, 100000, "greentrain"), [])
        py = runs.get((name, 100000, "python"), [])
        print(f"| {label} | {fmt(median(gt, 'wall'))} | {fmt(median(gt, 'inner'), 3)} | {fmt(median(gt, 'cpu'))} | "
              f"{fmt(median(py, 'wall')) if py else '—'} | {fmt(median(py, 'inner'), 3) if py else '—'} | "
              f"{fmt(median(py, 'cpu')) if py else '—'} | "
              f"{ratio(median(py, 'wall'), median(gt, 'wall')) if py else '—'} | "
              f"{paired(py, gt) if py else '—'} | "
              f"{ratio(median(py, 'inner'), median(gt, 'inner')) if py else '—'} | "
              f"{ratio(median(py, 'cpu'), median(gt, 'cpu')) if py else '—'} | "
              f"{fmt(median(gt, 'rssMb'), 0)} | {fmt(median(py, 'rssMb'), 0) if py else '—'} | {target} "
              f"{describe(gt)}{describe(py) if py else ''} |")
    print()
    print("Scaling (keep 0.1): medians")
    print()
    print("| case | rows | greentrain wall s | greentrain method s | greentrain CPU s | Python wall s "
          "| Python method s | Python CPU s | wall ratio | wall ratio per run | method ratio | CPU ratio | notes |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    scaling = sorted({(name, rows) for (name, rows, _) in runs if name.startswith(("phl", "prd"))})
    for name, rows in scaling:
        gt = runs.get((name, rows, "greentrain"), [])
        py = runs.get((name, rows, "python"), [])
        print(f"| {name} | {rows:,} | {fmt(median(gt, 'wall'))} | {fmt(median(gt, 'inner'), 3)} | "
              f"{fmt(median(gt, 'cpu'))} | {fmt(median(py, 'wall'))} | {fmt(median(py, 'inner'), 3)} | "
              f"{fmt(median(py, 'cpu'))} | {ratio(median(py, 'wall'), median(gt, 'wall'))} | {paired(py, gt)} | "
              f"{ratio(median(py, 'inner'), median(gt, 'inner'))} | {ratio(median(py, 'cpu'), median(gt, 'cpu'))} "
              f"| {' '.join(filter(None, [describe(gt), describe(py)]))} |")
    commits = sorted({r["commit"] for rs in runs.values() for r in rs if r is not None and r.get("commit")})
    print()
    print(f"greentrain builds measured: {', '.join(commits) if commits else 'unknown'}"
          + (" (MORE THAN ONE: the runs mix builds)" if len(commits) > 1 else ""))
    loads = [r["load"] for rs in runs.values() for r in rs if r is not None and r.get("load") is not None]
    if loads:
        print()
        print(f"Cores kept busy by other processes during the runs: {min(loads):.2f} to {max(loads):.2f} "
              f"(median {statistics.median(loads):.2f}) of {os.cpu_count()} logical CPUs")


if __name__ == "__main__":
    main()
