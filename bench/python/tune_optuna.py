#!/usr/bin/env python3
"""Optuna's side of bench/tune.sh: the same test functions, trials and seeds as
org.greentrain.bench.tune.TuneBench, with Optuna's TPESampler (default settings).

Prints, like the Java side:
  tune-run side=optuna sampler=tpe function=F seed=N trials=T best=B regret=R seconds=S
  tune-overhead side=optuna sampler=tpe function=F history=H calls=C ms_median=M ms_max=X
Overhead: a study holding H finished trials at random points, then C timed asks (ask plus one suggest per
parameter, which is where Optuna samples); each asked trial is told FAIL, which TPE ignores.

With --multi it runs the two-objective part instead, like org.greentrain.bench.tune.TuneMultiObjectiveBench:
ZDT1 in 3 dimensions with Optuna's multi-objective TPESampler and NSGAIISampler (default settings), printing
  tune-mo side=optuna sampler=S function=zdt1 seed=N trials=T hv=H seconds=S
(hypervolume of the Pareto front with reference point (1.1, 11), computed here as on the Java side).
"""
import argparse
import math
import random
import statistics
import time

import optuna
from optuna.distributions import FloatDistribution
from optuna.trial import TrialState, create_trial

# Surjanovic and Bingham's definitions, as in TestFunction.java
HARTMANN_ALPHA = [1.0, 1.2, 3.0, 3.2]
HARTMANN_A = [[10, 3, 17, 3.5, 1.7, 8], [0.05, 10, 17, 0.1, 8, 14], [3, 3.5, 1.7, 10, 17, 8],
              [17, 8, 0.05, 10, 0.1, 14]]
HARTMANN_P = [[0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886], [0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991],
              [0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650], [0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381]]


def branin(x):
    b = 5.1 / (4 * math.pi ** 2)
    c = 5 / math.pi
    t = 1 / (8 * math.pi)
    return (x[1] - b * x[0] ** 2 + c * x[0] - 6) ** 2 + 10 * (1 - t) * math.cos(x[0]) + 10


def hartmann6(x):
    return -sum(a * math.exp(-sum(HARTMANN_A[i][j] * (x[j] - HARTMANN_P[i][j]) ** 2 for j in range(6)))
                for i, a in enumerate(HARTMANN_ALPHA))


def rosenbrock(x):
    return sum(100 * (x[i + 1] - x[i] ** 2) ** 2 + (x[i] - 1) ** 2 for i in range(len(x) - 1))


FUNCTIONS = [
    ("branin", [(-5, 10), (0, 15)], 0.397887, branin),
    ("hartmann6", [(0, 1)] * 6, -3.32237, hartmann6),
    ("rosenbrock4", [(-5, 10)] * 4, 0.0, rosenbrock),
]


ZDT1_REFERENCE = (1.1, 11.0)


def zdt1(x):
    """ZDT1 (Zitzler, Deb and Thiele 2000) on [0, 1]^3: both objectives minimised."""
    g = 1 + 9 * sum(x[1:]) / (len(x) - 1)
    return x[0], g * (1 - math.sqrt(x[0] / g))


def hypervolume_2d(points, reference):
    """Exact area dominated by minimised 2-D points and bounded by the reference point."""
    inside = sorted(p for p in points if p[0] < reference[0] and p[1] < reference[1])
    area, last_y = 0.0, reference[1]
    for x, y in inside:
        if y < last_y:
            area += (reference[0] - x) * (last_y - y)
            last_y = y
    return area


def zdt1_hypervolume(sampler, trials):
    study = optuna.create_study(directions=["minimize", "minimize"], sampler=sampler)
    study.optimize(lambda t: zdt1(suggest(t, [(0, 1)] * 3)), n_trials=trials)
    done = [tuple(t.values) for t in study.trials if t.state == TrialState.COMPLETE]
    return hypervolume_2d(done, ZDT1_REFERENCE)


MULTI_SAMPLERS = [
    ("tpe", lambda seed: optuna.samplers.TPESampler(seed=seed)),
    ("nsga2", lambda seed: optuna.samplers.NSGAIISampler(seed=seed)),
]


def suggest(trial, bounds):
    return [trial.suggest_float("x%d" % (i + 1), lo, hi) for i, (lo, hi) in enumerate(bounds)]


def best_found(bounds, f, seed, trials):
    study = optuna.create_study(direction="minimize", sampler=optuna.samplers.TPESampler(seed=seed))
    study.optimize(lambda t: f(suggest(t, bounds)), n_trials=trials)
    return study.best_value


def ask_millis(bounds, f, history, calls):
    study = optuna.create_study(direction="minimize", sampler=optuna.samplers.TPESampler(seed=0))
    rng = random.Random(12345)
    dists = {"x%d" % (i + 1): FloatDistribution(lo, hi) for i, (lo, hi) in enumerate(bounds)}
    for _ in range(history):
        x = [rng.uniform(lo, hi) for lo, hi in bounds]
        study.add_trial(create_trial(params={"x%d" % (i + 1): v for i, v in enumerate(x)}, distributions=dists,
                                     value=f(x)))
    for _ in range(3):
        t = study.ask()
        suggest(t, bounds)
        study.tell(t, state=TrialState.FAIL)
    ms = []
    for _ in range(calls):
        start = time.perf_counter()
        t = study.ask()
        suggest(t, bounds)
        ms.append((time.perf_counter() - start) * 1e3)
        study.tell(t, state=TrialState.FAIL)
    return ms


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--trials", type=int, default=50)
    p.add_argument("--seeds", type=int, default=20)
    p.add_argument("--history", type=int, default=100)
    p.add_argument("--calls", type=int, default=20)
    p.add_argument("--multi", action="store_true", help="run the two-objective part (ZDT1) instead")
    a = p.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    print("tune-peer optuna=%s" % optuna.__version__, flush=True)
    if a.multi:
        for name, make in MULTI_SAMPLERS:
            for seed in range(a.seeds):
                start = time.perf_counter()
                hv = zdt1_hypervolume(make(seed), a.trials)
                print("tune-mo side=optuna sampler=%s function=zdt1 seed=%d trials=%d hv=%.9g seconds=%.3f"
                      % (name, seed, a.trials, hv, time.perf_counter() - start), flush=True)
        return
    for name, bounds, minimum, f in FUNCTIONS:
        for seed in range(a.seeds):
            start = time.perf_counter()
            best = best_found(bounds, f, seed, a.trials)
            print("tune-run side=optuna sampler=tpe function=%s seed=%d trials=%d best=%.9g regret=%.9g seconds=%.3f"
                  % (name, seed, a.trials, best, best - minimum, time.perf_counter() - start), flush=True)
    for name, bounds, _, f in FUNCTIONS[:2]:
        ms = ask_millis(bounds, f, a.history, a.calls)
        print("tune-overhead side=optuna sampler=tpe function=%s history=%d calls=%d ms_median=%.3f ms_max=%.3f"
              % (name, a.history, a.calls, statistics.median(ms), max(ms)), flush=True)


if __name__ == "__main__":
    main()
