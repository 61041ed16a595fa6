"""Writes the data-reduction benchmark's test data: Gaussian blobs in 7 unequal classes (30/22/16/12/9/7/4 % of the
rows; class centres uniform in [-10, 10]^d, unit noise), shuffled, as CSV with a header f0..f{d-1},class and the class
as an integer 0..6. Seeded, so every run and both sides of the benchmark read the same rows.

Usage: reduce_data.py ROWS DIMS FILE [SEED]
"""
import sys

import numpy as np

WEIGHTS = [30, 22, 16, 12, 9, 7, 4]


def blobs(rows, dims, seed):
    rng = np.random.default_rng(seed)
    sizes = [rows * w // 100 for w in WEIGHTS[:-1]]
    sizes.append(rows - sum(sizes))
    features = []
    labels = []
    for c, size in enumerate(sizes):
        centre = rng.uniform(-10, 10, dims)
        features.append(centre + rng.standard_normal((size, dims)))
        labels.append(np.full(size, c))
    x = np.vstack(features)
    y = np.concatenate(labels)
    order = rng.permutation(rows)
    return x[order], y[order]


def main():
    rows, dims, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 7
    x, y = blobs(rows, dims, seed)
    table = np.column_stack([x, y])
    header = ",".join([f"f{j}" for j in range(dims)] + ["class"])
    np.savetxt(path, table, delimiter=",", header=header, comments="",
               fmt=["%.5f"] * dims + ["%d"])


if __name__ == "__main__":
    main()
