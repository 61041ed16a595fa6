"""The Python reference stack of the data-reduction benchmark, one method per process so that the wall clock covers
start-up, imports and CSV reading as greentrain's does. Prints one JSON line: method, rows, kept, loadSeconds (CSV
reading), reduceSeconds (the method itself) and peakRssMb (this process's peak resident memory).

  mms      GUDHI choose_n_farthest_points per class, trunc(keep * n_c) points, seeded random start
  clc      scikit-learn KMeans per class: k = trunc(keep * n_c), Lloyd, tol 1e-4, max_iter 300, on float32 (the
           precision greentrain computes k-means in), the best of RESTARTS runs. Seeds: with --local-trials 1 (the
           default) each run starts from kmeans_plusplus with one candidate per centre, the k-means++ greentrain
           runs; with --local-trials 0, scikit-learn's own default, greedy k-means++ (2 + ln k candidates per centre,
           about 10 at k = 3,000), which costs that many times the seeding distances
  epsilon  SciPy cKDTree per class on the reduced rows, nearest neighbour of every full row with p = inf, on all
           cores (workers=-1); the max. (greentrain stops each row's search early and keeps only the maximum.)
  phl      persistent-homology landmarks: per point, the Rips persistence of its neighbours within R (cKDTree ball
           query, the point excluded) up to DIMENSION, with GUDHI's RipsComplex cut at the enclosing radius (the
           smallest of the points' largest distances, as ripser and greentrain do: beyond it the complex is a cone,
           so the finite bars are the same); score = longest finite bar in DIMENSION; fewer than 2 neighbours =
           super-outlier; representative: round(keep * n_c) lowest scores, super-outliers last in seeded random order
  prd      ProtoDash, linear kernel (or Gaussian with SIGMA), per class with targets = candidates = the class: greedy
           by gradient, weights re-fitted by cvxopt's QP (0 <= w <= 10000) after each pick with a positive gradient;
           gradients within 1e-10 * max|mu| of zero count as zero and ties go to the smallest index, as greentrain
           does

The libraries a method needs are imported before the clock starts: loadSeconds and reduceSeconds exclude imports,
which the process's wall clock includes.

Usage: reduce_ref.py METHOD CSV KEEP [--seed N] [--restarts N] [--local-trials N] [--r R] [--dimension D]
       [--kernel linear|gaussian] [--sigma S] [--reduced CSV]
"""
import argparse
import importlib
import json
import math
import resource
import sys
import time

import numpy as np


def load(path, index_column=False):
    table = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
    if index_column:
        table = table[:, 1:]
    return table[:, :-1], table[:, -1].astype(np.int64)


def trunc(keep, n):
    return int(math.floor(keep * n))


def classes(y):
    return [np.flatnonzero(y == c) for c in np.unique(y)]


def mms(x, y, keep, args):
    import gudhi.subsampling
    rng = np.random.default_rng(args.seed)
    kept = 0
    for idx in classes(y):
        m = trunc(keep, len(idx))
        if m > 0:
            start = int(rng.integers(len(idx)))
            kept += len(gudhi.subsampling.choose_n_farthest_points(points=x[idx], nb_points=m,
                                                                   starting_point=start))
    return kept


def clc(x, y, keep, args):
    from sklearn.cluster import KMeans, kmeans_plusplus
    x32 = x.astype(np.float32)
    kept = 0
    rng = np.random.RandomState(args.seed)
    for idx in classes(y):
        k = trunc(keep, len(idx))
        if k == 0:
            continue
        points = x32[idx]
        if args.local_trials == 0:
            model = KMeans(n_clusters=k, init="k-means++", n_init=args.restarts, max_iter=300, tol=1e-4,
                           algorithm="lloyd", random_state=args.seed).fit(points)
        else:
            model = None
            for _ in range(args.restarts):
                centres, _ = kmeans_plusplus(points, k, random_state=rng, n_local_trials=args.local_trials)
                run = KMeans(n_clusters=k, init=centres, n_init=1, max_iter=300, tol=1e-4, algorithm="lloyd",
                             random_state=rng).fit(points)
                if model is None or run.inertia_ < model.inertia_:
                    model = run
        kept += len(model.cluster_centers_)
    return kept


def epsilon(x, y, keep, args):
    from scipy.spatial import cKDTree
    rx, ry = args.reduced_rows
    eps = 0.0
    for c in np.unique(y):
        targets = rx[ry == c]
        if len(targets) == 0:
            return math.inf
        distances, _ = cKDTree(targets).query(x[y == c], k=1, p=np.inf, workers=-1)
        eps = max(eps, float(distances.max()))
    print(f"epsilon {eps}", file=sys.stderr)
    return len(rx)


