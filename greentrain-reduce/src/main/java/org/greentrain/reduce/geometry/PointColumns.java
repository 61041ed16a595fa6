package org.greentrain.reduce.geometry;

import java.util.Arrays;
import org.greentrain.data.Dataset;

/**
 * A set of points stored column by column in doubles ({@code column[j][i]} = coordinate j of point i), the layout
 * the distance kernels need: a loop over points within one column is contiguous in both the column and the output,
 * which the JIT turns into SIMD code. Memory is {@code size * dims} doubles.
 */
public final class PointColumns {

    private final double[][] columns;
    private final int size;

    private PointColumns(double[][] columns, int size) {
        this.columns = columns;
        this.size = size;
    }

    /** The rows {@code rows} of {@code data}, in that order. */
    public static PointColumns of(Dataset data, int[] rows) {
        int d = data.cols();
        float[] f = data.features();
        double[][] cols = new double[d][rows.length];
        for (int i = 0; i < rows.length; i++) {
            int base = rows[i] * d;
            for (int j = 0; j < d; j++) {
                cols[j][i] = f[base + j];
            }
        }
        return new PointColumns(cols, rows.length);
    }

    /** Points given row-major, {@code values[i * dims + j]}. */
    public static PointColumns ofRowMajor(double[] values, int size, int dims) {
        if ((long) size * dims != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + size + " points of " + dims
                    + " dimensions");
        }
        double[][] cols = new double[dims][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < dims; j++) {
                cols[j][i] = values[i * dims + j];
            }
        }
        return new PointColumns(cols, size);
    }

    /** Number of points. */
    public int size() {
        return size;
    }

    /** Number of coordinates per point. */
    public int dims() {
        return columns.length;
    }

    /** Coordinate {@code j} of point {@code i}. */
    public double get(int i, int j) {
        return columns[j][i];
    }

    /** Copies point {@code i} into {@code out} (length {@link #dims()}) and returns it. */
    public double[] point(int i, double[] out) {
        for (int j = 0; j < columns.length; j++) {
            out[j] = columns[j][i];
        }
        return out;
    }

    /**
     * Dot products of every point with {@code v}: {@code out[i] = Σ_j point(i)[j] · v[j]}, summed in coordinate order
     * as a point-by-point loop would, but computed column by column.
     */
    public void dots(double[] v, double[] out) {
        Arrays.fill(out, 0, size, 0);
        for (int j = 0; j < columns.length; j++) {
            double[] column = columns[j];
            double vj = v[j];
            for (int i = 0; i < size; i++) {
                out[i] += column[i] * vj;
            }
        }
    }

    /**
     * Raw distances (see {@link Norm}) from {@code q} to points {@code [from, to)}, written to {@code out[from..to)}.
     */
    public void rawDistances(double[] q, Norm norm, int from, int to, double[] out) {
        Distances.raw(columns, q, norm, from, to, out);
    }

    /** Raw distance from {@code q} to point {@code i}. */
    public double rawDistance(double[] q, Norm norm, int i) {
        return Distances.raw(columns, q, norm, i);
    }

    /** The points {@code order[0]}, {@code order[1]}, ... of this set, in that order. */
    public PointColumns reordered(int[] order) {
        double[][] cols = new double[columns.length][order.length];
        for (int j = 0; j < columns.length; j++) {
            for (int i = 0; i < order.length; i++) {
                cols[j][i] = columns[j][order[i]];
            }
        }
        return new PointColumns(cols, order.length);
    }

    /** The coordinates themselves, column by column, for this package's kernels: shared, never to be written. */
    double[][] sharedColumns() {
        return columns;
    }
}
