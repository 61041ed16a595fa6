package org.greentrain.reduce.param;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text values of one method's parameters after {@link ParamSchema#parse}, with typed accessors whose errors name
 * the method, the key and the offending text. Range checks belong to each method's parameter record.
 */
public final class ParamValues {

    /** The text that selects a parameter's computed default, for example DOM's {@code epsilon=auto}. */
    public static final String AUTO = "auto";

    private final String method;
    private final Map<String, String> values;

    ParamValues(String method, Map<String, String> values) {
        this.method = method;
        this.values = Map.copyOf(values);
    }

    /** The raw text of {@code key}. */
    public String text(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException(method + ": parameter '" + key + "' is not in the schema");
        }
        return v;
    }

    /** Whether {@code key} holds {@value #AUTO}. */
    public boolean isAuto(String key) {
        return AUTO.equalsIgnoreCase(text(key));
    }

    /** {@code key} as a finite double. */
    public double number(String key) {
        String v = text(key);
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(method + ": parameter '" + key + "' must be a finite number, got '" + v
                + "'");
    }

    /** {@code key} as an int. */
    public int integer(String key) {
        String v = text(key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(method + ": parameter '" + key + "' must be a whole number, got '" + v
                    + "'");
        }
    }

    /** {@code key} as one of {@code options}, matched case-insensitively on {@link Choice#id()}. */
    public <E extends Choice> E choice(String key, E[] options) {
        String v = text(key).toLowerCase(Locale.ROOT);
        for (E option : options) {
            if (option.id().equals(v)) {
                return option;
            }
        }
        throw new IllegalArgumentException(method + ": parameter '" + key + "' must be one of "
                + Arrays.stream(options).map(Choice::id).collect(Collectors.joining(", ")) + ", got '" + text(key)
                + "'");
    }
}
