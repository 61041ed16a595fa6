package org.greentrain.reduce.cluster;

import org.greentrain.data.Dataset;

/**
 * The points k-means clusters, in single precision and held twice: row by row for per-point work (assignments, means)
 * and column by column for the SIMD distance scans of k-means++. Single precision is the data's own ({@link Dataset}
 * holds floats), so nothing is rounded away, and the two copies together take the memory of one double copy. The
 * arrays are never written after construction, so the restarts of one clustering share one instance.
 */
public final class FloatPoints {

    private final float[] rows;
    private final float[][] columns;
    private final int size;

    private FloatPoints(float[] rows, int size, int dims) {
        this.rows = rows;
        this.size = size;
        this.columns = new float[dims][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < dims; j++) {
                columns[j][i] = rows[i * dims + j];
            }
        }
    }

    /** The rows {@code rows} of {@code data}, in that order. */
    public static FloatPoints of(Dataset data, int[] rows) {
        int d = data.cols();
        float[] features = data.features();
        float[] values = new float[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(features, rows[i] * d, values, i * d, d);
        }
        return new FloatPoints(values, rows.length, d);
    }

    /** Every row of {@code data} in order; shares the data's feature array instead of copying it. */
    public static FloatPoints allOf(Dataset data) {
        return new FloatPoints(data.features(), data.rows(), data.cols());
    }

    /** Points given row-major in double precision, {@code values[i * dims + j]}, each rounded to the nearest float. */
    public static FloatPoints ofRowMajor(double[] values, int size, int dims) {
        if ((long) size * dims != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + size + " points of " + dims
                    + " dimensions");
        }
        float[] rounded = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            rounded[i] = (float) values[i];
        }
        return new FloatPoints(rounded, size, dims);
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
    public float get(int i, int j) {
        return columns[j][i];
    }

    /** Row-major coordinates, {@code rows()[i * dims() + j]}; read only. */
    float[] rows() {
        return rows;
    }

    /** Column-major coordinates, {@code columns()[j][i]}; read only. */
    float[][] columns() {
        return columns;
    }
}
