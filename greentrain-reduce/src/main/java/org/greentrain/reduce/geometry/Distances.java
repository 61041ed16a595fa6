package org.greentrain.reduce.geometry;

import java.util.Arrays;

/**
 * The distance kernels every hot loop uses: raw distances (see {@link Norm}) from one query to a range of points held
 * column by column ({@code columns[j][i]}). Each inner loop walks one column and the output with the same index, the
 * shape the JIT vectorises, which makes these several times faster than row-by-row loops.
 */
public final class Distances {

    private Distances() {
    }

    /**
     * {@code out[i]} = raw distance from {@code q} to point i of {@code columns}, for i in {@code [from, to)}. Four
     * columns are folded in per pass over {@code out}, each in coordinate order, so every value equals the one-point
     * {@link #raw(double[][], double[], Norm, int)}, bit for bit.
     */
    public static void raw(double[][] columns, double[] q, Norm norm, int from, int to, double[] out) {
        Arrays.fill(out, from, to, 0.0);
        int d = columns.length;
        int j = 0;
        if (norm == Norm.L2) {
            for (; j + 3 < d; j += 4) {
                addSquares4(columns[j], columns[j + 1], columns[j + 2], columns[j + 3], q[j], q[j + 1], q[j + 2],
                        q[j + 3], from, to, out);
            }
            for (; j < d; j++) {
                addSquares(columns[j], q[j], from, to, out);
            }
        } else {
            for (; j + 3 < d; j += 4) {
                maxAbs4(columns[j], columns[j + 1], columns[j + 2], columns[j + 3], q[j], q[j + 1], q[j + 2], q[j + 3],
                        from, to, out);
            }
            for (; j < d; j++) {
                maxAbs(columns[j], q[j], from, to, out);
            }
        }
    }

    /** Raw distance from {@code q} to point {@code i} of {@code columns}. */
    public static double raw(double[][] columns, double[] q, Norm norm, int i) {
        double acc = 0;
        if (norm == Norm.L2) {
            for (int j = 0; j < columns.length; j++) {
                double t = q[j] - columns[j][i];
                acc += t * t;
            }
        } else {
            for (int j = 0; j < columns.length; j++) {
                acc = Math.max(acc, Math.abs(q[j] - columns[j][i]));
            }
        }
        return acc;
    }

    private static void addSquares4(double[] c0, double[] c1, double[] c2, double[] c3, double q0, double q1,
            double q2, double q3, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            double t0 = q0 - c0[i];
            double t1 = q1 - c1[i];
            double t2 = q2 - c2[i];
            double t3 = q3 - c3[i];
            out[i] = out[i] + t0 * t0 + t1 * t1 + t2 * t2 + t3 * t3;
        }
    }

    private static void addSquares(double[] column, double qj, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            double t = qj - column[i];
            out[i] += t * t;
        }
    }

    /** A maximum is exact in any order, so the four columns of a pass need no fixed order. */
    private static void maxAbs4(double[] c0, double[] c1, double[] c2, double[] c3, double q0, double q1, double q2,
            double q3, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            double a = Math.max(Math.abs(q0 - c0[i]), Math.abs(q1 - c1[i]));
            double b = Math.max(Math.abs(q2 - c2[i]), Math.abs(q3 - c3[i]));
            out[i] = Math.max(out[i], Math.max(a, b));
        }
    }

    private static void maxAbs(double[] column, double qj, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            out[i] = Math.max(out[i], Math.abs(qj - column[i]));
        }
    }
}
