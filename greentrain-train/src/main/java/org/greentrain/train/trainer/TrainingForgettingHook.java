package org.greentrain.train.trainer;

import ai.djl.engine.Engine;
import java.util.Objects;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.EnergyTracker;
import org.greentrain.reduce.fes.ForgettingEvents;
import org.greentrain.reduce.fes.ForgettingHook;
import org.greentrain.train.model.NetworkModel;
import org.greentrain.train.model.Seeds;
import org.greentrain.train.model.TensorData;
import org.greentrain.train.spec.Architecture;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;

/**
 * The model that FES ({@link org.greentrain.reduce.fes.FesReducer}) needs when it runs as a stand-alone reduction, for
 * example from {@code greentrain reduce --method fes}: a fresh default network trained on all rows for the requested
 * epochs, with an eval-mode pass over every row in row order after each epoch that records which rows it gets right.
 *
 * <p>The network is the data-reduction paper's {@code mlp-paper} for tables and the green-training paper's SimpleCNN
 * ({@code simplecnn:conv=2,linear=3}) for images. Training: Adam with PyTorch's defaults, unweighted loss, the seed for
 * both weights and batch order, and batches of 512 rows, or {@code rows / 10} (at least 2) when that is smaller, so
 * that even a small table gets ten optimizer steps per epoch. The rows are used as given: scale them first (min-max,
 * as the paper) for the network to learn well. The energy of the training is measured by the caller's tracker; this
 * hook's own tracker only times the epochs.
 */
public final class TrainingForgettingHook implements ForgettingHook {

    /** The network for tables. */
    public static final String TABLE_MODEL = "mlp-paper";
    /** The network for images. */
    public static final String IMAGE_MODEL = "simplecnn:conv=2,linear=3";

    private static final int MAX_BATCH = 512;
    private static final int MIN_STEPS_PER_EPOCH = 10;

    private final EnergyMeter meter;
    private final TrainingListener listener;

    /**
     * A hook that trains with {@code meter} timing the epochs and {@code listener} told of every step and epoch.
     */
    public TrainingForgettingHook(EnergyMeter meter, TrainingListener listener) {
        this.meter = Objects.requireNonNull(meter, "meter");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The network trained on {@code data}: {@value #IMAGE_MODEL} for images, {@value #TABLE_MODEL} otherwise. */
    public static ModelSpec modelFor(Dataset data) {
        return ModelSpecs.parse(data.imageShape() != null ? IMAGE_MODEL : TABLE_MODEL);
    }

    /** The training settings for {@code data}: see the class comment. */
    public static TrainingConfig configFor(Dataset data, int epochs, long seed) {
        int batch = Math.max(2, Math.min(MAX_BATCH, data.rows() / MIN_STEPS_PER_EPOCH));
        return TrainingConfig.defaults().withEpochs(epochs).withSeed(seed).withBatchSize(batch)
                .withEvaluateEachEpoch(false);
    }

    /**
     * @throws IllegalArgumentException for a dataset the default network cannot take, for example too few rows for
     *                                  batch norm
     */
    @Override
    public ForgettingEvents count(Dataset data, int epochs, long seed) {
        TrainingConfig config = configFor(data, epochs, seed);
        Architecture architecture = modelFor(data).resolve(ModelInput.of(data));
        if (architecture.hasBatchNorm() && data.rows() < 2) {
            throw new IllegalArgumentException("fes: the image network uses batch norm, which needs at least 2 rows, got "
                    + data.rows());
        }
        ForgettingEvents events = new ForgettingEvents(data.rows());
        try (NetworkModel model = NetworkModel.create(architecture, data.classNames(), config.initSeed());
             EnergyTracker tracker = meter.start("fes-forgetting-events")) {
            Engine engine = model.manager().getEngine();
            engine.setRandomSeed((int) Seeds.mix(config.shuffleSeed(), -1));
            try (TensorData rows = model.tensors(data, null);
                 TrainingSession session = new TrainingSession(model, config, listener, null)) {
                int[] labels = rows.labelValues();
                for (int e = 1; e <= epochs; e++) {
                    session.runEpoch(e, "fes-count", rows, tracker::phase,
                            () -> events.record(model.predict(rows).correct(labels)));
                }
            }
        }
        return events;
    }
}
