package org.greentrain.train.io;

import java.util.List;
import java.util.Locale;
import org.greentrain.data.scale.FeatureScaler;

/**
 * The raw rows a saved model accepts and how they become the network's input: the feature columns in the order the
 * network takes them, the name of the label column in the user's files, and the feature scaling fitted at training
 * time. Without the scaling a saved model would read new raw data on another scale than the data it learnt from.
 *
 * @param featureNames the features in network order; categorical columns one-hot encoded at training time appear as
 *                     one feature per category, named {@code column=category}
 * @param labelColumn  the header of the label column, where a file holds one
 * @param scaler       the scaling fitted on the training data, over {@code featureNames}; null when the features were
 *                     used as they are
 */
public record InputSchema(List<String> featureNames, String labelColumn, FeatureScaler scaler) {

    public InputSchema {
        featureNames = List.copyOf(featureNames);
        if (featureNames.isEmpty() || featureNames.stream().distinct().count() != featureNames.size()) {
            throw new IllegalArgumentException("a model's feature names must be non-empty and distinct, got "
                    + featureNames.size() + " names");
        }
        if (labelColumn == null || labelColumn.isBlank()) {
            throw new IllegalArgumentException("a model's input schema needs the name of the label column");
        }
        if (scaler != null && !scaler.featureNames().equals(featureNames)) {
            throw new IllegalArgumentException("the scaler is fitted on other features than the model takes: "
                    + scaler.featureNames().size() + " scaler features for " + featureNames.size() + " model features");
        }
    }

    /** Features used as they are, with no scaling. */
    public static InputSchema unscaled(List<String> featureNames, String labelColumn) {
        return new InputSchema(featureNames, labelColumn, null);
    }

    /** The scaling's name as the {@code --scale} option spells it: {@code minmax}, {@code zscore} or {@code none}. */
    public String scaling() {
        return scaler == null ? ScalerJson.NONE : ScalerJson.methodName(scaler.method());
    }

    /**
     * Rows in raw units, columns in {@link #featureNames()} order, scaled as the training data was: a new array, or
     * {@code features} itself when there is no scaling.
     *
     * @param source the data's name, for error messages
     */
    public float[] scale(float[] features, String source) {
        return scaler == null ? features : scaler.apply(features, source);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d features, label '%s', scaling %s", featureNames.size(), labelColumn,
                scaling());
    }
}
