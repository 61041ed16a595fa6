package org.greentrain.data.scale;

import org.greentrain.data.Dataset;

/** The per-feature scalings greentrain offers; each is fitted on some data and then applied to any data. */
public enum ScalingMethod {
    /** {@code (x - min) / (max - min)}: the fitted data maps to [0, 1]; a constant feature maps to 0. */
    MIN_MAX,
    /** {@code (x - mean) / std} with the population standard deviation; a constant feature maps to 0. */
    Z_SCORE;

    /** A scaler of this method fitted on the rows of all the given datasets together. */
    public FeatureScaler fit(Dataset first, Dataset... more) {
        return FeatureScaler.fit(this, first, more);
    }
}
