package org.greentrain.data.split;

import java.util.Objects;
import org.greentrain.data.Dataset;
import org.greentrain.data.scale.FeatureScaler;
import org.greentrain.data.scale.ScalerFit;
import org.greentrain.data.scale.ScalingMethod;

/**
 * A dataset divided into a training part and a held-out test part. Both parts keep the classes, feature names and
 * original row ids of the data they came from.
 */
public record Split(Dataset train, Dataset test) {

    public Split {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
    }

    /**
     * Both parts scaled by one scaler, fitted on the training part or, to reproduce the data-reduction paper, on all
     * data (the same statistics as fitting before splitting).
     */
    public Split scaled(ScalingMethod method, ScalerFit fitOn) {
        FeatureScaler scaler = fitOn == ScalerFit.ALL_DATA ? method.fit(train, test) : method.fit(train);
        return new Split(scaler.apply(train), scaler.apply(test));
    }
}
