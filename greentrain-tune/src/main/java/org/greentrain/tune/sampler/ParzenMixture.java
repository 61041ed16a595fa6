package org.greentrain.tune.sampler;

import java.util.SplittableRandom;

/**
 * The Parzen estimator of TPE: a mixture with one kernel per observation plus one prior kernel, over one or more
 * dimensions. A numeric dimension (already in its working scale, log for log parameters) has truncated-normal kernels
 * on [low, high]; a categorical dimension has, per kernel, probability 1 + w/K on the observed choice and w/K on every
 * choice (renormalised), w being the prior weight and K the number of kernels; the prior kernel is uniform over the
 * choices and a normal centred on the interval with the interval's width as sigma.
 *
 * <p>Bandwidths: with one dimension (univariate TPE) each kernel's sigma is the larger distance to its neighbours among
 * the sorted centres (the prior included; the end kernels use their one neighbour); with several (multivariate TPE)
 * every kernel gets 0.2 n^(-1/(d+4)) (high - low), Scott's rule as Optuna uses. Both are clipped into
 * [(high - low) / min(100, 1 + K), high - low] (the "magic clip").
 */
final class ParzenMixture {

    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private final int k;
    private final int dims;
    private final double[] logWeights;
    private final double[] cumulative;
    private final boolean[] categorical;
    private final double[][] mu;
    private final double[][] sigma;
    private final double[][] logNorm;
    private final double[] low;
    private final double[] high;
    private final double[][][] logProb;

    /**
     * @param obs         n observations, each a point with one coordinate per dimension (categorical: choice index)
     * @param obsWeights  weight of each observation
     * @param categories  number of choices per dimension, 0 for numeric dimensions
     * @param low         lower bounds of numeric dimensions
     * @param high        upper bounds of numeric dimensions
     * @param priorWeight weight of the prior kernel
     */
    ParzenMixture(double[][] obs, double[] obsWeights, int[] categories, double[] low, double[] high,
                  double priorWeight) {
        int n = obs.length;
        this.dims = categories.length;
        this.k = n + 1;
        this.low = low;
        this.high = high;
        this.logWeights = new double[k];
        double total = priorWeight;
        for (double w : obsWeights) {
            total += w;
        }
        for (int i = 0; i < n; i++) {
            logWeights[i] = Math.log(obsWeights[i] / total);
        }
        logWeights[n] = Math.log(priorWeight / total);
        cumulative = new double[k];
        double c = 0;
        for (int i = 0; i < k; i++) {
            c += Math.exp(logWeights[i]);
            cumulative[i] = c;
        }
        categorical = new boolean[dims];
        mu = new double[dims][];
        sigma = new double[dims][];
        logNorm = new double[dims][];
        logProb = new double[dims][][];
        for (int j = 0; j < dims; j++) {
            if (categories[j] > 0) {
                categorical[j] = true;
                int m = categories[j];
                logProb[j] = new double[k][m];
                for (int i = 0; i < k; i++) {
                    double[] p = new double[m];
                    java.util.Arrays.fill(p, priorWeight / k);
                    if (i < n) {
                        p[(int) obs[i][j]] += 1;
                    }
                    double sum = 0;
                    for (double v : p) {
                        sum += v;
                    }
                    for (int q = 0; q < m; q++) {
                        logProb[j][i][q] = Math.log(p[q] / sum);
                    }
                }
            } else {
                numeric(j, obs, n);
            }
        }
    }

    private void numeric(int j, double[][] obs, int n) {
        double lo = low[j];
        double hi = high[j];
        double width = hi - lo;
        double[] m = new double[k];
        double[] s = new double[k];
        for (int i = 0; i < n; i++) {
            m[i] = obs[i][j];
        }
        m[n] = 0.5 * (lo + hi);
        if (dims == 1) {
            Integer[] order = new Integer[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> Double.compare(m[a], m[b]));
            for (int r = 0; r < k; r++) {
                double left = r > 0 ? m[order[r]] - m[order[r - 1]] : Double.NEGATIVE_INFINITY;
                double right = r < k - 1 ? m[order[r + 1]] - m[order[r]] : Double.NEGATIVE_INFINITY;
                s[order[r]] = k == 1 ? width : Math.max(left, right);
            }
        } else {
            double scott = 0.2 * Math.pow(Math.max(n, 1), -1.0 / (dims + 4)) * width;
            java.util.Arrays.fill(s, scott);
        }
        s[n] = width;
        double minSigma = width / Math.min(100.0, 1.0 + k);
        for (int i = 0; i < k; i++) {
            s[i] = Math.min(width, Math.max(minSigma, s[i]));
            if (!(s[i] > 0)) {
                s[i] = 1e-12;
            }
        }
        double[] norm = new double[k];
        for (int i = 0; i < k; i++) {
            double mass = org.apache.commons.math3.special.Erf.erf((lo - m[i]) / (s[i] * Math.sqrt(2)),
                    (hi - m[i]) / (s[i] * Math.sqrt(2))) * 0.5;
            norm[i] = -Math.log(Math.max(mass, 1e-300));
        }
        mu[j] = m;
        sigma[j] = s;
        logNorm[j] = norm;
    }

    /** Draws a point into {@code out}: a kernel by weight, then each coordinate from that kernel. */
    void sample(SplittableRandom rng, double[] out) {
        double u = rng.nextDouble() * cumulative[k - 1];
        int comp = 0;
        while (comp < k - 1 && cumulative[comp] < u) {
            comp++;
        }
        for (int j = 0; j < dims; j++) {
            if (categorical[j]) {
                double[] lp = logProb[j][comp];
                double v = rng.nextDouble();
                int q = 0;
                double acc = Math.exp(lp[0]);
                while (q < lp.length - 1 && acc < v) {
                    q++;
                    acc += Math.exp(lp[q]);
                }
                out[j] = q;
            } else {
                double x;
                int tries = 0;
                do {
                    x = mu[j][comp] + sigma[j][comp] * rng.nextGaussian();
                } while ((x < low[j] || x > high[j]) && ++tries < 100);
                out[j] = Math.min(high[j], Math.max(low[j], x));
            }
        }
    }

    /** The log density of the mixture at {@code x}. */
    double logPdf(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        double[] terms = new double[k];
        for (int i = 0; i < k; i++) {
            double t = logWeights[i];
            for (int j = 0; j < dims; j++) {
                if (categorical[j]) {
                    t += logProb[j][i][(int) x[j]];
                } else {
                    double z = (x[j] - mu[j][i]) / sigma[j][i];
                    t += -0.5 * z * z - LOG_SQRT_2PI - Math.log(sigma[j][i]) + logNorm[j][i];
                }
            }
            terms[i] = t;
            max = Math.max(max, t);
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += Math.exp(terms[i] - max);
        }
        return max + Math.log(sum);
    }
}
