package org.greentrain.data.scale;

import java.util.Arrays;
import org.greentrain.data.Dataset;

/**
 * Per-feature minimum, maximum, mean and population standard deviation over the rows of several datasets with the
 * same features, computed in double with a two-pass variance.
 */
record ColumnStatistics(double[] min, double[] max, double[] mean, double[] std) {

    static ColumnStatistics of(Dataset[] parts, long rows) {
        int cols = parts[0].cols();
        double[] min = new double[cols];
        double[] max = new double[cols];
        double[] sum = new double[cols];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (Dataset part : parts) {
            float[] x = part.features();
            for (int i = 0; i < x.length; i += cols) {
                for (int c = 0; c < cols; c++) {
                    double v = x[i + c];
                    sum[c] += v;
                    min[c] = Math.min(min[c], v);
                    max[c] = Math.max(max[c], v);
                }
            }
        }
        double[] mean = new double[cols];
        for (int c = 0; c < cols; c++) {
            mean[c] = sum[c] / rows;
        }
        double[] squares = new double[cols];
        for (Dataset part : parts) {
            float[] x = part.features();
            for (int i = 0; i < x.length; i += cols) {
                for (int c = 0; c < cols; c++) {
                    double d = x[i + c] - mean[c];
                    squares[c] += d * d;
                }
            }
        }
        double[] std = new double[cols];
        for (int c = 0; c < cols; c++) {
            std[c] = Math.sqrt(squares[c] / rows);
        }
        return new ColumnStatistics(min, max, mean, std);
    }
}
