package org.greentrain.study.tuning;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.EnergyTracker;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.NonFiniteLossException;
import org.greentrain.train.trainer.OptimizerSpec;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingListener;
import org.greentrain.train.trainer.TrainingRequest;
import org.greentrain.train.trainer.TrainingResult;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Objective;
import org.greentrain.tune.study.Trial;
import org.greentrain.tune.study.TrialPrunedException;

/**
 * A tune objective that trains a network: each trial's parameters choose the run ({@link SpaceMapping}), the run is
 * trained {@code repeats} times with seeds {@code firstSeed}, {@code firstSeed + 1}, ... (the same seeds in every
 * trial, so trials differ only by their parameters), and the trial's value is the <em>mean</em> test accuracy over the
 * repeats, as the green-training paper logs a round. The trial's energy is the sum of the repeats' measured joules,
 * each repeat measured from model set-up to final evaluation, with provenance and band.
 *
 * <p>With a pruner, the first repeat evaluates the test set after every epoch and reports that accuracy as the
 * intermediate value of step {@code epoch} (with the trial's joules so far); when the pruner says so the trial stops
 * there, its later repeats never run. Without a pruner no per-epoch evaluation is made.
 *
 * <p>A repeat whose loss diverges (non-finite) stops at once and scores the accuracy of a constant prediction, the
 * test share of the most frequent class: a network whose weights became NaN predicts one class, which is what the
 * paper's code recorded for its diverged rounds. The trial records how many repeats diverged ({@value #DIVERGED}).
 *
 * <p>One training per JVM runs at a time (DJL's PyTorch engine is process-wide): objectives running in parallel
 * workers take turns for each repeat, and only a repeat's own training is measured, not the wait. The first repeat in
 * the JVM is preceded by an unmeasured two-batch warm-up so that it does not pay for loading the engine.
 */
public final class TrainingObjective implements Objective {

    /** The one goal a training objective fills besides energy: the mean test accuracy, maximised. */
    public static final String ACCURACY = "accuracy";
    /** Trial attribute: the test accuracy of each scored repeat. */
    public static final String ACCURACIES = "accuracies";
    /** Trial attribute: the mean macro-F1 of the repeats that trained to the end. */
    public static final String MACRO_F1 = "macro_f1";
    /** Trial attribute: how many repeats diverged. */
    public static final String DIVERGED = "diverged_repeats";
    /** Trial attribute: how many repeats started, the pruned one included (fewer when the trial was pruned). */
    public static final String REPEATS_RUN = "repeats_run";
    /** Trial attribute: the canonical model spec trained. */
    public static final String SPEC = "spec";
    /** Trial attribute: the canonical optimizer. */
    public static final String OPTIMIZER = "optimizer";
    /** Trial attribute: the smallest share of the machine's CPU this process had during a repeat. */
    public static final String PROCESS_SHARE = "process_share";
    /** Trial attribute: CPU seconds this process used over the repeats. */
    public static final String CPU_SECONDS = "cpu_seconds";

    private static final ReentrantLock TRAINING = new ReentrantLock();
    private static final AtomicBoolean WARM = new AtomicBoolean();

    private final EnergyMeter meter;
    private final Trainer trainer;
    private final TuningData data;
    private final SpaceMapping mapping;
    private final int repeats;
    private final long firstSeed;

