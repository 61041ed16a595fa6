package org.greentrain.train.spec;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The element-wise non-linearity of a layer: the closed set a spec may name. */
public enum Activation {
    RELU("relu"),
    TANH("tanh"),
    SIGMOID("sigmoid"),
    NONE("none");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /** The name used in spec strings and JSON. */
    public String id() {
        return id;
    }

    /**
     * The activation called {@code name}.
     *
     * @throws IllegalArgumentException naming the valid choices
     */
    public static Activation parse(String name) {
        for (Activation a : values()) {
            if (a.id.equalsIgnoreCase(name.trim())) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown activation '" + name + "'; valid: " + choices());
    }

    /** The valid names, comma-separated. */
    static String choices() {
        return Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", "));
    }
}
