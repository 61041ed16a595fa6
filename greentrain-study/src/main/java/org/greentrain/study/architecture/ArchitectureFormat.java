package org.greentrain.study.architecture;

import java.util.Locale;

/** How the architecture study writes numbers, shared by its report, its tables and the command line. */
public final class ArchitectureFormat {

    private ArchitectureFormat() {
    }

    /** Joules as J (one decimal below 100 J), kJ or MJ. */
    public static String joules(double j) {
        if (Math.abs(j) >= 1e6) {
            return String.format(Locale.ROOT, "%.2f MJ", j / 1e6);
        }
        if (Math.abs(j) >= 1e4) {
            return String.format(Locale.ROOT, "%.1f kJ", j / 1e3);
        }
        return String.format(Locale.ROOT, Math.abs(j) >= 100 ? "%.0f J" : "%.1f J", j);
    }

    /** A relative change as a signed percentage with one decimal, such as {@code +95.3%}. */
    public static String change(double ratio) {
        return String.format(Locale.ROOT, "%+.1f%%", ratio * 100);
    }

    /** A fraction as a percentage with one decimal, such as {@code 32.1%}. */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** An accuracy with four decimals. */
    public static String accuracy(double a) {
        return String.format(Locale.ROOT, "%.4f", a);
    }

    /** A statistic with three decimals. */
    public static String fixed3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** A p-value: three decimals, or {@code < 0.001}. */
    public static String pValue(double p) {
        return p < 0.001 ? "< 0.001" : fixed3(p);
    }
}