    /**
     * @param meter     measures every repeat
     * @param data      the training and test rows
     * @param mapping   how a trial's parameters become a run
     * @param repeats   trainings per trial, at least 1
     * @param firstSeed the seed of the first repeat (weights and batch order); repeat r uses firstSeed + r
     */
    public TrainingObjective(EnergyMeter meter, TuningData data, SpaceMapping mapping, int repeats, long firstSeed) {
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
        }
        this.meter = Objects.requireNonNull(meter, "meter");
        this.trainer = new Trainer(meter);
        this.data = Objects.requireNonNull(data, "data");
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.repeats = repeats;
        this.firstSeed = firstSeed;
    }

    /**
     * Checks that a study's goals are what this objective fills: {@code accuracy:maximize}, optionally with
     * {@code energy}.
     *
     * @throws IllegalArgumentException otherwise, saying what to give
     */
    public static void checkGoals(List<Goal> goals) {
        List<Goal> values = goals.stream().filter(g -> !g.isEnergy()).toList();
        if (values.size() != 1 || !values.get(0).name().equals(ACCURACY)
                || values.get(0).direction() != Direction.MAXIMIZE) {
            throw new IllegalArgumentException("a training trial's value is its mean test accuracy, to maximise: use "
                    + "--objective accuracy (or accuracy,energy for the Pareto front), not " + Goal.canonical(goals));
        }
    }

    @Override
    public double[] evaluate(Trial trial) {
        RunSettings run = mapping.settings(trial.params());
        boolean pruning = trial.study().pruner() != Pruner.none();
        RepeatTally tally = new RepeatTally();
        try {
            for (int r = 0; r < repeats; r++) {
                trainOnce(trial, run, r, pruning && r == 0, tally);
            }
        } finally {
            record(trial, run, tally);
        }
        return new double[] {tally.meanAccuracy()};
    }

    /** Trains repeat {@code r} under the JVM's training lock, adding its energy and score to {@code tally}. */
    private void trainOnce(Trial trial, RunSettings run, int r, boolean reportEpochs, RepeatTally tally) {
        TrainingRequest request = TrainingRequest.of(run.spec(), data.train(), data.test())
                .withConfig(run.config().withSeed(firstSeed + r).withEarlyStopping(null)
                        .withEvaluateEachEpoch(reportEpochs));
        TRAINING.lock();
        try {
            warmUp(run);
            EnergyTracker tracker = meter.start("trial " + trial.number() + " repeat " + (r + 1));
            try {
                if (reportEpochs) {
                    request = request.withListener(new EpochReporter(trial, tracker, tally.joules()));
                }
                TrainingResult result = trainer.train(request);
                tally.addScores(result.test().accuracy(), result.test().macroF1());
            } catch (NonFiniteLossException e) {
                tally.addDiverged(data.majorityShare());
            } finally {
                tally.addEnergy(tracker.stop());
            }
        } finally {
            TRAINING.unlock();
        }
    }

    /** The first training in this JVM: two batches with Adam's defaults, unmeasured, so that no trial pays for it. */
    private void warmUp(RunSettings run) {
        if (WARM.getAndSet(true)) {
            return;
        }
        Dataset train = data.train();
        int rows = Math.min(train.rows(), 2 * run.config().batchSize());
        Dataset few = train.subset(IntStream.range(0, rows).toArray());
        trainer.train(TrainingRequest.of(run.spec(), few, null).withConfig(run.config().withEpochs(1)
                .withOptimizer(OptimizerSpec.Adam.defaults()).withEarlyStopping(null).withEvaluateEachEpoch(false)));
    }

    private void record(Trial trial, RunSettings run, RepeatTally tally) {
        if (tally.started() > 0) {
            trial.setEnergy(tally.energy());
        }
        trial.setAttr(SPEC, run.spec().canonical());
        trial.setAttr(OPTIMIZER, run.config().optimizer().canonical() + ",batch=" + run.config().batchSize()
                + ",epochs=" + run.config().epochs());
        trial.setAttr(REPEATS_RUN, Integer.toString(tally.started()));
        trial.setAttr(DIVERGED, Integer.toString(tally.diverged()));
        trial.setAttr(PROCESS_SHARE, String.format(Locale.ROOT, "%.3f", tally.minProcessShare()));
        trial.setAttr(CPU_SECONDS, String.format(Locale.ROOT, "%.3f", tally.cpuSeconds()));
        if (tally.scored() > 0) {
            trial.setAttr(ACCURACIES, tally.accuracyList());
        }
        if (!Double.isNaN(tally.meanMacroF1())) {
            trial.setAttr(MACRO_F1, String.format(Locale.ROOT, "%.6f", tally.meanMacroF1()));
        }
    }

    /** Reports each epoch's test accuracy of the first repeat and stops the trial when the pruner says so. */
    private static final class EpochReporter implements TrainingListener {
        private final Trial trial;
        private final EnergyTracker tracker;
        private final double joulesBefore;

        EpochReporter(Trial trial, EnergyTracker tracker, double joulesBefore) {
            this.trial = trial;
            this.tracker = tracker;
            this.joulesBefore = joulesBefore;
        }

        @Override
        public void onEpoch(EpochRecord record) {
            if (Double.isNaN(record.testAccuracy())) {
                return;
            }
            trial.report(record.epoch(), record.testAccuracy(), joulesBefore + tracker.elapsed().energyJoules());
            if (trial.shouldPrune()) {
                throw new TrialPrunedException();
            }
        }
    }
}
