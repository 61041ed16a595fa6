package org.greentrain.reduce.param;

import java.util.Objects;

/**
 * One parameter of a reduction method as users see it: the key they type, its default as text, and what it means.
 *
 * @param key          the name used in {@code --param key=value}
 * @param defaultValue the value used when the key is absent, as text
 * @param description  one line saying what the parameter does and which values it takes
 */
public record ParamSpec(String key, String defaultValue, String description) {

    public ParamSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a parameter key must not be blank");
        }
    }
}
