package org.greentrain.energy;

/**
 * A relative uncertainty band attached to an energy figure, with the reason it is that wide. A hardware counter is
 * narrow; a TDP model is wide. Bands are asymmetric because models tend to err one way more than the other.
 *
 * @param lowerRelative how far below the figure the truth may lie, as a non-positive fraction (-0.6 = 60% below)
 * @param upperRelative how far above the figure the truth may lie, as a non-negative fraction (1.9 = 190% above)
 * @param basis         where the width comes from, in one sentence
 */
public record Uncertainty(double lowerRelative, double upperRelative, String basis) {

    public Uncertainty {
        if (!(lowerRelative <= 0 && lowerRelative >= -1)) {
            throw new IllegalArgumentException("lowerRelative must be in [-1, 0], got " + lowerRelative);
        }
        if (!(upperRelative >= 0) || Double.isInfinite(upperRelative)) {
            throw new IllegalArgumentException("upperRelative must be finite and >= 0, got " + upperRelative);
        }
    }

    /** A symmetric band of +/- {@code fraction}. */
    public static Uncertainty symmetric(double fraction, String basis) {
        return new Uncertainty(-fraction, fraction, basis);
    }

    /** The lowest plausible value of {@code joules}. */
    public double lowerJoules(double joules) {
        return joules * (1 + lowerRelative);
    }

    /** The highest plausible value of {@code joules}. */
    public double upperJoules(double joules) {
        return joules * (1 + upperRelative);
    }
}
