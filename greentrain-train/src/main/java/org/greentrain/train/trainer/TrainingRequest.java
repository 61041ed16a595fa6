package org.greentrain.train.trainer;

import java.util.Objects;
import org.greentrain.data.Dataset;
import org.greentrain.train.spec.ModelSpec;

/**
 * Everything one training run needs: the model spec, the training set, an optional test set (evaluated after every
 * epoch and at the end, and watched by early stopping), the hyperparameters, which rows to train on, and a progress
 * listener.
 *
 * @param spec     the network to build
 * @param train    the training set
 * @param test     the evaluation set, or null
 * @param config   hyperparameters and seeds
 * @param dataPlan full data, a reduced set, or forgetting events
 * @param listener progress callbacks
 */
public record TrainingRequest(ModelSpec spec, Dataset train, Dataset test, TrainingConfig config, DataPlan dataPlan,
                              TrainingListener listener) {

    public TrainingRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(dataPlan, "dataPlan");
        Objects.requireNonNull(listener, "listener");
    }

    /** A request with {@link TrainingConfig#defaults()}, the full training set and no listener. */
    public static TrainingRequest of(ModelSpec spec, Dataset train, Dataset test) {
        return new TrainingRequest(spec, train, test, TrainingConfig.defaults(), DataPlan.FULL, TrainingListener.NONE);
    }

    public TrainingRequest withConfig(TrainingConfig value) {
        return new TrainingRequest(spec, train, test, value, dataPlan, listener);
    }

    public TrainingRequest withDataPlan(DataPlan value) {
        return new TrainingRequest(spec, train, test, config, value, listener);
    }

    public TrainingRequest withListener(TrainingListener value) {
        return new TrainingRequest(spec, train, test, config, dataPlan, value);
    }
}
