package org.greentrain.tune.study;

/** Whether an objective is to be made small (loss, joules) or large (accuracy). */
public enum Direction {
    MINIMIZE,
    MAXIMIZE;

    /** {@code value} turned into a quantity to minimise: itself, or its negation. */
    public double toMinimized(double value) {
        return this == MINIMIZE ? value : -value;
    }

    /** Whether {@code a} is strictly better than {@code b}. */
    public boolean isBetter(double a, double b) {
        return this == MINIMIZE ? a < b : a > b;
    }

    /** Parses {@code min}, {@code minimize}, {@code max} or {@code maximize} (any case). */
    public static Direction parse(String text) {
        switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "min":
            case "minimize":
            case "minimise":
                return MINIMIZE;
            case "max":
            case "maximize":
            case "maximise":
                return MAXIMIZE;
            default:
                throw new IllegalArgumentException("unknown direction '" + text + "': use min or max");
        }
    }

    /** The lower-case name used in canonical strings. */
    public String id() {
        return this == MINIMIZE ? "minimize" : "maximize";
    }
}
