package org.greentrain.study.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A median with a percentile-bootstrap confidence interval. Energy and accuracy of repeated runs are skewed and few,
 * so a resampled interval around the median says more than mean ± sd.
 *
 * @param median     the sample median
 * @param lower      lower bound of the interval
 * @param upper      upper bound of the interval
 * @param confidence the confidence level, e.g. 0.95
 * @param resamples  number of bootstrap resamples
 */
public record BootstrapInterval(double median, double lower, double upper, double confidence, int resamples) {

    /** The 95% interval from 2,000 resamples. */
    public static BootstrapInterval ofMedian(double[] x, long seed) {
        return ofMedian(x, 0.95, 2000, seed);
    }

    /** The {@code confidence} interval of the median from {@code resamples} seeded resamples. */
    public static BootstrapInterval ofMedian(double[] x, double confidence, int resamples, long seed) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), got " + confidence);
        }
        double median = Descriptive.median(x);
        SplittableRandom rng = new SplittableRandom(seed);
        double[] medians = new double[resamples];
        double[] sample = new double[x.length];
        for (int b = 0; b < resamples; b++) {
            for (int i = 0; i < x.length; i++) {
                sample[i] = x[rng.nextInt(x.length)];
            }
            medians[b] = Descriptive.median(sample);
        }
        Arrays.sort(medians);
        double alpha = (1 - confidence) / 2;
        int lo = (int) Math.floor(alpha * (resamples - 1));
        int hi = (int) Math.ceil((1 - alpha) * (resamples - 1));
        return new BootstrapInterval(median, medians[lo], medians[hi], confidence, resamples);
    }
}
