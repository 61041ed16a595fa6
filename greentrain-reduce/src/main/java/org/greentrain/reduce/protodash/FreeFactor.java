package org.greentrain.reduce.protodash;

import java.util.Arrays;

/**
 * The Cholesky factor {@code L Lᵀ = K_FF} of a Gram matrix on the free set of {@link BoxQp}, kept up to date as
 * variables join and leave the set instead of being computed afresh: a variable that joins is a new last row
 * (a forward substitution, O(f²)); one that leaves is removed and the rows below it are restored to triangular form
 * by Givens rotations, O((f − p)²) for position p. Refactoring from the leaving variable on made ProtoDash cubic per
 * pick on wide data: on MNIST (784 pixels, 600 picks per class) the prototypes' weights often leave their bound in the
 * middle of the set. The rows are in the order the variables joined, not in index order; {@link #solve} maps between
 * the two. Across the problems of {@link BoxQp#forGrowingMatrix()} the factor stays valid, because each Gram matrix
 * extends the previous one.
 */
final class FreeFactor {

    private static final double PIVOT_TOLERANCE = 1e-12;

    private Gram gram;
    /** The variables of the factor, in row order. */
    private int[] order = new int[0];
    /** Row q holds columns 0..q of L. */
    private double[][] rows = new double[0][];
    private int size;

    /** Sets the matrix of the next problem, which extends the previous one. */
    void use(Gram k) {
        gram = k;
    }

    Gram gram() {
        return gram;
    }

    /**
     * Solves {@code K_FF z = rhs} for the free set {@code free} (ascending variable indices, {@code rhs} and the result
     * aligned with it); null when K_FF is not numerically positive definite: a pivot at or below {@code 1e-12} times
     * the largest diagonal entry of K_FF.
     */
    double[] solve(int[] free, double[] rhs) {
        int[] positionOf = positions(free);
        if (!moveTo(free, positionOf)) {
            return null;
        }
        int f = free.length;
        double[] x = new double[f];
        for (int q = 0; q < f; q++) {
            x[q] = rhs[positionOf[order[q]]];
        }
        for (int q = 0; q < f; q++) {
            double[] row = rows[q];
            double s = x[q];
            for (int c = 0; c < q; c++) {
                s -= row[c] * x[c];
            }
            x[q] = s / row[q];
        }
        for (int q = f - 1; q >= 0; q--) {
            double s = x[q];
            for (int c = q + 1; c < f; c++) {
                s -= rows[c][q] * x[c];
            }
            x[q] = s / rows[q][q];
        }
        double[] z = new double[f];
        for (int q = 0; q < f; q++) {
            z[positionOf[order[q]]] = x[q];
        }
        return z;
    }

    /**
     * Brings the factor to the set {@code free} ({@code positionOf} from {@link #positions}); false when that set's
     * block is numerically singular.
     */
    private boolean moveTo(int[] free, int[] positionOf) {
        for (int q = size - 1; q >= 0; q--) {
            int v = order[q];
            if (v >= positionOf.length || positionOf[v] < 0) {
                remove(q);
            }
        }
        double maxDiagonal = 0;
        for (int v : free) {
            maxDiagonal = Math.max(maxDiagonal, gram.get(v, v));
        }
        double floor = PIVOT_TOLERANCE * maxDiagonal;
        for (int q = 0; q < size; q++) {
            if (!(rows[q][q] * rows[q][q] > floor)) {
                return false;
            }
        }
        boolean[] present = new boolean[positionOf.length];
        for (int q = 0; q < size; q++) {
            present[order[q]] = true;
        }
        for (int v : free) {
            if (!present[v] && !append(v, floor)) {
                return false;
            }
        }
        return true;
    }

    /** {@code positionOf[v]} = the position of v in {@code free}, or -1, for v up to the largest free index. */
    private static int[] positions(int[] free) {
        int[] positionOf = new int[free.length == 0 ? 0 : free[free.length - 1] + 1];
        Arrays.fill(positionOf, -1);
        for (int a = 0; a < free.length; a++) {
            positionOf[free[a]] = a;
        }
        return positionOf;
    }

    /** Adds {@code v} as the last row; false, leaving the factor as it was, when its pivot is not above the floor. */
    private boolean append(int v, double floor) {
        double[] row = new double[size + 1];
        double squares = 0;
        for (int q = 0; q < size; q++) {
            double[] rq = rows[q];
            double s = gram.get(order[q], v);
            for (int c = 0; c < q; c++) {
                s -= rq[c] * row[c];
            }
            row[q] = s / rq[q];
            squares += row[q] * row[q];
        }
        double pivot = gram.get(v, v) - squares;
        if (!(pivot > floor)) {
            return false;
        }
        row[size] = Math.sqrt(pivot);
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, Math.max(8, 2 * size));
            order = Arrays.copyOf(order, rows.length);
        }
        rows[size] = row;
        order[size] = v;
        size++;
        return true;
    }

    /**
     * Removes row and column {@code p}: the rows below move up one place, each with one entry right of its diagonal,
     * which a rotation of columns (q, q + 1) clears for q = p, p + 1, ...
     */
    private void remove(int p) {
        for (int q = p; q < size - 1; q++) {
            rows[q] = rows[q + 1];
            order[q] = order[q + 1];
        }
        size--;
        rows[size] = null;
        for (int q = p; q < size; q++) {
            double a = rows[q][q];
            double b = rows[q][q + 1];
            double r = Math.hypot(a, b);
            double c = r == 0 ? 1 : a / r;
            double s = r == 0 ? 0 : b / r;
            for (int i = q; i < size; i++) {
                double[] row = rows[i];
                double x = row[q];
                double y = row[q + 1];
                row[q] = c * x + s * y;
                row[q + 1] = c * y - s * x;
            }
            rows[q] = Arrays.copyOf(rows[q], q + 1);
        }
    }
}
