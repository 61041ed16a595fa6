package org.greentrain.study.reduction;

import java.util.Arrays;

/**
 * The centre and spread of one metric over the repeats of a (method, fraction): median, minimum, maximum and the
 * quartiles (linear interpolation between order statistics, as NumPy's default). NaN values (an undefined macro-F1)
 * are left out; with none left every field is NaN.
 *
 * @param median the median
 * @param min    the smallest value
 * @param max    the largest value
 * @param q1     the first quartile
 * @param q3     the third quartile
 * @param n      values counted
 */
public record Spread(double median, double min, double max, double q1, double q3, int n) {

    /** The spread of {@code values}, NaNs left out. */
    public static Spread of(double[] values) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (x.length == 0) {
            return new Spread(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new Spread(quantile(x, 0.5), x[0], x[x.length - 1], quantile(x, 0.25), quantile(x, 0.75), x.length);
    }

    /** The {@code q} quantile of sorted {@code x}; infinite values are handled without producing NaN. */
    private static double quantile(double[] x, double q) {
        double pos = q * (x.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        if (lo == hi || x[lo] == x[hi]) {
            return x[lo];
        }
        return x[lo] + (pos - lo) * (x[hi] - x[lo]);
    }
}
