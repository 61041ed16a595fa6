package org.greentrain.reduce.geometry;

import java.util.Arrays;
import java.util.Optional;

/**
 * The nonzero coordinates of a set of points, column by column. On data that are mostly zeros, such as images (four
 * in five of MNIST's pixels are 0), a pass over them reads a fraction of the memory that a pass over every
 * coordinate reads, and such passes are memory-bound. Dot products come out exactly as {@link PointColumns#dots}
 * gives them: the same terms added in the same order, less the zero ones, which change no sum that starts at +0.
 */
public final class SparseColumns {

    private final int size;
    /** The nonzeros of column j are entries {@code [columnStart[j], columnStart[j + 1])}. */
    private final int[] columnStart;
    private final int[] pointOf;
    private final double[] value;

    private SparseColumns(int size, int[] columnStart, int[] pointOf, double[] value) {
        this.size = size;
        this.columnStart = columnStart;
        this.pointOf = pointOf;
        this.value = value;
    }

    /**
     * The nonzero coordinates of {@code points}, or empty when more than {@code maxDensity} of the coordinates are
     * nonzero (then a dense pass is as fast or faster).
     */
    public static Optional<SparseColumns> ifSparse(PointColumns points, double maxDensity) {
        int n = points.size();
        int d = points.dims();
        long nonzero = 0;
        for (int j = 0; j < d; j++) {
            for (int i = 0; i < n; i++) {
                if (points.get(i, j) != 0) {
                    nonzero++;
                }
            }
        }
        if (nonzero > maxDensity * n * d) {
            return Optional.empty();
        }
        int[] columnStart = new int[d + 1];
        int[] pointOf = new int[(int) nonzero];
        double[] value = new double[(int) nonzero];
        int at = 0;
        for (int j = 0; j < d; j++) {
            columnStart[j] = at;
            for (int i = 0; i < n; i++) {
                double x = points.get(i, j);
                if (x != 0) {
                    pointOf[at] = i;
                    value[at++] = x;
                }
            }
        }
        columnStart[d] = at;
        return Optional.of(new SparseColumns(n, columnStart, pointOf, value));
    }

    /** Dot products of every point with {@code v}, bit for bit those of {@link PointColumns#dots}. */
    public void dots(double[] v, double[] out) {
        Arrays.fill(out, 0, size, 0);
        for (int j = 0; j + 1 < columnStart.length; j++) {
            double vj = v[j];
            for (int k = columnStart[j]; k < columnStart[j + 1]; k++) {
                out[pointOf[k]] += value[k] * vj;
            }
        }
    }
}
