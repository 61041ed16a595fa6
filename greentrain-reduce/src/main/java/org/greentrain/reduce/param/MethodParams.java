package org.greentrain.reduce.param;

import java.util.Map;

/**
 * The typed, validated parameters of one reduction method. Every method has a record implementing this, with defaults
 * and a constructor from the CLI's text map; {@link #asMap()} gives the effective values back as text so that a result
 * can record exactly how it was produced.
 */
public interface MethodParams {

    /** The effective value of every parameter, keyed as in the method's schema, in schema order. */
    Map<String, String> asMap();

    /**
     * Refuses a keep fraction these parameters cannot serve (DES's base larger than the keep fraction), so that a
     * batch of reductions can be checked before the first one runs.
     *
     * @throws IllegalArgumentException with a one-line reason
     */
    default void requireUsableWith(double keepFraction) {
    }
}
