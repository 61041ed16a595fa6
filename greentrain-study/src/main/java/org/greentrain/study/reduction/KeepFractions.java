package org.greentrain.study.reduction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The one reader of {@code --keep} for {@code greentrain reduce} and {@code greentrain study reduction}, so that both
 * accept the same text: {@code 0.3} (one fraction), {@code 0.1,0.3,0.5} (a list, each fraction once),
 * {@code 0.1..0.9} (a range, step 0.1) or {@code 0.1..0.9:0.2} (a range with its step). Every fraction lies in
 * (0, 1] and they come back ascending. Values are rounded to 12 significant digits so that a range gives 0.3 and
 * not 0.30000000000000004, while a tiny fraction such as 1e-7 stays itself.
 */
public final class KeepFractions {

    private static final MathContext SIGNIFICANT = new MathContext(12, RoundingMode.HALF_EVEN);

    /** The step of a range written without one. */
    public static final double DEFAULT_STEP = 0.1;

    private static final int MAX_FRACTIONS = 100;

    private KeepFractions() {
    }

    /**
     * Parses {@code text}.
     *
     * @return the fractions, ascending
     * @throws IllegalArgumentException for a malformed text, a fraction outside (0, 1] or listed twice, a range that
     *                                  runs backwards or a non-positive step, naming the problem and the accepted forms
     */
    public static List<Double> parse(String text) {
        if (text == null || text.isBlank()) {
            throw bad(text, "it is empty");
        }
        String t = text.strip();
        TreeSet<Double> values = new TreeSet<>();
        if (t.contains("..")) {
            range(t, values);
        } else {
            for (String part : t.split(",", -1)) {
                if (!values.add(fraction(t, part))) {
                    throw bad(t, "it lists " + part.strip() + " twice");
                }
            }
        }
        return List.copyOf(values);
    }

    /**
     * Parses {@code text} for a study: 1.0 is the full-data baseline, which every study runs anyway, so it is accepted
     * and dropped.
     *
     * @return the fractions below 1, ascending
     * @throws IllegalArgumentException as {@link #parse}, and when only 1.0 is left
     */
    public static List<Double> belowFull(String text) {
        List<Double> all = parse(text);
        List<Double> below = all.stream().filter(f -> f < 1).toList();
        if (below.isEmpty()) {
            throw bad(text.strip(), "it keeps only the full data, which the study runs anyway as its baseline");
        }
        return below;
    }

    /** The canonical text of {@code fractions}: a comma list such as {@code 0.1,0.3,0.5}. */
    public static String format(List<Double> fractions) {
        List<String> parts = new ArrayList<>();
        for (double f : fractions) {
            parts.add(format(f));
        }
        return String.join(",", parts);
    }

    /**
     * A fraction (or percentage) in 12 significant digits without trailing zeros, for example {@code 0.3}, {@code 0.25}
     * or {@code 10}, and in exponent form below a millionth ({@code 1E-7}) so that it stays short.
     */
    public static String format(double fraction) {
        BigDecimal rounded = BigDecimal.valueOf(fraction).round(SIGNIFICANT).stripTrailingZeros();
        return Math.abs(fraction) >= 1e-6 || fraction == 0 ? rounded.toPlainString() : rounded.toString();
    }

    private static void range(String t, TreeSet<Double> values) {
        String body = t;
        double step = DEFAULT_STEP;
        int colon = t.indexOf(':');
        if (colon >= 0) {
            body = t.substring(0, colon);
            step = number(t, t.substring(colon + 1), "step");
            if (!(step > 0)) {
                throw bad(t, "the step must be positive, got " + t.substring(colon + 1).strip());
            }
        }
        String[] ends = body.split("\\.\\.", -1);
        if (ends.length != 2) {
            throw bad(t, "a range has two ends, LOW..HIGH");
        }
        double low = fraction(t, ends[0]);
        double high = fraction(t, ends[1]);
        if (low > high) {
            throw bad(t, "the range runs backwards (" + format(low) + " > " + format(high) + ")");
        }
        long count = (long) Math.floor((high - low) / step + 1e-9) + 1;
        if (count > MAX_FRACTIONS) {
            throw bad(t, "it gives " + count + " fractions; use a step of at least " + format((high - low) / 99));
        }
        for (long i = 0; i < count; i++) {
            values.add(round(low + i * step));
        }
    }

    private static double fraction(String whole, String part) {
        double v = number(whole, part, "fraction");
        if (!(v > 0 && v <= 1)) {
            throw bad(whole, "every fraction kept must be in (0, 1], got " + part.strip()
                    + " (0 keeps nothing; 1 is the full data)");
        }
        return round(v);
    }

    private static double number(String whole, String part, String what) {
        try {
            double v = Double.parseDouble(part.strip());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad(whole, "'" + part.strip() + "' is not a " + what);
        }
    }

    /** Drops the drift of repeated steps (0.1 + 2 * 0.1 = 0.30000000000000004) and keeps tiny fractions tiny. */
    private static double round(double v) {
        return BigDecimal.valueOf(v).round(SIGNIFICANT).doubleValue();
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException(String.format(Locale.ROOT, "--keep takes fractions of the rows to keep, "
                + "but '%s' is not valid: %s. Use one such as 0.3, a list such as 0.1,0.3,0.5, or a range such as "
                + "0.1..0.9 (step 0.1) or 0.1..0.9:0.2; fractions are in (0, 1]", text == null ? "" : text, why));
    }
}
