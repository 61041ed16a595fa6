package org.greentrain.tune.pruner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code key=value} settings after a pruner's name ({@code asha:min-resource=2,eta=3}), read one by one as the
 * pruner's constructor needs them. Every key must be one the pruner knows; a value must be a number of the right kind.
 * Errors are {@link IllegalArgumentException}s that name the pruner, the key and what it takes.
 */
final class PrunerSettings {

    private final String pruner;
    private final Map<String, String> values;

    private PrunerSettings(String pruner, Map<String, String> values) {
        this.pruner = pruner;
        this.values = values;
    }

    /**
     * The settings in {@code text} (empty for none) of pruner {@code pruner}, which knows {@code keys}.
     *
     * @throws IllegalArgumentException for a malformed, repeated or unknown key
     */
    static PrunerSettings parse(String pruner, String text, List<String> keys) {
        Map<String, String> values = new LinkedHashMap<>();
        if (!text.isBlank()) {
            for (String item : text.split(",", -1)) {
                int eq = item.indexOf('=');
                if (eq <= 0 || eq == item.length() - 1) {
                    throw new IllegalArgumentException(pruner + ": settings must look like key=value,..., got '"
                            + item.strip() + "'");
                }
                String key = item.substring(0, eq).strip().toLowerCase(Locale.ROOT);
                if (!keys.contains(key)) {
                    throw new IllegalArgumentException(pruner + ": unknown setting '" + key + "'; valid: "
                            + (keys.isEmpty() ? "none" : String.join(", ", keys)));
                }
                if (values.put(key, item.substring(eq + 1).strip()) != null) {
                    throw new IllegalArgumentException(pruner + ": setting '" + key + "' is given twice");
                }
            }
        }
        return new PrunerSettings(pruner, values);
    }

    /** The whole number set for {@code key}, or {@code otherwise}. */
    long whole(String key, long otherwise) {
        String text = values.get(key);
        if (text == null) {
            return otherwise;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(pruner + ": setting '" + key + "' takes a whole number, got '" + text
                    + "'");
        }
    }

    /** {@link #whole} within int range. */
    int small(String key, int otherwise) {
        long value = whole(key, otherwise);
        if (value != (int) value) {
            throw new IllegalArgumentException(pruner + ": setting '" + key + "' is out of range: " + value);
        }
        return (int) value;
    }

    /** The number set for {@code key}, or {@code otherwise}. */
    double number(String key, double otherwise) {
        String text = values.get(key);
        if (text == null) {
            return otherwise;
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(pruner + ": setting '" + key + "' takes a number, got '" + text + "'");
    }
}
