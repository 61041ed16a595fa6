package org.greentrain.study.reduction;

import java.util.Locale;

/** Number formatting shared by the report, the highlights and the command line's tables. */
public final class Fmt {

    private Fmt() {
    }

    /** A metric in [0, 1] with three decimals, {@code -} when undefined. */
    public static String metric(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** ε with three decimals, {@code inf} for a set that lost a class. */
    public static String epsilon(double v) {
        return Double.isInfinite(v) ? "inf" : metric(v);
    }

    /** A ratio as a whole percentage, {@code -} when undefined. */
    public static String percent(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%.0f%%",
                ratio * 100);
    }

    /** A change as a signed whole percentage, such as {@code -69%}. */
    public static String change(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "-" : String.format(Locale.ROOT, "%+.0f%%",
                (ratio - 1) * 100);
    }

    /** A fraction kept as a percentage, such as {@code 30%} or {@code 12.5%}. */
    public static String kept(double keep) {
        return KeepFractions.format(keep * 100) + "%";
    }

    /** Joules with one decimal. */
    public static String joules(double j) {
        return Double.isNaN(j) ? "-" : String.format(Locale.ROOT, "%.1f", j);
    }

    /** Seconds with two decimals. */
    public static String seconds(double s) {
        return Double.isNaN(s) ? "-" : String.format(Locale.ROOT, "%.2f", s);
    }

    /** A Spearman rho with two decimals and sign; "undefined" for constant input (NaN). */
    public static String rho(double rho) {
        return Double.isNaN(rho) ? "undefined" : String.format(Locale.ROOT, "%+.2f", rho);
    }

    /** A p-value: three decimals, or {@code <0.001}; "-" when there is none (NaN). */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }
}
