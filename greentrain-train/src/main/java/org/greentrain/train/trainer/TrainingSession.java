package org.greentrain.train.trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.greentrain.energy.Measurement;
import org.greentrain.energy.Phase;
import org.greentrain.train.model.NetworkModel;
import org.greentrain.train.model.Predictions;
import org.greentrain.train.model.TensorData;

/**
 * The epoch-level state of one run: the network, the optimizer state, the test set, early stopping and the records
 * so far. Runs one epoch at a time inside an energy phase named {@code epoch-N} with sub-phases {@code train},
 * {@code evaluate} and, when a hook is given, {@code forgetting-pass}.
 */
final class TrainingSession implements AutoCloseable {

    private final NetworkModel model;
    private final TrainingConfig config;
    private final TrainingListener listener;
    private final TensorData test;
    private final int[] testLabels;
    private final ParameterUpdater updater;
    private final EpochRunner runner;
    private final List<EpochRecord> records = new ArrayList<>();
    private EarlyStopper stopper;

    TrainingSession(NetworkModel model, TrainingConfig config, TrainingListener listener, TensorData test) {
        this.model = model;
        this.config = config;
        this.listener = listener;
        this.test = test;
        this.testLabels = test == null ? null : test.labelValues();
        this.updater = new ParameterUpdater(config.optimizer(), model.trainableParameters(), model.manager());
        this.runner = new EpochRunner(model, updater, config, listener);
        restartEarlyStopping();
    }

    /** Forgets the best value so far: early stopping watches only the epochs after this call. */
    void restartEarlyStopping() {
        stopper = config.earlyStopping() == null ? null : new EarlyStopper(config.earlyStopping());
    }

    /**
     * Runs epoch {@code epoch} on {@code data}.
     *
     * @param phases opens the epoch's phase: the tracker's or an enclosing phase's {@code phase} method
     * @param hook   run after training and evaluation inside the epoch, or null
     * @return true when early stopping says to stop after this epoch
     */
    boolean runEpoch(int epoch, String stage, TensorData data, Function<String, Phase> phases, Runnable hook) {
        EpochRunner.Stats stats;
        Measurement train;
        Measurement whole;
        double testLoss = Double.NaN;
        double testAccuracy = Double.NaN;
        try (Phase phase = phases.apply("epoch-" + epoch)) {
            try (Phase trainPhase = phase.phase("train")) {
                stats = runner.run(epoch, stage, data);
                train = trainPhase.stop();
            }
            if (test != null && config.evaluateEachEpoch()) {
                Phase evaluate = phase.phase("evaluate");
                try {
                    Predictions p = model.predict(test);
                    testLoss = p.meanLoss();
                    testAccuracy = accuracy(p.correct(testLabels));
                } finally {
                    evaluate.stop();
                }
            }
            if (hook != null) {
                Phase counting = phase.phase("forgetting-pass");
                try {
                    hook.run();
                } finally {
                    counting.stop();
                }
            }
            whole = phase.stop();
        }
        EpochRecord record = new EpochRecord(epoch, stage, stats.rows(), stats.meanLoss(), stats.accuracy(), testLoss,
                testAccuracy, stats.seconds(), stats.rows() / stats.seconds(), whole.durationSeconds(),
                whole.energyJoules(), whole.energyLowerJoules(), whole.energyUpperJoules(), train.energyJoules(),
                whole.co2eGrams(), whole.provenanceSummary());
        records.add(record);
        listener.onEpoch(record);
        return stopper != null && stopper.shouldStop(testLoss, testAccuracy);
    }

    /** The records of the epochs run so far. */
    List<EpochRecord> records() {
        return List.copyOf(records);
    }

    private static double accuracy(boolean[] correct) {
        int n = 0;
        for (boolean c : correct) {
            if (c) {
                n++;
            }
        }
        return correct.length == 0 ? Double.NaN : (double) n / correct.length;
    }

    @Override
    public void close() {
        updater.close();
    }
}
