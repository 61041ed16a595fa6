package org.greentrain.cli.common;

import java.util.Locale;

/** Human-readable formatting of joules, grams and seconds with sensible units. */
public final class Units {

    private Units() {
    }

    /** Joules as J, kJ or MJ. */
    public static String joules(double j) {
        if (Math.abs(j) >= 1e6) {
            return String.format(Locale.ROOT, "%.2f MJ", j / 1e6);
        }
        if (Math.abs(j) >= 1e4) {
            return String.format(Locale.ROOT, "%.2f kJ", j / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f J", j);
    }

    /** Grams of CO2e as mg, g or kg. */
    public static String co2e(double grams) {
        if (Math.abs(grams) < 1) {
            return String.format(Locale.ROOT, "%.3f mg CO2e", grams * 1e3);
        }
        if (Math.abs(grams) >= 1e3) {
            return String.format(Locale.ROOT, "%.3f kg CO2e", grams / 1e3);
        }
        return String.format(Locale.ROOT, "%.3f g CO2e", grams);
    }

    /** Seconds as s, or m+s for long durations. */
    public static String seconds(double s) {
        if (s >= 120) {
            return String.format(Locale.ROOT, "%dm%02.0fs", (long) (s / 60), s % 60);
        }
        return String.format(Locale.ROOT, "%.2f s", s);
    }

    /** A relative band such as {@code -60% .. +190%}. */
    public static String band(double lower, double upper) {
        return String.format(Locale.ROOT, "%+.0f%% .. %+.0f%%", lower * 100, upper * 100);
    }
}
