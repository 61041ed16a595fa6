package org.greentrain.cli.train;

import org.greentrain.data.scale.ScalingMethod;

/** The values of {@code --scale}: min-max, z-score, or no scaling. */
enum ScaleChoice {
    MINMAX(ScalingMethod.MIN_MAX),
    ZSCORE(ScalingMethod.Z_SCORE),
    NONE(null);

    private final ScalingMethod method;

    ScaleChoice(ScalingMethod method) {
        this.method = method;
    }

    /** The scaling method, or null for none. */
    ScalingMethod method() {
        return method;
    }
}