def phl(x, y, keep, args):
    import gudhi
    from scipy.spatial import cKDTree
    from scipy.spatial.distance import pdist, squareform
    rng = np.random.default_rng(args.seed)
    kept = 0
    for idx in classes(y):
        points = x[idx]
        n = len(points)
        m = int(round(keep * n))
        neighbours = cKDTree(points).query_ball_point(points, args.r)
        scores = np.zeros(n)
        outlier = np.zeros(n, dtype=bool)
        for i in range(n):
            near = [j for j in neighbours[i] if j != i]
            if len(near) < 2:
                outlier[i] = True
                continue
            d = squareform(pdist(points[near]))
            enclosing = float(d.max(axis=1).min())
            tree = gudhi.RipsComplex(distance_matrix=d, max_edge_length=enclosing).create_simplex_tree(
                max_dimension=args.dimension + 1)
            tree.compute_persistence()
            bars = tree.persistence_intervals_in_dimension(args.dimension)
            finite = bars[np.isfinite(bars[:, 1])] if len(bars) else bars
            scores[i] = float((finite[:, 1] - finite[:, 0]).max()) if len(finite) else 0.0
        ordinary = np.flatnonzero(~outlier)
        order = list(ordinary[np.lexsort((ordinary, scores[ordinary]))]) + list(rng.permutation(np.flatnonzero(outlier)))
        kept += len(order[:m])
    return kept


class LinearKernel:
    """k(a, b) = <a, b>: mu_j = <mean, y_j>; no kernel matrix is formed."""

    def __init__(self, points):
        self.points = points
        self.mu = points @ points.mean(axis=0)
        self.diag = np.einsum("ij,ij->i", points, points)

    def weighted_sum(self, picks, weights):
        return self.points @ (self.points[picks].T @ weights)

    def gram(self, picks):
        s = self.points[picks]
        return s @ s.T


class GaussianKernel:
    """k(a, b) = exp(-|a - b|^2 / (2 sigma^2)), the class's kernel matrix formed once (n_c^2 doubles)."""

    def __init__(self, points, sigma):
        from scipy.spatial.distance import cdist
        self.k = np.exp(-cdist(points, points, "sqeuclidean") / (2 * sigma * sigma))
        self.mu = self.k.mean(axis=0)
        self.diag = np.ones(len(points))

    def weighted_sum(self, picks, weights):
        return self.k[:, picks] @ weights

    def gram(self, picks):
        return self.k[np.ix_(picks, picks)]


def protodash(kernel, m):
    from cvxopt import matrix, solvers
    solvers.options["show_progress"] = False
    mu, diag = kernel.mu, kernel.diag
    tolerance = 1e-10 * max(np.abs(mu).max(), 1e-300)
    first = np.maximum(mu, 0) ** 2 / (2 * np.maximum(diag, 1e-300))
    picks = [int(np.argmax(first))]
    weights = np.array([max(mu[picks[0]], 0) / max(diag[picks[0]], 1e-300)])
    while len(picks) < m:
        gradient = mu - kernel.weighted_sum(picks, weights)
        gradient[picks] = -np.inf
        best = gradient.max()
        j = int(np.flatnonzero(gradient >= best - tolerance)[0]) if best > tolerance else int(
            np.flatnonzero(np.isfinite(gradient))[0])
        picks.append(j)
        if best <= tolerance:
            weights = np.append(weights, 0.0)
            continue
        size = len(picks)
        result = solvers.qp(matrix(kernel.gram(picks)), matrix(-mu[picks]),
                            matrix(np.vstack([-np.eye(size), np.eye(size)])),
                            matrix(np.concatenate([np.zeros(size), np.full(size, 10000.0)])))
        weights = np.array(result["x"]).ravel()
    return picks


def prd(x, y, keep, args):
    kept = 0
    for idx in classes(y):
        m = trunc(keep, len(idx))
        if m > 0:
            points = x[idx]
            kernel = LinearKernel(points) if args.kernel == "linear" else GaussianKernel(points, args.sigma)
            kept += len(protodash(kernel, m))
    return kept


METHODS = {"mms": mms, "clc": clc, "epsilon": epsilon, "phl": phl, "prd": prd}
LIBRARIES = {"mms": ["gudhi.subsampling"], "clc": ["sklearn.cluster"], "epsilon": ["scipy.spatial"],
             "phl": ["gudhi", "scipy.spatial", "scipy.spatial.distance"],
             "prd": ["cvxopt", "cvxopt.solvers", "scipy.spatial.distance"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("method", choices=sorted(METHODS))
    parser.add_argument("csv")
    parser.add_argument("keep", type=float)
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--restarts", type=int, default=3)
    parser.add_argument("--local-trials", type=int, default=1)
    parser.add_argument("--r", type=float, default=0.05)
    parser.add_argument("--dimension", type=int, default=1)
    parser.add_argument("--kernel", choices=["linear", "gaussian"], default="linear")
    parser.add_argument("--sigma", type=float, default=2.0)
    parser.add_argument("--reduced")
    args = parser.parse_args()
    for library in LIBRARIES[args.method]:
        importlib.import_module(library)
    start = time.perf_counter()
    x, y = load(args.csv)
    if args.reduced:
        args.reduced_rows = load(args.reduced, index_column=True)
    loaded = time.perf_counter()
    kept = METHODS[args.method](x, y, args.keep, args)
    done = time.perf_counter()
    print(json.dumps({"method": args.method, "rows": len(y), "kept": kept, "loadSeconds": loaded - start,
                      "reduceSeconds": done - loaded,
                      "peakRssMb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


if __name__ == "__main__":
    main()
