#!/usr/bin/env python3
"""Optuna's side of bench/tune.sh: the same test functions, trials and seeds as
org.greentrain.bench.tune.TuneBench, with Optuna's TPESampler (default settings).

Prints, like the Java side:
  tune-run side=optuna sampler=tpe function=F seed=N trials=T best=B regret=R seconds=S
  tune-overhead side=optuna sampler=tpe function=F history=H calls=C ms_median=M ms_max=X
Overhead: a study holding H finished trials at random points, then C timed asks (ask plus one suggest per
parameter, which is where Optuna samples); each asked trial is told FAIL, which TPE ignores.
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
    a = p.parse_args()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    print("tune-peer optuna=%s" % optuna.__version__, flush=True)
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
