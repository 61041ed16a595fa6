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

    /** {@code out[i]} = raw distance from {@code q} to point i of {@code columns}, for i in {@code [from, to)}. */
    public static void raw(double[][] columns, double[] q, Norm norm, int from, int to, double[] out) {
        if (norm == Norm.L2) {
            Arrays.fill(out, from, to, 0.0);
            for (int j = 0; j < columns.length; j++) {
                addSquares(columns[j], q[j], from, to, out);
            }
        } else {
            Arrays.fill(out, from, to, 0.0);
            for (int j = 0; j < columns.length; j++) {
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

    private static void addSquares(double[] column, double qj, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            double t = qj - column[i];
            out[i] += t * t;
        }
    }

    private static void maxAbs(double[] column, double qj, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            out[i] = Math.max(out[i], Math.abs(qj - column[i]));
        }
    }
}
