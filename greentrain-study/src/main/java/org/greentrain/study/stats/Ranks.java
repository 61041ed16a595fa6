package org.greentrain.study.stats;

import java.util.Arrays;

/**
 * Average ranks of a sample, with the tie statistics that rank tests need. Tied values share the mean of the ranks
 * they span, so {@code [10, 20, 20, 30]} ranks {@code [1, 2.5, 2.5, 4]}.
 *
 * @param ranks          1-based average rank of each value, in input order
 * @param tieCorrection  {@code sum(t^3 - t)} over groups of t tied values
 */
public record Ranks(double[] ranks, double tieCorrection) {

    /** Ranks {@code values}; NaN is refused. */
    public static Ranks of(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("cannot rank NaN (value " + i + ")");
            }
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        double ties = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = average;
            }
            double t = j - i + 1;
            ties += t * t * t - t;
            i = j + 1;
        }
        return new Ranks(ranks, ties);
    }
}
