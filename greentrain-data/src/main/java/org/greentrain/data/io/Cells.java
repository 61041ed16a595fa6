package org.greentrain.data.io;

/**
 * How text cells are read: which tokens mean "missing", which are numbers, and the location prefix of every cell
 * error ({@code data.csv line 17, column 'age': }). Numbers use plain decimal syntax only (sign, digits, point,
 * exponent), so Java-only forms such as {@code 1f} or hexadecimal floats are not mistaken for numbers. Public so that
 * every reader of text tables (these loaders, and {@code greentrain predict}'s reader of rows without labels) follows
 * the same rules and words its errors the same way.
 */
public final class Cells {

    private static final int MAX_SHOWN = 60;

    private Cells() {
    }

    /** True for an empty cell, {@code ?}, {@code NA} or {@code NaN} (any case); {@code value} is already trimmed. */
    public static boolean isMissing(String value) {
        return value.isEmpty() || value.equals("?") || value.equalsIgnoreCase("NA") || value.equalsIgnoreCase("NaN");
    }

    /** True when {@code value} is written as a number, including infinities, which {@link #toFloat} then refuses. */
    static boolean isNumber(String value) {
        return isDecimal(value) || isInfinity(value);
    }

    /**
     * The float value of a cell for which {@link #isNumber} holds: an infinity for infinity tokens and for values
     * beyond the float range, which callers refuse.
     */
    static float toFloat(String value) {
        return isDecimal(value) ? Float.parseFloat(value)
                : value.startsWith("-") ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
    }

    /** The prefix that locates a cell in an error message. */
    public static String location(String source, long line, String column) {
        return source + " line " + line + ", column " + quote(column) + ": ";
    }

    /** Describes a missing token for a message: {@code '?'} or {@code (empty cell)}. */
    public static String describeMissing(String value) {
        return value.isEmpty() ? "(empty cell)" : quote(value);
    }

    /** A value in single quotes for a one-line message: line breaks and tabs escaped, long values shortened. */
    public static String quote(String value) {
        String shown = value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN) + "...";
        return "'" + shown.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }

    private static boolean isInfinity(String value) {
        String unsigned = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
        return unsigned.equalsIgnoreCase("inf") || unsigned.equalsIgnoreCase("infinity");
    }

    /** Optional sign, digits with at most one point (at least one digit), optional exponent with digits. */
    public static boolean isDecimal(String value) {
        int n = value.length();
        int i = 0;
        if (i < n && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (value.charAt(i) != 'e' && value.charAt(i) != 'E') {
            return false;
        }
        i++;
        if (i < n && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            i++;
        }
        int exponentDigits = 0;
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            exponentDigits++;
        }
        return exponentDigits > 0;
    }
}
