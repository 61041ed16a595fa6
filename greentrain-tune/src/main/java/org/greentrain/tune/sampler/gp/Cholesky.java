package org.greentrain.tune.sampler.gp;

/**
 * Cholesky factorisation of a symmetric positive-definite n x n matrix stored row-major in a flat array, with the
 * triangular solves a Gaussian process needs. When the matrix is not numerically positive definite (duplicated inputs
 * with a tiny noise term), {@link #factorWithJitter} adds jitter to the diagonal, growing tenfold from 1e-10 of the
 * mean diagonal until the factorisation succeeds.
 */
final class Cholesky {

    private final int n;
    private final double[] l;
    private final double jitter;

    private Cholesky(int n, double[] l, double jitter) {
        this.n = n;
        this.l = l;
        this.jitter = jitter;
    }

    /**
     * Factors {@code a} (not modified), adding the least jitter that works.
     *
     * @throws IllegalStateException when even a jitter of 1e-2 of the mean diagonal fails (NaN or infinite input)
     */
    static Cholesky factorWithJitter(double[] a, int n) {
        double[] l = new double[n * n];
        if (tryFactor(a, n, 0, l)) {
            return new Cholesky(n, l, 0);
        }
        double meanDiag = 0;
        for (int i = 0; i < n; i++) {
            meanDiag += a[i * n + i];
        }
        meanDiag = Math.max(meanDiag / n, 1e-300);
        for (double j = 1e-10; j <= 1e-2; j *= 10) {
            if (tryFactor(a, n, j * meanDiag, l)) {
                return new Cholesky(n, l, j * meanDiag);
            }
        }
        throw new IllegalStateException("kernel matrix is not positive definite even with jitter");
    }

    private static boolean tryFactor(double[] a, int n, double jitter, double[] l) {
        for (int i = 0; i < n; i++) {
            int ri = i * n;
            for (int j = 0; j <= i; j++) {
                int rj = j * n;
                double sum = a[ri + j] + (i == j ? jitter : 0);
                for (int k = 0; k < j; k++) {
                    sum -= l[ri + k] * l[rj + k];
                }
                if (i == j) {
                    if (!(sum > 0) || Double.isInfinite(sum)) {
                        return false;
                    }
                    l[ri + i] = Math.sqrt(sum);
                } else {
                    l[ri + j] = sum / l[rj + j];
                }
            }
            for (int j = i + 1; j < n; j++) {
                l[ri + j] = 0;
            }
        }
        return true;
    }

    /** The jitter added to the diagonal (0 when none was needed). */
    double jitter() {
        return jitter;
    }

    /** Solves L z = b in place. */
    void solveLower(double[] b) {
        for (int i = 0; i < n; i++) {
            int ri = i * n;
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= l[ri + k] * b[k];
            }
            b[i] = sum / l[ri + i];
        }
    }

    /** Solves L^T z = b in place. */
    void solveUpper(double[] b) {
        for (int i = n - 1; i >= 0; i--) {
            double sum = b[i];
            for (int k = i + 1; k < n; k++) {
                sum -= l[k * n + i] * b[k];
            }
            b[i] = sum / l[i * n + i];
        }
    }

    /** Solves A z = b in place. */
    void solve(double[] b) {
        solveLower(b);
        solveUpper(b);
    }

    /** log det A = 2 sum log L_ii. */
    double logDet() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += Math.log(l[i * n + i]);
        }
        return 2 * s;
    }

    /** A^-1 as a flat row-major matrix, from L^-1 (kept transposed so every inner loop runs along a row). */
    double[] inverse() {
        double[] t = new double[n * n];
        for (int j = 0; j < n; j++) {
            int rj = j * n;
            t[rj + j] = 1.0 / l[rj + j];
            for (int i = j + 1; i < n; i++) {
                int ri = i * n;
                double sum = 0;
                for (int k = j; k < i; k++) {
                    sum -= l[ri + k] * t[rj + k];
                }
                t[rj + i] = sum / l[ri + i];
            }
        }
        double[] inv = new double[n * n];
        for (int i = 0; i < n; i++) {
            int ri = i * n;
            for (int j = 0; j <= i; j++) {
                int rj = j * n;
                double sum = 0;
                for (int k = i; k < n; k++) {
                    sum += t[ri + k] * t[rj + k];
                }
                inv[ri + j] = sum;
                inv[rj + i] = sum;
            }
        }
        return inv;
    }
}
