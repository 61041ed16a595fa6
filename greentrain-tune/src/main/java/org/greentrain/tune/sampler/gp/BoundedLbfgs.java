package org.greentrain.tune.sampler.gp;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small box-constrained quasi-Newton minimiser: L-BFGS directions restricted to the variables not held at a bound,
 * steps projected onto the box, and an Armijo backtracking line search along the projected path. Meant for a handful
 * of variables (kernel hyperparameters), where it converges in tens of evaluations.
 */
final class BoundedLbfgs {

    /** A function with its gradient. */
    @FunctionalInterface
    interface Objective {
        /** Returns f(x) and writes the gradient into {@code grad}. */
        double evaluate(double[] x, double[] grad);
    }

    /** The minimiser found and its value. */
    record Result(double[] x, double value, int evaluations) {
    }

    private static final int MEMORY = 6;

    private BoundedLbfgs() {
    }

    static Result minimize(Objective f, double[] start, double[] lo, double[] hi, int maxIterations, double tol) {
        int n = start.length;
        double[] x = start.clone();
        clamp(x, lo, hi);
        double[] g = new double[n];
        double fx = f.evaluate(x, g);
        int evals = 1;
        if (!Double.isFinite(fx)) {
            return new Result(x, fx, evals);
        }
        Deque<double[][]> memory = new ArrayDeque<>();
        double[] d = new double[n];
        double[] xNew = new double[n];
        double[] gNew = new double[n];
        for (int iter = 0; iter < maxIterations; iter++) {
            boolean[] free = new boolean[n];
            double pgNorm = 0;
            for (int i = 0; i < n; i++) {
                double projected = Math.min(hi[i], Math.max(lo[i], x[i] - g[i])) - x[i];
                pgNorm = Math.max(pgNorm, Math.abs(projected));
                free[i] = !(x[i] <= lo[i] && g[i] > 0) && !(x[i] >= hi[i] && g[i] < 0);
            }
            if (pgNorm < tol) {
                break;
            }
            direction(g, free, memory, d);
            double slope = dot(g, d);
            if (!(slope < 0)) {
                memory.clear();
                for (int i = 0; i < n; i++) {
                    d[i] = free[i] ? -g[i] : 0;
                }
                slope = dot(g, d);
                if (!(slope < 0)) {
                    break;
                }
            }
            double step = memory.isEmpty() ? Math.min(1, 1 / Math.max(1e-12, norm(d))) : 1;
            double fNew = Double.NaN;
            boolean accepted = false;
            for (int ls = 0; ls < 30; ls++) {
                for (int i = 0; i < n; i++) {
                    xNew[i] = Math.min(hi[i], Math.max(lo[i], x[i] + step * d[i]));
                }
                fNew = f.evaluate(xNew, gNew);
                evals++;
                double decrease = 0;
                for (int i = 0; i < n; i++) {
                    decrease += g[i] * (xNew[i] - x[i]);
                }
                if (Double.isFinite(fNew) && fNew <= fx + 1e-4 * decrease) {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted) {
                break;
            }
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = xNew[i] - x[i];
                y[i] = gNew[i] - g[i];
            }
            double sy = dot(s, y);
            if (sy > 1e-12) {
                memory.addLast(new double[][] {s, y});
                if (memory.size() > MEMORY) {
                    memory.removeFirst();
                }
            }
            boolean converged = Math.abs(fx - fNew) <= 1e-7 * Math.max(1, Math.abs(fx));
            System.arraycopy(xNew, 0, x, 0, n);
            System.arraycopy(gNew, 0, g, 0, n);
            fx = fNew;
            if (converged) {
                break;
            }
        }
        return new Result(x, fx, evals);
    }

    /** The two-loop recursion on the free variables. */
    private static void direction(double[] g, boolean[] free, Deque<double[][]> memory, double[] d) {
        int n = g.length;
        for (int i = 0; i < n; i++) {
            d[i] = free[i] ? -g[i] : 0;
        }
        int m = memory.size();
        double[] alpha = new double[m];
        double[][][] pairs = memory.toArray(new double[0][][]);
        for (int k = m - 1; k >= 0; k--) {
            double[] s = pairs[k][0];
            double[] y = pairs[k][1];
            double rho = 1 / dotFree(y, s, free);
            if (!Double.isFinite(rho) || rho <= 0) {
                continue;
            }
            alpha[k] = rho * dotFree(s, d, free);
            for (int i = 0; i < n; i++) {
                if (free[i]) {
                    d[i] -= alpha[k] * y[i];
                }
            }
        }
        if (m > 0) {
            double[] s = pairs[m - 1][0];
            double[] y = pairs[m - 1][1];
            double gamma = dotFree(s, y, free) / dotFree(y, y, free);
            if (Double.isFinite(gamma) && gamma > 0) {
                for (int i = 0; i < n; i++) {
                    d[i] *= gamma;
                }
            }
        }
        for (int k = 0; k < m; k++) {
            double[] s = pairs[k][0];
            double[] y = pairs[k][1];
            double rho = 1 / dotFree(y, s, free);
            if (!Double.isFinite(rho) || rho <= 0) {
                continue;
            }
            double beta = rho * dotFree(y, d, free);
            for (int i = 0; i < n; i++) {
                if (free[i]) {
                    d[i] += s[i] * (alpha[k] - beta);
                }
            }
        }
    }

    private static double dotFree(double[] a, double[] b, boolean[] free) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            if (free[i]) {
                s += a[i] * b[i];
            }
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void clamp(double[] x, double[] lo, double[] hi) {
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.min(hi[i], Math.max(lo[i], x[i]));
        }
    }
}
