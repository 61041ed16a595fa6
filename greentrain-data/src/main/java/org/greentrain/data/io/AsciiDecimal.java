package org.greentrain.data.io;

import java.nio.charset.StandardCharsets;

/**
 * Reads a decimal number straight from ASCII bytes, without a String per cell: the syntax of {@link Cells#isDecimal}
 * and the float {@link Float#parseFloat} gives for it. Numbers of up to 18 significant digits with a decimal exponent
 * within ±22 (every value a data file normally holds) take Clinger's fast path: the digits are an exact long, the power
 * of ten an exact double, so one correctly rounded double operation gives the double nearest the decimal (between 1e-22 and 1e38,
 * always a normal float's range); rounding that double to float is then the correct float unless the double lies
 * exactly halfway between two floats, which is checked. Every other number, and that halfway case, goes to {@link Float#parseFloat}.
 */
final class AsciiDecimal {

    /** Returned for text that is not a decimal number; a decimal never reads as NaN. */
    static final float NOT_A_DECIMAL = Float.NaN;

    private static final int MAX_EXACT_POWER = 22;
    private static final double[] POWERS_OF_TEN = new double[MAX_EXACT_POWER + 1];
    /** Below this a mantissa can take one more digit and stay below 10^18. */
    private static final long MANTISSA_LIMIT = 100_000_000_000_000_000L;
    private static final long EXACT_IN_DOUBLE = 1L << 53;
    /** Exponent digits beyond this magnitude cannot change the outcome (the value is 0 or infinite anyway). */
    private static final int EXPONENT_CAP = 100_000;
    private static final long BELOW_FLOAT_PRECISION = (1L << 29) - 1;
    private static final long HALFWAY = 1L << 28;

    static {
        double p = 1;
        for (int e = 0; e <= MAX_EXACT_POWER; e++) {
            POWERS_OF_TEN[e] = p;
            p *= 10;
        }
    }

    private AsciiDecimal() {
    }

    /**
     * The float value of {@code text[from, to)}, or {@link #NOT_A_DECIMAL} when those bytes are not an optional sign,
     * digits with at most one point (at least one digit), and an optional exponent with digits. Values beyond the
     * float range come back infinite, as from {@link Float#parseFloat}.
     */
    static float parseFloat(byte[] text, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (text[i] == '+' || text[i] == '-')) {
            negative = text[i] == '-';
            i++;
        }
        long mantissa = 0;
        int exponent = 0;
        int digits = 0;
        boolean point = false;
        boolean tooManyDigits = false;
        for (; i < to; i++) {
            int c = text[i];
            if (c >= '0' && c <= '9') {
                digits++;
                if (mantissa < MANTISSA_LIMIT) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (point) {
                        exponent--;
                    }
                } else {
                    tooManyDigits = true;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return NOT_A_DECIMAL;
        }
        if (i < to) {
            if (text[i] != 'e' && text[i] != 'E') {
                return NOT_A_DECIMAL;
            }
            i++;
            boolean negativeExponent = false;
            if (i < to && (text[i] == '+' || text[i] == '-')) {
                negativeExponent = text[i] == '-';
                i++;
            }
            int written = 0;
            int exponentDigits = 0;
            for (; i < to; i++) {
                int c = text[i];
                if (c < '0' || c > '9') {
                    return NOT_A_DECIMAL;
                }
                exponentDigits++;
                if (written < EXPONENT_CAP) {
                    written = written * 10 + (c - '0');
                }
            }
            if (exponentDigits == 0) {
                return NOT_A_DECIMAL;
            }
            exponent += negativeExponent ? -written : written;
        }
        if (tooManyDigits || mantissa >= EXACT_IN_DOUBLE || exponent < -MAX_EXACT_POWER
                || exponent > MAX_EXACT_POWER) {
            return viaString(text, from, to);
        }
        if (mantissa == 0) {
            return negative ? -0f : 0f;
        }
        double nearest = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        float rounded = (float) nearest;
        if (halfwayBetweenFloats(nearest)) {
            return viaString(text, from, to);
        }
        return negative ? -rounded : rounded;
    }

    /**
     * Whether {@code value}, a double in the range of normal floats, lies exactly halfway between two floats: its 29
     * mantissa bits below float precision are a one and then zeros.
     */
    private static boolean halfwayBetweenFloats(double value) {
        return (Double.doubleToRawLongBits(value) & BELOW_FLOAT_PRECISION) == HALFWAY;
    }

    private static float viaString(byte[] text, int from, int to) {
        return Float.parseFloat(new String(text, from, to - from, StandardCharsets.ISO_8859_1));
    }
}
