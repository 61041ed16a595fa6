package org.greentrain.reduce;

/**
 * How a method turns a keep fraction {@code p} and a count {@code n} into a number of rows. The product {@code p * n}
 * is computed in doubles exactly as the original code does, so {@code TRUNC} of 0.7 × 90 is 62 (the product is
 * 62.99999…), not 63.
 */
public enum SizeRule {
    /** {@code trunc(p·n)}: CLC, MMS, PRD, FES per class; NRMD and DES totals. */
    TRUNC,
    /** {@code ceil(p·n)}: SRS total and the DES base (scikit-learn's test-size rule). */
    CEIL,
    /** {@code round-half-even(p·n)}: PHL per class (Python's {@code round}). */
    ROUND_HALF_EVEN;

    /** The count for fraction {@code p} of {@code n} rows; never negative, never above {@code n} for p ≤ 1. */
    public int apply(double p, int n) {
        double x = p * n;
        double r = switch (this) {
            case TRUNC -> Math.floor(x);
            case CEIL -> Math.ceil(x);
            case ROUND_HALF_EVEN -> Math.rint(x);
        };
        return (int) Math.max(0, Math.min(n, r));
    }
}
