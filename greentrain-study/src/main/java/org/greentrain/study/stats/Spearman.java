package org.greentrain.study.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Spearman's rank correlation with its two-sided p-value from the t approximation (as SciPy computes it). The
 * data-reduction study correlates ε with accuracy and macro-F1 for every keep fraction.
 *
 * @param rho    the correlation of the average ranks, in [-1, 1]; NaN when undefined (a constant variable carries no
 *               rank information), as SciPy gives
 * @param pValue two-sided p-value: 0 when |rho| = 1, NaN when rho is undefined
 * @param n      number of pairs
 */
public record Spearman(double rho, double pValue, int n) {

    /** Whether ρ exists, that is neither variable was constant. */
    public boolean defined() {
        return !Double.isNaN(rho);
    }

    /**
     * Correlates {@code x} with {@code y}.
     *
     * @throws IllegalArgumentException for different lengths or fewer than 3 pairs
     */
    public static Spearman of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Spearman needs pairs: " + x.length + " x values, " + y.length
                    + " y values");
        }
        int n = x.length;
        if (n < 3) {
            throw new IllegalArgumentException("Spearman needs at least 3 pairs, got " + n);
        }
        double[] rx = Ranks.of(x).ranks();
        double[] ry = Ranks.of(y).ranks();
        double rho = pearson(rx, ry);
        if (Double.isNaN(rho)) {
            return new Spearman(Double.NaN, Double.NaN, n);
        }
        if (Math.abs(rho) >= 1) {
            return new Spearman(Math.signum(rho), 0, n);
        }
        double t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
        double p = 2 * new TDistribution(null, n - 2).cumulativeProbability(-Math.abs(t));
        return new Spearman(rho, p, n);
    }

    private static double pearson(double[] a, double[] b) {
        double ma = Descriptive.mean(a);
        double mb = Descriptive.mean(b);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            double da = a[i] - ma;
            double db = b[i] - mb;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        return saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }
}
