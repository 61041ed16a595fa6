package org.greentrain.reduce.param;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The parameters one reduction method accepts. It checks the keys of a CLI map (an unknown key is an error that lists
 * the valid keys with their defaults), fills in defaults, and renders the method's parameter help.
 */
public final class ParamSchema {

    private final String method;
    private final List<ParamSpec> specs;

    public ParamSchema(String method, List<ParamSpec> specs) {
        this.method = Objects.requireNonNull(method, "method");
        this.specs = List.copyOf(specs);
        if (this.specs.stream().map(ParamSpec::key).distinct().count() != this.specs.size()) {
            throw new IllegalArgumentException(method + ": duplicate parameter keys in " + this.specs);
        }
    }

    /** The method these parameters belong to, used as the prefix of error messages. */
    public String method() {
        return method;
    }

    /** The parameters in the order they are documented. */
    public List<ParamSpec> specs() {
        return specs;
    }

    /**
     * Validates the keys of {@code given} and merges them over the defaults.
     *
     * @throws IllegalArgumentException for an unknown key, naming the valid ones
     */
    public ParamValues parse(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ParamSpec spec : specs) {
            values.put(spec.key(), spec.defaultValue());
        }
        for (Map.Entry<String, String> e : given.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), "parameter key").trim();
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException(method + ": unknown parameter '" + key + "'; "
                        + (specs.isEmpty() ? "this method takes no parameters" : "valid: " + listing()));
            }
            values.put(key, Objects.requireNonNull(e.getValue(), "value of " + key).trim());
        }
        return new ParamValues(method, values);
    }

    /** The keys with their defaults on one line, for example {@code norm (default l2), start (default random)}. */
    public String listing() {
        return specs.stream().map(s -> s.key() + " (default " + s.defaultValue() + ")")
                .collect(Collectors.joining(", "));
    }

    /** One line per parameter: key, default and description, aligned for a terminal. */
    public String help() {
        if (specs.isEmpty()) {
            return "  (no parameters)";
        }
        int keyWidth = specs.stream().mapToInt(s -> s.key().length()).max().orElse(0);
        int defaultWidth = specs.stream().mapToInt(s -> s.defaultValue().length()).max().orElse(0);
        return specs.stream()
                .map(s -> String.format("  %-" + keyWidth + "s  %-" + (defaultWidth + 10) + "s %s", s.key(),
                        "(default " + s.defaultValue() + ")", s.description()))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /**
     * Parses the CLI's {@code key=value,key=value} text into an ordered map. Blank text gives an empty map.
     *
     * @throws IllegalArgumentException for an entry without {@code =} or with an empty key, or a repeated key
     */
    public static Map<String, String> parseAssignments(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || part.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("parameter '" + part.trim() + "' must look like key=value");
            }
            String key = part.substring(0, eq).trim();
            if (out.put(key, part.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("parameter '" + key + "' is given twice");
            }
        }
        return out;
    }
}
