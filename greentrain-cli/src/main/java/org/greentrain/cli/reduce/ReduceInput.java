package org.greentrain.cli.reduce;

import org.greentrain.data.Dataset;
import org.greentrain.data.scale.FeatureScaler;
import org.greentrain.data.scale.ScalingMethod;

/**
 * The data a reduction runs on. {@code original} is the data as loaded (the training part of a built-in image
 * dataset); {@code working} is what the methods and ε see: the same rows, min-max scaled on all rows when asked (the
 * paper's protocol), else identical. Files written keep the original units: real rows are copied from
 * {@code original}, synthetic rows are mapped back through the scaler.
 *
 * @param name        the data's name for tables
 * @param original    the rows as loaded
 * @param working     the rows the methods see
 * @param scaler      the min-max scaler fitted on all rows, or null when unscaled
 * @param labelColumn the header name of the label column in written files
 */
record ReduceInput(String name, Dataset original, Dataset working, FeatureScaler scaler, String labelColumn) {

    /** {@code data} as given or scaled by {@code scale}. */
    static ReduceInput of(String name, Dataset data, ReduceScale scale, String labelColumn) {
        if (scale == ReduceScale.MINMAX) {
            FeatureScaler scaler = FeatureScaler.fit(ScalingMethod.MIN_MAX, data);
            return new ReduceInput(name, data, scaler.apply(data), scaler, labelColumn);
        }
        return new ReduceInput(name, data, data, null, labelColumn);
    }

    /** How the features were scaled, for example {@code none} or {@code minmax (fitted on all rows)}. */
    String scaling() {
        return scaler == null ? "none" : "minmax (fitted on all rows)";
    }

    /** Feature {@code j} of a working-space value in the original units. */
    float toOriginal(int j, float value) {
        return scaler == null ? value : (float) (value * scaler.divisor(j) + scaler.shift(j));
    }
}
