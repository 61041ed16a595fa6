package org.greentrain.tune.sampler;

/** Thrown by a sampler of a finite space (the grid) when every point has been taken. */
public class SpaceExhaustedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpaceExhaustedException(String message) {
        super(message);
    }
}
