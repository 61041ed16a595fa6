package org.greentrain.train.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code key=value} settings of one spec, from a compact string or a JSON object, with typed getters whose
 * errors name the spec, the key and the valid range. Both spec syntaxes go through this class, so both report the same
 * one-line messages.
 */
final class SpecOptions {

    private final String family;
    private final String source;
    private final Map<String, String> values;

    SpecOptions(String family, String source, Map<String, String> values) {
        this.family = family;
        this.source = source;
        this.values = new LinkedHashMap<>(values);
    }

    /**
     * Splits {@code family:key=value,key=value} (the part after the colon is optional).
     *
     * @throws IllegalArgumentException for an empty text, a setting without '=' or a repeated key
     */
    static SpecOptions parseCompact(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty model spec; valid models: " + String.join(", ",
                    ModelSpecs.families()));
        }
        int colon = trimmed.indexOf(':');
        String family = (colon < 0 ? trimmed : trimmed.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        Map<String, String> values = new LinkedHashMap<>();
        if (colon >= 0 && !trimmed.substring(colon + 1).isBlank()) {
            for (String part : trimmed.substring(colon + 1).split(",", -1)) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("model spec '" + trimmed + "': setting '" + part.trim()
                            + "' is not key=value");
                }
                String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                if (values.put(key, part.substring(eq + 1).trim()) != null) {
                    throw new IllegalArgumentException("model spec '" + trimmed + "': key '" + key
                            + "' is given twice");
                }
            }
        }
        return new SpecOptions(family, trimmed, values);
    }

    String family() {
        return family;
    }

    /** Rejects every key not in {@code validKeys}, listing the valid ones. */
    void requireKnownKeys(List<String> validKeys) {
        for (String key : values.keySet()) {
            if (!validKeys.contains(key)) {
                throw error("unknown key '" + key + "'; valid keys for " + family + ": "
                        + (validKeys.isEmpty() ? "(none)" : String.join(", ", validKeys)));
            }
        }
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    int intValue(String key, int defaultValue, int min, int max) {
        String raw = values.get(key);
        return raw == null ? defaultValue : parseInt(raw, describe(key), min, max);
    }

    double doubleValue(String key, double defaultValue, double min, double maxExclusive) {
        String raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        double v;
        try {
            v = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw error(key + " must be a number in [" + SpecFormat.number(min) + ", " + SpecFormat.number(maxExclusive)
                    + "), got '" + raw + "'");
        }
        if (!(v >= min && v < maxExclusive)) {
            throw error(key + " must be in [" + SpecFormat.number(min) + ", " + SpecFormat.number(maxExclusive)
                    + "), got " + raw);
        }
        return v;
    }

    boolean onOff(String key, boolean defaultValue) {
        String raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        switch (raw.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes":
                return true;
            case "off", "false", "no":
                return false;
            default:
                throw error(key + " must be on or off, got '" + raw + "'");
        }
    }

    Activation activation(String key, Activation defaultValue) {
        String raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        try {
            return Activation.parse(raw);
        } catch (IllegalArgumentException e) {
            throw error(key + ": " + e.getMessage());
        }
    }

    /** Dash-separated positive widths such as {@code 50-45-40}; {@code none} for an empty list. */
    List<Integer> widths(String key, List<Integer> defaultValue) {
        String raw = values.get(key);
        if (raw == null) {
            if (defaultValue == null) {
                throw error("needs " + key + "=W1-W2-..., for example " + family + ":" + key + "=64-32");
            }
            return defaultValue;
        }
        if (raw.equalsIgnoreCase("none")) {
            return List.of();
        }
        List<Integer> widths = new ArrayList<>();
        for (String w : raw.split("-", -1)) {
            widths.add(parseInt(w, describe(key) + " width", 1, 1 << 20));
        }
        return List.copyOf(widths);
    }

    /** Slash-separated convolution block tokens, for example {@code 16k3p1-bn-relu-max2/32k3p1-bn-relu-max2}. */
    List<ConvBlock> convBlocks(String key) {
        String raw = values.get(key);
        if (raw == null || raw.isBlank()) {
            throw error("needs " + key + "=BLOCK/BLOCK/..., for example " + family + ":" + key
                    + "=16k3p1-bn-relu-max2/32k3p1-bn-relu-max2");
        }
        List<ConvBlock> blocks = new ArrayList<>();
        for (String token : raw.split("/", -1)) {
            try {
                blocks.add(ConvBlock.parse(token));
            } catch (IllegalArgumentException e) {
                throw error(key + ": " + e.getMessage());
            }
        }
        return List.copyOf(blocks);
    }

    IllegalArgumentException error(String message) {
        return new IllegalArgumentException("model spec '" + source + "': " + message);
    }

    private String describe(String key) {
        return "model spec '" + source + "': " + key;
    }

    static int parseInt(String raw, String what, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be an integer in [" + min + ", " + max + "], got '" + raw
                    + "'");
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " must be in [" + min + ", " + max + "], got " + v);
        }
        return v;
    }
}
