package org.greentrain.reduce.geometry;

import org.greentrain.reduce.param.Choice;

/**
 * The distances the reducers and the ε metric offer. Hot loops work on a "raw" distance that orders points the same
 * way as the true one but is cheaper: the squared distance for L2, the distance itself for L∞.
 */
public enum Norm implements Choice {
    /** Euclidean distance; raw form is the squared distance. */
    L2("l2"),
    /** Chebyshev (maximum) distance; raw form is the distance itself. */
    LINF("linf");

    private final String id;

    Norm(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The true distance for a raw distance. */
    public double fromRaw(double raw) {
        return this == L2 ? Math.sqrt(raw) : raw;
    }

    /** The raw distance for a true distance. */
    public double toRaw(double distance) {
        return this == L2 ? distance * distance : distance;
    }
}
