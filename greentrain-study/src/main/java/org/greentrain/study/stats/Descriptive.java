package org.greentrain.study.stats;

import java.util.Arrays;

/** Mean, median, standard deviation and coefficient of variation of a sample held in a {@code double[]}. */
public final class Descriptive {

    private Descriptive() {
    }

    /** The arithmetic mean; refuses an empty sample. */
    public static double mean(double[] x) {
        requireNonEmpty(x);
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** The median (mean of the two middle values for an even count). */
    public static double median(double[] x) {
        requireNonEmpty(x);
        double[] s = x.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
    }

    /** The sample standard deviation (n - 1 denominator); 0 for a single value. */
    public static double sd(double[] x) {
        double m = mean(x);
        if (x.length < 2) {
            return 0;
        }
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }

    /**
     * The coefficient of variation sd / mean. The tuning paper uses it to show that hyperparameters do not confound
     * the energy of an architecture (expected below 1%).
     */
    public static double coefficientOfVariation(double[] x) {
        double m = mean(x);
        if (m == 0) {
            throw new IllegalArgumentException("the coefficient of variation is undefined for a zero mean");
        }
        return sd(x) / Math.abs(m);
    }

    /** The largest value. */
    public static double max(double[] x) {
        requireNonEmpty(x);
        double m = x[0];
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static void requireNonEmpty(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("an empty sample has no statistics");
        }
    }
}
