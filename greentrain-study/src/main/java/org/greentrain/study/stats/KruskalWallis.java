package org.greentrain.study.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * The Kruskal-Wallis rank test of whether several groups come from the same distribution, with the tie correction,
 * and its η² effect size. The tuning paper compares the energy of architecture variants this way (one test per
 * factor), because energy is not normally distributed.
 *
 * @param h          the tie-corrected H statistic
 * @param df         degrees of freedom, groups - 1
 * @param pValue     upper tail of the chi-squared distribution with {@code df} degrees of freedom at {@code h}
 * @param n          total number of observations
 * @param groups     number of groups
 * @param etaSquared η² = (H - k + 1) / (n - k) (Tomczak and Tomczak 2014); the tuning paper's values agree with this
 *                   formula to about 0.002 and its exact formula is not stated
 */
public record KruskalWallis(double h, int df, double pValue, int n, int groups, double etaSquared) {

    /** The magnitude of the effect by the paper's thresholds. */
    public EffectSize magnitude() {
        return EffectSize.of(etaSquared);
    }

    /**
     * Tests the groups.
     *
     * @throws IllegalArgumentException with fewer than two groups, an empty group, or all values identical
     */
    public static KruskalWallis test(double[]... groups) {
        if (groups.length < 2) {
            throw new IllegalArgumentException("Kruskal-Wallis needs at least two groups, got " + groups.length);
        }
        int n = 0;
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].length == 0) {
                throw new IllegalArgumentException("group " + g + " is empty");
            }
            n += groups[g].length;
        }
        double[] all = new double[n];
        int at = 0;
        for (double[] group : groups) {
            System.arraycopy(group, 0, all, at, group.length);
            at += group.length;
        }
        Ranks ranks = Ranks.of(all);
        double sum = 0;
        at = 0;
        for (double[] group : groups) {
            double rankSum = 0;
            for (int i = 0; i < group.length; i++) {
                rankSum += ranks.ranks()[at++];
            }
            sum += rankSum * rankSum / group.length;
        }
        double h = 12.0 / ((double) n * (n + 1)) * sum - 3.0 * (n + 1);
        double correction = 1 - ranks.tieCorrection() / ((double) n * n * n - n);
        if (correction <= 0) {
            throw new IllegalArgumentException("all " + n + " values are identical: no ranks to compare");
        }
        h /= correction;
        int k = groups.length;
        double p = 1 - new ChiSquaredDistribution(null, k - 1).cumulativeProbability(h);
        double eta = n > k ? Math.max(0, (h - k + 1) / (n - k)) : 0;
        return new KruskalWallis(h, k - 1, p, n, k, eta);
    }
}
