package org.greentrain.study.tuning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greentrain.tune.space.Params;

/** How the tuning study's tables and sentences write numbers; shared by the report and the command line. */
public final class TuningFormat {

    private TuningFormat() {
    }

    /** Joules as J, kJ or MJ; "—" for a figure that does not exist (NaN or infinite). */
    public static String joules(double j) {
        if (!Double.isFinite(j)) {
            return "—";
        }
        if (Math.abs(j) >= 1e6) {
            return String.format(Locale.ROOT, "%.2f MJ", j / 1e6);
        }
        if (Math.abs(j) >= 1e4) {
            return String.format(Locale.ROOT, "%.1f kJ", j / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f J", j);
    }

    /** An accuracy with four decimals; "—" when there is none. */
    public static String accuracy(double a) {
        return Double.isFinite(a) ? String.format(Locale.ROOT, "%.4f", a) : "—";
    }

    /** A round number (a median may end in .5); "—" when there is none. */
    public static String round(double r) {
        if (!Double.isFinite(r)) {
            return "—";
        }
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    /** A fraction as a percentage with no decimals; "—" when there is none. */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.0f%%", fraction * 100) : "—";
    }

    /** A saving: "45%", "≥ 45%" for a lower bound, "not reached" when the strategy missed the target. */
    public static String saving(Saving s) {
        if (Double.isNaN(s.percent())) {
            return "not reached";
        }
        return (s.atLeast() ? "≥ " : "") + String.format(Locale.ROOT, "%.0f%%", s.percent());
    }

    /**
     * A saving in words with what the baseline spent, the one wording of every sentence: "46% less energy than grid
     * (111 J in 5 rounds)"; for a bound, "at least 46% less energy than grid, which did not reach it in 2 of 3
     * searches (median at least 1759 J)", or "at most 12% more energy than ..." when the bound is negative.
     */
    public static String against(Saving v, StrategySummary baseline) {
        String amount = String.format(Locale.ROOT, "%.0f%%", Math.abs(v.percent()));
        String direction = v.percent() >= 0 ? " less energy than " : " more energy than ";
        String bound = v.atLeast() ? (v.percent() >= 0 ? "at least " : "at most ") : "";
        String head = bound + amount + direction + v.baseline().id();
        if (!v.atLeast()) {
            double rounds = baseline.medianRoundsToTarget();
            return head + " (" + joules(baseline.medianJoulesToTarget()) + " in " + round(rounds) + " round"
                    + (rounds == 1 ? "" : "s") + ")";
        }
        int n = baseline.searches();
        return head + ", which did not reach it" + (n == 1 ? " in " + joules(baseline.lowerJoulesToTarget())
                : String.format(Locale.ROOT, " in %d of %d searches (median at least %s)", n - baseline.reachedTarget(),
                n, joules(baseline.lowerJoulesToTarget())));
    }

    /** Hyperparameters with 4 significant digits, e.g. {@code lr=0.02001, beta1=0.46}. */
    public static String params(Params p) {
        List<String> parts = new ArrayList<>();
        p.asMap().forEach((k, v) -> parts.add(k + "=" + (v instanceof Double ? BigDecimal.valueOf((Double) v)
                .round(new MathContext(4)).stripTrailingZeros().toString().toLowerCase(Locale.ROOT) : v)));
        return String.join(", ", parts);
    }
}
