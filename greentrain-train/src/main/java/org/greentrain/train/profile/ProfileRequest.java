package org.greentrain.train.profile;

import java.nio.file.Path;
import java.util.Objects;
import org.greentrain.data.Dataset;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.trainer.TrainingConfig;

/**
 * What to profile: a network trained on a data set with the given hyperparameters, over {@code config.epochs()}
 * epochs of either the whole set or its first {@code batches} batches.
 *
 * @param spec          the network
 * @param train         the training set
 * @param config        optimizer, batch size, epochs and seeds (evaluation and early stopping are not used)
 * @param batches       batches per epoch, taken from the start of the set; 0 for the whole set
 * @param warmupBatches unmeasured steps before the measured runs, 0 for none
 * @param traceOut      where to keep the raw Chrome trace, or null to delete it after the analysis
 * @param listener      progress callbacks
 */
public record ProfileRequest(ModelSpec spec, Dataset train, TrainingConfig config, int batches, int warmupBatches,
                             Path traceOut, ProfileListener listener) {

    public ProfileRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(listener, "listener");
        if (batches < 0) {
            throw new IllegalArgumentException("batches must be at least 1 (or 0 for whole epochs), got " + batches);
        }
        if (warmupBatches < 0) {
            throw new IllegalArgumentException("warm-up batches must be at least 0, got " + warmupBatches);
        }
    }

    /** One epoch of the whole set with default hyperparameters, 5 warm-up batches, the trace deleted, no progress. */
    public static ProfileRequest of(ModelSpec spec, Dataset train) {
        return new ProfileRequest(spec, train, TrainingConfig.defaults().withEpochs(1), 0, 5, null,
                ProfileListener.NONE);
    }

    public ProfileRequest withConfig(TrainingConfig value) {
        return new ProfileRequest(spec, train, value, batches, warmupBatches, traceOut, listener);
    }

    public ProfileRequest withBatches(int value) {
        return new ProfileRequest(spec, train, config, value, warmupBatches, traceOut, listener);
    }

    public ProfileRequest withWarmupBatches(int value) {
        return new ProfileRequest(spec, train, config, batches, value, traceOut, listener);
    }

    public ProfileRequest withTraceOut(Path value) {
        return new ProfileRequest(spec, train, config, batches, warmupBatches, value, listener);
    }

    public ProfileRequest withListener(ProfileListener value) {
        return new ProfileRequest(spec, train, config, batches, warmupBatches, traceOut, value);
    }
}
