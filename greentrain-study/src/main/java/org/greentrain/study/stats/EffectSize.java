package org.greentrain.study.stats;

/**
 * The magnitude labels of an η² effect size. The tuning paper converts Cohen's f thresholds 0.10 / 0.25 / 0.40 into
 * η² thresholds 0.01 / 0.06 / 0.14 through f = sqrt(η² / (1 - η²)).
 */
public enum EffectSize {
    NEGLIGIBLE, SMALL, MEDIUM, LARGE;

    /** The label for an η² value. */
    public static EffectSize of(double etaSquared) {
        if (etaSquared >= 0.14) {
            return LARGE;
        }
        if (etaSquared >= 0.06) {
            return MEDIUM;
        }
        if (etaSquared >= 0.01) {
            return SMALL;
        }
        return NEGLIGIBLE;
    }
}
